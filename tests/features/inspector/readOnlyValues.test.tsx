// @vitest-environment jsdom
// A viewer, a commenter or a page that lost its access reads every value of the selected card, stage, lane and step
// of the path by keyboard and screen reader: each value is a read-only text field with its label, in the Tab order
// (a disabled select or checkbox was skipped by Tab and not read), with nothing that looks clickable, in English and
// German; an editor still gets the drop-downs and checkboxes.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Role } from "../../../src/doc";
import { addCard, connect } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

const fullCard = {
  description: "Compares three plans",
  channel: "phone" as const,
  owner: "Sales team",
  emotion: -2,
  momentOfTruth: { reason: "Price decides" },
  signatureInteraction: { reason: "Our voice" },
  measurement: {
    metric: "custom" as const,
    label: "Calls per order",
    kind: "brand" as const,
    question: "How easy was it?",
    scale: "1-7",
    target: 4.5,
    direction: "lower" as const,
    source: "Call centre",
    owner: "Service lead",
    frequency: "Monthly",
    observations: [
      { date: "2026-11-01", value: 4.6, n: 1234 },
      { date: "2026-09-30", value: 5.25 },
    ],
  },
};

/** The label and value of every field Tab reaches in the inspector, in order. */
async function tabbedValues(inspector: HTMLElement): Promise<string[]> {
  const user = userEvent.setup();
  const seen: string[] = [];
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 40; i += 1) {
    await user.tab();
    const at = document.activeElement;
    if (!(at instanceof HTMLInputElement || at instanceof HTMLTextAreaElement) || !inspector.contains(at)) break;
    seen.push(`${at.labels?.[0]?.textContent ?? ""}: ${at.value}`);
  }
  return seen;
}

function expectReadOnly(inspector: HTMLElement) {
  expect(within(inspector).queryByRole("combobox")).toBeNull();
  expect(within(inspector).queryByRole("checkbox")).toBeNull();
  expect(within(inspector).queryByRole("button")).toBeNull();
  expect(inspector.querySelector(":disabled")).toBeNull();
  for (const field of within(inspector).getAllByRole("textbox")) {
    expect(field).toHaveAttribute("readonly");
    expect(field).toHaveAttribute("aria-readonly", "true");
  }
}

const roles: Role[] = ["viewer", "commenter"];

describe.each(roles)("the card inspector of a %s", (role) => {
  it("reads every value by Tab, in English", async () => {
    const map = makeMap(role, "I compare plans", fullCard);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const inspector = screen.getByTestId("card-inspector");
    expectReadOnly(inspector);
    expect(await tabbedValues(inspector)).toEqual([
      "Title: I compare plans",
      "Description: Compares three plans",
      "Channel: Phone",
      "Owner inside the company: Sales team",
      "Emotion: −2 · Very unhappy",
      "Moment of truth: Yes",
      "Why this moment decides loyalty: Price decides",
      "Signature interaction: Yes",
      "What makes it memorable and on-brand: Our voice",
      "Metric: Custom",
      "Name of the metric: Calls per order",
      "Kind: Brand",
      "Question to the customer: How easy was it?",
      "Scale: 1-7",
      "Target: 4.5",
      "Better is: Lower",
      "Source: Call centre",
      "Owner of the figure: Service lead",
      "Frequency: Monthly",
    ]);
    // The observed values are a list of text, by day, with no remove buttons.
    const list = within(inspector).getByRole("list");
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Sep 30, 2026 5.25", "Nov 1, 2026 4.6 (n = 1234)"]);
    map.store.destroy();
  });

  it("reads every value by Tab, in German, with German numbers and days", async () => {
    const map = makeMap(role, "Ich vergleiche Tarife", fullCard);
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const inspector = screen.getByTestId("card-inspector");
    expectReadOnly(inspector);
    const values = await tabbedValues(inspector);
    expect(values).toEqual(
      expect.arrayContaining([
        "Kanal: Telefon",
        "Gefühl: −2 · Sehr unzufrieden",
        "Moment der Wahrheit: Ja",
        "Signature-Interaktion: Ja",
        "Kennzahl: Eigene",
        "Art: Marke",
        "Zielwert: 4,5",
        "Besser ist: Niedriger",
      ]),
    );
    const items = within(within(inspector).getByRole("list")).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(["30.09.2026 5,25", "01.11.2026 4,6 (n = 1234)"]);
    map.store.destroy();
  });

  it("says a card without marks, channel or emotion has none", async () => {
    const map = makeMap(role, "I compare plans", { channel: undefined });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const inspector = screen.getByTestId("card-inspector");
    expectReadOnly(inspector);
    const values = await tabbedValues(inspector);
    expect(values).toEqual(
      expect.arrayContaining(["Kanal: —", "Gefühl: —", "Moment der Wahrheit: Nein", "Signature-Interaktion: Nein"]),
    );
    expect(within(inspector).getByText("Diese Karte hat keinen Messpunkt.")).toBeInTheDocument();
    map.store.destroy();
  });
});

