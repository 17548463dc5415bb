// The editor's Export menu, open to every role: a menu button with the printed formats (PDF A3/A4, SVG, PNG),
// the CSV measurement plan (with commas, and with semicolons for Excel) and the JSON file, an "Include comments"
// choice, progress while a file is made, and the reason in a sentence when it fails. Keyboard: Down (Enter, Space)
// opens on the first entry and Up on the last; arrows, Home and End move, a letter goes to the next entry starting
// with it, Escape closes, Tab leaves.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { EXPORT_CHOICES, type ExportChoice } from "./exportChoices";
import { ExportStatus } from "./ExportStatus";
import { useExport } from "./useExport";
import "./exportMenu.css";

const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemcheckbox"]';

/** An entry's name as read out: its text without the tick, which is hidden from screen readers. */
const nameOf = (el: HTMLElement): string =>
  [...el.childNodes]
    .filter((n) => !(n instanceof HTMLElement && n.getAttribute("aria-hidden") === "true"))
    .map((n) => n.textContent ?? "")
    .join("")
    .trim();

export function ExportMenu() {
  const { t } = useTranslation();
  const { state, start, dismiss } = useExport();
  const [open, setOpen] = useState(false);
  // Which entry takes the focus as the menu opens: Up arrow on the button opens it on the last.
  const openOn = useRef<"first" | "last">("first");
  const [withComments, setWithComments] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const busy = state.kind === "running";

  const items = (): HTMLElement[] => [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? [])];
    (openOn.current === "last" ? list[list.length - 1] : list[0])?.focus();
    openOn.current = "first";
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
      default: {
        // Type-ahead: a letter moves to the next entry whose name starts with it ("c" twice: the second CSV).
        if (e.key.length !== 1 || e.key === " " || e.altKey || e.ctrlKey || e.metaKey) return;
        const letter = e.key.toLocaleLowerCase();
        const starts = (el: HTMLElement) => nameOf(el).toLocaleLowerCase().startsWith(letter);
        const next = [...list.slice(at + 1), ...list.slice(0, at + 1)].find(starts);
        if (!next) return;
        next.focus();
      }
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
          if ((e.key === "ArrowDown" || e.key === "ArrowUp") && !busy && !open) {
            e.preventDefault();
            openOn.current = e.key === "ArrowUp" ? "last" : "first";
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
          className="export-menu-list drop-below"
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
