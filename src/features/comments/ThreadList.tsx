// The list of threads, newest activity first: what each is about, who started it, how it stands.
// Clicking one opens it and selects and centres its target on the canvas.
import { useTranslation } from "react-i18next";
import type { Comment } from "../../doc";
import { useMapStore } from "../../store";
import { formatTime } from "./CommentEntry";
import { excerpt } from "./excerpt";
import { MentionText } from "./MentionText";
import { TargetLabel } from "./TargetLabel";
import { threadMentions } from "./mentions";
import { lastActivity, targetOf } from "./threads";

const EXCERPT = 160;

export interface ThreadListProps {
  threads: readonly Comment[];
  names: readonly string[];
  myName: string;
  emptyText: string;
}

export function ThreadList({ threads, names, myName, emptyText }: ThreadListProps) {
  const { t, i18n } = useTranslation();
  const journey = useMapStore((s) => s.journey);
  const actions = useMapStore((s) => s.actions);
  if (threads.length === 0) return <p className="thread-empty">{emptyText}</p>;
  return (
    <ul className="thread-list" data-testid="thread-list">
      {threads.map((comment) => {
        const target = targetOf(comment, journey);
        const open = (): void => {
          actions.openThread(comment.id);
          if (target.kind !== "map" && !target.deleted && target.id !== undefined) {
            actions.focusTarget({ kind: target.kind, id: target.id });
          }
        };
        const text = excerpt(comment.text, EXCERPT);
        return (
          <li key={comment.id}>
            <button
              type="button"
              className={comment.resolved ? "thread-item resolved" : "thread-item"}
              data-testid="thread-item"
              data-thread-id={comment.id}
              data-resolved={comment.resolved}
              onClick={open}
            >
              <span className="thread-item-head">
                <TargetLabel target={target} />
                <span className={comment.resolved ? "status resolved" : "status open"}>
                  {comment.resolved ? t("comments.thread.resolved") : t("comments.thread.open")}
                </span>
              </span>
              <span className="thread-item-text">
                <strong>{comment.author}</strong> <MentionText text={text} names={names} myName={myName} />
              </span>
              <span className="thread-item-foot">
                <span>{t("comments.thread.replies", { count: comment.replies.length })}</span>
                <time dateTime={lastActivity(comment)}>{formatTime(lastActivity(comment), i18n.language)}</time>
                {threadMentions(comment, myName) && (
                  <span className="mention-flag">@ {t("comments.thread.mentionsYou")}</span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
