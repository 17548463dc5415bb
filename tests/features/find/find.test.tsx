// @vitest-environment jsdom
// Find on the map driven like a person: Ctrl+F, typing, Enter and the arrow keys, a click, Escape; the count said
// politely, the list a listbox under a combobox, results that follow colleagues' changes, for viewers too.
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { loadJourney, readJourney, type Role } from "../../../src/doc";
import { updateCard } from "../../../src/doc/ops";
import { Toolbar } from "../../../src/features/toolbar";
import { i18n, initI18n } from "../../../src/i18n";
import { createMapStore } from "../../../src/store";
import { renderWithStore } from "../helpers";
import { germanJourney } from "./germanJourney";

function openMap(role: Role = "owner") {
  initI18n("en");
  const doc = new Y.Doc();
  loadJourney(doc, germanJourney());
  const store = createMapStore({ doc, role });
  const view = renderWithStore(
    store,
    <>
      <button type="button">somewhere else</button>
      <Toolbar />
    </>,
  );
  return { doc, store, view };
}

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

const field = () => screen.getByRole("combobox", { name: "Find on the map" });
const count = () => screen.getByTestId("find-count");
const results = () => within(screen.getByRole("listbox")).getAllByRole("option");
const selectedCards = (store: ReturnType<typeof createMapStore>) => store.getState().ui.selection.cards;

