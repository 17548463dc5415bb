// @vitest-environment jsdom
// The journey's fields (title, owner, persona) have no card or header a colleague selects: my presence names the
// field I am in (`journey:owner`), so the note of a change made while someone else types there names me, in English
// and German. A presence naming no field, another one or a broken one names nobody.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { setJourneyFields } from "../../../src/doc/ops";
import { MAX_FIELD_KEY, parsePeer } from "../../../src/sync";
import { JourneyPanel } from "../../../src/features/journey/JourneyPanel";
import { lendAwareness } from "../../../src/features/presence/mapAwareness";
import { i18n } from "../../../src/i18n";
import { makeMap, peerOf, renderWithStore, type TestMap } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

function presence(map: TestMap) {
  const mine = new Awareness(map.doc);
  mine.setLocalState({ user: { name: "Me", color: "#1f77b4" } });
  const stopLending = lendAwareness(map.store, mine);
  const colleague = (name: string, state: Record<string, unknown>) => {
    const theirs = new Awareness(new Y.Doc());
    theirs.setLocalState({ user: { name, color: "#2ca02c" }, ...state });
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), "remote");
  };
  return { mine, colleague, stop: () => stopLending() };
}

async function typeIntoOwner(map: TestMap, label = "Journey owner") {
  const user = userEvent.setup();
  renderWithStore(map.store, <JourneyPanel />);
  const owner = screen.getByRole("textbox", { name: label });
  await user.click(owner);
  await user.keyboard("Claims");
  return { user, owner };
}

describe("the note of a journey field a colleague changed while I typed", () => {
  it("names the colleague whose presence is in that field, and is read with the field", async () => {
    const map = makeMap("editor");
    const { colleague, stop } = presence(map);
    colleague("Anna", { field: "journey:owner" });
    colleague("Ben", { field: "journey:title", selection: [map.cardId] });
    const { owner } = await typeIntoOwner(map);
    peerOf(map)((d) => setJourneyFields(d, { owner: "Customer service" }));
    const note =
      'While you were typing, Anna changed this field to "Customer service". Leaving the field saves your text in its place; Escape keeps their change.';
    expect(screen.getByRole("status")).toHaveTextContent(note);
    expect(owner).toHaveAccessibleDescription(note);
    stop();
    map.store.destroy();
  });

  it("names them in German too", async () => {
    const map = makeMap("editor");
    await act(() => i18n.changeLanguage("de"));
    const { colleague, stop } = presence(map);
    colleague("Jürgen Weiß", { field: "journey:owner" });
    await typeIntoOwner(map, "Verantwortlich für die Journey");
    peerOf(map)((d) => setJourneyFields(d, { owner: "Leitung „Kundenservice“" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Während Sie getippt haben, hat Jürgen Weiß dieses Feld geändert in „Leitung ‚Kundenservice‘“.",
    );
    stop();
    map.store.destroy();
  });

  it("says someone when nobody, two people or only a broken presence are in the field", async () => {
    for (const others of [
      [{ field: "journey:title" }],
      [{ field: "journey:owner" }, { field: "journey:owner" }],
      [{ field: 42 }, { field: `journey:owner${"x".repeat(400)}` }],
    ]) {
      const map = makeMap("editor");
      const { colleague, stop } = presence(map);
      others.forEach((state, i) => colleague(`Colleague ${i + 1}`, state));
      await typeIntoOwner(map);
      peerOf(map)((d) => setJourneyFields(d, { owner: "Customer service" }));
      expect(screen.getByRole("status")).toHaveTextContent('While you were typing, someone changed this field to "');
      stop();
      map.store.destroy();
      cleanup();
    }
  });
});

describe("the field a presence names", () => {
  const user = { name: "Anna", color: "#000000" };
  const fieldOf = (state: unknown) => parsePeer(7, state)?.field;
  it("is read only when it is a name of at most 300 characters", () => {
    expect(fieldOf({ user, field: "journey:owner" })).toBe("journey:owner");
    expect(fieldOf({ user, field: `c_${"x".repeat(MAX_FIELD_KEY - 2)}` })).toHaveLength(MAX_FIELD_KEY);
    for (const field of [42, "", `c_${"x".repeat(MAX_FIELD_KEY)}`, ["journey:owner"], null]) {
      expect(fieldOf({ user, field })).toBeUndefined();
    }
    expect(fieldOf(null)).toBeUndefined();
    expect(fieldOf("journey:owner")).toBeUndefined();
  });
});
