// The HTTP API of contract section 2: routes, token checks (unknown map and wrong token answer the same 404)
// and the comments endpoints; the versions endpoints are in ./versions.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readJourney, type Role } from "../../src/doc";
import { serializeJourney } from "../../src/format";
import { exportFileNames } from "../../src/export/fileName";
import { CSV_SEPARATORS, type CsvSeparator } from "../../src/export/csv";
import type { ServerContext } from "../context";
import { isMapId, sameSecret, sha256 } from "../ids";
import { LINK_KEYS, type LinkKey } from "../store/maps";
import { CLOSE } from "../rooms/limits";
import {
  addReply,
  createComment,
  deleteComment,
  deleteReply,
  updateComment,
  updateReply,
  type Actor,
  type CommentDocs,
} from "../comments/service";
import { fromForeignPage } from "../origin";
import { readJson } from "./body";
import { createMap, shareLink } from "./createMap";
import { keptTitleAnswers, shownTitle } from "./mapTitle";
import { inPngTurn } from "./pngTurns";
import { handleVersions } from "./versions";
import { HttpError, NOT_FOUND, bearerToken, clientIp, contentDisposition, sendJson } from "./respond";

export const ROTATED_REASON = "This link was replaced by the owner; ask for the new link.";

const EXPORT_FORMATS = ["json", "pdf", "svg", "csv", "png"] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];
const isExportFormat = (v: string): v is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(v);

function authorise(ctx: ServerContext, req: IncomingMessage, mapId: string): { role: Role; token: string } {
  const token = bearerToken(req);
  const role = isMapId(mapId) ? ctx.maps.roleOf(mapId, token) : undefined;
  if (!role) throw new HttpError(404, NOT_FOUND);
  return { role, token };
}

function docsOf(ctx: ServerContext, mapId: string): CommentDocs {
  const comments = ctx.rooms.get(mapId, "comments");
  return { mapId, main: ctx.rooms.get(mapId, "main").doc, comments: comments.doc, stored: comments };
}

function actorOf(req: IncomingMessage, role: Role, token: string): Actor {
  const key = req.headers["x-author-key"];
  const value = typeof key === "string" ? key.trim() : "";
  if (key === undefined) return { role, keyHash: sha256(`token:${token}`), personal: false };
  if (value.length < 16 || value.length > 200) {
    throw new HttpError(400, "X-Author-Key must be a secret of 16 to 200 characters (or leave the header out).");
  }
  return { role, keyHash: sha256(`key:${value}`), personal: true };
}