describe("Find on the map", () => {
  it("opens with Ctrl+F, goes to the first match as you type and on with Enter, and Escape puts the keyboard back", async () => {
    const user = userEvent.setup();
    const { store } = openMap();
    const before = screen.getByRole("button", { name: "somewhere else" });
    before.focus();
    await user.keyboard("{Control>}f{/Control}");
    expect(field()).toHaveFocus();

    await user.keyboard("groesse");
    expect(count()).toHaveTextContent("1 of 3");
    expect(count()).toHaveAttribute("aria-live", "polite");
    expect(selectedCards(store)).toEqual(["c_do2"]);
    expect(store.getState().ui.focusRequest).toMatchObject({ kind: "card", id: "c_do2" });

    const list = screen.getByRole("listbox", { name: "Matches" });
    const options = within(list).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "Ich wähle die Grösse der KarteBestellen · Was ich tue",
      "Ich vergleiche TarifeBestellen · Was ich tueDescription: Übersicht der Groesse",
      "Die Größe der SIM ist falschBestellen · Was mich ärgert",
    ]);
    expect(field()).toHaveAttribute("aria-expanded", "true");
    expect(field()).toHaveAttribute("aria-controls", list.id);
    expect(field()).toHaveAttribute("aria-activedescendant", options[0]?.id);
    expect(options[0]).toHaveAttribute("aria-selected", "true");

    await user.keyboard("{Enter}");
    expect(count()).toHaveTextContent("2 of 3");
    expect(selectedCards(store)).toEqual(["c_do1"]);
    expect(field()).toHaveAttribute("aria-activedescendant", options[1]?.id);
    await user.keyboard("{ArrowDown}");
    expect(selectedCards(store)).toEqual(["c_pain"]);
    await user.keyboard("{ArrowDown}");
    expect(count()).toHaveTextContent("1 of 3");
    await user.keyboard("{ArrowUp}");
    expect(selectedCards(store)).toEqual(["c_pain"]);
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    expect(selectedCards(store)).toEqual(["c_do1"]);
    expect(field()).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("combobox", { name: "Find on the map" })).toBeNull();
    expect(before).toHaveFocus();
    // Escape closed Find only: the card found stays selected.
    expect(selectedCards(store)).toEqual(["c_do1"]);
    store.destroy();
  });

  it("puts the keyboard back on the map onto what it found, when the keyboard was on the map", async () => {
    initI18n("en");
    const doc = new Y.Doc();
    loadJourney(doc, germanJourney());
    const store = createMapStore({ doc, role: "owner" });
    renderWithStore(store, <Toolbar />);
    // The map's nodes as the canvas draws them (tests/e2e/find.e2e.test.ts has the real canvas).
    const map = document.createElement("div");
    map.className = "react-flow";
    for (const id of ["c_do2", "c_do1", "c_pain", "lane:ln_pain"]) {
      const node = document.createElement("div");
      node.className = "react-flow__node";
      node.dataset["id"] = id;
      node.tabIndex = 0;
      map.append(node);
    }
    document.body.append(map);
    const node = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement;
    const user = userEvent.setup();
    node("c_do2").focus();
    await user.keyboard("{Control>}f{/Control}xyz{Escape}");
    expect(node("c_do2")).toHaveFocus();

    await user.keyboard("{Control>}f{/Control}groesse{Enter}{Enter}");
    expect(selectedCards(store)).toEqual(["c_pain"]);
    await user.keyboard("{Escape}");
    expect(node("c_pain")).toHaveFocus();

    // The node the keyboard was on goes out of view meanwhile, and so out of the page.
    node("c_do1").focus();
    await user.keyboard("{Control>}f{/Control}ärgert");
    node("c_do1").remove();
    await user.keyboard("{Escape}");
    expect(node("lane:ln_pain")).toHaveFocus();
    map.remove();
    store.destroy();
  });

  it("selects and centres a stage or lane found by its name, and a match clicked in the list", async () => {
    const user = userEvent.setup();
    const { store } = openMap();
    await user.click(screen.getByRole("button", { name: "Find" }));
    expect(screen.getByRole("button", { name: "Find" })).toHaveAttribute("aria-expanded", "true");
    await user.type(field(), "ärgert");
    expect(count()).toHaveTextContent("1 of 1");
    expect(store.getState().ui.selection.lanes).toEqual(["ln_pain"]);
    expect(store.getState().ui.focusRequest).toMatchObject({ kind: "lane", id: "ln_pain" });

    await user.clear(field());
    await user.type(field(), "warten");
    expect(store.getState().ui.focusRequest).toMatchObject({ kind: "stage", id: "st_b" });
    await user.clear(field());
    await user.type(field(), "ich");
    // The three lanes, then Bestellen's cards: Ich wähle…, Ich vergleiche…
    const fifth = results()[4];
    if (!fifth) throw new Error("no fifth match");
    await user.click(fifth);
    expect(fifth).toHaveAttribute("aria-selected", "true");
    expect(count()).toHaveTextContent("5 of 7");
    expect(field()).toHaveFocus();
    expect(selectedCards(store)).toEqual(["c_do1"]);

    // Closed with its button, the keyboard goes back to the button.
    await user.click(screen.getByRole("button", { name: "Find" }));
    expect(screen.queryByRole("combobox", { name: "Find on the map" })).toBeNull();
    expect(screen.getByRole("button", { name: "Find" })).toHaveFocus();
    store.destroy();
  });

  it("says so when nothing matches, in English and in German", async () => {
    const user = userEvent.setup();
    const { store } = openMap();
    await user.keyboard("{Control>}f{/Control}");
    await user.keyboard("xyz");
    expect(count()).toHaveTextContent("No card or name contains “xyz”");
    expect(field()).toHaveAttribute("aria-expanded", "false");
    expect(field()).not.toHaveAttribute("aria-activedescendant");
    await act(() => i18n.changeLanguage("de"));
    expect(count()).toHaveTextContent("Keine Karte und kein Name enthält „xyz“");
    const germanField = screen.getByRole("combobox", { name: "Auf der Map suchen" });
    await user.clear(germanField);
    await user.keyboard("grösse");
    expect(count()).toHaveTextContent("1 von 3");
    expect(germanField).toHaveFocus();
    store.destroy();
  });

  it("follows colleagues' changes: a card renamed to match is listed, and the one reached keeps its place", async () => {
    const user = userEvent.setup();
    const { doc, store } = openMap();
    await user.keyboard("{Control>}f{/Control}");
    await user.keyboard("groesse{Enter}");
    expect(count()).toHaveTextContent("2 of 3");

    // A colleague's change arrives: a card further up the map now matches too.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    act(() => {
      updateCard(peer, "c_shop", { title: "Die Größe im Webshop wählen" });
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)), "remote");
    });
    expect(count()).toHaveTextContent("2 of 4");
    expect(results().map((o) => o.getAttribute("aria-selected"))).toEqual(["false", "true", "false", "false"]);
    expect(selectedCards(store)).toEqual(["c_do1"]);
    await user.keyboard("{Enter}");
    expect(selectedCards(store)).toEqual(["c_shop"]);
    store.destroy();
  });

  it("lets a viewer search, and searching changes nothing in the map", async () => {
    const user = userEvent.setup();
    const { doc, store } = openMap("viewer");
    const before = JSON.stringify(readJourney(doc));
    await user.keyboard("{Control>}f{/Control}");
    await user.keyboard("zufrieden{Enter}");
    expect(count()).toHaveTextContent("1 of 1");
    expect(results()[0]).toHaveTextContent("Measurement point: Wie zufrieden sind Sie mit der Übersicht?");
    expect(selectedCards(store)).toEqual(["c_shop"]);
    expect(JSON.stringify(readJourney(doc))).toBe(before);
    expect(store.getState().ui.error).toBeNull();
    store.destroy();
  });

  it("draws a big list a hundred at a time, the hundred of the match reached, and says how many more there are", async () => {
    initI18n("en");
    const doc = new Y.Doc();
    const journey = germanJourney();
    const cards = Array.from({ length: 250 }, (_, i) => ({
      id: `c_${i}`,
      stageId: "st_a",
      laneId: "ln_do",
      title: `Karte ${i + 1}`,
    }));
    loadJourney(doc, { ...journey, lanes: journey.lanes.slice(0, 1), cards });
    const store = createMapStore({ doc, role: "owner" });
    renderWithStore(store, <Toolbar />);
    const user = userEvent.setup();
    // Pasted: each key typed would draw the list of a hundred again (typing is the first test's).
    await user.keyboard("{Control>}f{/Control}");
    await user.paste("karte");
    expect(count()).toHaveTextContent("1 of 250");
    // Read once per list drawn: each search of a hundred options by their role takes a while.
    let options = results();
    expect(options).toHaveLength(100);
    expect(options[0]).toHaveAttribute("aria-setsize", "250");
    expect(screen.getByText("150 more matches: Enter goes on to them, or type more to narrow the list")).toBeVisible();

    await user.click(options[99] as HTMLElement);
    expect(count()).toHaveTextContent("100 of 250");
    await user.keyboard("{Enter}");
    expect(count()).toHaveTextContent("101 of 250");
    options = results();
    expect(options[0]).toHaveTextContent("Karte 101");
    expect(options[0]).toHaveAttribute("aria-posinset", "101");
    expect(field()).toHaveAttribute("aria-activedescendant", options[0]?.id);
    expect(selectedCards(store)).toEqual(["c_100"]);
    expect(screen.getByText("50 more matches: Enter goes on to them, or type more to narrow the list")).toBeVisible();
    store.destroy();
  });

  it("leaves Ctrl+F alone while a modal dialog holds the keyboard", () => {
    const { store } = openMap();
    const dialog = document.createElement("div");
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    document.body.append(dialog);
    fireEvent.keyDown(document.body, { key: "f", ctrlKey: true });
    expect(screen.queryByRole("combobox", { name: "Find on the map" })).toBeNull();
    dialog.remove();
    fireEvent.keyDown(document.body, { key: "f", ctrlKey: true });
    expect(field()).toHaveFocus();
    store.destroy();
  });
});
