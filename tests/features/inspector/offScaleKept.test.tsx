// @vitest-environment jsdom
// A measurement point whose target or observed values lie off its scale (brought by an imported file, or left by a
// change of the metric or the scale) keeps them as they are and says, under the field, which value is off and what
// the scale allows, in English and German, until someone fixes it. A change of metric or scale that puts them off
// is kept, one step that Undo takes back.
import { readFileSync } from "node:fs";
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { loadJourney, readJourney, type Measurement, type Role } from "../../../src/doc";
import { Inspector } from "../../../src/features/inspector";
import { parseJourneyText } from "../../../src/format";
import { i18n, initI18n } from "../../../src/i18n";
import { createMapStore } from "../../../src/store";
import { makeMap, renderWithStore } from "../helpers";

beforeAll(() => initI18n("en"));

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

const note = (text: string | RegExp) => screen.getByText(text, { selector: "p" });

async function open(measurement: Measurement, language: "en" | "de" = "en") {
  const map = makeMap("editor", "I call the hotline", { measurement });
  await act(() => i18n.changeLanguage(language));
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  return map;
}

/** The phone-plan fixture with one measurement point replaced, read as the importer reads a file. */
function importedWith(measurement: Measurement, role: Role = "editor") {
  const file = JSON.parse(readFileSync("tests/fixtures/phone-plan.journey.json", "utf8")) as {
    journey: { cards: { id: string; measurement?: unknown }[] };
  };
  const card = file.journey.cards.find((c) => c.measurement !== undefined);
  if (!card) throw new Error("the fixture has no measurement point");
  card.measurement = measurement;
  const parsed = parseJourneyText(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.error);
  const doc = new Y.Doc();
  loadJourney(doc, parsed.journey);
  const store = createMapStore({ doc, role });
  act(() => store.getState().actions.select({ cards: [card.id] }));
  return { doc, store, cardId: card.id };
}

describe("a point with figures off its scale", () => {
  const imported: Measurement = {
    metric: "CSAT",
    scale: "1-5",
    target: 150,
    observations: [
      { date: "2026-10-01", value: 120 },
      { date: "2026-09-01", value: 4.2 },
      { date: "2026-08-01", value: -3 },
    ],
  };

  it("comes in from a file as it is, and the inspector names each figure off the scale and what it allows", () => {
    const map = importedWith(imported);
    renderWithStore(map.store, <Inspector />);
    expect(
      note(
        "The target 150 lies outside the scale 1 to 5 and the share from 0 to 100 %. It stays as it is until you change the target or the scale.",
      ),
    ).toBeInTheDocument();
    expect(
      note(
        "The observed values -3 (Aug 1, 2026) and 120 (Oct 1, 2026) lie outside the scale 1 to 5 and the share from 0 to 100 %. They stay as they are until you remove them or change the scale.",
      ),
    ).toBeInTheDocument();
    // The target field is read with its sentence.
    const target = screen.getByLabelText("Target");
    expect(target.getAttribute("aria-describedby")).toContain(note(/^The target 150/).id);
    const card = readJourney(map.doc).cards.find((c) => c.id === map.cardId);
    expect(card?.measurement).toMatchObject({ target: 150, observations: imported.observations });
    map.store.destroy();
  });

  it("is told in German", async () => {
    const map = importedWith({
      metric: "NPS",
      scale: "0-10",
      target: 150,
      observations: [{ date: "2026-10-01", value: 101 }],
    });
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <Inspector />);
    expect(
      note(
        "Der Zielwert 150 liegt außerhalb des NPS-Bereichs von −100 bis 100. Er bleibt, wie er ist, bis Sie den Zielwert oder die Skala ändern.",
      ),
    ).toBeInTheDocument();
    expect(
      note(
        "Der gemessene Wert 101 (01.10.2026) liegt außerhalb des NPS-Bereichs von −100 bis 100. Er bleibt, wie er ist, bis Sie ihn entfernen oder die Skala ändern.",
      ),
    ).toBeInTheDocument();
    map.store.destroy();
  });

  it("names the first five values off the scale and counts the rest", () => {
    const observations = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ date: `2026-09-0${d}`, value: 10 + d }));
    const map = importedWith({ metric: "custom", label: "Wait", scale: "0-10", observations });
    renderWithStore(map.store, <Inspector />);
    expect(
      note(
        "The observed values 11 (Sep 1, 2026), 12 (Sep 2, 2026), 13 (Sep 3, 2026), 14 (Sep 4, 2026), 15 (Sep 5, 2026) and 2 more lie outside the scale 0 to 10. They stay as they are until you remove them or change the scale.",
      ),
    ).toBeInTheDocument();
    map.store.destroy();
  });

  it("is told to a viewer too", () => {
    const map = importedWith(imported, "viewer");
    renderWithStore(map.store, <Inspector />);
    expect(note(/^The target 150 lies outside/)).toBeInTheDocument();
    map.store.destroy();
  });
});

