// The comments service: the only writer of a map's comments document. Checks roles, authorship (a hashed
// per-browser key kept in SQLite, never in the document), anchors and names, then writes one transaction.
import { z } from "zod";
import type * as Y from "yjs";
import { ANCHOR_KINDS, MAX, commentSchema, newId, type Comment, type Reply, type Role } from "../../src/doc";
import { idSchema, requiredName } from "../../src/doc/records/limits";
import { cut } from "../../src/doc/readValues";
import { commentsMap, getRecord } from "../../src/doc/schema";
import type { AuthorStore } from "../store/authors";
import { HttpError } from "../http/respond";
import { parseBody } from "../http/body";

/** Origin of server writes to the comments document. */
export const COMMENTS_SERVICE = Symbol("outside-in/comments-service");

// A name is shown on one line beside others; a line break or another control character could fake a second name.
// Name and text must show something: one of only invisible characters (a zero-width space) is refused as empty.
const authorName = requiredName(MAX.short).refine(
  (name) => !/\p{Cc}/u.test(name),
  "must be one line without control characters",
);
const commentText = requiredName(MAX.longText);
const createBody = z.strictObject({
  anchor: z.strictObject({ kind: z.enum(ANCHOR_KINDS), id: idSchema.optional() }),
  text: commentText,
  author: authorName,
});
const replyBody = z.strictObject({ text: commentText, author: authorName });
const patchBody = z
  .strictObject({ resolved: z.boolean().optional(), text: commentText.optional() })
  .refine((b) => b.resolved !== undefined || b.text !== undefined, "give resolved or text");
const replyPatchBody = z.strictObject({ text: commentText });

export interface Actor {
  role: Role;
  /**
   * Who is writing: sha256 of the X-Author-Key header a browser sends (one secret per browser), or,
   * for a request without one (a script), sha256 of its link token, so whoever holds that link is the author.
   */
  keyHash: string;
  /** True when keyHash came from the X-Author-Key header; only such authors reserve their name on the map. */
  personal: boolean;
}

/** How much the comments document holds on disk, against its limit (the comments room). */
export interface StoredSize {
  readonly bytes: number;
  readonly maxBytes: number;
  /** Merges the document's log, dropping what deleted and rewritten threads left behind. */
  compact(): void;
}

export interface CommentDocs {
  mapId: string;
  main: Y.Doc;
  comments: Y.Doc;
  stored: StoredSize;
}

/**
 * Each change writes its whole thread again (to disk and to every reader), so a thread has a size of its own,
 * well below the document's: room for 1000 replies of a few lines, or a hundred long ones.
 */
export const MAX_THREAD_BYTES = 512 * 1024;

/** The body, or a 400 whose issues are worded as a journey file's are ("is required", "must be a string"). */
const parse = <T>(schema: z.ZodType<T>, body: unknown): T =>
  parseBody(schema, body, "This comment request is not valid.");

const mayComment = (role: Role): boolean => role === "owner" || role === "editor" || role === "commenter";

function requireCommenter(actor: Actor): string {
  if (!mayComment(actor.role)) throw new HttpError(403, "This link may read the map but not comment on it.");
  return actor.keyHash;
}

/**
 * A browser's author key reserves its name on the map, so nobody else can comment under it: not another browser,
 * and not a script without a key either (a script reserves no name, as several links may run the same one).
 */
function claimName(authors: AuthorStore, mapId: string, name: string, actor: Actor): void {
  const free = actor.personal
    ? authors.claimName(mapId, name, actor.keyHash)
    : authors.holderOf(mapId, name) === undefined;
  if (!free) {
    throw new HttpError(409, `Someone else already comments as ${name.trim()} on this map; pick another name.`);
  }
}

function readComment(docs: CommentDocs, commentId: string): Comment {
  const parsed = commentSchema.safeParse(commentsMap(docs.comments).get(commentId));
  if (!parsed.success) throw new HttpError(404, "There is no such comment on this map.");
  return parsed.data;
}

