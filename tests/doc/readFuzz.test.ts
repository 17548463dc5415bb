// Random junk written into the example map through raw Yjs operations, as an editor's stock client could
// (the server applies an editor's updates without looking at the values): whatever the document holds,
// reading it never throws and gives a journey the importer accepts, reference rules included.
import * as Y from "yjs";
import { commentSchema, loadComments, loadJourney, readComments, readJourney, readMeta } from "../../src/doc";
import { parseJourneyText, parseJourneyValue, serializeJourney } from "../../src/format";
import { exampleJourney } from "../fixtures/journeys";
import { seeded } from "../../bench/harden/mutate";
import { journeyReader } from "../../src/doc/readCache";

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

const EXAMPLE = exampleJourney();
const KNOWN_IDS = [
  EXAMPLE.id,
  ...EXAMPLE.stages.map((s) => s.id),
  ...EXAMPLE.lanes.map((l) => l.id),
  ...EXAMPLE.cards.map((c) => c.id),
  ...EXAMPLE.connections.map((c) => c.id),
  ...(EXAMPLE.comments ?? []).flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]),
];
const WORDS = [
  "emotions",
  "touchpoints",
  "dreams",
  "CSAT",
  "custom",
  "web",
  "fax",
  "map",
  "card",
  "stage",
  "higher",
  "brand",
  "owner",
  "viewer",
  "en",
  "de-CH",
  "not a tag!",
  "2026-02-30",
  "2026-03-01",
  "2026-11-20T09:30:00.000Z",
  "yesterday",
];
const FIELDS = [
  "id",
  "rank",
  "order",
  "title",
  "name",
  "kind",
  "stageId",
  "laneId",
  "from",
  "to",
  "label",
  "description",
  "customerGoal",
  "channel",
  "emotion",
  "owner",
  "momentOfTruth",
  "signatureInteraction",
  "measurement",
  "language",
  "scenario",
  "persona",
  "schemaVersion",
  "cards",
  "comments",
  "x-extra",
  "__proto__",
  "constructor",
  "prototype",
];
const COMMENT_FIELDS = ["id", "anchor", "author", "role", "text", "createdAt", "editedAt", "resolved", "replies"];

function junkString(r: Rand): string {
  switch (Math.floor(r() * 9)) {
    case 0:
      return "";
    case 1:
      return "   ";
    case 2:
      return "x".repeat(pick(r, [101, 201, 2001, 5001, 100_000]));
    case 3:
      return "😀".repeat(pick(r, [100, 1500, 3000]));
    case 4:
      return pick(r, ["evil id <script>", "\u0000", "\ud800", "a b", "é"]);
    case 5:
    case 6:
      return pick(r, KNOWN_IDS);
    default:
      return pick(r, WORDS);
  }
}

const JUNK_NUMBERS = [42, 99, -3, 2, 0, -0, 1.5, Number.NaN, Infinity, -Infinity, 1e308, 2 ** 60, -1];

/** Anything a client could put into a Y.Map value (or part of one). */
function junk(r: Rand, depth = 0): unknown {
  const nested = depth < 3;
  switch (Math.floor(r() * (nested ? 16 : 8))) {
    case 0:
    case 1:
      return pick(r, JUNK_NUMBERS);
    case 2:
    case 3:
    case 4:
      return junkString(r);
    case 5:
      return pick(r, [true, false, null, undefined]);
    case 6:
      return new Uint8Array([1, 2, 3]);
    case 7:
      return pick(r, [-2, -1, 0, 1, 2]);
    case 8:
      return Array.from({ length: Math.floor(r() * 4) }, () => junk(r, depth + 1));
    case 9:
    case 10: {
      const out: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 4); i > 0; i--)
        out[pick(r, [...FIELDS, "reason", "metric", "date", "value"])] = junk(r, depth + 1);
      return out;
    }
    case 11:
      return JSON.parse('{"reason": "why", "metric": "CSAT", "__proto__": {"polluted": true}, "x": 1}');
    case 12: {
      let deep: unknown = 1;
      for (let i = pick(r, [10, 40, 200]); i > 0; i--) deep = r() < 0.5 ? [deep] : { d: deep };
      return deep;
    }
    case 13:
      return pick(r, [
        { metric: "NPS", observations: [{ date: "2026-01-01", value: 8 }, { date: "bad", value: 1 }, "x"] },
        { metric: "CSAT", target: Number.NaN, scale: "1-5".repeat(50) },
        { reason: 42 },
        { reason: "r".repeat(3000) },
        { kind: "card", id: pick(r, KNOWN_IDS), quote: "q" },
        { kind: "map", id: "cd_1" },
        { kind: "stage" },
        { name: "Maya", goals: ["a", 1, null] },
        [
          { id: "rp_1", author: "A", text: "t", createdAt: "2026-11-20T10:00:00.000Z" },
          { id: "rp_new", author: "" },
        ],
      ]);
    case 14: {
      const proto = Object.create({ polluted: true }) as Record<string, unknown>;
      proto.metric = "CES";
      return proto;
    }
    default: {
      if (depth > 0) return junkString(r);
      const kind = pick(r, ["map", "array", "text"]);
      if (kind === "text") return new Y.Text("a Y.Text");
      if (kind === "array") return Y.Array.from([1, "two"]);
      const map = new Y.Map<unknown>();
      map.set("title", "inner");
      return map;
    }
  }
}

const COLLECTIONS = ["stages", "lanes", "cards", "connections"] as const;

