// @name mentions: which names can be mentioned, where a text mentions them, and whether it mentions me.
import type { Comment } from "../../doc";

export type Segment = { text: string; mention?: undefined } | { text: string; mention: string };

const fold = (s: string): string => s.normalize("NFKC").toLocaleLowerCase("en");
const WORD = /[\p{L}\p{N}_]/u;

/**
 * Everyone who has joined the map as far as this page knows: the people online now, everyone who
 * wrote a comment or reply, and me. Sorted, without duplicates (case-insensitive).
 */
export function mentionableNames(online: readonly string[], comments: readonly Comment[], me: string): string[] {
  const byKey = new Map<string, string>();
  const add = (name: string): void => {
    const trimmed = name.trim();
    if (trimmed !== "" && !byKey.has(fold(trimmed))) byKey.set(fold(trimmed), trimmed);
  };
  add(me);
  for (const name of online) add(name);
  for (const c of comments) {
    add(c.author);
    for (const r of c.replies) add(r.author);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

/**
 * Splits a text into plain runs and mentions of known names. A mention is "@" (at the start or after
 * a non-word character, so e-mail addresses are left alone) followed by a name, longest name first,
 * and not followed by a letter or digit.
 */
export function splitMentions(text: string, names: readonly string[]): Segment[] {
  const candidates = [...names].filter((n) => n.trim() !== "").sort((a, b) => b.length - a.length);
  const folded = fold(text);
  // Folding may change lengths for exotic characters; then mentions are simply not highlighted.
  if (folded.length !== text.length || candidates.length === 0) return text === "" ? [] : [{ text }];
  const segments: Segment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf("@", i);
    if (at < 0) break;
    const before = at > 0 ? text[at - 1] : undefined;
    const name =
      before !== undefined && WORD.test(before)
        ? undefined
        : candidates.find((n) => {
            const end = at + 1 + n.length;
            const after = text[end];
            return folded.startsWith(fold(n), at + 1) && (after === undefined || !WORD.test(after));
          });
    if (name === undefined) {
      i = at + 1;
      continue;
    }
    if (at > plainStart) segments.push({ text: text.slice(plainStart, at) });
    const end = at + 1 + name.length;
    segments.push({ text: text.slice(at, end), mention: name });
    plainStart = end;
    i = end;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}

/** True when the text mentions this name (case-insensitive). */
export function mentionsName(text: string, name: string): boolean {
  const key = fold(name.trim());
  if (key === "") return false;
  return splitMentions(text, [name.trim()]).some((s) => s.mention !== undefined && fold(s.mention) === key);
}

/** True when the thread's first comment or any reply mentions this name. */
export function threadMentions(comment: Comment, name: string): boolean {
  return mentionsName(comment.text, name) || comment.replies.some((r) => mentionsName(r.text, name));
}

/** The name being typed after an "@" right before the caret, or null when the caret is not in a mention. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const upTo = text.slice(0, caret);
  const at = upTo.lastIndexOf("@");
  if (at < 0) return null;
  const before = at > 0 ? upTo[at - 1] : undefined;
  if (before !== undefined && WORD.test(before)) return null;
  const query = upTo.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}
