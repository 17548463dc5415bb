// Reading is the edge where the document's values are checked: an editor's client can write anything
// into the map document, and the snapshot (views, checks, exports) must still be a journey the importer
// accepts, without reading ever throwing. Each rule of src/doc/read.ts, one by one.
import * as Y from "yjs";
import {
  MAX,
  commentSchema,
  loadComments,
  loadJourney,
  readComments,
  readJourney,
  readMeta,
  type Journey,
} from "../../src/doc";
import { idSchema } from "../../src/doc/records/limits";
import { FALLBACK_JOURNEY_ID, FALLBACK_TITLE } from "../../src/doc/read";
import { FORBIDDEN_KEYS as DOC_FORBIDDEN_KEYS, isId } from "../../src/doc/readValues";
import { parseJourneyText, parseJourneyValue, serializeJourney } from "../../src/format";
import { FORBIDDEN_KEYS } from "../../src/format/sanitize";
import { exampleJourney, tinyJourney } from "../fixtures/journeys";

function docsOf(journey: Journey = tinyJourney()): { doc: Y.Doc; comments: Y.Doc } {
  const doc = new Y.Doc();
  const comments = new Y.Doc();
  loadJourney(doc, journey);
  loadComments(comments, journey.comments ?? []);
  return { doc, comments };
}

const cards = (doc: Y.Doc) => doc.getMap<unknown>("cards");
const record = (doc: Y.Doc, root: string, key: string) => doc.getMap<unknown>(root).get(key) as Y.Map<unknown>;

/** The snapshot as the importer sees it: no problem at all, reference rules included. */
function expectImportable(journey: Journey): void {
  const result = parseJourneyValue({ format: "outside-in.journey", version: 1, journey });
  if (!result.ok) throw new Error(`${result.error}\n${JSON.stringify(result.issues, null, 1)}`);
  // And the export the API serves reads back too.
  const again = parseJourneyText(serializeJourney(journey, { exportedAt: new Date() }));
  expect(again.ok).toBe(true);
}

function read(doc: Y.Doc, comments?: Y.Doc): Journey {
  const journey = readJourney(doc, comments);
  expectImportable(journey);
  return journey;
}

/** A card record as an ops-less client would write it. */
function rawCard(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries({
    stageId: "st_a",
    laneId: "ln_do",
    title: "I look around",
    rank: "a5",
    ...fields,
  }))
    map.set(k, v);
  return map;
}

