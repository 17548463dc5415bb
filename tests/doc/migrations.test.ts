// Migrations: an old document without ranks is ordered by its numeric order; a newer one is refused.
import * as Y from "yjs";
import { SCHEMA_VERSION, migrate, readJourney } from "../../src/doc";
import { NewerSchemaError } from "../../src/doc/migrations";
import { tinyDoc } from "./helpers";

/** A document as written before ranks existed: numeric `order`, no schemaVersion. */
function oldDoc(): Y.Doc {
  const doc = new Y.Doc();
  const record = (fields: Record<string, unknown>) => {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) map.set(k, v);
    return map;
  };
  doc.transact(() => {
    const meta = doc.getMap("meta");
    meta.set("id", "jr_old");
    meta.set("title", "An old map");
    const stages = doc.getMap<Y.Map<unknown>>("stages");
    stages.set("st_c", record({ id: "st_c", name: "Third", order: 2 }));
    stages.set("st_a", record({ id: "st_a", name: "First", order: 0 }));
    stages.set("st_b", record({ id: "st_b", name: "Second", order: 1 }));
    const lanes = doc.getMap<Y.Map<unknown>>("lanes");
    lanes.set("ln_2", record({ id: "ln_2", name: "Touchpoints", kind: "touchpoints", order: 1 }));
    lanes.set("ln_1", record({ id: "ln_1", name: "Actions", kind: "actions", order: 0 }));
    const cards = doc.getMap<Y.Map<unknown>>("cards");
    cards.set("cd_z", record({ id: "cd_z", stageId: "st_a", laneId: "ln_1", title: "Second", order: 1 }));
    cards.set("cd_y", record({ id: "cd_y", stageId: "st_a", laneId: "ln_1", title: "First", order: 0 }));
    cards.set("cd_x", record({ id: "cd_x", stageId: "st_a", laneId: "ln_1", title: "Third", order: 2 }));
    const connections = doc.getMap<Y.Map<unknown>>("connections");
    connections.set("cn_1", record({ id: "cn_1", from: "cd_y", to: "cd_z", order: 0 }));
  });
  return doc;
}

describe("migrate", () => {
  it("gives every record of an old document a rank in its old order", () => {
    const doc = oldDoc();
    expect(migrate(doc)).toEqual(["give-every-record-a-rank"]);
    const j = readJourney(doc);
    expect(j.stages.map((s) => s.name)).toEqual(["First", "Second", "Third"]);
    expect(j.lanes.map((l) => l.id)).toEqual(["ln_1", "ln_2"]);
    expect(j.cards.map((c) => [c.title, c.order])).toEqual([
      ["First", 0],
      ["Second", 1],
      ["Third", 2],
    ]);
    expect(j.connections).toEqual([{ id: "cn_1", from: "cd_y", to: "cd_z" }]);
    expect(doc.getMap("meta").get("schemaVersion")).toBe(SCHEMA_VERSION);
  });

  it("does nothing the second time", () => {
    const doc = oldDoc();
    migrate(doc);
    const before = Y.encodeStateVector(doc);
    expect(migrate(doc)).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("leaves a current document alone", () => {
    const doc = tinyDoc();
    const before = Y.encodeStateVector(doc);
    expect(migrate(doc)).toEqual([]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("refuses a document from a newer schema with a sentence and changes nothing", () => {
    const doc = tinyDoc();
    doc.getMap("meta").set("schemaVersion", SCHEMA_VERSION + 1);
    const before = Y.encodeStateVector(doc);
    expect(() => migrate(doc)).toThrow(
      `This map was written by a newer version of Outside-In (schema ${SCHEMA_VERSION + 1}); this one reads up to ${SCHEMA_VERSION}.`,
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("gives the newer-schema refusal a code and its values, for an interface to word in its language", () => {
    const doc = tinyDoc();
    doc.getMap("meta").set("schemaVersion", SCHEMA_VERSION + 2);
    const error: unknown = (() => {
      try {
        migrate(doc);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NewerSchemaError);
    expect(error).toMatchObject({ code: "newerSchema", found: SCHEMA_VERSION + 2, supported: SCHEMA_VERSION });
  });
});
