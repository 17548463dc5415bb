// @vitest-environment jsdom
// The map draws only what is in view: a colleague who drags the card I am typing a title into out of my view takes
// its node, and with it the open field, off the map. What I typed must not go with it: the field drawn again when
// the card is back in view goes on from my text, with the caret at its end, not from the saved title selected.
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InPlaceText, forgetOpenDraft } from "../../src/canvas/nodes/InPlaceText";
import { draftsOfMap } from "../../src/features/inspector/unsavedDrafts";
import { makeMap, renderWithStore } from "../features/helpers";

afterEach(() => cleanup());

function field(store: ReturnType<typeof makeMap>["store"], saved: string[], draftKey = "card:c_1") {
  return renderWithStore(
    store,
    <InPlaceText
      value="Neue Karte"
      label="Title"
      className="card-title-input"
      max={200}
      onSave={(text) => (saved.push(text), true)}
      onClose={() => {}}
      draftKey={draftKey}
    />,
  );
}

describe("a card's title field taken off the map while open", () => {
  it("goes on from what was typed when it is drawn again", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Neue Karte");
    const saved: string[] = [];
    const first = field(map.store, saved);
    // The field opens focused with its text selected: what is typed replaces it.
    await user.keyboard("Ich rufe");
    first.unmount();
    field(map.store, saved);
    const box = screen.getByRole<HTMLInputElement>("textbox");
    expect(box).toHaveValue("Ich rufe");
    expect(box.selectionStart).toBe("Ich rufe".length);
    await user.type(box, " an{Enter}");
    expect(saved).toEqual(["Ich rufe an"]);
    map.store.destroy();
  });

  it("starts from the saved title after Enter or Escape closed it, or once editing went elsewhere", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Neue Karte");
    const saved: string[] = [];
    const closed = field(map.store, saved);
    await user.type(screen.getByRole("textbox"), "Weg{Escape}");
    closed.unmount();
    field(map.store, saved).unmount();
    const open = field(map.store, saved, "card:c_2");
    await user.type(screen.getByRole("textbox"), "Halb");
    open.unmount();
    forgetOpenDraft("card:c_2");
    field(map.store, saved, "card:c_2");
    expect(screen.getByRole("textbox")).toHaveValue("Neue Karte");
    map.store.destroy();
  });

  it("is not taken up by another map's card of the same id (a map imported from the other's file)", async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    draftsOfMap("map-a");
    const first = makeMap("editor", "Neue Karte");
    const open = field(first.store, saved, "card:c_9");
    await user.keyboard("Nur auf Map A");
    // The page goes on to map B while the field is open.
    open.unmount();
    first.store.destroy();
    draftsOfMap("map-b");
    const second = makeMap("editor", "Neue Karte");
    const other = field(second.store, saved, "card:c_9");
    expect(screen.getByRole("textbox")).toHaveValue("Neue Karte");
    other.unmount();
    second.store.destroy();
    // Back on map A, its field goes on from what was typed there.
    draftsOfMap("map-a");
    const again = makeMap("editor", "Neue Karte");
    field(again.store, saved, "card:c_9");
    expect(screen.getByRole("textbox")).toHaveValue("Nur auf Map A");
    again.store.destroy();
    draftsOfMap("");
  });
});