async function exportMap(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, mapId: string, url: URL) {
  authorise(ctx, req, mapId);
  // A parameter given twice is refused, as the command line refuses an option given twice: which one was meant?
  for (const name of ["format", "paper", "comments", "separator"]) {
    if (url.searchParams.getAll(name).length > 1) throw new HttpError(400, `The parameter ${name} is given twice.`);
  }
  // Written in any case: "paper=A4" and "format=PDF" are how people write them.
  const formatParam = url.searchParams.get("format") ?? "json";
  const format = formatParam.toLowerCase();
  if (!isExportFormat(format)) {
    throw new HttpError(400, `Unknown export format "${formatParam}"; use one of ${EXPORT_FORMATS.join(", ")}.`);
  }
  const paperParam = (url.searchParams.get("paper") ?? "a3").toLowerCase();
  if (paperParam !== "a3" && paperParam !== "a4") throw new HttpError(400, 'Paper must be "a3" or "a4".');
  // Refused like an unknown paper: "comments=true" quietly leaving the comments out would look like a map without any.
  const commentsParam = url.searchParams.get("comments") ?? "0";
  if (commentsParam !== "0" && commentsParam !== "1") {
    throw new HttpError(
      400,
      `Unknown comments value "${commentsParam}"; use comments=1 to include them, or leave it out.`,
    );
  }
  const withComments = commentsParam === "1";
  // Like paper, which only PDF and SVG use: checked for every format, used by the CSV.
  const separatorParam = url.searchParams.get("separator") ?? "comma";
  const separator = CSV_SEPARATORS.find((s): s is CsvSeparator => s === separatorParam);
  if (separator === undefined) {
    throw new HttpError(
      400,
      `Unknown CSV separator "${separatorParam}"; use comma, or semicolon for an Excel that expects semicolons and decimal commas.`,
    );
  }
  const docs = docsOf(ctx, mapId);
  const journey = readJourney(docs.main, docs.comments);
  let body: Uint8Array | string;
  let contentType: string;
  let extension: string;
  if (format === "json") {
    body = serializeJourney(journey, { exportedAt: new Date() });
    contentType = "application/json; charset=utf-8";
    extension = "json";
  } else {
    const { exportFile } = await import("../exportFile");
    const draw = () => exportFile(journey, { format, paper: paperParam, comments: withComments, separator });
    // A PNG takes a turn in the shared Chromium: a few at once, so no link can have the server start many.
    const file = format === "png" ? await inPngTurn(res, draw) : await draw();
    ({ body, contentType, extension } = file);
  }
  // The title as written for clients that read filename*, a transliterated ASCII one for the others; PDF and SVG
  // also name their paper, a printed file its comments, and the CSV with semicolons "Excel", so no two different
  // downloads of a map share a name.
  const names = exportFileNames(journey.title, extension, paperParam, {
    comments: withComments && (journey.comments?.length ?? 0) > 0,
    language: journey.language,
    separator,
  });
  res.writeHead(200, {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(names.ascii, names.name),
    "Cache-Control": "no-store",
  });
  res.end(typeof body === "string" ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

/** The role names of contract section 3 name the same links as the link keys of section 2. */
const LINK_OF_ROLE: Record<string, LinkKey> = { editor: "edit", commenter: "comment", viewer: "view" };

/** The link a path segment names; own keys only, so "constructor" or "toString" name none. */
const linkKeyOf = (name: string): LinkKey | undefined => {
  const key = Object.hasOwn(LINK_OF_ROLE, name) ? LINK_OF_ROLE[name] : name;
  return LINK_KEYS.find((k) => k === key);
};

function rotate(ctx: ServerContext, req: IncomingMessage, mapId: string, name: string) {
  const { role } = authorise(ctx, req, mapId);
  if (role !== "owner") throw new HttpError(403, "Only the owner may replace share links.");
  const key = linkKeyOf(name);
  if (key === undefined) {
    throw new HttpError(
      400,
      `Unknown link "${name}"; use owner, edit, comment or view (or the role: editor, commenter, viewer).`,
    );
  }
  const { token, oldHash } = ctx.maps.rotate(mapId, key);
  if (oldHash) ctx.rooms.closeByToken(mapId, oldHash, CLOSE.unauthorized, ROTATED_REASON);
  return { link: shareLink(ctx, mapId, token), token };
}

async function comments(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  mapId: string,
  rest: string[],
): Promise<void> {
  const { role, token } = authorise(ctx, req, mapId);
  const actor = actorOf(req, role, token);
  const method = req.method ?? "GET";
  const [commentId, sub, replyId, extra] = rest;
  if (extra !== undefined) throw new HttpError(404, "There is no such address in the API.");
  if (method === "POST" && (commentId === undefined || (sub === "replies" && replyId === undefined))) {
    const key = `${sha256(token)}|${clientIp(req)}`;
    if (!ctx.commentLimit.take(key)) {
      res.setHeader("Retry-After", String(ctx.commentLimit.waitSeconds(key)));
      throw new HttpError(429, "You are commenting too fast; wait a minute and try again.");
    }
  }
  const body = method === "POST" || method === "PATCH" ? await readJson(req, 64 * 1024) : undefined;
  const docs = docsOf(ctx, mapId);
  if (commentId === undefined) {
    if (method !== "POST") throw new HttpError(405, "Use POST to add a comment.");
    sendJson(res, 201, createComment(docs, ctx.authors, actor, body));
    return;
  }
  if (sub === undefined) {
    if (method === "PATCH") return sendJson(res, 200, updateComment(docs, ctx.authors, actor, commentId, body));
    if (method === "DELETE") {
      deleteComment(docs, ctx.authors, actor, commentId);
      res.writeHead(204).end();
      return;
    }
    throw new HttpError(405, "Use PATCH or DELETE on a comment.");
  }
  if (sub !== "replies") throw new HttpError(404, "There is no such address in the API.");
  if (replyId === undefined) {
    if (method !== "POST") throw new HttpError(405, "Use POST to add a reply.");
    sendJson(res, 201, addReply(docs, ctx.authors, actor, commentId, body));
    return;
  }
  if (method === "PATCH") return sendJson(res, 200, updateReply(docs, ctx.authors, actor, commentId, replyId, body));
  if (method === "DELETE") {
    deleteReply(docs, ctx.authors, actor, commentId, replyId);
    res.writeHead(204).end();
    return;
  }
  throw new HttpError(405, "Use PATCH or DELETE on a reply.");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Answers an /api request; throws HttpError for every refusal. */
export async function handleApi(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  // A segment with broken percent-encoding stays as sent: it names no route, map or comment, so it is answered
  // like any unknown one.
  const parts = url.pathname.split("/").filter(Boolean).slice(1).map(decodeSegment);
  const method = req.method ?? "GET";
  const [first, mapId, action, ...rest] = parts;

  if (first === "health" && parts.length === 1) return sendJson(res, 200, { ok: true });
  // A form on another site could otherwise create maps here (it needs no token when CREATE_TOKEN is unset).
  if (method !== "GET" && method !== "HEAD" && fromForeignPage(ctx, req)) {
    throw new HttpError(403, "A page from another site may not change maps on this server.");
  }
  if (first !== "maps") throw new HttpError(404, "There is no such address in the API.");

  if (mapId === undefined) {
    if (method !== "POST") throw new HttpError(405, "Use POST to create a map.");
    if (ctx.createToken !== undefined && !sameSecret(bearerToken(req), ctx.createToken)) {
      throw new HttpError(401, "Creating maps on this server needs the creation token.");
    }
    const body = await readJson(req);
    const created = await createMap(ctx, body);
    ctx.logger(`created map ${created.id}`);
    return sendJson(res, 201, created);
  }
  if (action === undefined) {
    if (method !== "GET") throw new HttpError(405, "Use GET to read a map's details.");
    const { role } = authorise(ctx, req, mapId);
    // Only the title: from the loaded document, else as kept beside the map when it last unloaded, so a start page
    // asking for the titles of its twenty maps loads none of them (but a map kept as untitled, whose document says in
    // which language to name it).
    const room = ctx.rooms.loaded(mapId, "main");
    const kept = room ? undefined : ctx.maps.storedTitle(mapId);
    const title = keptTitleAnswers(kept) ? kept : shownTitle((room ?? ctx.rooms.get(mapId, "main")).doc);
    return sendJson(res, 200, { id: mapId, title, role });
  }
  if (action === "export" && rest.length === 0) {
    if (method !== "GET") throw new HttpError(405, "Use GET to export a map.");
    return exportMap(ctx, req, res, mapId, url);
  }
  if (action === "links" && rest.length === 2 && rest[1] === "rotate") {
    if (method !== "POST") throw new HttpError(405, "Use POST to replace a link.");
    return sendJson(res, 200, rotate(ctx, req, mapId, rest[0] ?? ""));
  }
  if (action === "comments") return comments(ctx, req, res, mapId, rest);
  if (action === "versions") return handleVersions(ctx, req, res, mapId, authorise(ctx, req, mapId).role, rest);
  throw new HttpError(404, "There is no such address in the API.");
}
