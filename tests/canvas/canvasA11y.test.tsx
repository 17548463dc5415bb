// @vitest-environment jsdom
// The map for screen readers and keyboards: React Flow's own words in the interface's language, paths and "+"
// buttons named by what they join and where they add, the map's language on its content, numbers written as the
// reader writes them, and the focus kept when the title editor or a header's question closes.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { CardView } from "../../src/canvas/nodes/CardView";
import { HeaderControls } from "../../src/canvas/nodes/HeaderControls";
import { blankJourney, loadJourney, type Role } from "../../src/doc";
import { addCard, connect } from "../../src/doc/ops";
import { i18n, initI18n } from "../../src/i18n";
import { createMapStore } from "../../src/store";
import { makeMap, stubBrowserApis } from "../features/helpers";
import { waitFitted } from "./zoom";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

/** A map with two cards joined by a path, in the interface language `ui`. */
async function pathMap(ui: "en" | "de", role: Role = "owner") {
  const map = makeMap(role, "I report the damage");
  const [first, second] = map.journey.stages;
  const lane = map.journey.lanes.find((l) => l.kind === "touchpoints")!;
  const reply = addCard(map.doc, { stageId: second!.id, laneId: lane.id, title: "I get a reply" });
  const path = connect(map.doc, map.cardId, reply);
  await i18n.changeLanguage(ui);
  renderCanvas(map.store);
  await screen.findByText("I get a reply");
  return { map, reply, path, first: first!, lane };
}

const edge = (id: string) => document.querySelector<SVGElement>(`.react-flow__edge[data-id="${id}"]`);
const node = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)!;
/** React Flow's zoom buttons: looked for among these, not among every button of the canvas (a slower search). */
const zoomButtons = () => within(document.querySelector<HTMLElement>(".react-flow__controls")!);
const description = (el: Element) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent;

describe("React Flow's own words", () => {
  it("are German in a German interface: zoom buttons and the hints spoken for cards and paths", async () => {
    const { map, path } = await pathMap("de");
    expect(zoomButtons().getByRole("button", { name: "Vergrößern" })).toBeInTheDocument();
    expect(zoomButtons().getByRole("button", { name: "Verkleinern" })).toBeInTheDocument();
    expect(zoomButtons().getByRole("button", { name: "Ganze Map zeigen" })).toBeInTheDocument();
    const cardHint = description(node(map.cardId));
    expect(cardHint).toMatch(/^Eingabe oder Leertaste wählt aus\./);
    // Delete is promised only where it works: a stage or lane with cards goes with the ✕ on its header.
    expect(cardHint).toContain("außer einer Phase oder Zeile mit Karten: die löschen Sie mit dem ✕");
    // The keys the map answers beyond React Flow's own: rename a header, add a card, open a comment thread.
    expect(cardHint).toContain("Eingabe oder F2 auf einer Kopfzeile benennt ihre Phase oder Zeile um");
    expect(cardHint).toContain(
      "N fügt der aktiven Zelle eine Karte hinzu, auf einer Kopfzeile ihrer Phase oder Zeile; C öffnet den neuesten Kommentar-Thread",
    );
    await waitFor(() => expect(edge(path)).not.toBeNull());
    expect(description(edge(path)!)).toMatch(/^Eingabe oder Leertaste wählt den Pfad aus; Entf löscht ihn/);
    expect(document.body.textContent).not.toMatch(/Press enter|Zoom In|Fit View/);
    map.store.destroy();
  });

  it("promise no deleting to a page that may not change the map", async () => {
    const { map, path } = await pathMap("en", "viewer");
    expect(description(node(map.cardId))).toBe(
      "Enter or Space selects. The arrow keys move between cards, or between stages or lanes on a header. C opens the newest comment thread of a card or header. Escape cancels.",
    );
    await waitFor(() => expect(edge(path)).not.toBeNull());
    expect(description(edge(path)!)).not.toMatch(/delete/i);
    map.store.destroy();
  });
});

describe("what a screen reader calls the map's parts", () => {
  it("is a card, stage, lane and path in the interface's language, not React Flow's node and edge", async () => {
    const { map, path, first, lane } = await pathMap("de");
    const roles = () => ({
      card: node(map.cardId).getAttribute("aria-roledescription"),
      stage: node(`stage:${first.id}`).getAttribute("aria-roledescription"),
      lane: node(`lane:${lane.id}`).getAttribute("aria-roledescription"),
      path: edge(path)?.getAttribute("aria-roledescription"),
      // Every card, the one in the Tab order and the others.
      cards: [...document.querySelectorAll(".react-flow__node-card")].map((n) =>
        n.getAttribute("aria-roledescription"),
      ),
    });
    await waitFor(() => expect(edge(path)).not.toBeNull());
    expect(roles()).toEqual({ card: "Karte", stage: "Phase", lane: "Zeile", path: "Pfad", cards: ["Karte", "Karte"] });
    expect(document.querySelectorAll('[aria-roledescription="node"], [aria-roledescription="edge"]')).toHaveLength(0);
    act(() => void i18n.changeLanguage("en"));
    await waitFor(() =>
      expect(roles()).toEqual({ card: "card", stage: "stage", lane: "lane", path: "path", cards: ["card", "card"] }),
    );
    map.store.destroy();
  });
});

