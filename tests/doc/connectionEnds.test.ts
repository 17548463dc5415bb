// A connection's ends are set by connect alone, which refuses a card joined to itself: changing a connection
// cannot turn it into a loop or point it at a card that does not exist.
import { describe, expect, it } from "vitest";
import { readJourney } from "../../src/doc";
import { connect, updateConnection } from "../../src/doc/ops";
import { tinyDoc } from "./helpers";

describe("a connection's ends", () => {
  it("are refused as a loop by connect, with the sentence the editor shows", () => {
    const doc = tinyDoc();
    const before = readJourney(doc);
    expect(() => connect(doc, "cd_d", "cd_d")).toThrow("A card cannot be connected to itself.");
    expect(readJourney(doc)).toEqual(before);
  });

  it("stay as they are when an update passes ends along with the label", () => {
    const doc = tinyDoc();
    const id = connect(doc, "cd_d", "cd_e");
    // A caller outside TypeScript (or a stale form) may hand over the whole record.
    const patch = { label: "nach dem Bezahlen „sofort“", from: "cd_e", to: "cd_e" } as { label: string };
    updateConnection(doc, id, patch);
    const connection = readJourney(doc).connections.find((c) => c.id === id);
    expect(connection).toEqual({ id, from: "cd_d", to: "cd_e", label: "nach dem Bezahlen „sofort“" });
  });

  it("keep the label when an update leaves it out, and drop it when the update clears it", () => {
    const doc = tinyDoc();
    const id = connect(doc, "cd_d", "cd_e", "dann");
    updateConnection(doc, id, {});
    expect(readJourney(doc).connections.find((c) => c.id === id)?.label).toBe("dann");
    updateConnection(doc, id, { label: undefined });
    expect(readJourney(doc).connections.find((c) => c.id === id)?.label).toBeUndefined();
  });
});
