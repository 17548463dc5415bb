// Calls to the comments endpoints with this page's token and author key; answers are parsed, a failed call rejects
// with a ServerCallError (a refusal keeps the server's own sentence and its issues). The comment itself arrives
// through the live comments document.
import { z } from "zod";
import { commentSchema, replySchema, type AnchorKind, type Comment, type Reply } from "../../doc";
import { getAuthorKey } from "../../sync/authorKey";
import { rememberAuthored } from "../../sync/authoredComments";
import { answerOf, callServer, tokenRequest } from "../../sync/serverCall";

export interface CommentsApiOptions {
  mapId: string;
  token: string;
  fetch?: typeof fetch;
  /** The author key to send; this browser's own (localStorage) unless given. */
  authorKey?: string;
}

export interface CommentsApi {
  create(anchor: { kind: AnchorKind; id?: string }, text: string, author: string): Promise<Comment>;
  reply(commentId: string, text: string, author: string): Promise<Reply>;
  update(commentId: string, patch: { resolved?: boolean; text?: string }): Promise<Comment>;
  remove(commentId: string): Promise<void>;
  updateReply(commentId: string, replyId: string, text: string): Promise<Reply>;
  removeReply(commentId: string, replyId: string): Promise<void>;
}

export function commentsApi({ mapId, token, fetch: doFetch, authorKey }: CommentsApiOptions): CommentsApi {
  const base = `/api/maps/${encodeURIComponent(mapId)}/comments`;

  async function call<T>(method: string, path: string, body: unknown, schema: z.ZodType<T> | null): Promise<T> {
    const request = tokenRequest(method, token, body, { "X-Author-Key": authorKey ?? getAuthorKey() });
    const response = await callServer(base + path, request, doFetch);
    return schema === null ? (undefined as T) : answerOf(schema, response);
  }

  const path = (...parts: string[]): string => parts.map((p) => `/${encodeURIComponent(p)}`).join("");

  return {
    async create(anchor, text, author) {
      const comment = await call("POST", "", { anchor, text, author }, commentSchema);
      rememberAuthored(mapId, comment.id);
      return comment;
    },
    async reply(commentId, text, author) {
      const reply = await call("POST", path(commentId, "replies"), { text, author }, replySchema);
      rememberAuthored(mapId, reply.id);
      return reply;
    },
    update: (commentId, patch) => call("PATCH", path(commentId), patch, commentSchema),
    remove: (commentId) => call("DELETE", path(commentId), undefined, null),
    updateReply: (commentId, replyId, text) =>
      call("PATCH", path(commentId, "replies", replyId), { text }, replySchema),
    removeReply: (commentId, replyId) => call("DELETE", path(commentId, "replies", replyId), undefined, null),
  };
}
