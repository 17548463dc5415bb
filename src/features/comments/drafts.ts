// Text typed into a comment box and not sent yet, kept per map and box while the box is off screen (another
// tab of the side panel, another thread opened), so coming back finds it as it was left.
import { useMapStore } from "../../store";

const drafts = new Map<string, string>();

/**
 * The key of one box on the open map: "new" for a new thread, "reply:ID" for a thread's reply box, "edit:ID" for an
 * edit of a thread's comment and `replyEditBox(threadId, replyId)` for an edit of one of its replies.
 */
export function useDraftKey(box: string): string {
  const mapId = useMapStore((s) => s.mapId);
  return `${mapId ?? ""}\u0000${box}`;
}

/** The box of an edit of a reply: under its thread, so a thread finds the edits of replies that are gone. */
export function replyEditBox(threadId: string, replyId: string): string {
  return `${replyEditsOf(threadId)}${replyId}`;
}

/** What every reply edit box of a thread starts with. */
export function replyEditsOf(threadId: string): string {
  return `edit:${threadId}\u0000`;
}

/** The kept texts whose key starts with `prefix` (a key from useDraftKey), as key and text, oldest first. */
export function draftsUnder(prefix: string): [key: string, text: string][] {
  return [...drafts].filter(([key]) => key.startsWith(prefix));
}

export function draftOf(key: string): string | undefined {
  return drafts.get(key);
}

/** Keeps the text; an empty one keeps nothing. */
export function keepDraft(key: string, text: string): void {
  if (text === "") drafts.delete(key);
  else drafts.set(key, text);
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}

/** Forgets every draft (a fresh page, as in tests). */
export function forgetDrafts(): void {
  drafts.clear();
}
