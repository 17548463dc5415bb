// @vitest-environment jsdom
// Renaming a stage or lane in presence: my state says which one I rename and stops saying so, and a peer's value
// is read only when it is an id (anything else from another browser is ignored, the person kept).
import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { parsePeer, peersRenaming } from "../../src/sync/peers";
import { setLocalPresence, stopRenaming } from "../../src/sync/presence";
import { reloadIdentity, setIdentity } from "../../src/sync/identity";

beforeEach(() => {
  localStorage.clear();
  reloadIdentity();
  setIdentity("Ada");
});

const user = { name: "Jürgen Groß", color: "#1971c2" };

describe("the stage or lane a person renames, in presence", () => {
  it("is read from a peer's state, and a broken value is left out without hiding the person", () => {
    expect(parsePeer(1, { user, renaming: "st_ärger" })?.renaming).toBe("st_ärger");
    for (const bad of [null, "", 42, { id: "st_1" }, ["st_1"], "x".repeat(201)]) {
      expect(parsePeer(1, { user, renaming: bad })).toEqual({ clientId: 1, ...user });
    }
  });

  it("names everyone renaming a header as editing it, and nobody for another header", () => {
    const peers = [
      { clientId: 1, name: "Anna", color: "#2f9e44", renaming: "ln_1" },
      { clientId: 2, name: "Ben", color: "#9c36b5", renaming: "st_1", editing: "c_1" },
      { clientId: 3, name: "Cleo", color: "#d9480f", renaming: "ln_1" },
    ];
    expect(peersRenaming(peers, "ln_1")).toEqual([
      { clientId: 1, name: "Anna", color: "#2f9e44", editing: true },
      { clientId: 3, name: "Cleo", color: "#d9480f", editing: true },
    ]);
    expect(peersRenaming(peers, "c_1")).toEqual([]);
  });

  it("goes out in my state, starts empty, and is taken back only for the header I rename", () => {
    const mine = new Awareness(new Y.Doc());
    setLocalPresence(mine, { selection: [] });
    expect(mine.getLocalState()?.["renaming"]).toBeNull();
    setLocalPresence(mine, { renaming: "st_1" });
    expect(mine.getLocalState()).toMatchObject({ renaming: "st_1", user: { name: "Ada" } });
    stopRenaming(mine, "ln_2");
    expect(mine.getLocalState()?.["renaming"]).toBe("st_1");
    stopRenaming(mine, "st_1");
    expect(mine.getLocalState()?.["renaming"]).toBeNull();
    mine.destroy();
  });
});
