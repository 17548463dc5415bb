// @vitest-environment jsdom
// The editor's findings speak the interface language the user chose, whatever language the map is written
// in, and change with it at once; which cards are found (the inside-out wording) does not depend on it.
import { act, screen, waitFor, within } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { runChecks } from "../../../src/checks";
import { Canvas } from "../../../src/canvas";
import { FindingMark } from "../../../src/canvas/nodes/FindingMark";
import { DETAIL_ZOOM } from "../../../src/canvas/nodes/useDetailed";
import { addCard, setJourneyFields } from "../../../src/doc/ops";
import { ChecksPanel } from "../../../src/features/checks";
import { i18n } from "../../../src/i18n";
import { findingsOf } from "../../../src/store";
import { waitFitted, ZoomControl, zoomTo } from "../../canvas/zoom";
import { makeMap, renderWithStore, stubBrowserApis } from "../helpers";

const EN_MESSAGE = 'The touchpoint "I order and pay in the web shop" has no measurement point.';
const DE_MESSAGE = "Der Kontaktpunkt „I order and pay in the web shop“ hat keinen Messpunkt.";

const item = (target: string, rule: string) => {
  const li = screen.queryAllByTestId("finding").find((el) => el.dataset.target === target && el.dataset.rule === rule);
  if (!li) throw new Error(`no ${rule} finding on ${target}`);
  return li;
};

/** Runs `body` with the interface in `language`, and puts English back whatever happens. */
async function inInterface(language: "en" | "de", body: () => Promise<void> | void) {
  await act(() => i18n.changeLanguage(language));
  try {
    await body();
  } finally {
    await act(() => i18n.changeLanguage("en"));
  }
}

beforeAll(() => {
  stubBrowserApis();
});