/** Refuses a thread that would grow past its size, or past the room the comments document has left. */
function checkSize(docs: CommentDocs, comment: Comment): void {
  const bytes = Buffer.byteLength(JSON.stringify(comment));
  if (bytes > MAX_THREAD_BYTES) throw new HttpError(413, "This thread has grown too long; start a new one.");
  if (docs.stored.bytes + bytes <= docs.stored.maxBytes) return;
  docs.stored.compact();
  if (docs.stored.bytes + bytes > docs.stored.maxBytes) {
    throw new HttpError(
      413,
      "The comments of this map have reached their size limit; delete old threads to make room.",
    );
  }
}

function write(docs: CommentDocs, comment: Comment | undefined, id: string): void {
  docs.comments.transact(() => {
    const map = commentsMap(docs.comments);
    if (comment) map.set(id, JSON.parse(JSON.stringify(comment)) as Comment);
    else map.delete(id);
  }, COMMENTS_SERVICE);
}

const isAuthor = (authors: AuthorStore, mapId: string, actor: Actor, commentId: string, replyId?: string): boolean =>
  authors.keyOf(mapId, commentId, replyId) === actor.keyHash;

type AnchoredKind = "stage" | "lane" | "card";
const COLLECTION_OF = { stage: "stages", lane: "lanes", card: "cards" } as const;
const article = (kind: AnchoredKind) => (kind === "stage" ? "a stage" : kind === "lane" ? "a lane" : "a card");

function anchorQuote(docs: CommentDocs, kind: AnchoredKind, id: string): string | undefined {
  const record = getRecord(docs.main, COLLECTION_OF[kind], id);
  if (!record) {
    // As the importer says it (src/format/references.ts): an id of another kind is the likeliest slip.
    const other = (["stage", "lane", "card"] as const).find(
      (k) => k !== kind && getRecord(docs.main, COLLECTION_OF[k], id),
    );
    const whose = other === undefined ? "" : `; that is the id of ${article(other)}`;
    throw new HttpError(400, `There is no ${kind} "${id}" in this map to comment on${whose}.`, [
      { path: "anchor.id", message: `unknown ${kind} "${id}"${whose}` },
    ]);
  }
  const quote = record.get(kind === "card" ? "title" : "name");
  return typeof quote === "string" ? cut(quote, MAX.title) : undefined;
}

export function createComment(docs: CommentDocs, authors: AuthorStore, actor: Actor, body: unknown): Comment {
  const keyHash = requireCommenter(actor);
  const input = parse(createBody, body);
  let anchor: Comment["anchor"] = { kind: "map" };
  // The same rules, and words, as the journey importer's (src/format/references.ts).
  if (input.anchor.kind === "map" && input.anchor.id !== undefined) {
    throw new HttpError(400, "A comment on the whole map names no stage, lane or card: leave out the anchor's id.", [
      { path: "anchor.id", message: "must be left out when the anchor kind is map" },
    ]);
  }
  if (input.anchor.kind !== "map") {
    if (!input.anchor.id) {
      throw new HttpError(400, `A comment on a ${input.anchor.kind} needs the ${input.anchor.kind}'s id.`, [
        { path: "anchor.id", message: `is required when the anchor kind is ${input.anchor.kind}` },
      ]);
    }
    const quote = anchorQuote(docs, input.anchor.kind, input.anchor.id);
    anchor = { kind: input.anchor.kind, id: input.anchor.id, ...(quote !== undefined ? { quote } : {}) };
  }
  const comment: Comment = {
    id: newId("cm"),
    anchor,
    author: input.author,
    role: actor.role,
    text: input.text,
    createdAt: new Date().toISOString(),
    resolved: false,
    replies: [],
  };
  checkSize(docs, comment);
  claimName(authors, docs.mapId, input.author, actor);
  authors.record(docs.mapId, comment.id, undefined, keyHash);
  write(docs, comment, comment.id);
  return comment;
}

