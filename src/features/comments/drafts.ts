// Text typed into a comment box and not sent yet, per map and box: kept in the page while the box is off screen
// (another tab of the side panel, another thread opened) and in localStorage, so that a reload or a tab closed by
// mistake finds it as it was left. Storage is bounded: per map the newest MAX_DRAFTS_PER_MAP, each cut to the
// comment text limit, for the MAX_DRAFT_MAPS maps written last; a damaged or foreign stored value is ignored.
import { useMapStore } from "../../store";
import { cut } from "../../doc/readValues";
import { characterCount, MAX_COMMENT_LENGTH } from "./validateText";

/** The localStorage key of a map's drafts is this followed by the map id. */
export const DRAFTS_STORAGE_PREFIX = "outside-in.comment-drafts:";
export const DRAFTS_FORMAT = "outside-in.comment-drafts";
export const MAX_DRAFTS_PER_MAP = 50;
/** Maps whose drafts are stored; a map's first draft past this drops the drafts of the map written least recently. */
export const MAX_DRAFT_MAPS = 20;
/** Longer than any id the app writes (100 characters) twice over, with the box's own words. */
const MAX_BOX_LENGTH = 240;
/** A stored value past this many characters is not ours (50 drafts at the limit, escaped, stay far below). */
const MAX_STORED_LENGTH = 4_000_000;

/**
 * The key of one box on the open map, from `useDraftKey(box)`. Boxes: `newCommentBox(anchor)` for a new thread on a
 * card, stage, lane or the map, "reply:ID" for a thread's reply box, "edit:ID" for an edit of a thread's comment and
 * `replyEditBox(threadId, replyId)` for an edit of one of its replies.
 */
export function useDraftKey(box: string): string {
  const mapId = useMapStore((s) => s.mapId);
  return `${mapId ?? ""}\u0000${box}`;
}

/** The box of a new comment on a card, stage or lane (with its id), or on the whole map. */
export function newCommentBox(anchor: { kind: string; id?: string | undefined }): string {
  return anchor.kind === "map" || anchor.id === undefined ? "new:map" : `new:${anchor.kind}:${anchor.id}`;
}

/** The box of an edit of a reply: under its thread, so a thread finds the edits of replies that are gone. */
export function replyEditBox(threadId: string, replyId: string): string {
  return `${replyEditsOf(threadId)}${replyId}`;
}

/** What every reply edit box of a thread starts with. */
export function replyEditsOf(threadId: string): string {
  return `edit:${threadId}\u0000`;
}

/** What a box is for, or null for a box this version does not know. */
export type BoxTarget =
  | { kind: "new"; anchor: { kind: "map" } | { kind: "card" | "stage" | "lane"; id: string } }
  | { kind: "reply"; threadId: string }
  | { kind: "edit"; threadId: string }
  | { kind: "replyEdit"; threadId: string; replyId: string };

const ID = "([^\\u0000\\s]{1,100})";
const BOXES = new RegExp(`^(?:new:map|new:(card|stage|lane):${ID}|reply:${ID}|edit:${ID}(?:\\u0000${ID})?)$`, "u");

export function boxTarget(box: string): BoxTarget | null {
  const m = BOXES.exec(box);
  if (!m) return null;
  const [, kind, anchorId, replyThread, editThread, replyId] = m;
  if (box === "new:map") return { kind: "new", anchor: { kind: "map" } };
  if ((kind === "card" || kind === "stage" || kind === "lane") && anchorId !== undefined) {
    return { kind: "new", anchor: { kind, id: anchorId } };
  }
  if (replyThread !== undefined) return { kind: "reply", threadId: replyThread };
  if (editThread === undefined) return null;
  return replyId === undefined
    ? { kind: "edit", threadId: editThread }
    : { kind: "replyEdit", threadId: editThread, replyId };
}

/** The drafts of each map this page has read, box to text, oldest change first. */
const pages = new Map<string, Map<string, string>>();

