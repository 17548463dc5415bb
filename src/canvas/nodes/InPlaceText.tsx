// The text field that edits a card's title or a stage's or lane's name in place: saves on Enter or blur; a text the
// map cannot take (empty, too long) stays in the field with the reason in the error banner, until fixed or Escape.
// Closed by a key, the keyboard goes back to the node (it would drop to the page with the field). It opens with
// its text selected, so typing replaces it. A text someone else saved meanwhile shows under it before mine replaces it.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { textProblem } from "../../features/inspector/textProblem";
import { draftMemory } from "../../features/inspector/unsavedDrafts";
import { useMapStore } from "../../store";
import "./inPlaceText.css";

export interface InPlaceTextProps {
  value: string;
  /** The field's name: the interface's words, where the text typed is the map's (in the map's language). */
  label: string;
  className: string;
  max: number;
  /** Whether surrounding spaces are dropped before the text is checked and saved. */
  trim?: boolean;
  /** Writes the text; false when the map refused it (the reason is in the banner), which keeps the field open. */
  onSave: (text: string) => boolean;
  onClose: () => void;
  /**
   * Called when the field goes away holding a text it did not save (its card was deleted meanwhile, say): the
   * caller decides whether that text must be kept. Not called after Escape, which gives the text up.
   */
  onLeftUnsaved?: (text: string) => void;
  /**
   * Names the field across mounts (a card's id): a field that goes away with its node while it is still open (the
   * map draws only what is in view, and a colleague moved the card out of it) keeps what was typed, and the field
   * that opens when the node is drawn again goes on from there instead of from the saved text.
   */
  draftKey?: string;
}

/**
 * Texts typed into fields that went away open, by draftKey, with the text the field was opened on; kept per map, as
 * two maps may hold cards of the same id (one imported from the other's file).
 */
const openDrafts = draftMemory<{ draft: string; opened: string }>();

/** Gives up what a field that went away open held: its editing ended elsewhere (another card was opened). */
export function forgetOpenDraft(draftKey: string): void {
  openDrafts.drop(draftKey);
}

/** Their text cut to a few words, so the note's instruction still shows under a small node (the tooltip has it all). */
function shortened(text: string): string {
  const characters = Array.from(text);
  return characters.length > 60 ? `${characters.slice(0, 59).join("")}…` : text;
}

export function InPlaceText({
  value,
  label,
  className,
  max,
  trim = false,
  onSave,
  onClose,
  onLeftUnsaved,
  draftKey,
}: InPlaceTextProps) {
  const { t, i18n } = useTranslation();
  const setError = useMapStore((s) => s.actions.setError);
  const [resumed] = useState(() => (draftKey === undefined ? undefined : openDrafts.peek(draftKey)));
  const [draft, setDraft] = useState(resumed?.draft ?? value);
  // Someone else saved this text while the field was open: saving would replace theirs unseen, so the field says so.
  const [opened] = useState(resumed?.opened ?? value);
  const changedMeanwhile = value !== opened && (trim ? draft.trim() : draft) !== value;
  const noteId = useId();
  const labelId = useId();
  const input = useRef<HTMLInputElement>(null);
  const closing = useRef(false);
  // What the field holds when it goes away: a text it did not save is handed to onLeftUnsaved.
  const left = useRef({ draft, value, onLeftUnsaved, trim, gaveUp: false, closed: false });
  useEffect(() => {
    left.current = { ...left.current, draft, value, onLeftUnsaved, trim };
  });
  useEffect(() => {
    const holds = left;
    return () => {
      const { draft, value: saved, onLeftUnsaved: keep, gaveUp, closed, trim: trimmed } = holds.current;
      const text = trimmed ? draft.trim() : draft;
      if (gaveUp || text === saved) return;
      // Gone while still open (not closed by Enter, Escape or leaving it): the next field for this key goes on.
      if (!closed && draftKey !== undefined) openDrafts.keep(draftKey, { draft, opened });
      keep?.(text);
    };
  }, [draftKey, opened]);
  // The whole text starts selected: what is typed replaces it ("New card" after N), as in a rename anywhere else.
  // A field that goes on from a text typed before puts the caret at its end, so typing goes on too.
  useEffect(() => {
    if (draftKey !== undefined) openDrafts.drop(draftKey);
    const field = input.current;
    if (!field) return;
    if (resumed) field.setSelectionRange(field.value.length, field.value.length);
    else field.select();
  }, [resumed, draftKey]);
  /** Saves a text the map can take; false (with the reason shown) when it cannot. */
  const save = (): boolean => {
    const text = trim ? draft.trim() : draft;
    const problem = textProblem(text, { required: true, max }, t);
    if (problem) {
      setError(problem);
      return false;
    }
    // A refused save (the link was replaced, say) keeps the field and what was typed in it.
    return text === value || onSave(text);
  };
  // The blur that closing by a key causes must not save a second time.
  const closeToNode = () => {
    closing.current = true;
    left.current.closed = true;
    input.current?.closest<HTMLElement>(".react-flow__node")?.focus({ preventScroll: true });
    onClose();
  };
  return (
    <>
      <span id={labelId} lang={i18n.language} hidden>
        {label}
      </span>
      <input
        ref={input}
        className={`${className} nodrag`}
        aria-labelledby={labelId}
        aria-describedby={changedMeanwhile ? noteId : undefined}
        autoFocus
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (closing.current) return;
          left.current.closed = true;
          if (save()) onClose();
          else left.current.closed = false;
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter" && save()) closeToNode();
          if (e.key === "Escape") {
            left.current.gaveUp = true;
            setError(null);
            closeToNode();
          }
        }}
      />
      {changedMeanwhile && (
        <span id={noteId} className="in-place-changed nodrag" role="status" lang={i18n.language} title={value}>
          {t("presence.changedMeanwhile", { text: shortened(value) })}
        </span>
      )}
    </>
  );
}
