// @vitest-environment jsdom
// A title typed as nothing but invisible characters (a zero-width space pasted from somewhere) is refused in the
// field with the empty-field sentence, before any op runs: the map keeps its title and no error banner shows.
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Inspector } from "../../src/features/inspector";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "./helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

it("refuses a card title of invisible characters in the field, in German, and changes nothing", async () => {
  const user = userEvent.setup();
  const map = makeMap("owner", "Ich vergleiche Tarife");
  await i18n.changeLanguage("de");
  map.store.getState().actions.select({ cards: [map.cardId] });
  renderWithStore(map.store, <Inspector />);

  await user.clear(screen.getByLabelText("Titel"));
  await user.paste("\u200B\u00AD\u200D");
  await user.tab();
  expect(screen.getByRole("alert")).toHaveTextContent("Dieses Feld darf nicht leer sein.");
  expect(map.read().cards[0]?.title).toBe("Ich vergleiche Tarife");
  expect(map.store.getState().ui.error).toBeNull();
  map.store.destroy();
});
