// @vitest-environment jsdom
// I save a card's title (or a stage's name) and a colleague deletes it before my change reaches them: Yjs drops my
// text with the card on every page, so my page keeps it in the notice that keeps a text typed into a deleted card,
// saying that my change went with it, with Copy, Put it back and Discard. A deletion by a colleague who had my
// change in front of them for a while tells me nothing. Two pages: mine, and the colleague's own copy and presence.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import { deleteCards, deleteStage, updateCard, updateStage } from "../../../src/doc/ops";
import { Inspector, KeptTexts } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { UNSEEN_GRACE_MS } from "../../../src/store/unseenEdits";
import { makeMap, renderWithStore, stubBrowserApis, type TestMap } from "../helpers";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await i18n.changeLanguage("en");
});

/** A colleague with their own copy of my map, present on my page (their presence reached mine). */
function colleague(map: TestMap, mine: Awareness, name: string, selection: string[] = []) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(map.doc));
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name, color: "#1f77b4" }, selection });
  act(() => applyAwarenessUpdate(mine, encodeAwarenessUpdate(awareness, [awareness.clientID]), "remote"));
  return {
    doc,
    /** What they have that my page lacks reaches it, as the server relays it. */
    reachesMe: () =>
      act(() => Y.applyUpdate(map.doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(map.doc)), "remote")),
    /** What I have that they lack reaches them. */
    reachesThem: () => Y.applyUpdate(doc, Y.encodeStateAsUpdate(map.doc, Y.encodeStateVector(doc)), "remote"),
  };
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

const save = (map: TestMap, op: (d: Y.Doc) => void) => act(() => void map.store.getState().actions.run(op));

describe("a change I saved into something a colleague deleted before it reached them", () => {
  it("is kept in a notice that names them and the card, and puts the card back with my title", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich zahle");
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna Müller", [map.cardId]);
    myPage(map, mine);

    save(map, (d) => updateCard(d, map.cardId, { title: "Ich zahle per Rechnung „später“ ß €" }));
    deleteCards(anna.doc, [map.cardId]);
    anna.reachesMe();

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      "Anna Müller deleted the card “Ich zahle per Rechnung ‘später’ ß €” before your change to it reached them, " +
        "and your change went with it. What you wrote is kept here:",
    );
    expect(within(notice).getByLabelText("Your text (Title)")).toHaveValue("Ich zahle per Rechnung „später“ ß €");
    await user.click(within(notice).getByRole("button", { name: "Copy" }));
    expect(await navigator.clipboard.readText()).toBe("Ich zahle per Rechnung „später“ ß €");
    await user.click(within(notice).getByRole("button", { name: "Put it back as a new card" }));
    expect(map.read().cards.map((c) => c.title)).toEqual(["Ich zahle per Rechnung „später“ ß €"]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("is said in German for a stage deleted by someone unknown, and goes when discarded", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor");
    await act(() => i18n.changeLanguage("de"));
    const stageId = map.journey.stages[1]!.id;
    const mine = new Awareness(map.doc);
    const jemand = colleague(map, mine, "Jörg");
    myPage(map, mine);

    save(map, (d) => updateStage(d, stageId, { customerGoal: "Schnell und ohne Ärger" }));
    deleteStage(jemand.doc, stageId);
    jemand.reachesMe();

    const notice = await screen.findByTestId("kept-text");
    expect(notice).toHaveTextContent(
      `Jemand hat die Phase „${map.journey.stages[1]!.name}“ gelöscht, bevor Ihre Änderung daran angekommen war`,
    );
    expect(within(notice).getByRole("textbox")).toHaveValue("Schnell und ohne Ärger");
    await user.click(within(notice).getByRole("button", { name: "Meinen Text verwerfen" }));
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("tells nothing when the colleague had my change in front of them for a while", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const map = makeMap("editor", "Ich zahle");
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna", [map.cardId]);
    myPage(map, mine);

    save(map, (d) => updateCard(d, map.cardId, { title: "Ich zahle per Rechnung" }));
    anna.reachesThem();
    vi.setSystemTime(Date.now() + UNSEEN_GRACE_MS + 30_000);
    deleteCards(anna.doc, [map.cardId]);
    anna.reachesMe();

    expect(map.read().cards).toEqual([]);
    expect(screen.queryByTestId("kept-text")).toBeNull();
    map.store.destroy();
  });

  it("shows one notice, with the text I was still typing, when I had saved an earlier one just before", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich zahle");
    const mine = new Awareness(map.doc);
    const anna = colleague(map, mine, "Anna");
    myPage(map, mine);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    const field = await screen.findByLabelText("Title");
    await user.clear(field);
    await user.type(field, "Ich zahle bar{Enter}");
    expect(map.read().cards[0]!.title).toBe("Ich zahle bar");
    await user.type(field, " oder mit Karte");

    deleteCards(anna.doc, [map.cardId]);
    anna.reachesMe();

    const notice = await screen.findByTestId("kept-text");
    expect(within(notice).getByRole("textbox")).toHaveValue("Ich zahle bar oder mit Karte");
    expect(screen.getAllByTestId("kept-text")).toHaveLength(1);
    map.store.destroy();
  });
});
