// A reply being written, or a change to the thread's comment being made, when the thread was deleted by someone
// else: each text is shown to copy, and can move to the box for a new comment, so nothing typed is lost with the
// thread.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMapStore } from "../../store";
import { draftOf, dropDraft, keepDraft, useDraftKey } from "./drafts";

function Unsent({ draftKey, label }: { draftKey: string; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const openThread = useMapStore((s) => s.actions.openThread);
  const newKey = useDraftKey("new");
  const text = draftOf(draftKey);
  if (text === undefined || text.trim() === "") return null;
  const toNewComment = (): void => {
    const waiting = draftOf(newKey);
    keepDraft(newKey, waiting === undefined ? text : `${waiting}\n\n${text}`);
    dropDraft(draftKey);
    openThread(null);
  };
  return (
    <div className="compose" data-testid="unsent-text">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={text} rows={3} onFocus={(e) => e.currentTarget.select()} />
      <div className="compose-row">
        <button type="button" onClick={toNewComment}>
          {t("comments.thread.unsentToNew")}
        </button>
      </div>
    </div>
  );
}

export function UnsentTexts({ commentId }: { commentId: string }) {
  const { t } = useTranslation();
  const replyKey = useDraftKey(`reply:${commentId}`);
  const editKey = useDraftKey(`edit:${commentId}`);
  return (
    <>
      <Unsent draftKey={editKey} label={t("comments.thread.unsentEdit")} />
      <Unsent draftKey={replyKey} label={t("comments.thread.unsent")} />
    </>
  );
}
