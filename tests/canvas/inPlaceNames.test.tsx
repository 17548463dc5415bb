// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InlineName } from "../../src/canvas/nodes/InlineName";
import { updateStage } from "../../src/doc/ops";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore, stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("names and titles edited in place", () => {
  it("keeps a pasted card title over 200 characters whole, says why in German and saves nothing", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner", "Ich vergleiche Tarife");
    await i18n.changeLanguage("de");
    renderCanvas(map.store);
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    const input = await screen.findByLabelText("Titel");
    const long = `Größe „über“ € ${"ß".repeat(220)}`;
    await user.clear(input);
    await user.paste(long);
    fireEvent.keyDown(input, { key: "Enter" });

    expect(input).toHaveValue(long);
    expect(map.store.getState().ui.error).toBe(
      `Hier passen höchstens 200 Zeichen; dieser Text hat ${long.length}. Kürzen Sie ihn, um ihn zu speichern, oder drücken Sie Esc, um den Wert der Map zu behalten.`,
    );
    expect(map.read().cards[0]?.title).toBe("Ich vergleiche Tarife");

    fireEvent.keyDown(input, { key: "Escape" });
    expect(map.store.getState().ui.error).toBeNull();
    expect(screen.queryByLabelText("Titel")).toBeNull();
    map.store.destroy();
  });

  it("refuses an empty stage name with a sentence and keeps the typed field open", async () => {
    const user = userEvent.setup();
    const map = makeMap("owner");
    const stage = map.journey.stages[0]!;
    renderWithStore(
      map.store,
      <InlineName
        id={stage.id}
        value={stage.name}
        label="Name of the stage"
        canEdit
        className="stage-name"
        onSave={(name) =>
          map.store.getState().actions.run((doc) => (updateStage(doc, stage.id, { name }), true)) === true
        }
      />,
    );
    await user.dblClick(screen.getByText(stage.name));
    const input = screen.getByLabelText("Name of the stage");
    await user.clear(input);
    await user.type(input, "  ");
    fireEvent.keyDown(input, { key: "Enter" });

    expect(map.store.getState().ui.error).toMatch(/^This cannot be empty\./);
    expect(screen.getByLabelText("Name of the stage")).toHaveValue("  ");
    expect(map.read().stages[0]?.name).toBe(stage.name);

    await user.clear(input);
    await user.type(input, "Vergleichen „Tarife“{Enter}");
    expect(map.read().stages[0]?.name).toBe("Vergleichen „Tarife“");
    expect(map.store.getState().ui.error).toBeNull();
    map.store.destroy();
  });
});