describe("the findings in the interface language", () => {
  it("lists an English map's findings in German for a German interface, and in English after a switch", async () => {
    const map = makeMap();
    await inInterface("de", async () => {
      renderWithStore(map.store, <ChecksPanel />);
      const de = item(map.cardId, "touchpoint-without-measurement");
      expect(de).toHaveTextContent(DE_MESSAGE);
      expect(within(de).getByText(/Kontaktpunkt/, { selector: ".finding-message" })).toHaveAttribute("lang", "de");
      const german = runChecks(map.read(), { language: "de" }).find(
        (f) => f.rule === "touchpoint-without-measurement",
      )!;
      expect(within(de).getByText(german.why)).toHaveAttribute("lang", "de");
      expect(within(de).getByText(german.fix)).toHaveAttribute("lang", "de");
      expect(de).toHaveTextContent("Warum es zählt");

      // The switch alone, with no edit of the map, words every finding again.
      await act(() => i18n.changeLanguage("en"));
      const en = item(map.cardId, "touchpoint-without-measurement");
      expect(en).toHaveTextContent(EN_MESSAGE);
      expect(en).not.toHaveTextContent("Kontaktpunkt");
      expect(within(en).getByText(/touchpoint/, { selector: ".finding-message" })).toHaveAttribute("lang", "en");
    });
    map.store.destroy();
  });

  it("lists a German map's findings in English for an English interface", () => {
    const map = makeMap();
    act(() => setJourneyFields(map.doc, { language: "de" }));
    renderWithStore(map.store, <ChecksPanel />);
    const own = item(map.cardId, "touchpoint-without-measurement");
    expect(own).toHaveTextContent(EN_MESSAGE);
    expect(own).toHaveTextContent("Why it matters");
    const texts = screen.getAllByTestId("finding").map((li) => li.textContent ?? "");
    expect(texts.filter((t) => /Kontaktpunkt|Phase|Journey „/.test(t))).toEqual([]);
    map.store.destroy();
  });

  it("words the mark on a card in the interface language and rewords it at once when the user switches", async () => {
    const map = makeMap("owner", "I order and pay in the web shop", { channel: undefined });
    renderWithStore(map.store, <FindingMark targetId={map.cardId} />);
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain(EN_MESSAGE);
    await inInterface("de", () => {
      const mark = screen.getByRole("img");
      expect(mark).toHaveAccessibleName(/^2 Befunde: /);
      expect(mark.getAttribute("aria-label")).toContain(DE_MESSAGE);
      expect(mark.getAttribute("aria-label")).toContain(
        "Der Kontaktpunkt „I order and pay in the web shop“ hat keinen Kanal.",
      );
      expect(mark).toHaveAttribute("lang", "de");
    });
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain(EN_MESSAGE);
    map.store.destroy();
  });

  it("words the marks on the canvas, also on a card drawn far away, in the interface language", async () => {
    const map = makeMap();
    const journey = map.read();
    const actions = journey.lanes.find((l) => l.kind === "actions")!;
    // The first card is the map's Tab stop, a node even far away: put another one first.
    addCard(map.doc, { stageId: journey.stages[0]!.id, laneId: actions.id, title: "I compare plans" });
    const stageId = journey.stages[0]!.id;
    await inInterface("de", async () => {
      renderWithStore(
        map.store,
        <ReactFlowProvider>
          <Canvas />
          <ZoomControl />
        </ReactFlowProvider>,
      );
      await screen.findByText("I order and pay in the web shop");
      const stageMark = () =>
        screen
          .getByTestId(`stage-${stageId}`)
          .querySelector('[data-testid="finding-mark"]')
          ?.getAttribute("aria-label");
      expect(stageMark()).toMatch(/hat kein Kundenziel/);
      const cardMark = () =>
        within(screen.getByTestId(`card-${map.cardId}`))
          .getByTestId("finding-mark")
          .getAttribute("aria-label");
      expect(cardMark()).toContain(DE_MESSAGE);

      await waitFitted();
      zoomTo(DETAIL_ZOOM / 2);
      const drawn = () => {
        const el = screen.getByTestId(`card-${map.cardId}`);
        expect(el.closest(".react-flow__node-cell")).not.toBeNull();
        return el;
      };
      await waitFor(() => expect(drawn()).toHaveClass("drawn"));
      expect(cardMark()).toContain(DE_MESSAGE);

      await act(() => i18n.changeLanguage("en"));
      await waitFor(() => expect(cardMark()).toContain(EN_MESSAGE));
      expect(drawn()).toHaveClass("drawn");
    });
    map.store.destroy();
  });

  it("writes the findings the store hands out in the interface language by default", async () => {
    const map = makeMap();
    await inInterface("de", () => {
      const own = findingsOf(map.store.getState().journey).byTarget.get(map.cardId);
      expect(own?.map((f) => f.message)).toContain(DE_MESSAGE);
    });
    const own = findingsOf(map.store.getState().journey).byTarget.get(map.cardId);
    expect(own?.map((f) => f.message)).toContain(EN_MESSAGE);
    map.store.destroy();
  });

  it("finds company wording in the cards' own language whatever the interface and map language", async () => {
    const map = makeMap();
    const journey = map.read();
    const tp = journey.lanes.find((l) => l.kind === "touchpoints")!;
    const german = addCard(map.doc, {
      stageId: journey.stages[1]!.id,
      laneId: tp.id,
      title: "Wir senden den Vertrag",
      channel: "web",
    });
    const english = addCard(map.doc, {
      stageId: journey.stages[2]!.id,
      laneId: tp.id,
      title: "We send the contract",
      channel: "email",
    });
    const found = () =>
      findingsOf(map.store.getState().journey)
        .findings.filter((f) => f.rule === "inside-out-language")
        .map((f) => ({ target: f.targetId, message: f.message, suggestion: f.suggestion }));
    const inEnglish = [
      {
        target: german,
        message: 'The card "Wir senden den Vertrag" speaks from the company\'s side: "Wir senden".',
        suggestion: "Ich erhalte den Vertrag",
      },
      {
        target: english,
        message: 'The card "We send the contract" speaks from the company\'s side: "We send".',
        suggestion: "I receive the contract",
      },
    ];
    const inGerman = [
      {
        target: german,
        message: "Die Karte „Wir senden den Vertrag“ spricht aus Sicht des Unternehmens: „Wir senden“.",
        suggestion: "Ich erhalte den Vertrag",
      },
      {
        target: english,
        message: "Die Karte „We send the contract“ spricht aus Sicht des Unternehmens: „We send“.",
        suggestion: "I receive the contract",
      },
    ];
    for (const mapLanguage of ["en", "de"]) {
      act(() => setJourneyFields(map.doc, { language: mapLanguage }));
      expect(found()).toEqual(inEnglish);
      await inInterface("de", () => expect(found()).toEqual(inGerman));
    }

    // The rewording is the card's own text: it keeps the map's language in the panel of a German interface.
    act(() => setJourneyFields(map.doc, { language: "en" }));
    await inInterface("de", () => {
      renderWithStore(map.store, <ChecksPanel />);
      const own = item(english, "inside-out-language");
      expect(within(own).getByTestId("finding-suggestion")).toHaveAttribute("lang", "en");
      expect(within(own).getByText(/spricht aus Sicht/, { selector: ".finding-message" })).toHaveAttribute(
        "lang",
        "de",
      );
    });
    map.store.destroy();
  });
});
