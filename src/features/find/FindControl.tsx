// The toolbar's Find: its button, and Ctrl+F (⌘+F on a Mac) anywhere on the editor page, open the search field;
// Escape closes it and the keyboard goes back where it was. Every role may search: it changes nothing on the map.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FindPanel } from "./FindPanel";
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

export function FindControl() {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Where the keyboard was when Find opened.
  const returnTo = useRef<HTMLElement | null>(null);

  const openFrom = useCallback((from: Element | null) => {
    const inside = from instanceof Node && input.current?.closest(".find-panel")?.contains(from);
    if (!inside) returnTo.current = from instanceof HTMLElement && from !== document.body ? from : null;
    setOpen(true);
    input.current?.focus();
    input.current?.select();
  }, []);
  const close = (): void => {
    const back = returnTo.current;
    returnTo.current = null;
    setOpen(false);
    if (back?.isConnected) back.focus({ preventScroll: true });
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
        {t("find.open")}
      </button>
      {open && <FindPanel id={panelId} input={input} onClose={close} />}
    </div>
  );
}
