// @vitest-environment jsdom
// Two people type the same card's title (or a stage's name) at once. When the other one saves first, mine must not
// replace theirs unseen: the field shows what they saved, Enter then saves mine on purpose and Escape keeps theirs.
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { updateCard, updateStage } from "../../src/doc/ops";
import { i18n } from "../../src/i18n";
import { makeMap, peerOf, stubBrowserApis } from "../features/helpers";
import { renderCanvas } from "./renderCanvas";

beforeAll(() => {
  stubBrowserApis();
});

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

async function openTitle(language: "en" | "de" = "en") {
  const map = makeMap("editor", "Ich lade meine Fotos hoch");
  await act(() => i18n.changeLanguage(language));
  renderCanvas(map.store);
  act(() => map.store.getState().actions.editCardTitle(map.cardId));
  return { map, peer: peerOf(map), input: await screen.findByLabelText(language === "de" ? "Titel" : "Title") };
}

describe("a title someone else saves while I type it on the map", () => {
  it("shows their text under my field, and Enter then saves mine", async () => {
    const user = userEvent.setup();
    const { map, peer, input } = await openTitle();
    await user.keyboard("Titel von Ben");
    expect(screen.queryByRole("status")).toBeNull();
    peer((d) => updateCard(d, map.cardId, { title: "Titel von Anna – 50 €" }));
    const note = screen.getByRole("status");
    expect(note).toHaveTextContent("Changed meanwhile to “Titel von Anna – 50 €”. Enter replaces it with your text");
    expect(input).toHaveAccessibleDescription(note.textContent ?? "");
    expect(input).toHaveValue("Titel von Ben");
    await user.keyboard("{Enter}");
    expect(map.read().cards[0]?.title).toBe("Titel von Ben");
    map.store.destroy();
  });

  it("keeps their text on Escape, and says it in German in a German interface", async () => {
    const user = userEvent.setup();
    const { map, peer } = await openTitle("de");
    await user.keyboard("Titel von Ben");
    peer((d) => updateCard(d, map.cardId, { title: "Titel von Anna" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Inzwischen geändert zu „Titel von Anna“. Enter ersetzt es durch Ihren Text, Esc behält es.",
    );
    await user.keyboard("{Escape}");
    expect(map.read().cards[0]?.title).toBe("Titel von Anna");
    expect(screen.queryByRole("status")).toBeNull();

    // A long text of theirs is cut in the note (its tooltip holds it whole), so the instruction after it still shows.
    const long = `Ich lade meine Fotos und den Unfallbericht „online“ hoch, ${"sehr ".repeat(20)}schnell 🚗`;
    act(() => map.store.getState().actions.editCardTitle(map.cardId));
    await screen.findByLabelText("Titel");
    await user.keyboard("Kurz");
    peer((d) => updateCard(d, map.cardId, { title: long }));
    const note = screen.getByRole("status");
    expect(note).toHaveAttribute("title", long);
    expect(note.textContent).toMatch(
      /^Inzwischen geändert zu „Ich lade meine Fotos und den Unfallbericht ‚online‘ hoch, s…“\. Enter/,
    );
    map.store.destroy();
  });

  it("says nothing when they saved the very text I typed, and works for a stage's name too", async () => {
    const user = userEvent.setup();
    const { map, peer } = await openTitle();
    await user.keyboard("Gleich");
    peer((d) => updateCard(d, map.cardId, { title: "Gleich" }));
    expect(screen.queryByRole("status")).toBeNull();
    await user.keyboard("{Escape}");

    const stage = map.journey.stages[0]!;
    fireEvent.doubleClick(within(screen.getByTestId(`stage-${stage.id}`)).getByText(stage.name));
    await user.keyboard("Schaden melden");
    peer((d) => updateStage(d, stage.id, { name: "Unfall melden" }));
    expect(screen.getByRole("status")).toHaveTextContent("Changed meanwhile to “Unfall melden”.");
    map.store.destroy();
  });
});
