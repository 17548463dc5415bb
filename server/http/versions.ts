// The versions of a map over HTTP, for owners and editors: the list, saving a named version, a version's journey file,
// and restoring one, which saves the map as it is first and then changes the live document in one transaction.
import type { IncomingMessage, ServerResponse } from "node:http";
import * as Y from "yjs";
import { z } from "zod";
import { MAX, type Role } from "../../src/doc";
import { requiredName } from "../../src/doc/records/limits";
import { replaceJourney } from "../../src/doc/ops";
import { parseJourneyText } from "../../src/format";
import type { Journey } from "../../src/doc/records/journey";
import { exportFileNames } from "../../src/export/fileName";
import type { ServerContext } from "../context";
import type { DocRoom } from "../rooms/docRoom";
import type { VersionInfo } from "../store/versions";
import { parseBody, readJson } from "./body";
import { sha256 } from "../ids";
import { HttpError, bearerToken, clientIp, contentDisposition, sendJson } from "./respond";

/** Origin of a restore's write to the map document: stored and sent to every page like any change. */
export const VERSION_RESTORE = Symbol("outside-in/version-restore");

/** Version names and who saved them are shown on one line: no line breaks or other control characters. */
const oneLine = (max: number) =>
  requiredName(max).refine((name) => !/\p{Cc}/u.test(name), "must be one line without control characters");
const saveBody = z.strictObject({ name: oneLine(MAX.short), by: oneLine(MAX.short).optional() });
const restoreBody = z.strictObject({ by: oneLine(MAX.short).optional() });

const NO_VERSION = "There is no such version of this map.";
const TOO_LARGE =
  "Restoring this version would take the map past its size limit, so nothing was changed; " +
  "download the version and import it as a new map instead.";
const NOT_ALLOWED = "Only the owner and editors of a map may see, save and restore its versions.";

const iso = (ms: number): string => new Date(ms).toISOString();

/** A version as the API shows it. */
export function versionJson(v: VersionInfo): Record<string, unknown> {
  return {
    id: v.id,
    createdAt: iso(v.createdAt),
    ...(v.name !== undefined ? { name: v.name } : {}),
    kind: v.kind,
    ...(v.by !== undefined ? { by: v.by } : {}),
    cards: v.cards,
    bytes: v.bytes,
    ...(v.restored
      ? {
          restoring: {
            id: v.restored.id,
            createdAt: iso(v.restored.createdAt),
            ...(v.restored.name !== undefined ? { name: v.restored.name } : {}),
          },
        }
      : {}),
  };
}

/** "2026-12-06 09-00 UTC": a version's time as a file name may hold it. */
const fileStamp = (ms: number): string => `${iso(ms).slice(0, 16).replace("T", " ").replace(":", "-")} UTC`;

/** The version's file as the JSON export names files, with the version's time: `Title (2026-12-06 09-00 UTC).json`. */
export function versionFileNames(title: string, createdAt: number): { name: string; ascii: string } {
  const names = exportFileNames(title, "json");
  const stamp = fileStamp(createdAt);
  return {
    name: names.name.replace(/\.json$/, ` (${stamp}).json`),
    ascii: names.ascii.replace(/\.json$/, `-${stamp.replace(/ /g, "-")}.json`),
  };
}

function readVersion(ctx: ServerContext, mapId: string, versionId: string) {
  const info = ctx.versions.get(mapId, versionId);
  const json = info ? ctx.versions.json(mapId, versionId) : undefined;
  if (!info || json === undefined) throw new HttpError(404, NO_VERSION);
  return { info, json };
}

/** The sentence a before-restore version is named with. */
const beforeRestoring = (v: VersionInfo): string =>
  v.name !== undefined
    ? `Before restoring "${v.name}"`
    : `Before restoring the version of ${fileStamp(v.createdAt).replace(/(\d\d)-(\d\d) UTC$/, "$1:$2 UTC")}`;

function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers["content-length"] ?? "0") > 0 || req.headers["transfer-encoding"] !== undefined;
}

/** Each saved or restored version is a copy of the whole map on disk: one link may make only so many a minute. */
function takeTurn(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const key = `${sha256(bearerToken(req))}|${clientIp(req)}`;
  if (ctx.versionLimit.take(key)) return;
  res.setHeader("Retry-After", String(ctx.versionLimit.waitSeconds(key)));
  throw new HttpError(429, "You are saving or restoring versions too fast; wait a minute and try again.");
}