function split(key: string): { mapId: string; box: string } {
  const cut = key.indexOf("\u0000");
  return cut < 0 ? { mapId: "", box: key } : { mapId: key.slice(0, cut), box: key.slice(cut + 1) };
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Cut to the comment text limit, never between the two halves of an emoji or other character past U+FFFF. */
export function storedText(text: string): string {
  return cut(text, MAX_COMMENT_LENGTH);
}

/** The map's stored drafts; nothing from a value that is not ours, and no entry of it that is not a draft. */
function readStored(mapId: string): Map<string, string> {
  const drafts = new Map<string, string>();
  let raw: string | null;
  try {
    raw = storage()?.getItem(DRAFTS_STORAGE_PREFIX + mapId) ?? null;
  } catch {
    return drafts;
  }
  if (raw === null || raw.length > MAX_STORED_LENGTH) return drafts;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return drafts;
  }
  if (typeof value !== "object" || value === null) return drafts;
  const { format, version, drafts: list } = value as Record<string, unknown>;
  if (format !== DRAFTS_FORMAT || version !== 1 || !Array.isArray(list)) return drafts;
  for (const entry of list.slice(-MAX_DRAFTS_PER_MAP)) {
    if (typeof entry !== "object" || entry === null) continue;
    const { box, text } = entry as Record<string, unknown>;
    if (typeof box !== "string" || box.length > MAX_BOX_LENGTH || boxTarget(box) === null) continue;
    if (typeof text !== "string" || text === "" || characterCount(text) > MAX_COMMENT_LENGTH) continue;
    drafts.delete(box);
    drafts.set(box, text);
  }
  return drafts;
}

function serialize(drafts: Map<string, string>): string {
  const list = [...drafts].map(([box, text]) => ({ box, text }));
  return JSON.stringify({ format: DRAFTS_FORMAT, version: 1, savedAt: new Date().toISOString(), drafts: list });
}

/** When a value was written; "" (the oldest) for one that does not say. */
function savedAtOf(raw: string | null): string {
  try {
    const value: unknown = JSON.parse(raw ?? "null");
    const at = typeof value === "object" && value !== null ? (value as Record<string, unknown>)["savedAt"] : undefined;
    return typeof at === "string" ? at : "";
  } catch {
    return "";
  }
}

/** Before a map's first draft is stored: the drafts of the maps written least recently go, past MAX_DRAFT_MAPS. */
function makeRoomForMap(place: Storage, key: string): void {
  const others: { key: string; at: string }[] = [];
  for (let i = 0; i < place.length; i++) {
    const other = place.key(i);
    if (other !== null && other !== key && other.startsWith(DRAFTS_STORAGE_PREFIX)) {
      others.push({ key: other, at: savedAtOf(place.getItem(other)) });
    }
  }
  others.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const { key: gone } of others.slice(0, Math.max(0, others.length - (MAX_DRAFT_MAPS - 1)))) {
    place.removeItem(gone);
  }
}

/**
 * Changes one box in storage. Read afresh each time, so another tab's drafts of the same map stay; the oldest go
 * past the bound, and also while the storage is full (then this page still holds them).
 */
function store(mapId: string, box: string, text: string | null): void {
  const place = storage();
  if (!place || mapId === "") return;
  const drafts = readStored(mapId);
  drafts.delete(box);
  if (text !== null) drafts.set(box, storedText(text));
  while (drafts.size > MAX_DRAFTS_PER_MAP) drafts.delete(drafts.keys().next().value ?? "");
  const key = DRAFTS_STORAGE_PREFIX + mapId;
  try {
    if (drafts.size > 0 && place.getItem(key) === null) makeRoomForMap(place, key);
  } catch {
    // A storage that cannot be listed is written as it is.
  }
  for (;;) {
    try {
      if (drafts.size === 0) place.removeItem(key);
      else place.setItem(key, serialize(drafts));
      return;
    } catch {
      if (drafts.size <= 1) return;
      drafts.delete(drafts.keys().next().value ?? "");
    }
  }
}

function page(mapId: string): Map<string, string> {
  let drafts = pages.get(mapId);
  if (!drafts) {
    drafts = mapId === "" ? new Map() : readStored(mapId);
    pages.set(mapId, drafts);
  }
  return drafts;
}

/** The kept texts whose key starts with `prefix` (a key from useDraftKey), as key and text, oldest first. */
export function draftsUnder(prefix: string): [key: string, text: string][] {
  const { mapId, box } = split(prefix);
  return [...page(mapId)].filter(([b]) => b.startsWith(box)).map(([b, text]) => [`${mapId}\u0000${b}`, text]);
}

export function draftOf(key: string): string | undefined {
  const { mapId, box } = split(key);
  return page(mapId).get(box);
}

/** Keeps the text, as the newest draft; an empty one keeps nothing. */
export function keepDraft(key: string, text: string): void {
  if (text === "") {
    dropDraft(key);
    return;
  }
  const { mapId, box } = split(key);
  const drafts = page(mapId);
  drafts.delete(box);
  drafts.set(box, text);
  store(mapId, box, text);
}

export function dropDraft(key: string): void {
  const { mapId, box } = split(key);
  page(mapId).delete(box);
  store(mapId, box, null);
}

/** Forgets the drafts this page holds, as a fresh page (a reload, or the next test) does; storage keeps its own. */
export function forgetDrafts(): void {
  pages.clear();
}
