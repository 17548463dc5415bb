// @vitest-environment jsdom
// A colleague deletes a step of the customer's path while I type its label: the notice that keeps my text names
// them, as it does for a card, stage or lane, because their canvas puts the paths they have selected into their
// presence (src/canvas/usePublishSelection.ts). Two peers, each with its own map copy, store and presence.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { usePublishSelection } from "../../src/canvas/usePublishSelection";
import { addCard, connect, disconnect } from "../../src/doc/ops";
import { Inspector, KeptTexts } from "../../src/features/inspector";
import { i18n } from "../../src/i18n";
import { setIdentity } from "../../src/sync/identity";
import { createMapStore, type MapStore } from "../../src/store";
import { makeMap, renderWithStore, stubBrowserApis, type TestMap } from "../features/helpers";

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
  sendPresence: () => void;
}

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

/** The colleague's change reaching my map, their presence following it, as on the wire. */
function onTheirPage(map: TestMap, peer: Peer, change: (d: Y.Doc) => void) {
  act(() => {
    peer.store.getState().actions.run(change);
    Y.applyUpdate(map.doc, Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(map.doc)), "remote");
  });
  peer.sendPresence();
}

function theySelectPath(peer: Peer, pathId: string) {
  act(() => {
    setIdentity(peer.name);
    peer.store.getState().actions.select({ connections: [pathId] });
  });
  peer.sendPresence();
}

/** A second card and a step to it from the map's card, made before anyone joins. */
function withStep(map: TestMap): string {
  const stage = map.journey.stages[1] ?? map.journey.stages[0]!;
  const lane = map.read().cards[0]!.laneId;
  const next = addCard(map.doc, { stageId: stage.id, laneId: lane, title: "Ich bekomme die Bestätigung" });
  return connect(map.doc, map.cardId, next);
}

/** My page: the notice and the inspector; I select the path and type `text` into its label, not saved yet. */
async function typeIntoLabel(map: TestMap, mine: Awareness, pathId: string, label: string, text: string) {
  renderWithStore(
    map.store,
    <>
      <KeptTexts awareness={mine} />
      <Inspector />
    </>,
  );
  act(() => map.store.getState().actions.select({ connections: [pathId] }));
  await userEvent.setup().type(await screen.findByLabelText(label), text);
}

describe("the deleter of a step of the customer's path, named in the notice that keeps my label", () => {
  it("is the colleague who alone had the path selected", async () => {
    const map = makeMap("editor", "Ich bestelle im Shop");
    const step = withStep(map);
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna Müller");
    theySelectPath(anna, step);
    expect(anna.awareness.getLocalState()?.["selection"]).toEqual([step]);

    await typeIntoLabel(map, mine, step, "Label", "E-Mail mit Link für 5 €");
    onTheirPage(map, anna, (d) => disconnect(d, [step]));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Anna Müller deleted this step of the customer's path while you were typing. What you typed is kept here:",
    );
    expect(within(notice).getByRole("textbox")).toHaveValue("E-Mail mit Link für 5 €");
    // Her page let go of the path as it went: her presence no longer holds it.
    expect(anna.awareness.getLocalState()?.["selection"]).toEqual([]);
    map.store.destroy();
    anna.store.destroy();
  });

  it("is named in German in a German interface", async () => {
    const map = makeMap("editor", "Ich bestelle im Shop");
    await act(() => i18n.changeLanguage("de"));
    const step = withStep(map);
    const mine = new Awareness(map.doc);
    const joerg = colleague(map, mine, "Jörg");
    theySelectPath(joerg, step);

    await typeIntoLabel(map, mine, step, "Beschriftung", "Bestätigung „sofort“");
    onTheirPage(map, joerg, (d) => disconnect(d, [step]));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Jörg hat diesen Schritt auf dem Weg des Kunden gelöscht, während Sie getippt haben.",
    );
    map.store.destroy();
    joerg.store.destroy();
  });

  it("is nobody when two colleagues had the path selected", async () => {
    const map = makeMap("editor", "Ich bestelle im Shop");
    const step = withStep(map);
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna");
    const ben = colleague(map, mine, "Ben");
    theySelectPath(anna, step);
    theySelectPath(ben, step);

    await typeIntoLabel(map, mine, step, "Label", "per App");
    onTheirPage(map, anna, (d) => disconnect(d, [step]));

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent("Someone deleted this step of the customer's path while you were typing.");
    expect(notice).not.toHaveTextContent(/Anna|Ben/);
    map.store.destroy();
    anna.store.destroy();
    ben.store.destroy();
  });
});
