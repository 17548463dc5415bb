// A name that becomes a text field on double-click, or on Enter or F2 on its focused header (for editors, see
// startRenaming), and saves on Enter or blur; a name the map cannot take (empty, too long) stays in the field
// with the reason in the error banner, until fixed or Escape. Closed by a key, the focus goes back to the header.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX } from "../../doc";
import { textProblem } from "../../features/inspector/textProblem";
import { useMapStore } from "../../store";

export interface InlineNameProps {
  value: string;
  label: string;
  canEdit: boolean;
  className: string;
  onSave: (name: string) => void;
}

/** Asked of a name by the map's keyboard handling: a DOM event, so that no header subscribes to anything for it. */
const RENAME = "outside-in:rename";

/** Opens the name field inside `node` (a focused stage or lane header); false when it holds no name to edit. */
export function startRenaming(node: Element): boolean {
  const name = node.querySelector("[data-inline-name]");
  return name !== null && !name.dispatchEvent(new Event(RENAME, { cancelable: true }));
}

export function InlineName({ value, label, canEdit, className, onSave }: InlineNameProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = useRef<HTMLDivElement>(null);
  const editing = draft !== null && canEdit;
  useEffect(() => {
    const name = shown.current;
    if (!name || !canEdit) return;
    const start = (e: Event) => {
      e.preventDefault();
      setDraft(value);
    };
    name.addEventListener(RENAME, start);
    return () => name.removeEventListener(RENAME, start);
  }, [canEdit, value, editing]);
  // A page that lost its edit rights mid-edit shows the name again; nothing it types could be saved.
  if (!editing) {
    return (
      <div
        ref={shown}
        className={className}
        data-inline-name=""
        onDoubleClick={canEdit ? () => setDraft(value) : undefined}
        title={value}
      >
        {value}
      </div>
    );
  }
  return (
    <NameField
      value={value}
      draft={draft}
      label={label}
      className={className}
      onChange={setDraft}
      onSave={onSave}
      onClose={() => setDraft(null)}
    />
  );
}

interface NameFieldProps {
  value: string;
  draft: string;
  label: string;
  className: string;
  onChange: (draft: string) => void;
  onSave: (name: string) => void;
  onClose: () => void;
}

function NameField({ value, draft, label, className, onChange, onSave, onClose }: NameFieldProps) {
  const { t, i18n } = useTranslation();
  const setError = useMapStore((s) => s.actions.setError);
  const labelId = useId();
  const input = useRef<HTMLInputElement>(null);
  const closing = useRef(false);
  /** Saves a name the map can take; false (with the reason shown) when it cannot. */
  const save = (): boolean => {
    const name = draft.trim();
    const problem = textProblem(name, { required: true, max: MAX.name }, t);
    if (problem) {
      setError(problem);
      return false;
    }
    if (name !== value) onSave(name);
    return true;
  };
  // Closed by a key, the keyboard goes back to the header (it would drop to the page with the field); the blur
  // this causes must not save a second time.
  const closeToHeader = () => {
    closing.current = true;
    input.current?.closest<HTMLElement>(".react-flow__node")?.focus({ preventScroll: true });
    onClose();
  };
  return (
    <>
      {/* The label is the interface's words; the name typed is the map's, in the map's language. */}
      <span id={labelId} lang={i18n.language} hidden>
        {label}
      </span>
      <input
        ref={input}
        className={`${className} nodrag`}
        aria-labelledby={labelId}
        autoFocus
        value={draft}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (!closing.current && save()) onClose();
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter" && save()) closeToHeader();
          if (e.key === "Escape") {
            setError(null);
            closeToHeader();
          }
        }}
      />
    </>
  );
}