describe("changing the scale so that figures fall off it", () => {
  it("keeps the change and the figures, says which are off, and Undo takes it back in one step", async () => {
    const user = userEvent.setup();
    const map = await open({
      metric: "custom",
      label: "Recommendation",
      scale: "0-10",
      target: 8,
      observations: [{ date: "2026-09-01", value: 9 }],
    });
    expect(screen.queryByText(/lies? outside/)).toBeNull();
    const scale = screen.getByLabelText("Scale");
    await user.clear(scale);
    await user.type(scale, "1-5");
    await user.tab();
    expect(map.read().cards[0]?.measurement).toMatchObject({
      scale: "1-5",
      target: 8,
      observations: [{ date: "2026-09-01", value: 9 }],
    });
    expect(
      note("The target 8 lies outside the scale 1 to 5. It stays as it is until you change the target or the scale."),
    ).toBeInTheDocument();
    expect(
      note(
        "The observed value 9 (Sep 1, 2026) lies outside the scale 1 to 5. It stays as it is until you remove it or change the scale.",
      ),
    ).toBeInTheDocument();

    act(() => map.store.getState().actions.undo());
    expect(map.read().cards[0]?.measurement).toMatchObject({ scale: "0-10", target: 8 });
    expect(screen.queryByText(/lies? outside/)).toBeNull();
    map.store.destroy();
  });

  it("is said until the target is fixed", async () => {
    const user = userEvent.setup();
    const map = await open({ metric: "custom", label: "Wait", scale: "0-10", target: 8 });
    const scale = screen.getByLabelText("Scale");
    await user.clear(scale);
    await user.type(scale, "1-5");
    await user.tab();
    expect(note(/^The target 8 lies outside the scale 1 to 5/)).toBeInTheDocument();
    const target = screen.getByLabelText("Target");
    await user.clear(target);
    await user.type(target, "4");
    await user.tab();
    expect(map.read().cards[0]?.measurement?.target).toBe(4);
    expect(screen.queryByText(/lies? outside/)).toBeNull();
    map.store.destroy();
  });
});

describe("changing the metric so that figures fall off its scale", () => {
  it("keeps the change and the target, says so in German, and Undo takes it back in one step", async () => {
    const user = userEvent.setup();
    const map = await open({ metric: "NPS", scale: "0-10", target: -20 }, "de");
    await user.selectOptions(screen.getByLabelText("Kennzahl"), "CSAT");
    expect(map.read().cards[0]?.measurement).toMatchObject({ metric: "CSAT", scale: "1-5", target: -20 });
    expect(
      note(
        "Der Zielwert -20 liegt außerhalb der Skala 1 bis 5 und des Anteils von 0 bis 100 %. Er bleibt, wie er ist, bis Sie den Zielwert oder die Skala ändern.",
      ),
    ).toBeInTheDocument();

    // Said where the keyboard is not: the sentence comes in a live region, present before the change.
    expect(note(/^Der Zielwert -20/).closest('[role="status"]')).not.toBeNull();

    act(() => map.store.getState().actions.undo());
    expect(map.read().cards[0]?.measurement).toMatchObject({ metric: "NPS", scale: "0-10", target: -20 });
    expect(screen.queryByText(/liegt außerhalb/)).toBeNull();
    map.store.destroy();
  });
});