/**
 * The one update that makes the map read as `journey`, written on a copy of it, so that its size is known before
 * anything is stored (undefined when the map already reads so); with the map's whole state, which the log would
 * merge into.
 */
function restoreUpdate(room: DocRoom, journey: Journey): { update: Uint8Array | undefined; whole: Uint8Array } {
  const whole = room.stateAsUpdate();
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, whole);
    let update: Uint8Array | undefined;
    copy.on("update", (u: Uint8Array) => (update = u));
    replaceJourney(copy, journey, VERSION_RESTORE);
    return { update, whole };
  } finally {
    copy.destroy();
  }
}

/**
 * Refuses a restore whose update would take the stored map past its size limit, as a page's update is refused
 * (server/rooms/connection.ts): measured against the log as it is, or, when that is too long, as it would be merged,
 * and then merged so the count is right again.
 */
function checkSize(room: DocRoom, update: Uint8Array, whole: Uint8Array): void {
  if (room.bytes + update.byteLength <= room.maxBytes) return;
  if (whole.byteLength + update.byteLength > room.maxBytes) throw new HttpError(413, TOO_LARGE);
  room.compact();
}

function restore(ctx: ServerContext, mapId: string, versionId: string, by: string | undefined) {
  const { info, json } = readVersion(ctx, mapId, versionId);
  const parsed = parseJourneyText(json);
  if (!parsed.ok) throw new HttpError(500, "This version cannot be read back; nothing was changed.");
  const { comments: _comments, ...journey } = parsed.journey;
  const room = ctx.rooms.get(mapId, "main");
  const { update, whole } = restoreUpdate(room, journey);
  if (update) checkSize(room, update, whole);
  const saved = ctx.rooms.saveVersion(mapId, {
    kind: "beforeRestore",
    name: beforeRestoring(info),
    by,
    restored: { id: info.id, createdAt: info.createdAt, ...(info.name !== undefined ? { name: info.name } : {}) },
  });
  // The update written on the copy, in one transaction: stored, then sent to every open page as one update.
  if (update) Y.applyUpdate(room.doc, update, VERSION_RESTORE);
  return { restored: versionJson(info), saved: versionJson(saved) };
}

/** Answers /api/maps/:id/versions[/:versionId[/restore]] for a request already known to hold `role` on the map. */
export async function handleVersions(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  mapId: string,
  role: Role,
  rest: string[],
): Promise<void> {
  const method = req.method ?? "GET";
  const [versionId, sub, extra] = rest;
  if (extra !== undefined || (sub !== undefined && sub !== "restore")) {
    throw new HttpError(404, "There is no such address in the API.");
  }
  if (role !== "owner" && role !== "editor") throw new HttpError(403, NOT_ALLOWED);
  if (versionId === undefined) {
    if (method === "GET") return sendJson(res, 200, { versions: ctx.versions.list(mapId).map(versionJson) });
    if (method !== "POST") throw new HttpError(405, "Use GET to list a map's versions, or POST to save one.");
    const body = parseBody(saveBody, await readJson(req, 16 * 1024), "Send { name } to save a version of this map.");
    takeTurn(ctx, req, res);
    const saved = ctx.rooms.saveVersion(mapId, { kind: "named", name: body.name, by: body.by });
    return sendJson(res, 201, versionJson(saved));
  }
  if (sub === undefined) {
    if (method !== "GET") throw new HttpError(405, "Use GET to download a version.");
    const { info, json } = readVersion(ctx, mapId, versionId);
    const parsed = parseJourneyText(json);
    const names = versionFileNames(parsed.ok ? parsed.journey.title : "journey", info.createdAt);
    res.writeHead(200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": contentDisposition(names.ascii, names.name),
      "Cache-Control": "no-store",
    });
    res.end(json);
    return;
  }
  if (method !== "POST") throw new HttpError(405, "Use POST to restore a version.");
  const body = hasBody(req)
    ? parseBody(restoreBody, await readJson(req, 16 * 1024), "Send nothing, or { by }, to restore a version.")
    : {};
  takeTurn(ctx, req, res);
  return sendJson(res, 200, restore(ctx, mapId, versionId, body.by));
}
