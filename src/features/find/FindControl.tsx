// The toolbar's Find: its button (a magnifier, named Find), and Ctrl+F (⌘+F on a Mac) anywhere on the editor page, open the search field;
// Escape closes it and the keyboard goes back where it was. Every role may search: it changes nothing on the map.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { laneNodeId, stageNodeId } from "../../canvas/toFlow";
import { FindPanel, type Reached } from "./FindPanel";
import "./find.css";

const onMac = (): boolean => typeof navigator !== "undefined" && /Mac|iPhone|iPad|iPod/.test(navigator.platform);

function typingInto(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/**
 * Ctrl+F or ⌘+F, also in a text field (it types nothing there), but not on a Mac where Ctrl+F in a text field moves
 * the caret, and not while a modal dialog holds the keyboard.
 */
export function isFindKey(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() !== "f" || event.altKey || event.shiftKey) return false;
  if (!event.ctrlKey && !event.metaKey) return false;
  if (event.ctrlKey && !event.metaKey && onMac() && typingInto(event.target)) return false;
  return document.querySelector('[role="dialog"][aria-modal="true"]') === null;
}

/**
 * Puts the keyboard on the map's node of what Find reached once it is drawn (the map may still be bringing it into
 * view): on the map, the keyboard is on what is selected.
 */
function focusOnMap(reached: Reached): void {
  const nodeId =
    reached.kind === "card" ? reached.id : (reached.kind === "stage" ? stageNodeId : laneNodeId)(reached.id);
  let frames = 30;
  const attempt = (): void => {
    const node = [...document.querySelectorAll<HTMLElement>(".react-flow__node")].find(
      (n) => n.dataset["id"] === nodeId,
    );
    if (node) node.focus({ preventScroll: true });
    else if (--frames > 0) requestAnimationFrame(attempt);
  };
  attempt();
}

export function FindControl() {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Where the keyboard was when Find opened (and whether that was on the map, whose nodes come and go as it moves),
  // and what Find reached since.
  const returnTo = useRef<{ element: HTMLElement; onMap: boolean } | null>(null);
  const reached = useRef<Reached | null>(null);

  const openFrom = useCallback((from: Element | null) => {
    const inside = from instanceof Node && input.current?.closest(".find-panel")?.contains(from);
    if (!inside) {
      returnTo.current =
        from instanceof HTMLElement && from !== document.body
          ? { element: from, onMap: from.closest(".react-flow") !== null }
          : null;
    }
    setOpen(true);
    input.current?.focus();
    input.current?.select();
  }, []);
  const onReach = useCallback((target: Reached) => {
    reached.current = target;
  }, []);
  const close = (): void => {
    const back = returnTo.current;
    const found = reached.current;
    returnTo.current = null;
    reached.current = null;
    setOpen(false);
    // The keyboard was on the map: it goes back to the map, onto what Find selected there (the card it was on may be
    // far out of view by now, and the arrow keys go on from the selection).
    if (found && back?.onMap) {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      focusOnMap(found);
    } else if (back?.element.isConnected) back.element.focus({ preventScroll: true });
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isFindKey(event)) return;
      event.preventDefault();
      openFrom(document.activeElement);
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [openFrom]);

  return (
    <div className="find">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-keyshortcuts="Control+F Meta+F"
        title={t("find.hint")}
        onClick={() => (open ? close() : openFrom(button.current))}
        data-testid="find-open"
      >
        <svg className="find-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="6.5" cy="6.5" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.75" />
          <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t("find.open")}</span>
      </button>
      {open && <FindPanel id={panelId} input={input} onReach={onReach} onClose={close} />}
    </div>
  );
}
