// Text typed into a box whose comment was deleted by someone else meanwhile: a reply to a deleted thread, a change
// to a deleted thread's comment, a change to a deleted reply. Each text is shown to copy, and can be posted as a new
// reply (while the thread is there) or move to the box for a new comment, so nothing typed is lost with the comment.
import { useId, useReducer, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Comment } from "../../doc";
import { useMapStore } from "../../store";
import { draftOf, draftsUnder, dropDraft, keepDraft, replyEditsOf, useDraftKey } from "./drafts";
import { useCommentCall, useMyName } from "./hooks";
import { useNewCommentTarget } from "./newCommentTarget";
import { textProblemSentence } from "./validateText";

export interface UnsentProps {
  draftKey: string;
  label: string;
  /** The thread to post the text to as a new reply; without it, the text can move to a new comment. */
  replyTo?: string | undefined;
  /** Called once the text left (posted, moved or discarded), with the focus on a button that is going away. */
  onLeave?: (() => void) | undefined;
}

export function Unsent({ draftKey, label, replyTo, onLeave }: UnsentProps) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const openThread = useMapStore((s) => s.actions.openThread);
  const call = useCommentCall();
  const myName = useMyName();
  // The box for a new comment on what is selected now (a deleted thread selected its card when it was opened).
  const { draftKey: newKey } = useNewCommentTarget();
  // Someone who may not comment (any more) can still copy the text; a new comment box would not take it.
  const canComment = useMapStore((s) => s.canComment);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = draftOf(draftKey);
  if (text === undefined || text.trim() === "") return null;

  const leave = (): void => {
    dropDraft(draftKey);
    onLeave?.();
    redraw();
  };
  const toNewComment = (): void => {
    const waiting = draftOf(newKey);
    keepDraft(newKey, waiting === undefined ? text : `${waiting}\n\n${text}`);
    dropDraft(draftKey);
    openThread(null);
    onLeave?.();
    redraw();
  };
  const postAsReply = async (threadId: string): Promise<void> => {
    const problem = textProblemSentence(text, t);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    const refused = await call((api) => api.reply(threadId, text.trim(), myName));
    setBusy(false);
    // A refused post keeps the text here, with the reason.
    if (refused !== null) setError(refused);
    else leave();
  };
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setNote(t("comments.thread.unsentCopied"));
    } catch {
      // No clipboard for this page: the text is selected for the person to copy.
      area.current?.focus();
      area.current?.select();
      setNote(t("comments.thread.unsentCopyByHand"));
    }
  };

  return (
    <div className="compose unsent" data-testid="unsent-text">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={area} readOnly value={text} rows={3} onFocus={(e) => e.currentTarget.select()} />
      <div className="compose-row">
        {replyTo !== undefined ? (
          <button type="button" disabled={busy} onClick={() => void postAsReply(replyTo)}>
            {busy ? t("comments.compose.sending") : t("comments.thread.unsentToReply")}
          </button>
        ) : (
          canComment && (
            <button type="button" onClick={toNewComment}>
              {t("comments.thread.unsentToNew")}
            </button>
          )
        )}
        <button type="button" className="subtle" onClick={() => void copy()}>
          {t("comments.thread.unsentCopy")}
        </button>
        <button type="button" className="subtle" disabled={busy} onClick={leave}>
          {t("comments.thread.unsentDiscard")}
        </button>
        {note && <span role="status">{note}</span>}
      </div>
      {error && (
        <p role="alert" className="compose-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** What was being written in a thread that is gone: its reply, a change to its comment or to one of its replies. */
export function UnsentTexts({ commentId }: { commentId: string }) {
  const { t } = useTranslation();
  const replyKey = useDraftKey(`reply:${commentId}`);
  const editKey = useDraftKey(`edit:${commentId}`);
  const replyEdits = draftsUnder(useDraftKey(replyEditsOf(commentId)));
  return (
    <>
      <Unsent draftKey={editKey} label={t("comments.thread.unsentEdit")} />
      {replyEdits.map(([key]) => (
        <Unsent key={key} draftKey={key} label={t("comments.thread.unsentReplyEdit")} />
      ))}
      <Unsent draftKey={replyKey} label={t("comments.thread.unsent")} />
    </>
  );
}

export interface GoneReplyEditsProps {
  comment: Comment;
  /** Whether this person may post replies; else the texts can be copied only or moved to a new comment. */
  canComment: boolean;
  onLeave?: () => void;
}

/** Changes to replies of a thread that is still there, made while someone deleted those replies. */
export function GoneReplyEdits({ comment, canComment, onLeave }: GoneReplyEditsProps) {
  const { t } = useTranslation();
  const prefix = useDraftKey(replyEditsOf(comment.id));
  const live = new Set(comment.replies.map((r) => r.id));
  const gone = draftsUnder(prefix).filter(([key]) => !live.has(key.slice(prefix.length)));
  return (
    <>
      {gone.map(([key]) => (
        <Unsent
          key={key}
          draftKey={key}
          label={t("comments.thread.unsentReplyGone")}
          replyTo={canComment ? comment.id : undefined}
          onLeave={onLeave}
        />
      ))}
    </>
  );
}
