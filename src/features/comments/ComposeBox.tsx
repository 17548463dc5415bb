// The text box for a new comment, a reply or an edit: counts characters, refuses empty and too long
// texts with a sentence, offers @mentions of known people, and shows why the server refused.
import { useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { draftOf, dropDraft, keepDraft } from "./drafts";
import { mentionQuery } from "./mentions";
import { characterCount, MAX_COMMENT_LENGTH, textProblemSentence } from "./validateText";

export interface ComposeBoxProps {
  label: string;
  placeholder: string;
  submitLabel: string;
  names: readonly string[];
  initialText?: string;
  testId: string;
  /** Where the unsent text is kept while the box is off screen (drafts.ts); without it, nothing is kept. */
  draftKey?: string;
  /** Sends the text; resolves to null on success or the sentence to show. The box empties on success. */
  onSubmit(text: string): Promise<string | null>;
  onCancel?: () => void;
}

const MAX_SUGGESTIONS = 6;

export function ComposeBox(props: ComposeBoxProps) {
  const { label, placeholder, submitLabel, names, testId, draftKey, onSubmit, onCancel } = props;
  const initialText = (draftKey !== undefined ? draftOf(draftKey) : undefined) ?? props.initialText ?? "";
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const [caret, setCaret] = useState(initialText.length);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The text as typed now, also while a send is on its way (the state in a send's closure is the text sent).
  const latest = useRef(initialText);
  const change = (next: string): void => {
    latest.current = next;
    setText(next);
    if (draftKey !== undefined) keepDraft(draftKey, next);
  };
  // Where the caret goes once an inserted mention is on screen (before the next key press lands).
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null || !area.current) return;
    pendingCaret.current = null;
    area.current.focus();
    area.current.setSelectionRange(at, at);
  }, [text]);

  const query = mentionQuery(text, caret);
  // Escape closes the suggestions of the mention being typed (kept by where it starts), not the box.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const suggestions =
    query === null || query.start === dismissedAt
      ? []
      : names
          .filter((n) => n.toLocaleLowerCase().startsWith(query.query.toLocaleLowerCase()) && n !== query.query)
          .slice(0, MAX_SUGGESTIONS);
  // The suggestion Enter takes: the first, or the one the arrow keys moved to.
  const [activeIndex, setActiveIndex] = useState(0);
  const active = suggestions.length === 0 ? -1 : Math.min(activeIndex, suggestions.length - 1);

  const insertMention = (name: string): void => {
    if (!query) return;
    const next = `${text.slice(0, query.start)}@${name} ${text.slice(caret)}`;
    const at = query.start + name.length + 2;
    change(next);
    setCaret(at);
    setActiveIndex(0);
    pendingCaret.current = at;
  };

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (busy) return;
    const problem = textProblemSentence(text, t);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    const sent = text;
    const refused = await onSubmit(sent.trim());
    setBusy(false);
    if (refused !== null) {
      setError(refused);
      return;
    }
    // The sent text leaves the box (and the drafts, also when the box went off screen meanwhile); what was typed
    // after it while it was on its way stays.
    const now = latest.current;
    const rest = now.startsWith(sent) ? now.slice(sent.length).trimStart() : now;
    if (draftKey !== undefined) keepDraft(draftKey, rest);
    latest.current = rest;
    setText(rest);
    setCaret(rest.length);
  };

  // Cancelling gives the text up on purpose: it is not offered again.
  const cancel = (): void => {
    if (draftKey !== undefined) dropDraft(draftKey);
    onCancel?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    // While names are offered for the mention being typed, the arrow keys choose one, Enter inserts it and
    // Escape closes the list; the box's own keys are back once it is closed.
    if (suggestions.length > 0 && plain) {
      const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
      if (step !== 0) {
        event.preventDefault();
        setActiveIndex((active + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === "Enter") {
        event.preventDefault();
        insertMention(suggestions[active]!);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        setDismissedAt(query?.start ?? null);
        return;
      }
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit();
    if (event.key === "Escape" && onCancel) cancel();
  };

  const length = characterCount(text.trim());
  return (
    <form className="compose" data-testid={testId} onSubmit={(e) => void submit(e)}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        ref={area}
        value={text}
        rows={3}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={suggestions.length > 0 ? `${id}-count ${id}-mentions` : `${id}-count`}
        onChange={(e) => {
          change(e.target.value);
          setCaret(e.target.selectionStart);
          if (error) setError(null);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {/* Said as the names come and as the arrow keys move: which one Enter inserts. */}
      <span id={`${id}-mentions`} className="visually-hidden" aria-live="polite">
        {active >= 0
          ? t("comments.compose.mentionOffered", { count: suggestions.length, name: suggestions[active] })
          : ""}
      </span>
      {suggestions.length > 0 && (
        <ul className="mention-suggestions" aria-label={t("comments.compose.mentionList")}>
          {suggestions.map((name, i) => (
            <li key={name}>
              <button
                type="button"
                className={i === active ? "subtle active" : "subtle"}
                aria-current={i === active ? "true" : undefined}
                aria-label={t("comments.compose.mention", { name })}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => insertMention(name)}
              >
                @{name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="compose-row">
        <span
          id={`${id}-count`}
          className={length > MAX_COMMENT_LENGTH ? "compose-count over" : "compose-count"}
          data-testid="compose-count"
        >
          {t("comments.compose.count", { count: length, max: MAX_COMMENT_LENGTH })}
        </span>
        {onCancel && (
          <button type="button" className="subtle" onClick={cancel}>
            {t("comments.thread.cancel")}
          </button>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t("comments.compose.sending") : submitLabel}
        </button>
      </div>
      {error && (
        <p role="alert" className="compose-error" data-testid="compose-error">
          {error}
        </p>
      )}
    </form>
  );
}
