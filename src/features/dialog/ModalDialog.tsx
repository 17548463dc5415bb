// A modal dialog over a backdrop: role="dialog" with aria-modal and a label; focus moves in when it opens,
// Tab and Shift+Tab stay inside, Escape closes, and focus goes back to what opened it.
import { useEffect, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement | null): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
}

export interface ModalDialogProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  onClose?: (() => void) | undefined;
  testId?: string;
  style?: CSSProperties;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, onClose, testId, style, children }: ModalDialogProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (focusables(ref.current)[0] ?? ref.current)?.focus();
    // Focus that lands behind the dialog (a Tab from a control that went away) comes back into it.
    const onFocusIn = (e: FocusEvent) => {
      const dialog = ref.current;
      if (dialog && e.target instanceof Node && !dialog.contains(e.target)) (focusables(dialog)[0] ?? dialog).focus();
    };
    document.addEventListener("focusin", onFocusIn);
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape" && onClose) {
      // Not also the editor's Escape (which clears the selection).
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== "Tab") return;
    const list = focusables(ref.current);
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) return e.preventDefault();
    const at = document.activeElement;
    if (e.shiftKey && (at === first || at === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && at === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose?.();
      }}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        className="modal"
        data-testid={testId}
        style={style}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
