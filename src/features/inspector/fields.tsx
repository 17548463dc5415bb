// Form fields that keep a draft while focused and save on blur (or Enter), so a half-typed value
// never hits the document; a value the map cannot take is refused with its reason and stays to be fixed.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useWhoChangedHere } from "./changedBy";
import { textProblem } from "./textProblem";
import { draftMemory } from "./unsavedDrafts";

/** A colleague's text as the note under a field quotes it. */
const shortened = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** Refused texts of fields that went away with the selection, by draftKey. */
const refusedDrafts = draftMemory<string>();

interface BaseProps {
  label: string;
  readOnly: boolean;
  testId?: string;
}

export function Field({ label, children, id }: { label: string; children: ReactNode; id: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export function TextField({
  label,
  value,
  readOnly,
  multiline = false,
  maxLength = 5000,
  required = false,
  check,
  onSave,
  onLeftUnsaved,
  draftKey,
  testId,
  describedBy,
}: BaseProps & {
  value: string;
  multiline?: boolean;
  maxLength?: number;
  /** A title or name: an empty value is refused with a sentence. */
  required?: boolean;
  /** A further check of the typed text; a sentence refuses it. */
  check?: (draft: string) => string | null;
  onSave: (value: string) => void;
  /** Called when the field goes away holding a typed text it did not save (its card was deleted meanwhile, say). */
  onLeftUnsaved?: (draft: string) => void;
  /**
   * Names the field of its record (`${id}:title`): a text it refused when the selection moved on comes back, with
   * its reason, when the record is selected again.
   */
  draftKey?: string;
  /** The id of a hint outside the field that says how to fill it in ("one per line"), read with the field. */
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const noteId = useId();
  const whoChanged = useWhoChangedHere();
  const refusal = (text: string) => textProblem(text, { required, max: maxLength }, t) ?? check?.(text) ?? null;
  const [draft, setDraft] = useState<string | null>(() => {
    const kept = draftKey === undefined ? undefined : refusedDrafts.peek(draftKey);
    // Only a text still refused comes back: one that now reads (the interface language changed) would sit unsaved.
    return kept === undefined || kept === value || refusal(kept) === null ? null : kept;
  });
  const [problem, setProblem] = useState<string | null>(() => (draft === null ? null : refusal(draft)));
  // What the map held when typing began: a change someone else makes while I type is shown under the field, so that
  // leaving it (which saves my text over theirs) is a choice, and Escape keeps theirs.
  const [base, setBase] = useState<string | null>(null);
  // Who made the change the note shows, asked as it arrives (their page may drop the card from their selection a
  // moment later); null names nobody.
  const [seen, setSeen] = useState(value);
  const [changedBy, setChangedBy] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    setChangedBy(draft === null ? null : whoChanged());
  }
  // What the field holds when it goes away: a typed text it did not save is handed to onLeftUnsaved.
  const left = useRef({ draft, value, onLeftUnsaved, draftKey, refusal });
  useEffect(() => {
    left.current = { draft, value, onLeftUnsaved, draftKey, refusal };
  });
  useEffect(() => {
    const holds = left;
    // The field shows the kept draft now; it is kept again if it is still refused when the field goes away.
    if (holds.current.draftKey !== undefined) refusedDrafts.drop(holds.current.draftKey);
    return () => {
      const { draft: text, value: saved, onLeftUnsaved: keep, draftKey: key, refusal: refuses } = holds.current;
      if (text === null || text === saved) return;
      keep?.(text);
      if (key !== undefined && refuses(text) !== null) refusedDrafts.keep(key, text);
    };
  }, []);
  const shown = draft ?? value;
  // A refused draft stays in the field with its reason until it is fixed or given up with Escape.
  const commit = () => {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      setProblem(null);
      setBase(null);
      return;
    }
    const refused = refusal(draft);
    setProblem(refused);
    if (refused) return;
    onSave(draft);
    setDraft(null);
    setBase(null);
  };
  const giveUp = () => {
    setDraft(null);
    setProblem(null);
    setBase(null);
  };
  const edit = (text: string) => {
    if (draft === null) setBase(value);
    setDraft(text);
  };
  const changedMeanwhile = draft !== null && base !== null && value !== base && value !== draft;
  // The reason a text is refused and the note of a colleague's change are read with the field, not only once.
  const description = [describedBy, problem ? errorId : null, changedMeanwhile ? noteId : null]
    .filter(Boolean)
    .join(" ");
  // Focusing alone makes no draft: a field only tabbed through shows what a colleague changes meanwhile, and leaving
  // it does not write back the value it had when it was focused (that undid the colleague's change).
  const common = {
    id,
    value: shown,
    readOnly,
    // Said with the value, so a field only to be read is not taken for one that refuses typing.
    "aria-readonly": readOnly || undefined,
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": description === "" ? undefined : description,
    "data-testid": testId,
    onBlur: commit,
  };
  return (
    <Field label={label} id={id}>
      {multiline || readOnly ? (
        // A text only to be read wraps, also a title (styles.css lets it grow to its text): a one-line field cut a
        // long title at the panel's edge.
        <textarea
          {...common}
          rows={multiline ? 3 : 1}
          onChange={(e) => edit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") giveUp();
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => edit(e.target.value)}
          onKeyDown={(e) => {
            // Enter saves and the focus stays: on the page's body, the next Backspace or Delete deleted the card.
            if (e.key === "Enter" && !e.nativeEvent.isComposing) commit();
            if (e.key === "Escape") giveUp();
          }}
        />
      )}
      {problem && (
        <p className="field-error" role="alert" id={errorId}>
          {problem}
        </p>
      )}
      {changedMeanwhile && (
        <p className="hint" role="status" id={noteId}>
          {changedBy === null
            ? t("field.changedMeanwhile", { text: shortened(value) })
            : t("field.changedMeanwhileBy", { name: changedBy, text: shortened(value) })}
        </p>
      )}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  readOnly,
  options,
  onSave,
  testId,
}: BaseProps & { value: T | ""; options: { value: T | ""; label: string }[]; onSave: (value: T | "") => void }) {
  const id = useId();
  // The arrow keys (and type-ahead) step a closed drop-down through its options, each step a change: saving each
  // made one undo step, and one write for everyone, per option passed. Stepped options wait as a draft, saved on
  // Enter or when the field is left, and given up with Escape; a choice from the open list is saved at once.
  const [draft, setDraft] = useState<T | "" | null>(null);
  const stepping = useRef(false);
  const save = () => {
    if (draft !== null && draft !== value) onSave(draft);
    setDraft(null);
  };
  if (readOnly) {
    // A page that may not edit reads the chosen option as text: a disabled select is skipped by Tab and its value is
    // not read by many screen readers.
    const shown = options.find((o) => o.value === value)?.label ?? value;
    return <ReadOnlyValue label={label} value={shown} testId={testId} />;
  }
  return (
    <Field label={label} id={id}>
      <select
        id={id}
        value={draft ?? value}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === "Enter") save();
          else if (e.key === "Escape") setDraft(null);
          else if (draft !== null && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
            // Undo first takes back the steps not saved yet, not the map's last change.
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
          } else stepping.current = e.key !== "Tab" && !e.altKey && !e.ctrlKey && !e.metaKey && e.key !== " ";
        }}
        onKeyUp={() => {
          stepping.current = false;
        }}
        onBlur={save}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (!next) return;
          if (stepping.current) return setDraft(next.value);
          setDraft(null);
          onSave(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckField({
  label,
  checked,
  readOnly,
  onSave,
}: BaseProps & { checked: boolean; onSave: (checked: boolean) => void }) {
  const { t } = useTranslation();
  // Read-only, the mark is a value to read ("Yes" or "No"), not a box that looks clickable and does nothing.
  if (readOnly) return <ReadOnlyValue label={label} value={checked ? t("field.yes") : t("field.no")} />;
  return (
    <label className="check-field">
      <input type="checkbox" checked={checked} onChange={(e) => onSave(e.target.checked)} />
      {label}
    </label>
  );
}

/**
 * A value a page that may not edit reads: a read-only text field with its label, in the Tab order and read by screen
 * readers as the label, the value and "read only".
 */
export function ReadOnlyValue({ label, value, testId }: { label: string; value: string; testId?: string | undefined }) {
  const id = useId();
  return (
    <Field label={label} id={id}>
      <input id={id} type="text" value={value} readOnly aria-readonly="true" data-testid={testId} />
    </Field>
  );
}
