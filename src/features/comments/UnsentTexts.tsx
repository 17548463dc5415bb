// A reply being written when its thread was deleted by someone else: the text is shown to copy, and can move to
// the box for a new comment, so nothing typed is lost with the thread.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMapStore } from "../../store";
import { draftOf, dropDraft, keepDraft, useDraftKey } from "./drafts";

export function UnsentReply({ commentId }: { commentId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const openThread = useMapStore((s) => s.actions.openThread);
  const replyKey = useDraftKey(`reply:${commentId}`);
  const newKey = useDraftKey("new");
  const text = draftOf(replyKey);
  if (text === undefined || text.trim() === "") return null;
  const toNewComment = (): void => {
    const waiting = draftOf(newKey);
    keepDraft(newKey, waiting === undefined ? text : `${waiting}\n\n${text}`);
    dropDraft(replyKey);
    openThread(null);
  };
  return (
    <div className="compose" data-testid="unsent-reply">
      <label htmlFor={id}>{t("comments.thread.unsent")}</label>
      <textarea id={id} readOnly value={text} rows={3} onFocus={(e) => e.currentTarget.select()} />
      <div className="compose-row">
        <button type="button" onClick={toNewComment}>
          {t("comments.thread.unsentToNew")}
        </button>
      </div>
    </div>
  );
}
