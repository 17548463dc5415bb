// The rules a schema cannot see: unique ids, references that point at something real, emotions in emotion lanes,
// connections that lead from one card to another, each path once.
//
// They run on the raw value (not the schema's output) so that every problem in a file is reported
// in one go, even when some records are also malformed.
import type { FormatIssue } from "./types";
import { english } from "./english";
import type { Wording } from "./wording";

type Entry = { path: string; value: Record<string, unknown> };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function entries(parent: Record<string, unknown>, key: string, path: string): Entry[] {
  const list = parent[key];
  if (!Array.isArray(list)) return [];
  const out: Entry[] = [];
  list.forEach((value, i) => {
    if (isRecord(value)) out.push({ path: `${path}.${key}[${i}]`, value });
  });
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

const TITLE_SHOWN = 60;
/** A card's title as a sentence quotes it: one line, at most TITLE_SHOWN characters, cut between whole characters. */
const shortened = (written: string): string => {
  // As a person reads it on the map: a line break in a title is a space there.
  const title = written.replace(/\s+/g, " ");
  const chars = [...title];
  return chars.length <= TITLE_SHOWN
    ? title
    : `${chars
        .slice(0, TITLE_SHOWN - 1)
        .join("")
        .trimEnd()}…`;
};

export function checkReferences(journey: unknown, says: Wording = english): FormatIssue[] {
  if (!isRecord(journey)) return [];
  const issues: FormatIssue[] = [];
  const stages = entries(journey, "stages", "journey");
  const lanes = entries(journey, "lanes", "journey");
  const cards = entries(journey, "cards", "journey");
  const connections = entries(journey, "connections", "journey");
  const comments = entries(journey, "comments", "journey");
  const replies = comments.flatMap((c) => entries(c.value, "replies", c.path));

  // The journey's own id is an id like any other: nothing inside it may share it.
  const self: Entry = { path: "journey", value: journey };
  const seen = new Map<string, string>();
  for (const { path, value } of [self, ...stages, ...lanes, ...cards, ...connections, ...comments, ...replies]) {
    const id = str(value.id);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, `${path}.id`);
    else issues.push({ path: `${path}.id`, message: says.duplicateId(id, first) });
  }

  // A collection that is not a list at all has its own problem; checking references against it would only
  // repeat that problem once per reference.
  const ids = (key: string, list: Entry[]) =>
    Array.isArray(journey[key])
      ? new Set(list.map((e) => str(e.value.id)).filter((id) => id !== undefined))
      : undefined;
  const byKind = { stage: ids("stages", stages), lane: ids("lanes", lanes), card: ids("cards", cards) };
  const laneKinds = new Map(lanes.map((l) => [str(l.value.id), str(l.value.kind)]));

  // An id of another kind where one kind belongs (a lane's id as a card's stageId, a card anchored as a stage) is
  // the likeliest slip in a file written by hand: the sentence says whose id it is.
  const idOf = (id: string) => (Object.keys(byKind) as (keyof typeof byKind)[]).find((k) => byKind[k]?.has(id));
  const refer = (path: string, value: unknown, kind: keyof typeof byKind) => {
    const id = str(value);
    const known = byKind[kind];
    if (id !== undefined && known !== undefined && !known.has(id)) {
      issues.push({ path, message: says.unknownReference(kind, id, idOf(id)) });
    }
  };

  for (const { path, value } of cards) {
    refer(`${path}.stageId`, value.stageId, "stage");
    refer(`${path}.laneId`, value.laneId, "lane");
    const laneId = str(value.laneId);
    if (laneId !== undefined && laneKinds.get(laneId) === "emotions" && value.emotion === undefined) {
      issues.push({ path: `${path}.emotion`, message: says.emotionRequired });
    }
  }
  // A path is named by its cards' titles (the ids where a card has none), as a person finds it on the map.
  const titles = new Map<string, string>();
  for (const { value } of cards) {
    const id = str(value.id);
    const title = str(value.title)?.trim();
    if (id !== undefined && !titles.has(id)) titles.set(id, title ? shortened(title) : id);
  }
  const paths = new Map<string, string>();
  for (const { path, value } of connections) {
    refer(`${path}.from`, value.from, "card");
    refer(`${path}.to`, value.to, "card");
    const from = str(value.from);
    const to = str(value.to);
    if (from === undefined || to === undefined) continue;
    // One step of the customer's path leads somewhere else; the editor refuses it too (doc/ops/connections.ts).
    if (from === to) {
      issues.push({ path: `${path}.to`, message: says.selfConnection });
      continue;
    }
    // The editor reads the same path twice as one (doc/read.ts), so the second would vanish with its label.
    const fromTitle = titles.get(from);
    const toTitle = titles.get(to);
    if (fromTitle === undefined || toTitle === undefined) continue;
    const ends = `${from}\u0000${to}`;
    const first = paths.get(ends);
    if (first === undefined) paths.set(ends, path);
    else issues.push({ path, message: says.samePath(first, fromTitle, toTitle) });
  }
  // A thread and a reply are reached at /comments/ID (and /replies/ID) in the API, where "." and ".." are not an id
  // but a step in the address: such a comment could never be resolved, answered or deleted.
  for (const { path, value } of [...comments, ...replies]) {
    if (value.id === "." || value.id === "..") issues.push({ path: `${path}.id`, message: says.dotsId(value.id) });
  }
  for (const { path, value } of comments) {
    const anchor = value.anchor;
    if (!isRecord(anchor)) continue;
    const kind = str(anchor.kind);
    if (kind === "map") {
      if (anchor.id !== undefined) {
        issues.push({ path: `${path}.anchor.id`, message: says.anchorIdForbidden });
      }
    } else if (kind === "stage" || kind === "lane" || kind === "card") {
      if (anchor.id === undefined) {
        issues.push({ path: `${path}.anchor.id`, message: says.anchorIdRequired(kind) });
      } else refer(`${path}.anchor.id`, anchor.id, kind);
    }
  }
  return issues;
}
