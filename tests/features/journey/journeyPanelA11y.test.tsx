// @vitest-environment jsdom
// The journey tab to a screen reader: the goals and the expectations are read with the hint that they take one per
// line (also beside a refusal), and the persona's fields are one group named Persona, so its "Name" is the persona's.
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { JourneyPanel } from "../../../src/features/journey/JourneyPanel";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

describe("the journey tab to a screen reader", () => {
  it("reads the goals and expectations with the one-per-line hint, also beside a refusal", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    renderWithStore(map.store, <JourneyPanel />);
    const goals = screen.getByRole("textbox", { name: "Goals" });
    expect(goals).toHaveAccessibleDescription("Goals and expectations: one per line.");
    expect(screen.getByRole("textbox", { name: "Expectations" })).toHaveAccessibleDescription(
      "Goals and expectations: one per line.",
    );
    await user.click(goals);
    await user.paste("x".repeat(2001));
    await user.tab();
    expect(goals).toHaveAttribute("aria-invalid", "true");
    expect(goals).toHaveAccessibleDescription(/^Goals and expectations: one per line\. Line 1 has 2,001 characters/);
    map.store.destroy();
  });

  it("groups the persona's fields under its name, in German too", async () => {
    const map = makeMap();
    await act(() => i18n.changeLanguage("de"));
    renderWithStore(map.store, <JourneyPanel />);
    const persona = screen.getByRole("group", { name: "Persona" });
    expect(within(persona).getByRole("textbox", { name: "Name" })).toBeInTheDocument();
    expect(within(persona).getByRole("textbox", { name: "Ziele" })).toHaveAccessibleDescription(
      "Ziele und Erwartungen: eine pro Zeile.",
    );
    expect(within(persona).queryByRole("textbox", { name: "Verantwortlich für die Journey" })).toBeNull();
    map.store.destroy();
  });
});