describe("names on the map", () => {
  it("names a path by its cards' titles, in English and German", async () => {
    const { map, path } = await pathMap("en");
    await waitFor(() => expect(edge(path)).toHaveAttribute("aria-label", "Path: I report the damage → I get a reply"));
    act(() => void i18n.changeLanguage("de"));
    await waitFor(() => expect(edge(path)).toHaveAttribute("aria-label", "Pfad: I report the damage → I get a reply"));
    map.store.destroy();
  });

  it("names each cell's + button by its stage and lane, in English and German", async () => {
    const { map, first, lane } = await pathMap("en");
    const cell = () => screen.getByTestId(`cell-${first.id}-${lane.id}`);
    expect(within(cell()).getByRole("button")).toHaveAccessibleName(`Add a card: ${first.name} · ${lane.name}`);
    act(() => void i18n.changeLanguage("de"));
    await waitFor(() =>
      expect(within(cell()).getByRole("button")).toHaveAccessibleName(`Karte hinzufügen: ${first.name} · ${lane.name}`),
    );
    map.store.destroy();
  });

  it("gives the map's content the map's language, and leaves React Flow's controls in the interface's", async () => {
    initI18n("en");
    const journey = blankJourney("Schadenmeldung", "de");
    const doc = new Y.Doc();
    loadJourney(doc, journey);
    addCard(doc, { stageId: journey.stages[0]!.id, laneId: journey.lanes[0]!.id, title: "Ich melde den Schaden" });
    const store = createMapStore({ doc, role: "owner" });
    renderCanvas(store);
    await waitFitted();
    const card = document.querySelector(".react-flow__node-card")!;
    expect(card.closest("[lang]")).toHaveAttribute("lang", "de");
    expect(card.closest("[lang]")).toHaveClass("react-flow__viewport");
    expect(zoomButtons().getByRole("button", { name: "Zoom in" }).closest("[lang]")).toBe(document.documentElement);
    store.destroy();
  });
});

describe("numbers on a card", () => {
  const card = {
    id: "c_1",
    stageId: "s_1",
    laneId: "l_1",
    title: "I rate the call",
    measurement: {
      metric: "CSAT" as const,
      target: 4.5,
      observations: [{ date: "2026-09-30", value: 0.0012345 }],
    },
  };

  it("use the German decimal comma in a German interface and keep every digit", async () => {
    await i18n.changeLanguage("de");
    render(<CardView card={card} laneKind="touchpoints" />);
    expect(screen.getByTestId("card-metric")).toHaveTextContent("CSAT · Ziel 4,5 · zuletzt 0,0012345");
  });

  it("use the point in an English interface", () => {
    initI18n("en");
    render(<CardView card={card} laneKind="touchpoints" />);
    expect(screen.getByTestId("card-metric")).toHaveTextContent("CSAT · target 4.5 · latest 0.0012345");
  });
});

describe("the focus", () => {
  it("goes back to the card when its title editor closes with Enter or Escape", async () => {
    const { map } = await pathMap("en");
    for (const key of ["Enter", "Escape"]) {
      act(() => map.store.getState().actions.editCardTitle(map.cardId));
      const input = await screen.findByLabelText("Title");
      expect(input).toHaveFocus();
      fireEvent.change(input, { target: { value: `I report the damage (${key})` } });
      fireEvent.keyDown(input, { key });
      expect(screen.queryByLabelText("Title")).toBeNull();
      expect(node(map.cardId)).toHaveFocus();
    }
    // Enter saved, Escape did not.
    expect(map.read().cards[0]?.title).toBe("I report the damage (Enter)");
    map.store.destroy();
  });

  it("goes to Cancel when a header asks before deleting, and back to its ✕ on Escape or Cancel", async () => {
    initI18n("en");
    const user = userEvent.setup();
    const deleted: string[] = [];
    const outside: string[] = [];
    const onDocument = (e: KeyboardEvent) => outside.push(e.key);
    document.addEventListener("keydown", onDocument);
    render(
      <HeaderControls
        kind="stage"
        name="Report"
        cardCount={2}
        canMoveBack={false}
        canMoveForward
        tabStop
        onMove={() => {}}
        onDelete={() => deleted.push("stage")}
      />,
    );
    const cross = () => screen.getByRole("button", { name: "Delete stage “Report”" });
    await user.click(cross());
    const question = screen.getByRole("alertdialog", { name: "Delete stage" });
    expect(within(question).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(cross()).toHaveFocus();
    // The map's Escape (which clears the selection) does not hear it.
    expect(outside).toEqual([]);

    await user.click(cross());
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(cross()).toHaveFocus();
    expect(deleted).toEqual([]);
    document.removeEventListener("keydown", onDocument);
  });
});
