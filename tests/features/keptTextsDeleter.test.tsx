// @vitest-environment jsdom
// A colleague deletes a lane (or stage) while I type into its name: the notice that keeps my text names them when
// their presence shows they alone had it selected, in English and German, and names nobody when that is unclear.
// Two peers, each with its own map copy, store and presence: the deleter's page publishes what it has selected, as
// its canvas does (src/canvas/usePublishSelection.ts).
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { usePublishSelection } from "../../src/canvas/usePublishSelection";
import { deleteLane, deleteStage } from "../../src/doc/ops";
import { Inspector, KeptTexts } from "../../src/features/inspector";
import { i18n } from "../../src/i18n";
import { setIdentity } from "../../src/sync/identity";
import { setLocalPresence } from "../../src/sync/presence";
import { createMapStore, type MapStore } from "../../src/store";
import { makeMap, renderWithStore, stubBrowserApis, type TestMap } from "./helpers";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

interface Peer {
  name: string;
  doc: Y.Doc;
  store: MapStore;
  awareness: Awareness;
  /** Carries their presence as it is now to my page, as the provider does (after their map changes). */
  sendPresence: () => void;
}

/** The canvas's part that puts my selection into my presence. */
function PublishesSelection({ awareness }: { awareness: Awareness }) {
  usePublishSelection(awareness);
  return null;
}

/** A colleague called `name` with their own copy of my map, store and presence, publishing their selection. */
function colleague(map: TestMap, mine: Awareness, name: string): Peer {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(map.doc));
  const store = createMapStore({ doc, role: "editor" });
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name, color: "#1f77b4" }, selection: [] });
  const sendPresence = () =>
    act(() => applyAwarenessUpdate(mine, encodeAwarenessUpdate(awareness, [awareness.clientID]), "remote"));
  sendPresence();
  renderWithStore(store, <PublishesSelection awareness={awareness} />);
  return { name, doc, store, awareness, sendPresence };
}

/** The colleague's change, made on their page, reaching my map; their presence follows it, as on the wire. */
function onTheirPage(map: TestMap, peer: Peer, change: (d: Y.Doc) => void) {
  act(() => {
    peer.store.getState().actions.run(change);
    Y.applyUpdate(map.doc, Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(map.doc)), "remote");
  });
  peer.sendPresence();
}

/**
 * The colleague selects on their page, and their presence reaches mine. Their page's name is their browser's (one
 * browser here, so it is set for them first).
 */
function theySelect(peer: Peer, selection: { stages?: string[]; lanes?: string[] }) {
  act(() => {
    setIdentity(peer.name);
    peer.store.getState().actions.select(selection);
  });
  peer.sendPresence();
}

function myPage(map: TestMap, awareness: Awareness) {
  renderWithStore(
    map.store,
    <>
      <KeptTexts awareness={awareness} />
      <Inspector />
    </>,
  );
}

/** Selects the lane on my page and types `text` into its name, not saved yet. */
async function typeIntoLaneName(map: TestMap, laneId: string, label: string, text: string) {
  const user = userEvent.setup();
  act(() => map.store.getState().actions.select({ lanes: [laneId] }));
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  await user.type(field, text);
}

describe("the deleter of a stage or lane, named in the notice that keeps my text", () => {
  it("is the colleague who alone had the lane selected", async () => {
    const map = makeMap("editor");
    const laneId = map.journey.lanes[0]!.id;
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna Müller");
    myPage(map, mine);
    theySelect(anna, { lanes: [laneId] });
    expect(anna.awareness.getLocalState()?.["headers"]).toEqual([laneId]);

    await typeIntoLaneName(map, laneId, "Name of the lane", "Kundenkontakt „vor Ort“ ß €");
    onTheirPage(map, anna, (d) => deleteLane(d, laneId));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Anna Müller deleted this lane while you were typing.");
    expect(within(notice).getByRole("textbox")).toHaveValue("Kundenkontakt „vor Ort“ ß €");
    // Her page let go of the lane as it went: her presence no longer holds it.
    expect(anna.awareness.getLocalState()?.["headers"]).toEqual([]);
    map.store.destroy();
    anna.store.destroy();
  });

  it("is named in German in a German interface, for a stage too", async () => {
    const map = makeMap("editor");
    await act(() => i18n.changeLanguage("de"));
    const stageId = map.journey.stages[1]!.id;
    const mine = new Awareness(map.doc);
    const joerg = colleague(map, mine, "Jörg");
    myPage(map, mine);
    theySelect(joerg, { stages: [stageId] });
    const user = userEvent.setup();
    act(() => map.store.getState().actions.select({ stages: [stageId] }));
    await user.type(await screen.findByLabelText("Das Ziel der Kundschaft in dieser Phase"), "Schnell und ohne Ärger");
    onTheirPage(map, joerg, (d) => deleteStage(d, stageId));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Jörg hat diese Phase gelöscht, während Sie getippt haben.");
    map.store.destroy();
    joerg.store.destroy();
  });

  it("is nobody when two colleagues had the lane selected", async () => {
    const map = makeMap("editor");
    const laneId = map.journey.lanes[0]!.id;
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna");
    const ben = colleague(map, mine, "Ben");
    myPage(map, mine);
    theySelect(anna, { lanes: [laneId] });
    theySelect(ben, { lanes: [laneId] });

    await typeIntoLaneName(map, laneId, "Name of the lane", "Kontakt");
    onTheirPage(map, anna, (d) => deleteLane(d, laneId));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Someone deleted this lane while you were typing.");
    expect(notice).not.toHaveTextContent(/Anna|Ben/);
    map.store.destroy();
    anna.store.destroy();
    ben.store.destroy();
  });

  it("is nobody when no colleague had it selected", async () => {
    const map = makeMap("editor");
    const laneId = map.journey.lanes[0]!.id;
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna");
    myPage(map, mine);

    await typeIntoLaneName(map, laneId, "Name of the lane", "Kontakt");
    onTheirPage(map, anna, (d) => deleteLane(d, laneId));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Someone deleted this lane while you were typing.");
    map.store.destroy();
    anna.store.destroy();
  });

  it("is the one who deleted it, not a colleague who had it selected to type its name too", async () => {
    const map = makeMap("editor");
    const laneId = map.journey.lanes[0]!.id;
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna");
    const ben = colleague(map, mine, "Ben");
    myPage(map, mine);
    theySelect(anna, { lanes: [laneId] });
    theySelect(ben, { lanes: [laneId] });
    // Ben types the lane's name on the canvas: his presence says he renames it (src/canvas/nodes/InlineName.tsx).
    act(() => setLocalPresence(ben.awareness, { renaming: laneId }));
    ben.sendPresence();

    await typeIntoLaneName(map, laneId, "Name of the lane", "Kontakt");
    onTheirPage(map, anna, (d) => deleteLane(d, laneId));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Anna deleted this lane while you were typing.");
    map.store.destroy();
    anna.store.destroy();
    ben.store.destroy();
  });
});