describe.each(roles)("the stage, lane and path inspectors of a %s", (role) => {
  it("read the lane's kind, the stage's goal and the step's label by Tab, in English and German", async () => {
    const map = makeMap(role, "I compare plans");
    const [stage] = map.journey.stages;
    const lane = map.journey.lanes.find((l) => l.kind === "touchpoints");
    if (!stage || !lane) throw new Error("blank journey changed shape");
    const next = addCard(map.doc, { stageId: stage.id, laneId: lane.id, title: "I choose a plan" });
    const step = connect(map.doc, map.cardId, next, "then");
    renderWithStore(map.store, <Inspector />);

    act(() => map.store.getState().actions.select({ lanes: [lane.id] }));
    let inspector = screen.getByTestId("lane-inspector");
    expectReadOnly(inspector);
    expect(await tabbedValues(inspector)).toEqual([`Name of the lane: ${lane.name}`, "Kind of lane: Touchpoints"]);
    await act(() => i18n.changeLanguage("de"));
    expect(await tabbedValues(inspector)).toEqual([`Name der Zeile: ${lane.name}`, "Art der Zeile: Kontaktpunkte"]);

    act(() => map.store.getState().actions.select({ stages: [stage.id] }));
    inspector = screen.getByTestId("stage-inspector");
    expectReadOnly(inspector);
    expect((await tabbedValues(inspector))[0]).toBe(`Name der Phase: ${stage.name}`);

    act(() => map.store.getState().actions.select({ connections: [step] }));
    inspector = screen.getByTestId("connection-inspector");
    expectReadOnly(inspector);
    expect(await tabbedValues(inspector)).toEqual(["Beschriftung: then"]);
    map.store.destroy();
  });
});

describe("an editor's inspector", () => {
  it("keeps its drop-downs and checkboxes, and turns them into values when the page loses its access", async () => {
    const map = makeMap("editor", "I compare plans", fullCard);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const inspector = screen.getByTestId("card-inspector");
    expect(within(inspector).getByRole("combobox", { name: "Channel" })).toHaveValue("phone");
    expect(within(inspector).getByRole("combobox", { name: "Emotion" })).toHaveValue("-2");
    expect(within(inspector).getByRole("combobox", { name: "Better is" })).toHaveValue("lower");
    expect(within(inspector).getByRole("checkbox", { name: "Moment of truth" })).toBeChecked();
    expect(within(inspector).getByRole("checkbox", { name: "Signature interaction" })).toBeEnabled();
    for (const field of within(inspector).getAllByRole("textbox")) {
      expect(field).not.toHaveAttribute("readonly");
      expect(field).not.toHaveAttribute("aria-readonly");
    }
    expect(within(inspector).getByRole("button", { name: "Remove measurement point" })).toBeInTheDocument();

    act(() => map.store.getState().actions.loseAccess());
    expectReadOnly(inspector);
    expect(await tabbedValues(inspector)).toEqual(
      expect.arrayContaining(["Channel: Phone", "Emotion: −2 · Very unhappy", "Better is: Lower"]),
    );
    map.store.destroy();
  });
});
