// The right-side panel with its tabs: Inspector | Journey | Comments | Checks. The tabs are one Tab stop; the
// arrow keys, Home and End move between them (the ARIA tabs pattern). The panel folds away for a bigger canvas (a
// small laptop or a projector in a workshop room) and unfolds with its button, or when something opens a panel.
import { useEffect, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { useMapStore, type Panel } from "../../store";
import { Inspector } from "../inspector";
import { JourneyPanel } from "../journey/JourneyPanel";
import { ChecksPanel } from "../checks";
import { CommentsPanel } from "../comments";

const TABS: Panel[] = ["inspector", "journey", "comments", "checks"];

/** `awareness` lets the comments panel offer the people online now for @mentions. */
export function SidePanel({ awareness }: { awareness?: Awareness | undefined } = {}) {
  const { t } = useTranslation();
  const panel = useMapStore((s) => s.ui.panel);
  const setPanel = useMapStore((s) => s.actions.setPanel);
  const hidden = useMapStore((s) => s.ui.panelHidden);
  const setHidden = useMapStore((s) => s.actions.setPanelHidden);
  const tabs = useRef(new Map<Panel, HTMLButtonElement>());
  // Folded or unfolded with its own button, the focus goes to the button that takes it back (the one pressed is
  // gone); unfolded by something else (a finding, a thread), the focus stays where that was.
  const foldButton = useRef<HTMLButtonElement>(null);
  const foldedHere = useRef(false);
  useEffect(() => {
    if (!foldedHere.current) return;
    foldedHere.current = false;
    foldButton.current?.focus();
  }, [hidden]);
  const fold = (to: boolean) => {
    foldedHere.current = true;
    setHidden(to);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.indexOf(panel);
    const to =
      e.key === "ArrowRight"
        ? TABS[(at + 1) % TABS.length]
        : e.key === "ArrowLeft"
          ? TABS[(at - 1 + TABS.length) % TABS.length]
          : e.key === "Home"
            ? TABS[0]
            : e.key === "End"
              ? TABS[TABS.length - 1]
              : undefined;
    if (!to) return;
    e.preventDefault();
    setPanel(to);
    tabs.current.get(to)?.focus();
  };
  // One handle on the panel's border: it folds the panel (›) or unfolds it (‹).
  const foldHandle = (
    <button
      type="button"
      ref={foldButton}
      className="panel-fold"
      aria-expanded={!hidden}
      aria-label={t(hidden ? "panel.show" : "panel.hide")}
      title={t(hidden ? "panel.show" : "panel.hide")}
      data-testid={hidden ? "panel-show" : "panel-hide"}
      onClick={() => fold(!hidden)}
    >
      {hidden ? "‹" : "›"}
    </button>
  );
  if (hidden) {
    return (
      <aside className="side-panel folded" aria-label={t("panel.label")}>
        {foldHandle}
      </aside>
    );
  }
  return (
    <aside className="side-panel" aria-label={t("panel.label")}>
      <div className="panel-head">
        <div role="tablist" aria-label={t("panel.label")} className="tabs" onKeyDown={onKeyDown}>
          {TABS.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`tab-${tab}`}
              ref={(el) => {
                if (el) tabs.current.set(tab, el);
                else tabs.current.delete(tab);
              }}
              tabIndex={panel === tab ? 0 : -1}
              aria-selected={panel === tab}
              aria-controls={`tabpanel-${tab}`}
              className={panel === tab ? "tab active" : "tab"}
              onClick={() => setPanel(tab)}
            >
              {t(`panel.${tab}`)}
            </button>
          ))}
        </div>
        {foldHandle}
      </div>
      {/* A tab opens at its top: one scrolling body kept the last tab's offset, so the checks opened halfway down
          their list after a long inspector had been scrolled. */}
      <div key={panel} role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tab-body">
        {panel === "inspector" && <Inspector />}
        {panel === "journey" && <JourneyPanel />}
        {panel === "comments" && <CommentsPanel awareness={awareness} />}
        {panel === "checks" && <ChecksPanel />}
      </div>
    </aside>
  );
}