describe("reading the journey's own fields", () => {
  it("reads a title that is not a string, missing or empty as the fallback title", () => {
    const { doc } = docsOf();
    for (const title of [42, null, "", "   ", { text: "x" }, ["a"], true]) {
      doc.getMap("meta").set("title", title);
      expect(read(doc).title).toBe(FALLBACK_TITLE);
      expect(readMeta(doc).title).toBe(FALLBACK_TITLE);
    }
    doc.getMap("meta").delete("title");
    expect(read(doc).title).toBe(FALLBACK_TITLE);
  });

  it("cuts a title that is too long to its maximum, and exports it", () => {
    const { doc } = docsOf();
    doc.getMap("meta").set("title", "T".repeat(5000));
    expect(read(doc).title).toBe("T".repeat(MAX.title));
  });

  it("keeps a title with spaces around it when its words fit, and cuts the words when they do not", () => {
    const { doc } = docsOf();
    doc.getMap("meta").set("title", `${" ".repeat(300)}Renew`);
    expect(read(doc).title).toBe(`${" ".repeat(300)}Renew`);
    doc.getMap("meta").set("title", `${" ".repeat(300)}${"w".repeat(250)}`);
    expect(read(doc).title).toBe("w".repeat(MAX.title));
  });

  it("counts a character outside the BMP as one, as the validator does, and never cuts it in half", () => {
    const { doc } = docsOf();
    doc.getMap("meta").set("title", `${"a".repeat(MAX.title - 1)}😀 and more`);
    expect(read(doc).title).toBe(`${"a".repeat(MAX.title - 1)}😀`);
    // A title of exactly MAX.title characters, a quarter of them emoji, is kept whole.
    const full = "🚗".repeat(MAX.title / 4) + "ß".repeat(MAX.title - MAX.title / 4);
    doc.getMap("meta").set("title", full);
    expect(read(doc).title).toBe(full);
    doc.getMap("meta").set("title", `${full}!`);
    expect(read(doc).title).toBe(full);
  });

  it("leaves out journey fields of the wrong type and keeps those that are right", () => {
    const { doc } = docsOf();
    const meta = doc.getMap("meta");
    meta.set("language", "not a language tag!");
    meta.set("scenario", 42);
    meta.set("owner", "O".repeat(1000));
    meta.set("persona", "Maya");
    const j = read(doc);
    expect(j.language).toBeUndefined();
    expect(j.scenario).toBeUndefined();
    expect(j.owner).toBe("O".repeat(MAX.name));
    expect(j.persona).toBeUndefined();
    meta.set("language", "de-CH");
    meta.set("persona", { name: 7, segment: "Students", goals: ["Pay less", 3, "G".repeat(3000)], extra: [1] });
    const k = read(doc);
    expect(k.language).toBe("de-CH");
    expect(k.persona).toEqual({ segment: "Students", goals: ["Pay less", "G".repeat(MAX.text)], extra: [1] });
  });

  it("reads a missing or unusable journey id, or one a record also uses, as the fallback id", () => {
    const { doc } = docsOf();
    const meta = doc.getMap("meta");
    meta.set("id", "evil id <script>");
    expect(read(doc).id).toBe(FALLBACK_JOURNEY_ID);
    meta.delete("id");
    expect(read(doc).id).toBe(FALLBACK_JOURNEY_ID);
    meta.set("id", "st_a");
    const j = read(doc);
    expect(j.id).toBe(FALLBACK_JOURNEY_ID);
    expect(j.stages.map((s) => s.id)).toContain("st_a");
  });

  it("keeps unknown journey fields that are plain JSON, and no other", () => {
    const { doc } = docsOf();
    const meta = doc.getMap("meta");
    meta.set("x-crm-id", "J-42");
    meta.set("x-tags", { list: ["a", { b: null }], on: true });
    meta.set("x-nan", Number.NaN);
    meta.set("x-binary", new Uint8Array([1, 2]));
    meta.set("x-ymap", new Y.Map());
    meta.set("constructor", "no");
    meta.set("prototype", { a: 1 });
    meta.set("x-nested", JSON.parse('{"ok": 1, "__proto__": {"polluted": true}, "prototype": 2}'));
    meta.set("cards", "not the cards");
    const j = read(doc) as Journey & Record<string, unknown>;
    expect(j["x-crm-id"]).toBe("J-42");
    expect(j["x-tags"]).toEqual({ list: ["a", { b: null }], on: true });
    expect(j["x-nested"]).toEqual({ ok: 1 });
    expect(Object.keys(j["x-nested"] as object)).toEqual(["ok"]);
    for (const key of ["x-nan", "x-binary", "x-ymap", "constructor", "prototype"]) expect(j).not.toHaveProperty(key);
    expect(j.cards.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("reading records", () => {
  it("leaves out what is not a record in a collection instead of failing", () => {
    const { doc } = docsOf();
    cards(doc).set("cd_num", 42);
    cards(doc).set("cd_obj", { id: "cd_obj", stageId: "st_a", laneId: "ln_do", title: "Plain object" });
    cards(doc).set("cd_arr", new Y.Array());
    doc.getMap("stages").set("st_text", new Y.Text("Stage"));
    doc.getMap("connections").set("cn_null", null);
    const j = read(doc);
    expect(j.cards.map((c) => c.id)).toEqual(["cd_a", "cd_b", "cd_c", "cd_d", "cd_e"]);
    expect(j.stages.map((s) => s.id)).toEqual(["st_a", "st_b"]);
    expect(j.connections.map((c) => c.id)).toEqual(["cn_a"]);
  });

  it("takes a record's id from the key it is stored under, and leaves out a key that is not an id", () => {
    const { doc } = docsOf();
    record(doc, "cards", "cd_a").set("id", "something else");
    cards(doc).set("evil id <script>", rawCard({ id: "evil id <script>" }));
    cards(doc).set("x".repeat(MAX.id + 1), rawCard({}));
    const j = read(doc);
    expect(j.cards.map((c) => c.id)).toEqual(["cd_a", "cd_b", "cd_c", "cd_d", "cd_e"]);
    record(doc, "cards", "cd_b").delete("id");
    expect(read(doc).cards.find((c) => c.title === "I get an email")?.id).toBe("cd_b");
  });

  it("keeps ids unique across stages, lanes, cards, connections and comments: the first one wins", () => {
    const { doc, comments } = docsOf();
    const lane = new Y.Map<unknown>();
    lane.set("name", "Lane under a stage's id");
    lane.set("kind", "actions");
    doc.getMap("lanes").set("st_a", lane);
    cards(doc).set("ln_do", rawCard({}));
    const connection = new Y.Map<unknown>();
    connection.set("from", "cd_a");
    connection.set("to", "cd_b");
    doc.getMap("connections").set("cd_c", connection);
    const thread = { ...tinyJourney().comments![0]!, id: "cd_d", replies: [] };
    comments.getMap("comments").set("cd_d", thread);
    const reply = { id: "cn_a", author: "Eve", text: "Same id as a connection", createdAt: "2026-11-21T09:00:00Z" };
    const own = { id: "rp_b", author: "Eve", text: "Fine", createdAt: "2026-11-21T09:00:00Z" };
    comments
      .getMap("comments")
      .set("cm_b", { ...thread, id: "cm_b", replies: [reply, own, { ...own, text: "Twice" }] });
    const j = read(doc, comments);
    expect(j.lanes.map((l) => l.id)).toEqual(["ln_do", "ln_tp", "ln_feel"]);
    expect(j.cards.filter((c) => c.id === "ln_do")).toEqual([]);
    expect(j.connections.map((c) => c.id)).toEqual(["cn_a"]);
    expect(j.comments?.map((c) => c.id)).toEqual(["cm_a", "cm_b"]);
    expect(j.comments?.[1]?.replies.map((r) => r.text)).toEqual(["Fine"]);
  });

  it("leaves out a record without a usable required field, and what points at it", () => {
    const { doc } = docsOf();
    record(doc, "stages", "st_b").set("name", "   ");
    record(doc, "lanes", "ln_do").set("kind", "dreams");
    record(doc, "cards", "cd_b").delete("title");
    const j = read(doc);
    expect(j.stages.map((s) => s.id)).toEqual(["st_a"]);
    expect(j.lanes.map((l) => l.id)).toEqual(["ln_tp", "ln_feel"]);
    // cd_a sat in the lane, cd_d and cd_e in the stage, cd_b had no title; the connection went from cd_b.
    expect(j.cards.map((c) => c.id)).toEqual(["cd_c"]);
    expect(j.connections).toEqual([]);
    // Nothing was deleted from the document.
    expect([...cards(doc).keys()].sort()).toEqual(["cd_a", "cd_b", "cd_c", "cd_d", "cd_e"]);
  });

  it("leaves out a card or connection that points at nothing or at something of the wrong kind", () => {
    const { doc } = docsOf();
    record(doc, "cards", "cd_a").set("stageId", "st_gone");
    record(doc, "cards", "cd_b").set("laneId", 7);
    record(doc, "connections", "cn_a").set("to", "st_a");
    const j = read(doc);
    expect(j.cards.map((c) => c.id)).toEqual(["cd_c", "cd_d", "cd_e"]);
    expect(j.connections).toEqual([]);
  });

  it("leaves out an optional field with a wrong value and cuts text that is too long", () => {
    const { doc } = docsOf();
    const card = record(doc, "cards", "cd_b");
    card.set("channel", "fax");
    card.set("description", "d".repeat(10_000));
    card.set("owner", 12);
    card.set("momentOfTruth", {});
    card.set("signatureInteraction", { reason: "R".repeat(3000), since: 2019 });
    card.set("title", "t".repeat(300));
    record(doc, "stages", "st_a").set("customerGoal", ["I want"]);
    record(doc, "connections", "cn_a").set("label", "l".repeat(500));
    const j = read(doc);
    const b = j.cards.find((c) => c.id === "cd_b")!;
    expect(b.channel).toBeUndefined();
    expect(b.description).toBe("d".repeat(MAX.longText));
    expect(b).not.toHaveProperty("owner");
    expect(b).not.toHaveProperty("momentOfTruth");
    expect(b.signatureInteraction).toEqual({ reason: "R".repeat(MAX.text), since: 2019 });
    expect(b.title).toBe("t".repeat(MAX.title));
    expect(j.stages[0]).toEqual({ id: "st_a", name: "Notice" });
    expect(j.connections[0]?.label).toBe("l".repeat(MAX.name));
  });

  it("reads an emotion that is not -2 to 2 as left out, and as neutral on a card in an emotions lane", () => {
    const { doc } = docsOf();
    for (const emotion of [99, 1.5, "2", Number.NaN, Number.POSITIVE_INFINITY, null, -3]) {
      record(doc, "cards", "cd_a").set("emotion", emotion);
      record(doc, "cards", "cd_c").set("emotion", emotion);
      const j = read(doc);
      expect(j.cards.find((c) => c.id === "cd_a")).not.toHaveProperty("emotion");
      expect(j.cards.find((c) => c.id === "cd_c")?.emotion).toBe(0);
    }
    record(doc, "cards", "cd_c").delete("emotion");
    expect(read(doc).cards.find((c) => c.id === "cd_c")?.emotion).toBe(0);
    record(doc, "cards", "cd_a").set("emotion", -2);
    expect(read(doc).cards.find((c) => c.id === "cd_a")?.emotion).toBe(-2);
  });

  it("reads a measurement: without a known metric it is left out; bad observations and fields are left out", () => {
    const { doc } = docsOf();
    const card = record(doc, "cards", "cd_b");
    card.set("measurement", { metric: "Happiness", target: 3 });
    expect(read(doc).cards.find((c) => c.id === "cd_b")).not.toHaveProperty("measurement");
    card.set("measurement", {
      metric: "CSAT",
      target: Number.POSITIVE_INFINITY,
      direction: "sideways",
      scale: "1-5".repeat(100),
      observations: [
        { date: "2026-02-30", value: 4 },
        { date: "2026-03-01", value: Number.NaN },
        { date: "2026-03-02", value: 4.2, n: -1 },
        { date: "2026-03-03", value: 4.4, n: 12, note: "ok" },
        "junk",
      ],
      dashboard: "https://example.com",
    });
    expect(read(doc).cards.find((c) => c.id === "cd_b")?.measurement).toEqual({
      metric: "CSAT",
      scale: "1-5".repeat(100).slice(0, MAX.short),
      observations: [
        { date: "2026-03-02", value: 4.2 },
        { date: "2026-03-03", value: 4.4, n: 12, note: "ok" },
      ],
      dashboard: "https://example.com",
    });
    card.set("measurement", { metric: "NPS", observations: "weekly" });
    expect(read(doc).cards.find((c) => c.id === "cd_b")?.measurement).toEqual({ metric: "NPS" });
  });

  it("keeps unknown record fields that are plain JSON, without __proto__, constructor or prototype", () => {
    const { doc } = docsOf();
    const card = record(doc, "cards", "cd_b");
    card.set("tags", ["ads", "social"]);
    card.set("__proto__", { polluted: true });
    card.set("constructor", "x");
    card.set("prototype", 1);
    card.set("deep", JSON.parse('{"a": {"__proto__": {"polluted": true}, "b": [1, {"constructor": 1, "c": 2}]}}'));
    card.set("nan", [1, Number.NaN]);
    card.set("ytext", new Y.Text("x"));
    let tooDeep: unknown = "bottom";
    for (let i = 0; i < 100; i++) tooDeep = [tooDeep];
    card.set("tooDeep", tooDeep);
    const b = read(doc).cards.find((c) => c.id === "cd_b") as Record<string, unknown>;
    expect(b.tags).toEqual(["ads", "social"]);
    expect(b.deep).toEqual({ a: { b: [1, { c: 2 }] } });
    for (const key of ["__proto__", "constructor", "prototype", "nan", "ytext", "tooDeep"])
      expect(Object.hasOwn(b, key)).toBe(false);
    expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("copies a nested object whose prototype was set by a __proto__ key received from another client", () => {
    const peer = docsOf().doc;
    const card = record(peer, "cards", "cd_b");
    const measurement = JSON.parse('{"metric": "CES", "__proto__": {"metric": "bogus", "polluted": 1}}');
    card.set("measurement", measurement);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const m = read(doc).cards.find((c) => c.id === "cd_b")?.measurement as Record<string, unknown>;
    expect(m).toEqual({ metric: "CES" });
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(m.polluted).toBeUndefined();
  });

  it("keeps at most as many records as the format takes", () => {
    const { doc } = docsOf();
    doc.transact(() => {
      for (let i = 0; i < 510; i++) {
        const stage = new Y.Map<unknown>();
        stage.set("name", `Stage ${i}`);
        stage.set("rank", `z${String(i).padStart(4, "0")}`);
        doc.getMap("stages").set(`st_${i}`, stage);
      }
    });
    const j = read(doc);
    expect(j.stages).toHaveLength(500);
    expect(j.stages.slice(0, 2).map((s) => s.id)).toEqual(["st_a", "st_b"]);
  });

  it("reads the same snapshot on every peer that holds the same document", () => {
    const { doc } = docsOf();
    record(doc, "cards", "cd_a").set("title", 5);
    cards(doc).set("ln_tp", rawCard({}));
    doc.getMap("meta").set("title", { wrong: true });
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(read(peer)).toEqual(read(doc));
  });

  it("gives a valid measurement, persona and unknown field to the snapshot as stored, not copied on every read", () => {
    const { doc } = docsOf(exampleJourney());
    const first = read(doc);
    const second = readJourney(doc);
    const measured = first.cards.findIndex((c) => c.measurement !== undefined);
    expect(second.cards[measured]?.measurement).toBe(first.cards[measured]?.measurement);
    expect(second.persona).toBe(first.persona);
  });
});

describe("reading the comments document", () => {
  const thread = () => structuredClone(tinyJourney().comments![0]!);

  it("leaves out comments and replies it cannot show, and reads replies that are not a list as none", () => {
    const { doc, comments } = docsOf();
    const map = comments.getMap("comments");
    map.set("cm_num", 5);
    map.set("cm_noauthor", { ...thread(), id: "cm_noauthor", author: "" });
    map.set("cm_date", { ...thread(), id: "cm_date", createdAt: "yesterday" });
    map.set("cm_kind", { ...thread(), id: "cm_kind", anchor: { kind: "galaxy" } });
    map.set("cm_resolved", { ...thread(), id: "cm_resolved", resolved: "no" });
    map.set("bad key!", { ...thread(), id: "bad key!" });
    map.set("cm_norep", { ...thread(), id: "cm_norep", replies: "none" });
    const replies = [{ id: "rp_x", author: "A", text: "", createdAt: "2026-11-20T10:00:00.000Z" }, "junk"];
    map.set("cm_badrep", {
      ...thread(),
      id: "cm_badrep",
      replies: [...replies, { ...thread().replies[0], id: "rp_y" }],
    });
    map.set("cm_other", { ...thread(), id: "cm_mismatch", replies: [] });
    for (const list of [readComments(comments), read(doc, comments).comments!]) {
      expect(list.map((c) => c.id)).toEqual(["cm_a", "cm_badrep", "cm_norep", "cm_other"]);
      expect(list.find((c) => c.id === "cm_norep")?.replies).toEqual([]);
      expect(list.find((c) => c.id === "cm_badrep")?.replies.map((r) => r.id)).toEqual(["rp_y"]);
      for (const c of list) expect(commentSchema.safeParse(c).success).toBe(true);
    }
  });

  it("reads a comment whose card is not in the snapshot as a comment on the map, with its quote", () => {
    const { doc, comments } = docsOf();
    comments.getMap("comments").set("cm_a", { ...thread(), anchor: { kind: "card", id: "cd_d", quote: "I renew" } });
    cards(doc).delete("cd_d");
    expect(read(doc, comments).comments?.[0]?.anchor).toEqual({ kind: "map", quote: "I renew" });
    // The comments panel still sees which card it was about.
    expect(readComments(comments)[0]?.anchor).toEqual({ kind: "card", id: "cd_d", quote: "I renew" });
  });

  it("reads an anchor on the map with an id, or on a card without a usable id, as an anchor on the map", () => {
    const { doc, comments } = docsOf();
    const map = comments.getMap("comments");
    map.set("cm_a", { ...thread(), anchor: { kind: "map", id: "cd_a" } });
    map.set("cm_b", { ...thread(), id: "cm_b", anchor: { kind: "card", id: "not an id!", quote: 5 } });
    for (const list of [readComments(comments), read(doc, comments).comments!]) {
      expect(list.map((c) => c.anchor)).toEqual([{ kind: "map" }, { kind: "map" }]);
    }
  });
});

describe("the checks reading relies on", () => {
  it("drops the same forbidden keys as the format", () => {
    expect([...DOC_FORBIDDEN_KEYS].sort()).toEqual([...FORBIDDEN_KEYS].sort());
  });

  it("takes the same ids as the record schemas", () => {
    const samples = [
      "a",
      "cd_1",
      "A.b:c-d_e",
      "x".repeat(MAX.id),
      "x".repeat(MAX.id + 1),
      "",
      "a b",
      "é",
      "<s>",
      "a\n",
    ];
    for (const s of samples) expect(isId(s)).toBe(idSchema.safeParse(s).success);
    expect(isId(5)).toBe(false);
  });
});
