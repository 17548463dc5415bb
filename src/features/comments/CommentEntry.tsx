// One comment or reply in a thread: author, time, text with mentions, and edit/delete where allowed.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Reply } from "../../doc";
import { useConfirmQuestion } from "../dialog/useConfirmQuestion";
import { ComposeBox } from "./ComposeBox";
import { MentionText } from "./MentionText";
import { draftOf, replyEditBox, useDraftKey } from "./drafts";
import { useCommentCall } from "./hooks";
import { dayAndTime } from "../../i18n/formats";

export interface CommentEntryProps {
  entry: Pick<Reply, "id" | "author" | "text" | "createdAt" | "editedAt">;
  /** The thread's id; `entry.id` equals it for the thread's first comment. */
  threadId: string;
  names: readonly string[];
  myName: string;
  mine: boolean;
  canEdit: boolean;
  canDelete: boolean;
  /** Called after the first comment was deleted (the thread is gone). */
  onThreadDeleted?: () => void;
}

export function formatTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dayAndTime(language).format(date);
}

export function CommentEntry(props: CommentEntryProps) {
  const { entry, threadId, names, myName, mine, canEdit, canDelete, onThreadDeleted } = props;
  const { t, i18n } = useTranslation();
  const call = useCommentCall();
  const isHead = entry.id === threadId;
  // A reply's edit is kept under its thread, so the thread still shows it when the reply is deleted meanwhile.
  const editDraft = useDraftKey(isHead ? `edit:${entry.id}` : replyEditBox(threadId, entry.id));
  // An edit left unsaved when the thread went off screen is open again, with the text as it was left.
  const [editing, setEditing] = useState(() => draftOf(editDraft) !== undefined);
  const [error, setError] = useState<string | null>(null);
  const questionId = useId();
  // Cancelling the question gives the focus back to Delete instead of losing it to the page.
  const question = useConfirmQuestion();

  const save = async (text: string): Promise<string | null> => {
    const refused = await call((api) =>
      isHead ? api.update(threadId, { text }) : api.updateReply(threadId, entry.id, text),
    );
    if (refused === null) setEditing(false);
    return refused;
  };

  const remove = async (): Promise<void> => {
    const refused = await call((api) => (isHead ? api.remove(threadId) : api.removeReply(threadId, entry.id)));
    if (refused !== null) question.cancel();
    else question.close();
    setError(refused);
    if (refused === null && isHead) onThreadDeleted?.();
  };

  return (
    <article className="comment-entry" data-testid={isHead ? "thread-head" : "thread-reply"}>
      <header className="comment-meta">
        <strong className="comment-author">{entry.author}</strong>
        {mine && <span className="comment-you">({t("comments.thread.you")})</span>}
        <time dateTime={entry.createdAt}>{formatTime(entry.createdAt, i18n.language)}</time>
        {entry.editedAt && <span className="comment-edited">{t("comments.thread.edited")}</span>}
      </header>
      {editing ? (
        <ComposeBox
          label={t("comments.thread.edit")}
          placeholder=""
          submitLabel={t("comments.thread.save")}
          names={names}
          initialText={entry.text}
          testId="edit-box"
          draftKey={editDraft}
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment-body">
          <MentionText text={entry.text} names={names} myName={myName} />
        </p>
      )}
      {!editing && (canEdit || canDelete) && (
        <div className="comment-actions">
          {canEdit && (
            <button type="button" className="subtle" onClick={() => setEditing(true)}>
              {t("comments.thread.edit")}
            </button>
          )}
          {canDelete && !question.open && (
            <button ref={question.trigger} type="button" className="subtle" onClick={question.ask}>
              {t("comments.thread.delete")}
            </button>
          )}
          {question.open && (
            <span
              className="comment-confirm"
              role="group"
              aria-labelledby={questionId}
              onKeyDown={(e) => {
                if (e.key !== "Escape") return;
                e.stopPropagation();
                question.cancel();
              }}
            >
              <span id={questionId}>
                {isHead ? t("comments.thread.confirmDeleteThread") : t("comments.thread.confirmDeleteReply")}
              </span>
              <button type="button" className="danger" onClick={() => void remove()}>
                {t("comments.thread.confirmYes")}
              </button>
              {/* The safe choice takes the focus, so an Enter by mistake deletes nothing. */}
              <button type="button" className="subtle" autoFocus onClick={question.cancel}>
                {t("comments.thread.cancel")}
              </button>
            </span>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="compose-error">
          {error}
        </p>
      )}
    </article>
  );
}