/** A record Y.Map copied from one of the collection's records, with some of its fields replaced. */
function mutatedRecord(r: Rand, coll: Y.Map<unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  const source = [...coll.values()].find((v) => v instanceof Y.Map && r() < 0.3) as Y.Map<unknown> | undefined;
  if (source) for (const [k, v] of source.entries()) if (!(v instanceof Y.AbstractType)) map.set(k, structuredClone(v));
  for (let i = Math.floor(r() * 3); i > 0; i--) {
    try {
      map.set(pick(r, FIELDS), junk(r));
    } catch {
      // a value Yjs refuses (its `constructor` field is junk) cannot be sent by a client either
    }
  }
  if (r() < 0.3) map.set("id", pick(r, KNOWN_IDS));
  return map;
}

function mutate(r: Rand, doc: Y.Doc, comments: Y.Doc): void {
  const op = Math.floor(r() * 10);
  try {
    if (op <= 3) {
      // Change one field of a record or of the journey.
      const root = pick(r, ["meta", ...COLLECTIONS]);
      const target =
        root === "meta" ? doc.getMap("meta") : (pick(r, [...doc.getMap(root).values()]) as Y.Map<unknown> | undefined);
      if (!(target instanceof Y.Map)) return;
      if (r() < 0.15) target.delete(pick(r, FIELDS));
      else target.set(pick(r, root === "meta" ? ["title", "id", ...FIELDS] : FIELDS), junk(r));
    } else if (op <= 5) {
      // Store something under a key: a new, reused, foreign or invalid id.
      const coll = doc.getMap<unknown>(pick(r, COLLECTIONS));
      const key = r() < 0.5 ? pick(r, KNOWN_IDS) : junkString(r);
      coll.set(key, r() < 0.7 ? mutatedRecord(r, coll) : junk(r));
    } else if (op === 6) {
      // Delete a record: what pointed at it now dangles.
      const coll = doc.getMap<unknown>(pick(r, COLLECTIONS));
      const key = pick(r, [...coll.keys()]);
      if (key !== undefined) coll.delete(key);
    } else {
      // The comments document: nobody may write it directly, but it is read the same careful way.
      const map = comments.getMap<unknown>("comments");
      const key = r() < 0.6 ? pick(r, KNOWN_IDS) : junkString(r);
      if (r() < 0.2) {
        map.set(key, junk(r));
        return;
      }
      const base = structuredClone(pick(r, EXAMPLE.comments ?? [])) as unknown as Record<string, unknown>;
      for (let i = Math.floor(r() * 3); i > 0; i--) base[pick(r, COMMENT_FIELDS)] = junk(r);
      if (r() < 0.3) base.anchor = { kind: pick(r, ["card", "stage", "lane", "map"]), id: pick(r, KNOWN_IDS) };
      map.set(key, base);
    }
  } catch (e) {
    // Only values Yjs itself refuses to store (an object whose `constructor` is junk) may throw here.
    if (!(e instanceof Error) || !/Unexpected content type/.test(e.message)) throw e;
  }
}

function freshDocs(): { doc: Y.Doc; comments: Y.Doc } {
  const doc = new Y.Doc();
  const comments = new Y.Doc();
  loadJourney(doc, EXAMPLE);
  loadComments(comments, EXAMPLE.comments ?? []);
  return { doc, comments };
}

function expectReadable(doc: Y.Doc, comments: Y.Doc, seed: number): void {
  const journey = readJourney(doc, comments);
  const result = parseJourneyValue({ format: "outside-in.journey", version: 1, journey });
  if (!result.ok) {
    throw new Error(`seed ${seed}: ${result.error}\n${JSON.stringify(result.issues.slice(0, 5), null, 1)}`);
  }
  const alone = readJourney(doc);
  expect(parseJourneyValue({ format: "outside-in.journey", version: 1, journey: alone }).ok).toBe(true);
  // Every record in the snapshot is a Y.Map stored under its id.
  for (const name of COLLECTIONS) {
    for (const x of journey[name]) expect(doc.getMap(name).get(x.id)).toBeInstanceOf(Y.Map);
  }
  for (const c of readComments(comments)) expect(commentSchema.safeParse(c).success).toBe(true);
  expect(readMeta(doc).title.length).toBeGreaterThan(0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe("reading a document full of junk", () => {
  it("never throws and always gives an importable journey, over many random documents", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = seeded(seed);
      const { doc, comments } = freshDocs();
      // Half of the runs write through a second peer, so every value also goes through Yjs's encoding.
      const remote = r() < 0.5;
      const writer = remote ? new Y.Doc() : doc;
      const commentsWriter = remote ? new Y.Doc() : comments;
      if (remote) {
        Y.applyUpdate(writer, Y.encodeStateAsUpdate(doc));
        Y.applyUpdate(commentsWriter, Y.encodeStateAsUpdate(comments));
      }
      const reader = journeyReader(doc);
      reader.read();
      for (let i = 1 + Math.floor(r() * 12); i > 0; i--) mutate(r, writer, commentsWriter);
      if (remote) {
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer, Y.encodeStateVector(doc)));
        Y.applyUpdate(comments, Y.encodeStateAsUpdate(commentsWriter, Y.encodeStateVector(comments)));
      }
      expectReadable(doc, comments, seed);
      // Reading only what changed gives the same journey as reading it all.
      expect(reader.read()).toStrictEqual(readJourney(doc));
      if (seed % 10 === 0) {
        // The export the API serves reads back, health and all.
        const exported = parseJourneyText(serializeJourney(readJourney(doc, comments), { exportedAt: new Date() }));
        expect(exported.ok).toBe(true);
      }
    }
  });

  it("stays readable while junk piles up in one document", () => {
    const r = seeded(20261122);
    const { doc, comments } = freshDocs();
    const reader = journeyReader(doc);
    for (let step = 0; step < 400; step++) {
      mutate(r, doc, comments);
      expectReadable(doc, comments, 20261122);
      expect(reader.read()).toStrictEqual(readJourney(doc));
    }
  });
});
