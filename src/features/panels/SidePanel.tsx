// The right-side panel with its tabs: Inspector | Journey | Comments | Checks.
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
  return (
    <aside className="side-panel" aria-label={t("panel.label")}>
      <div role="tablist" className="tabs">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={panel === tab}
            aria-controls={`tabpanel-${tab}`}
            className={panel === tab ? "tab active" : "tab"}
            onClick={() => setPanel(tab)}
          >
            {t(`panel.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tab-body">
        {panel === "inspector" && <Inspector />}
        {panel === "journey" && <JourneyPanel />}
        {panel === "comments" && <CommentsPanel awareness={awareness} />}
        {panel === "checks" && <ChecksPanel />}
      </div>
    </aside>
  );
}