export function addReply(
  docs: CommentDocs,
  authors: AuthorStore,
  actor: Actor,
  commentId: string,
  body: unknown,
): Reply {
  const keyHash = requireCommenter(actor);
  const input = parse(replyBody, body);
  const comment = readComment(docs, commentId);
  if (comment.replies.length >= 1000) throw new HttpError(400, "This thread has too many replies; start a new one.");
  const reply: Reply = {
    id: newId("rp"),
    author: input.author,
    role: actor.role,
    text: input.text,
    createdAt: new Date().toISOString(),
  };
  const thread = { ...comment, replies: [...comment.replies, reply] };
  checkSize(docs, thread);
  claimName(authors, docs.mapId, input.author, actor);
  authors.record(docs.mapId, commentId, reply.id, keyHash);
  write(docs, thread, commentId);
  return reply;
}

export function updateComment(
  docs: CommentDocs,
  authors: AuthorStore,
  actor: Actor,
  commentId: string,
  body: unknown,
): Comment {
  if (actor.role === "viewer") throw new HttpError(403, "This link may read the map but not change comments.");
  const input = parse(patchBody, body);
  const comment = readComment(docs, commentId);
  const author = isAuthor(authors, docs.mapId, actor, commentId);
  const owner = actor.role === "owner";
  if (input.text !== undefined && !author && !owner) {
    throw new HttpError(403, "Only the author of a comment or the map's owner may change its text.");
  }
  // As the contract has it: a thread is closed (and reopened) by whoever opened it, or by the map's owner.
  if (input.resolved !== undefined && !author && !owner) {
    throw new HttpError(403, "Only the author of a comment or the map's owner may resolve or reopen it.");
  }
  const next: Comment = { ...comment };
  if (input.resolved !== undefined) next.resolved = input.resolved;
  if (input.text !== undefined && input.text !== comment.text) {
    next.text = input.text;
    next.editedAt = new Date().toISOString();
    checkSize(docs, next);
  }
  write(docs, next, commentId);
  return next;
}

export function deleteComment(docs: CommentDocs, authors: AuthorStore, actor: Actor, commentId: string): void {
  if (actor.role === "viewer") throw new HttpError(403, "This link may read the map but not change comments.");
  readComment(docs, commentId);
  if (!isAuthor(authors, docs.mapId, actor, commentId) && actor.role !== "owner") {
    throw new HttpError(403, "Only the author of a comment or the map's owner may delete it.");
  }
  write(docs, undefined, commentId);
}

function findReply(comment: Comment, replyId: string): Reply {
  const reply = comment.replies.find((r) => r.id === replyId);
  if (!reply) throw new HttpError(404, "There is no such reply in this thread.");
  return reply;
}

export function updateReply(
  docs: CommentDocs,
  authors: AuthorStore,
  actor: Actor,
  commentId: string,
  replyId: string,
  body: unknown,
): Reply {
  if (actor.role === "viewer") throw new HttpError(403, "This link may read the map but not change comments.");
  const input = parse(replyPatchBody, body);
  const comment = readComment(docs, commentId);
  const reply = findReply(comment, replyId);
  if (!isAuthor(authors, docs.mapId, actor, commentId, replyId) && actor.role !== "owner") {
    throw new HttpError(403, "Only the author of a reply or the map's owner may change it.");
  }
  const next: Reply = { ...reply, text: input.text, editedAt: new Date().toISOString() };
  const thread = { ...comment, replies: comment.replies.map((r) => (r.id === replyId ? next : r)) };
  checkSize(docs, thread);
  write(docs, thread, commentId);
  return next;
}

export function deleteReply(
  docs: CommentDocs,
  authors: AuthorStore,
  actor: Actor,
  commentId: string,
  replyId: string,
): void {
  if (actor.role === "viewer") throw new HttpError(403, "This link may read the map but not change comments.");
  const comment = readComment(docs, commentId);
  findReply(comment, replyId);
  if (!isAuthor(authors, docs.mapId, actor, commentId, replyId) && actor.role !== "owner") {
    throw new HttpError(403, "Only the author of a reply or the map's owner may delete it.");
  }
  write(docs, { ...comment, replies: comment.replies.filter((r) => r.id !== replyId) }, commentId);
}
