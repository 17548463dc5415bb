// @vitest-environment jsdom
// The error banner follows a language switch made while it is open: it keeps the error as a code and values, not
// as the sentence it first showed.
import { act, cleanup, screen } from "@testing-library/react";
import { ErrorBanner } from "../../src/app/ErrorBanner";
import { updateCard } from "../../src/doc/ops";
import { addCardInActiveCell } from "../../src/features/toolbar/addCardInActiveCell";
import { i18n } from "../../src/i18n";
import { makeMap, renderWithStore } from "../features/helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

const banner = () => screen.getByTestId("error-banner");

describe("the error banner", () => {
  it("says an op's refusal again in German when the interface switches while it is shown, and back", async () => {
    const map = makeMap();
    renderWithStore(map.store, <ErrorBanner />);
    act(() => void map.store.getState().actions.run((doc) => updateCard(doc, "c_gone", { title: "x" })));
    expect(banner()).toHaveTextContent('There is no card "c_gone".');

    await act(() => i18n.changeLanguage("de"));
    expect(banner()).toHaveTextContent("Die Karte „c_gone“ gibt es nicht mehr.");
    expect(map.store.getState().ui.error).toBe('There is no card "c_gone".');

    await act(() => i18n.changeLanguage("en"));
    expect(banner()).toHaveTextContent('There is no card "c_gone".');
    map.store.destroy();
  });

  it("tells an editor's page that lost its access so, in English and German", async () => {
    const editor = makeMap("editor");
    renderWithStore(editor.store, <ErrorBanner />);
    act(() => editor.store.getState().actions.loseAccess());
    act(() => void editor.store.getState().actions.run((doc) => updateCard(doc, editor.cardId, { title: "x" })));
    expect(banner()).toHaveTextContent("Not saved: this page has lost its access to the map");
    await act(() => i18n.changeLanguage("de"));
    expect(banner()).toHaveTextContent("Nicht gespeichert: Diese Seite hat den Zugriff auf die Map verloren");
    editor.store.destroy();
    cleanup();
    await i18n.changeLanguage("en");
  });

  it("follows the switch for a read-only page's refusal and for the toolbar's hint", async () => {
    const viewer = makeMap("viewer");
    renderWithStore(viewer.store, <ErrorBanner />);
    act(() => void viewer.store.getState().actions.run((doc) => updateCard(doc, viewer.cardId, { title: "x" })));
    expect(banner()).toHaveTextContent("You may only look at this map");
    await act(() => i18n.changeLanguage("de"));
    expect(banner()).toHaveTextContent("Sie können diese Map nur ansehen");
    viewer.store.destroy();
    cleanup();
    await i18n.changeLanguage("en");

    const owner = makeMap();
    renderWithStore(owner.store, <ErrorBanner />);
    act(() => void addCardInActiveCell(owner.store, i18n.t));
    expect(banner()).toHaveTextContent("Choose a cell first");
    await act(() => i18n.changeLanguage("de"));
    expect(banner()).toHaveTextContent("Wählen Sie zuerst eine Zelle");
    owner.store.destroy();
  });

  it("shows a sentence set as such as it is", async () => {
    const map = makeMap();
    renderWithStore(map.store, <ErrorBanner />);
    act(() => map.store.getState().actions.setError("Something the canvas said."));
    await act(() => i18n.changeLanguage("de"));
    expect(banner()).toHaveTextContent("Something the canvas said.");
    expect(map.store.getState().ui.errorMessage).toBeNull();
    map.store.destroy();
  });
});
