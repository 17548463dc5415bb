// Pure helpers over the comment threads: last activity, the filters of the panel, mine, and what a
// thread is about (its target, possibly deleted, with the title it had).
import type { Anchor, AnchorKind, Comment, Journey } from "../../doc";
import type { SelectionState } from "../../store";
import { threadMentions } from "./mentions";

export const FILTERS = ["all", "open", "resolved", "mine", "mentions"] as const;
export type ThreadFilter = (typeof FILTERS)[number];

/** The instant a time stands for; an unreadable one before every other (the reader refuses such times anyway). */
const instant = (time: string): number => {
  const at = Date.parse(time);
  return Number.isNaN(at) ? -Infinity : at;
};

/**
 * The latest time anything was written in the thread, compared as instants: an imported file's times may carry an
 * offset (`09:30:00+01:00` is before `09:00:00Z`) or fractions (`08:00:00.5Z` is after `08:00:00Z`).
 */
export function lastActivity(comment: Comment): string {
  let latest = comment.createdAt;
  const times = [comment.editedAt, ...comment.replies.flatMap((r) => [r.createdAt, r.editedAt])];
  for (const time of times) if (time !== undefined && instant(time) > instant(latest)) latest = time;
  return latest;
}

/** A thread I started or took part in. */
export function isMine(comment: Comment, authored: ReadonlySet<string>): boolean {
  return authored.has(comment.id) || comment.replies.some((r) => authored.has(r.id));
}

export interface FilterContext {
  myName: string;
  authored: ReadonlySet<string>;
}

export function matchesFilter(comment: Comment, filter: ThreadFilter, ctx: FilterContext): boolean {
  switch (filter) {
    case "all":
      return true;
    case "open":
      return !comment.resolved;
    case "resolved":
      return comment.resolved;
    case "mine":
      return isMine(comment, ctx.authored);
    case "mentions":
      return threadMentions(comment, ctx.myName);
  }
}

/** The threads that pass the filter, newest activity first. */
export function visibleThreads(comments: readonly Comment[], filter: ThreadFilter, ctx: FilterContext): Comment[] {
  return comments
    .filter((c) => matchesFilter(c, filter, ctx))
    .map((c) => ({ c, at: instant(lastActivity(c)) }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.c.id.localeCompare(b.c.id)))
    .map((x) => x.c);
}

export interface ThreadTarget {
  kind: AnchorKind;
  id?: string;
  /** The target's current title or name, or the quoted one when it was deleted; empty for the map. */
  title: string;
  deleted: boolean;
}

export function targetOf(comment: Comment, journey: Journey): ThreadTarget {
  return targetOfAnchor(comment.anchor, journey);
}

export function targetOfAnchor(anchor: Anchor, journey: Journey): ThreadTarget {
  const { kind, id, quote } = anchor;
  if (kind === "map" || id === undefined) return { kind: "map", title: journey.title, deleted: false };
  const current =
    kind === "card"
      ? journey.cards.find((c) => c.id === id)?.title
      : (kind === "stage" ? journey.stages : journey.lanes).find((x) => x.id === id)?.name;
  if (current === undefined) return { kind, id, title: quote ?? "", deleted: true };
  return { kind, id, title: current, deleted: false };
}

/** What a new thread would be about: the first selected card, else stage, else lane, else the map. */
export function anchorOfSelection(selection: SelectionState): { kind: AnchorKind; id?: string } {
  const card = selection.cards[0];
  if (card !== undefined) return { kind: "card", id: card };
  const stage = selection.stages[0];
  if (stage !== undefined) return { kind: "stage", id: stage };
  const lane = selection.lanes[0];
  if (lane !== undefined) return { kind: "lane", id: lane };
  return { kind: "map" };
}

/** The newest open thread on a card, stage or lane (the one its badge opens). */
export function newestOpenThread(comments: readonly Comment[], targetId: string): Comment | undefined {
  return visibleThreads(
    comments.filter((c) => c.anchor.id === targetId),
    "open",
    { myName: "", authored: new Set() },
  )[0];
}
