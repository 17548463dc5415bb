// A page whose link was rotated becomes read-only: no more writes, undo or in-place editing.
import { createJourneyDoc, readJourney } from "../../src/doc";
import { addStage } from "../../src/doc/ops";
import { createMapStore } from "../../src/store";
import { tinyJourney } from "../fixtures/journeys";

describe("losing access", () => {
  it("turns an editor's store read-only and refuses further edits with a sentence", () => {
    const doc = createJourneyDoc(tinyJourney());
    const store = createMapStore({ doc, role: "editor" });
    const { actions } = store.getState();
    actions.run((d) => addStage(d, { name: "Before" }));
    expect(readJourney(doc).stages.map((s) => s.name)).toContain("Before");
    actions.editCardTitle("cd_a");
    actions.loseAccess();
    expect(store.getState()).toMatchObject({ canEdit: false, canComment: false });
    // The title being typed is not thrown away: its field stays, and saving it is refused like any edit.
    expect(store.getState().ui.editingCardId).toBe("cd_a");
    const before = readJourney(doc);
    expect(actions.run((d) => addStage(d, { name: "After" }))).toBeUndefined();
    // It could edit until now: the sentence says the access was lost, not that it may only look.
    expect(store.getState().ui.error).toBe(
      "Not saved: this page has lost its access to the map (the notice above says why). Copy what you typed before you leave.",
    );
    expect(store.getState().ui.errorMessage).toEqual({ code: "accessLost" });
    actions.undo();
    expect(readJourney(doc)).toEqual(before);
    store.destroy();
  });

  it("still tells a viewer's page, which never could edit, that it may only look", () => {
    const doc = createJourneyDoc(tinyJourney());
    const store = createMapStore({ doc, role: "viewer" });
    store.getState().actions.loseAccess();
    expect(store.getState().actions.run((d) => addStage(d, { name: "After" }))).toBeUndefined();
    expect(store.getState().ui.error).toMatch(/only look at this map/);
    store.destroy();
  });
});
