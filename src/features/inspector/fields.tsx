// Form fields that keep a draft while focused and save on blur (or Enter), so a half-typed value
// never hits the document; a value the map cannot take is refused with its reason and stays to be fixed.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMapStoreApi } from "../../store";
import { useWhoChangedHere } from "./changedBy";
import { changeSentence, useSaidChange } from "./changeSaid";
import { useHeldField } from "./heldField";
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

/**
 * Follows the value of a field from outside: who changed it last (asked as the change arrives: their page may drop the
 * record from their selection a moment later; null names nobody), and, when the field has the focus and the change
 * is not mine (`mine()` says a change comes from this field's own saving), what a screen reader is told of it
 * (`said`, for a polite live region). `ref` goes on the field.
 */
function useColleagueChange(value: string, label: string, key: string | undefined, mine: () => boolean) {
  const { t, i18n } = useTranslation();
  const whoChanged = useWhoChangedHere();
  const [seen, setSeen] = useState(value);
  // A value shown in words (a drop-down's option, Yes or No) changes with the interface language: that is no change.
  const [seenLanguage, setSeenLanguage] = useState(i18n.language);
  const [by, setBy] = useState<string | null>(null);
  const [arrival, setArrival] = useState<{ sentence: string } | null>(null);
  if (i18n.language !== seenLanguage) {
    setSeenLanguage(i18n.language);
    setSeen(value);
  } else if (value !== seen) {
    const name = whoChanged(key);
    setSeen(value);
    setBy(name);
    if (!mine()) setArrival({ sentence: changeSentence(t, label, name, value) });
  }
  const [said, tell] = useSaidChange();
  const element = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (arrival !== null && element.current !== null && element.current === document.activeElement) {
      tell(arrival.sentence);
    }
  }, [arrival, tell]);
  const ref = useCallback((el: HTMLElement | null) => {
    element.current = el;
  }, []);
  return { by, said, ref };
}

/** A flag for the changes an event of this field makes itself; it falls when the event and its render are over. */
function useOwnChanges(): { mark: () => void; mine: () => boolean } {
  const own = useRef(false);
  return {
    mark: () => {
      own.current = true;
      setTimeout(() => {
        own.current = false;
      }, 0);
    },
    mine: () => own.current,
  };
}

/** Where a polite live region says a colleague's change to the field under the focus. */
const Said = ({ said }: { said: string }) => (
  <span className="visually-hidden" aria-live="polite">
    {said}
  </span>
);

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
  presenceKey,
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
  /**
   * Names the field in my presence while I am in it (`journey:owner`; else the draftKey), so a colleague whose field I
   * change is told it was me.
   */
  presenceKey?: string;
  /** The id of a hint outside the field that says how to fill it in ("one per line"), read with the field. */
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const noteId = useId();
  const emptyId = useId();
  const fieldKey = presenceKey ?? draftKey;
  const store = useMapStoreApi();
  const held = useHeldField(readOnly ? undefined : fieldKey);
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
  // Who made the change the note shows; a change to the focused field I have not typed into is said.
  const own = useOwnChanges();
  const { by: changedBy, said, ref } = useColleagueChange(value, label, fieldKey, () => draft !== null || own.mine());
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
  // An empty value to be read shows a dash, and a screen reader hears a word for it, not a blank.
  const emptyToRead = readOnly && draft === null && value === "";
  const shown = draft ?? (emptyToRead ? t("common.none") : value);
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
    own.mark();
    onSave(draft);
    // A page that lost its access refused the save (and says so): the text stays in the field, to copy.
    if (store.getState().ui.errorMessage?.code === "accessLost") return;
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
  const description = [
    describedBy,
    emptyToRead ? emptyId : null,
    problem ? errorId : null,
    changedMeanwhile ? noteId : null,
  ]
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
    ref,
    onFocus: held.enter,
    onBlur: () => {
      // Saved first, so the change goes out before my presence stops naming the field.
      commit();
      held.leave();
    },
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
      {emptyToRead && (
        <span className="visually-hidden" id={emptyId}>
          {t("field.empty")}
        </span>
      )}
      <Said said={said} />
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
  const shown = options.find((o) => o.value === value)?.label ?? value;
  // A colleague's choice is said while the focus is on the drop-down; mine (a choice, a saved step, an undo by key) not.
  const own = useOwnChanges();
  const { said, ref } = useColleagueChange(
    value === "" ? "" : shown,
    label,
    undefined,
    () => readOnly || draft !== null || own.mine(),
  );
  const save = () => {
    if (draft !== null && draft !== value) onSave(draft);
    setDraft(null);
  };
  if (readOnly) {
    // A page that may not edit reads the chosen option as text: a disabled select is skipped by Tab and its value is
    // not read by many screen readers.
    return <ReadOnlyValue label={label} value={value === "" ? "" : shown} testId={testId} />;
  }
  return (
    <Field label={label} id={id}>
      <select
        id={id}
        ref={ref}
        value={draft ?? value}
        data-testid={testId}
        onKeyDown={(e) => {
          own.mark();
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
        onBlur={() => {
          own.mark();
          save();
        }}
        onChange={(e) => {
          own.mark();
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
      <Said said={said} />
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
  const value = checked ? t("field.yes") : t("field.no");
  // A colleague's mark is said while the focus is on the box; mine (a click, Space, an undo by key) not.
  const own = useOwnChanges();
  const { said, ref } = useColleagueChange(value, label, undefined, () => readOnly || own.mine());
  // Read-only, the mark is a value to read ("Yes" or "No"), not a box that looks clickable and does nothing.
  if (readOnly) return <ReadOnlyValue label={label} value={value} />;
  return (
    <>
      <label className="check-field">
        <input
          ref={ref}
          type="checkbox"
          checked={checked}
          onKeyDown={own.mark}
          onClick={own.mark}
          onChange={(e) => {
            own.mark();
            onSave(e.target.checked);
          }}
        />
        {label}
      </label>
      {/* Beside the label, not in it, so that the sentence is not read as part of the box's name. */}
      <Said said={said} />
    </>
  );
}

/**
 * A value a page that may not edit reads: a read-only text field with its label, in the Tab order and read by screen
 * readers as the label, the value and "read only". An empty value shows a dash and is read as empty; a colleague's
 * change to it while it has the focus is said.
 */
export function ReadOnlyValue({ label, value, testId }: { label: string; value: string; testId?: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const emptyId = useId();
  const { said, ref } = useColleagueChange(value, label, undefined, () => false);
  const empty = value === "";
  return (
    <Field label={label} id={id}>
      <input
        id={id}
        ref={ref}
        type="text"
        value={empty ? t("common.none") : value}
        readOnly
        aria-readonly="true"
        aria-describedby={empty ? emptyId : undefined}
        data-testid={testId}
      />
      {empty && (
        <span className="visually-hidden" id={emptyId}>
          {t("field.empty")}
        </span>
      )}
      <Said said={said} />
    </Field>
  );
}
