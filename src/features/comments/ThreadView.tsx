// One thread in full: what it is about, its status with resolve/reopen, the comment and its replies,
// and the reply box for people who may comment.
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Comment } from "../../doc";
import { useMapStore } from "../../store";
import { CommentEntry } from "./CommentEntry";
import { ComposeBox } from "./ComposeBox";
import { TargetLabel } from "./TargetLabel";
import { GoneReplyEdits, UnsentTexts } from "./UnsentTexts";
import { useDraftKey } from "./drafts";
import { excerpt } from "./excerpt";
import { focusIsLost } from "./focusIsLost";
import { useAuthored, useCommentCall, useMyName } from "./hooks";
import { visibleThreads, targetOf } from "./threads";

/** The other threads on the same card, stage or lane, newest activity first. */
function sameTarget(comments: readonly Comment[], comment: Comment): Comment[] {
  const { kind, id } = comment.anchor;
  if (kind === "map" || id === undefined) return [];
  const here = comments.filter((c) => c.id !== comment.id && c.anchor.kind === kind && c.anchor.id === id);
  return visibleThreads(here, "all", { myName: "", authored: new Set() });
}

function SameTarget({ threads }: { threads: readonly Comment[] }) {
  const { t } = useTranslation();
  const openThread = useMapStore((s) => s.actions.openThread);
  if (threads.length === 0) return null;
  return (
    <nav className="same-target" aria-label={t("comments.thread.sameTarget")} data-testid="same-target">
      <h3>{t("comments.thread.sameTarget")}</h3>
      <ul>
        {threads.map((c) => (
          <li key={c.id}>
            <button type="button" className="subtle" onClick={() => openThread(c.id)}>
              {c.resolved ? "✓ " : ""}
              {c.author}: {excerpt(c.text, 60)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface ThreadViewProps {
  commentId: string;
  names: readonly string[];
  /** Called after this person deleted the thread; by default the thread list is shown again. */
  onDeleted?: (commentId: string) => void;
}

export function ThreadView({ commentId, names, onDeleted }: ThreadViewProps) {
  const { t } = useTranslation();
  const comment = useMapStore((s) => s.comments.find((c) => c.id === commentId));
  const comments = useMapStore((s) => s.comments);
  const journey = useMapStore((s) => s.journey);
  const role = useMapStore((s) => s.role);
  const canComment = useMapStore((s) => s.canComment);
  const actions = useMapStore((s) => s.actions);
  const authored = useAuthored();
  const myName = useMyName();
  const call = useCommentCall();
  const replyDraft = useDraftKey(`reply:${commentId}`);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const aboutId = useId();
  // The press that opened the thread (a list entry, a badge) removed the button it was on: the thread takes the
  // focus, so a keyboard or screen reader user goes on reading here instead of at the top of the page.
  const section = useRef<HTMLElement>(null);
  // So does the notice when the thread goes away under the reply being typed.
  const gone = comment === undefined;
  useEffect(() => {
    if (focusIsLost()) section.current?.focus();
  }, [commentId, gone]);
  // And so does the thread when a reply went away with the focus on it (deleted here by keyboard).
  const replyCount = comment?.replies.length ?? 0;
  const shownReplies = useRef(replyCount);
  useEffect(() => {
    const fewer = replyCount < shownReplies.current;
    shownReplies.current = replyCount;
    if (fewer && focusIsLost()) section.current?.focus();
  }, [replyCount]);

  const back = (
    <button type="button" className="subtle thread-back" onClick={() => actions.openThread(null)}>
      ← {t("comments.thread.back")}
    </button>
  );
  if (!comment) {
    return (
      <section className="thread" data-testid="thread-view" ref={section} tabIndex={-1}>
        {back}
        <p className="thread-gone">{t("comments.thread.gone")}</p>
        <UnsentTexts commentId={commentId} />
      </section>
    );
  }

  const target = targetOf(comment, journey);
  const mine = (id: string): boolean => authored.has(id);
  const owner = role === "owner";
  // Whoever opened the thread closes it, or the map's owner (CONTRACT.md); an editor changes the map, not threads.
  const canResolve = canComment && (mine(comment.id) || owner);

  const setResolved = async (resolved: boolean): Promise<void> => {
    setBusy(true);
    setError(await call((api) => api.update(comment.id, { resolved })));
    setBusy(false);
  };
  const reply = (text: string): Promise<string | null> => call((api) => api.reply(comment.id, text, myName));

  return (
    <section
      className="thread"
      data-testid="thread-view"
      data-resolved={comment.resolved}
      ref={section}
      tabIndex={-1}
      aria-labelledby={aboutId}
    >
      {back}
      <div className="thread-about">
        <TargetLabel target={target} id={aboutId} />
        {target.kind !== "map" && !target.deleted && target.id !== undefined && (
          <button
            type="button"
            className="subtle"
            onClick={() => target.id !== undefined && actions.focusTarget({ kind: target.kind, id: target.id })}
          >
            {t("comments.thread.show")}
          </button>
        )}
      </div>
      <div className="thread-status">
        <span className={comment.resolved ? "status resolved" : "status open"} data-testid="thread-status">
          {comment.resolved ? t("comments.thread.resolved") : t("comments.thread.open")}
        </span>
        {canResolve && (
          <button type="button" disabled={busy} onClick={() => void setResolved(!comment.resolved)}>
            {comment.resolved ? t("comments.thread.reopen") : t("comments.thread.resolve")}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="compose-error">
          {error}
        </p>
      )}
      <CommentEntry
        entry={comment}
        threadId={comment.id}
        names={names}
        myName={myName}
        mine={mine(comment.id)}
        canEdit={canComment && mine(comment.id)}
        canDelete={canComment && (mine(comment.id) || owner)}
        onThreadDeleted={() => (onDeleted ? onDeleted(comment.id) : actions.openThread(null))}
      />
      <ol className="thread-replies">
        {comment.replies.map((r) => (
          <li key={r.id}>
            <CommentEntry
              entry={r}
              threadId={comment.id}
              names={names}
              myName={myName}
              mine={mine(r.id)}
              canEdit={canComment && mine(r.id)}
              canDelete={canComment && (mine(r.id) || owner)}
            />
          </li>
        ))}
      </ol>
      <GoneReplyEdits comment={comment} canComment={canComment} onLeave={() => section.current?.focus()} />
      <SameTarget threads={sameTarget(comments, comment)} />
      {canComment && (
        <ComposeBox
          label={t("comments.compose.replyLabel")}
          placeholder={t("comments.compose.replyPlaceholder")}
          submitLabel={t("comments.compose.sendReply")}
          names={names}
          testId="reply-box"
          draftKey={replyDraft}
          onSubmit={reply}
        />
      )}
    </section>
  );
}
