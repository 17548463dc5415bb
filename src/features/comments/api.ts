// Calls to the comments endpoints with this page's token and author key; answers are parsed, a refusal
// becomes the server's own sentence. The comment itself arrives through the live comments document.
import { z } from "zod";
import { commentSchema, replySchema, type AnchorKind, type Comment, type Reply } from "../../doc";
import { getAuthorKey } from "../../sync/authorKey";
import { rememberAuthored } from "../../sync/authoredComments";

const errorSchema = z.object({
  error: z.string().min(1),
  issues: z.array(z.object({ path: z.string() })).optional(),
});

/**
 * A refused or failed call; `network` when the server could not be reached or answered nonsense. A refusal
 * keeps the server's sentence as its message, its HTTP status and the body paths its issues name.
 */
export class CommentApiError extends Error {
  constructor(
    message: string,
    readonly kind: "server" | "network",
    readonly status = 0,
    readonly issuePaths: readonly string[] = [],
  ) {
    super(message);
  }
}

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
    let response: Response;
    try {
      // The global fetch is looked up per call, so a test (or a polyfill) may replace it later.
      response = await (doFetch ?? fetch)(base + path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          "X-Author-Key": authorKey ?? getAuthorKey(),
          ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw new CommentApiError("network", "network");
    }
    const json: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
    if (!response.ok) {
      const parsed = errorSchema.safeParse(json);
      if (parsed.success) {
        const paths = (parsed.data.issues ?? []).map((i) => i.path);
        throw new CommentApiError(parsed.data.error, "server", response.status, paths);
      }
      throw new CommentApiError(`HTTP ${response.status}`, "network");
    }
    if (schema === null) return undefined as T;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CommentApiError("answer", "network");
    return parsed.data;
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
