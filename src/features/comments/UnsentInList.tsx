// Texts kept for what went away while it was off screen: a thread deleted (a reply to it, a change to its comment or
// to one of its replies), a reply deleted from a thread that is still there (a change to it), a card, stage or lane
// deleted (a new comment on it). The thread list offers them at once, also after a reload, to copy, post or move on.
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { Comment, Journey } from "../../doc";
import { useMapStore } from "../../store";
import { Unsent } from "./UnsentTexts";
import { boxTarget, draftsUnder, useDraftKey } from "./drafts";
import { excerpt } from "./excerpt";
import { useCommentsReady } from "./hooks";
import { targetOfAnchor } from "./threads";

const THREAD_EXCERPT = 60;

interface Offer {
  key: string;
  label: string;
  /** The thread the text can be posted to as a new reply. */
  replyTo?: string;
}

interface Known {
  /** The comments document holds what the server has: a thread missing from it was deleted. */
  comments: readonly Comment[] | null;
  /** The map is read from its document: a card, stage or lane missing from it was deleted. */
  journey: Journey | null;
  canComment: boolean;
}

/** What the thread list offers for one kept text, or null when its box is still there to show it. */
function offerOf(box: string, key: string, known: Known, t: TFunction): Offer | null {
  const target = boxTarget(box);
  if (!target) return null;
  if (target.kind === "new") {
    if (target.anchor.kind === "map" || !known.journey) return null;
    return targetOfAnchor(target.anchor, known.journey).deleted ? { key, label: t("comments.thread.unsentNew") } : null;
  }
  if (!known.comments) return null;
  const thread = known.comments.find((c) => c.id === target.threadId);
  if (!thread) {
    const label =
      target.kind === "reply"
        ? "comments.thread.unsent"
        : target.kind === "edit"
          ? "comments.thread.unsentEdit"
          : "comments.thread.unsentReplyEdit";
    return { key, label: t(label) };
  }
  if (target.kind !== "replyEdit" || thread.replies.some((r) => r.id === target.replyId)) return null;
  const label = t("comments.thread.unsentReplyGoneIn", {
    author: thread.author,
    thread: excerpt(thread.text, THREAD_EXCERPT),
  });
  return known.canComment ? { key, label, replyTo: thread.id } : { key, label };
}

export interface UnsentInListProps {
  comments: readonly Comment[];
  /** Called once a text moved to the new comment box, was posted or discarded, so the box can show it. */
  onLeave: () => void;
}

export function UnsentInList({ comments, onLeave }: UnsentInListProps) {
  const { t } = useTranslation();
  const prefix = useDraftKey("");
  const commentsReady = useCommentsReady();
  const journey = useMapStore((s) => s.journey);
  const opening = useMapStore((s) => s.opening);
  const canComment = useMapStore((s) => s.canComment);
  // A map still on its way reads as one without stages and lanes (or as the server's snapshot, which is complete):
  // until it has some, no card, stage or lane is taken for deleted.
  const journeyRead = !opening && (journey.stages.length > 0 || journey.lanes.length > 0);
  const known: Known = { comments: commentsReady ? comments : null, journey: journeyRead ? journey : null, canComment };
  const offers = draftsUnder(prefix).flatMap(([key]) => {
    const offer = offerOf(key.slice(prefix.length), key, known, t);
    return offer ? [offer] : [];
  });
  return (
    <>
      {offers.map(({ key, label, replyTo }) => (
        <Unsent key={key} draftKey={key} label={label} replyTo={replyTo} onLeave={onLeave} />
      ))}
    </>
  );
}
