// @vitest-environment jsdom
// Persona goals and expectations are one per line, and the map holds at most 50 of at most 2000 characters each:
// more lines, or a longer line, are refused beside the field with a sentence, and what was typed stays there.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { JourneyPanel } from "../../src/features/journey/JourneyPanel";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

const goals = Array.from({ length: 51 }, (_, i) => `Ziel ${i + 1}: Ich möchte „schnell“ wissen, was es kostet (€)`);

describe("persona goals and expectations beyond what the map holds", () => {
  it("refuses a 51st goal in English, keeps all typed lines in the field and changes nothing", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner");
    renderWithStore(map.store, <JourneyPanel />);
    const field = screen.getByLabelText("Goals");
    await user.click(field);
    fireEvent.change(field, { target: { value: goals.join("\n") } });
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("At most 50 lines fit here; this is 51.");
    expect(screen.getByLabelText("Goals")).toHaveValue(goals.join("\n"));
    expect(screen.getByLabelText("Goals")).toHaveAttribute("aria-invalid", "true");
    expect(map.read().persona?.goals).toBeUndefined();
    expect(map.store.getState().ui.error).toBeNull();
    map.store.destroy();
  });

  it("refuses an expectation longer than a line may be, in German, and keeps it", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner");
    await i18n.changeLanguage("de");
    renderWithStore(map.store, <JourneyPanel />);
    const long = `Ich erwarte ${"ä".repeat(2000)}`;
    const field = screen.getByLabelText("Erwartungen");
    await user.click(field);
    fireEvent.change(field, { target: { value: `Kurz und gut\n${long}` } });
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Zeile 2 hat 2.012 Zeichen; in eine Zeile passen höchstens 2.000.",
    );
    expect(screen.getByLabelText("Erwartungen")).toHaveValue(`Kurz und gut\n${long}`);
    expect(map.read().persona?.expectations).toBeUndefined();
    expect(map.store.getState().ui.error).toBeNull();
    map.store.destroy();
  });

  it("takes a line of 2000 characters with emoji, as the format counts them (an emoji is one)", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner");
    renderWithStore(map.store, <JourneyPanel />);
    const line = "🚗".repeat(500) + "ß".repeat(1500);
    const field = screen.getByLabelText("Goals");
    await user.click(field);
    fireEvent.change(field, { target: { value: line } });
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().persona?.goals).toEqual([line]);
    map.store.destroy();
  });
});
