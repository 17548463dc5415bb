// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../src/features/inspector";
import { JourneyPanel } from "../../src/features/journey/JourneyPanel";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

async function germanMap(extra = {}) {
  const map = makeMap("owner", "Ich vergleiche Tarife", extra);
  await i18n.changeLanguage("de");
  map.store.getState().actions.select({ cards: [map.cardId] });
  return map;
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("the inspector refusing what the map cannot take", () => {
  it("tells a German user that a card title cannot be empty, in German, and changes nothing", async () => {
    const user = userEvent.setup();
    const map = await germanMap();
    renderWithStore(map.store, <Inspector />);

    await user.clear(screen.getByLabelText("Titel"));
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Dieses Feld darf nicht leer sein.");
    expect(screen.getByLabelText("Titel")).toHaveAttribute("aria-invalid", "true");
    expect(map.read().cards[0]?.title).toBe("Ich vergleiche Tarife");
    expect(map.store.getState().ui.error).toBeNull();
    map.store.destroy();
  });

  it("keeps a pasted title over 200 characters whole with the reason, and Escape brings back the map's", async () => {
    const user = userEvent.setup();
    const map = await germanMap();
    renderWithStore(map.store, <Inspector />);
    const long = `Über „Größe“ und Preis in € ${"ä".repeat(230)}`;

    const field = screen.getByLabelText("Titel");
    await user.clear(field);
    await user.paste(long);
    await user.tab();
    expect(field).toHaveValue(long);
    expect(screen.getByRole("alert")).toHaveTextContent(
      `Hier passen höchstens 200 Zeichen; dieser Text hat ${long.length}.`,
    );
    expect(map.read().cards[0]?.title).toBe("Ich vergleiche Tarife");

    await user.click(field);
    await user.keyboard("{Escape}");
    expect(field).toHaveValue("Ich vergleiche Tarife");
    expect(screen.queryByRole("alert")).toBeNull();
    map.store.destroy();
  });

  it("keeps a target that is not a number in the field until it is fixed, then saves the number", async () => {
    const user = userEvent.setup();
    const map = await germanMap({ measurement: { metric: "CSAT", target: 4 } });
    renderWithStore(map.store, <Inspector />);

    const target = screen.getByLabelText("Zielwert");
    await user.clear(target);
    await user.type(target, "vier");
    await user.tab();
    expect(target).toHaveValue("vier");
    expect(screen.getByRole("alert")).toHaveTextContent("Der Zielwert muss eine Zahl sein");
    expect(map.read().cards[0]?.measurement?.target).toBe(4);

    await user.clear(target);
    await user.type(target, "4,5");
    await user.tab();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.read().cards[0]?.measurement?.target).toBe(4.5);
    map.store.destroy();
  });

  it("refuses an empty stage name in German and keeps the stage's name", async () => {
    const user = userEvent.setup();
    const map = await germanMap();
    const stage = map.read().stages[0];
    if (!stage) throw new Error("blank journey without a stage");
    map.store.getState().actions.select({ stages: [stage.id] });
    renderWithStore(map.store, <Inspector />);

    await user.clear(screen.getByLabelText("Name der Phase"));
    await user.type(screen.getByLabelText("Name der Phase"), "   ");
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Dieses Feld darf nicht leer sein.");
    expect(map.read().stages[0]?.name).toBe(stage.name);
    map.store.destroy();
  });

  it("refuses an empty journey title in German and keeps the title", async () => {
    const user = userEvent.setup();
    const map = await germanMap();
    renderWithStore(map.store, <JourneyPanel />);

    await user.clear(screen.getByLabelText("Titel der Journey"));
    await user.tab();
    expect(screen.getByRole("alert")).toHaveTextContent("Dieses Feld darf nicht leer sein.");
    expect(map.read().title).toBe("Phone plan");
    expect(map.store.getState().ui.error).toBeNull();
    map.store.destroy();
  });
});
