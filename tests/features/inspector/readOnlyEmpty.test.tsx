// @vitest-environment jsdom
// On a view or comment link, an empty value in the inspector or the journey tab shows a dash and a screen reader hears
// "empty" ("leer" in German) with it, not a blank; an editor's empty field stays empty to type into.
import { act, cleanup, screen, within } from "@testing-library/react";
import type { Role } from "../../../src/doc";
import { Inspector } from "../../../src/features/inspector";
import { JourneyPanel } from "../../../src/features/journey/JourneyPanel";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

const roles: Role[] = ["viewer", "commenter"];

describe.each(roles)("an empty value on the page of a %s", (role) => {
  it("reads as a dash and empty in the card inspector, text fields and drop-downs alike", async () => {
    const map = makeMap(role, "I compare plans", { channel: undefined });
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const inspector = screen.getByTestId("card-inspector");
    for (const name of ["Description", "Owner inside the company", "Channel", "Emotion"]) {
      const field = within(inspector).getByRole("textbox", { name });
      expect(field).toHaveValue("—");
      expect(field).toHaveAccessibleDescription("empty");
    }
    // A value is read as itself, with nothing added.
    const title = within(inspector).getByRole("textbox", { name: "Title" });
    expect(title).toHaveValue("I compare plans");
    expect(title).not.toHaveAccessibleDescription("empty");

    await act(() => i18n.changeLanguage("de"));
    const owner = within(inspector).getByRole("textbox", { name: "Verantwortlich im Unternehmen" });
    expect(owner).toHaveValue("—");
    expect(owner).toHaveAccessibleDescription("leer");
    expect(within(inspector).getByRole("textbox", { name: "Kanal" })).toHaveAccessibleDescription("leer");
    map.store.destroy();
  });

  it("reads as a dash and empty in the journey tab, in English and German", async () => {
    const map = makeMap(role);
    renderWithStore(map.store, <JourneyPanel />);
    const panel = screen.getByTestId("journey-panel");
    const scenario = within(panel).getByRole("textbox", { name: "Scenario: the situation the customer is in" });
    const owner = within(panel).getByRole("textbox", { name: "Journey owner" });
    const persona = within(panel).getByRole("group", { name: "Persona" });
    const goals = within(persona).getByRole("textbox", { name: "Goals" });
    for (const field of [scenario, owner, within(persona).getByRole("textbox", { name: "Name" })]) {
      expect(field).toHaveValue("—");
      expect(field).toHaveAccessibleDescription("empty");
    }
    // Beside a hint the field already had, the word comes with it.
    expect(goals).toHaveValue("—");
    expect(goals).toHaveAccessibleDescription("Goals and expectations: one per line. empty");

    await act(() => i18n.changeLanguage("de"));
    expect(within(panel).getByRole("textbox", { name: "Verantwortlich für die Journey" })).toHaveAccessibleDescription(
      "leer",
    );
    expect(within(persona).getByRole("textbox", { name: "Segment" })).toHaveValue("—");
    expect(within(persona).getByRole("textbox", { name: "Segment" })).toHaveAccessibleDescription("leer");
    map.store.destroy();
  });
});

describe("an empty value on an editor's page", () => {
  it("stays an empty field to type into, without a dash or a word", () => {
    const map = makeMap("editor");
    renderWithStore(map.store, <JourneyPanel />);
    const owner = screen.getByRole("textbox", { name: "Journey owner" });
    expect(owner).toHaveValue("");
    expect(owner).not.toHaveAttribute("aria-describedby");
    map.store.destroy();
  });
});
