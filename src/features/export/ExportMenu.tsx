// The editor's Export menu, open to every role: a menu button with the printed formats (PDF A3/A4, SVG, PNG),
// the CSV measurement plan (with commas, and with semicolons for Excel) and the JSON file, an "Include comments"
// choice, progress while a file is made, and the reason in a sentence when it fails. Keyboard: arrows, Home and End
// move, Escape closes, Tab leaves.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { EXPORT_CHOICES, type ExportChoice } from "./exportChoices";
import { ExportStatus } from "./ExportStatus";
import { useExport } from "./useExport";
import "./exportMenu.css";

const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemcheckbox"]';

export function ExportMenu() {
  const { t } = useTranslation();
  const { state, start, dismiss } = useExport();
  const [open, setOpen] = useState(false);
  const [withComments, setWithComments] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const busy = state.kind === "running";

  const items = (): HTMLElement[] => [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? [])];

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>(ITEM_SELECTOR)?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    // Capture phase: the canvas stops some pointer events before they bubble to the document.
    const onPointerDown = (e: Event) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const choose = (choice: ExportChoice) => {
    close();
    void start(choice, withComments);
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.findIndex((el) => el === document.activeElement);
    const focusAt = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (e.key) {
      case "ArrowDown":
        focusAt(at + 1);
        break;
      case "ArrowUp":
        focusAt(at < 0 ? -1 : at - 1);
        break;
      case "Home":
        focusAt(0);
        break;
      case "End":
        focusAt(-1);
        break;
      case "Escape":
        close();
        break;
      case "Tab":
        setOpen(false);
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) setOpen((o) => !o);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !busy && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t("exportMenu.button")}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t("exportMenu.menuLabel")}
          className="export-menu-list"
          onKeyDown={onMenuKeyDown}
        >
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={withComments}
            tabIndex={-1}
            onClick={() => setWithComments((c) => !c)}
          >
            <span className="export-menu-check" aria-hidden="true">
              {withComments ? "✓" : ""}
            </span>
            {t("exportMenu.includeComments")}
          </button>
          <div role="separator" className="export-menu-sep" />
          {EXPORT_CHOICES.map((choice) => (
            <button
              key={choice.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={`export-${choice.id}`}
              onClick={() => choose(choice)}
            >
              {t(`exportMenu.${choice.label}`)}
            </button>
          ))}
        </div>
      )}
      <ExportStatus state={state} onDismiss={dismiss} />
    </div>
  );
}
