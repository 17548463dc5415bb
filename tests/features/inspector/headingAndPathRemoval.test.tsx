// @vitest-environment jsdom
// The inspector to a screen reader going by headings and by keyboard: a card's details start with a heading, as a
// stage's, a lane's and a path's do (in English and German); removing a path with its button leaves the keyboard on
// the panel's tab instead of dropping it to the top of the page.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { connect, addCard } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { SidePanel } from "../../../src/features/panels";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage("en"));
});

describe("the inspector's headings and the focus after removing a path", () => {
  it("starts a card's details with a heading, in English and German", async () => {
    const map = makeMap();
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const heading = screen.getByRole("heading", { level: 3, name: "Card" });
    const title = screen.getByRole("textbox", { name: "Title" });
    expect(heading.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await act(() => i18n.changeLanguage("de"));
    expect(screen.getByRole("heading", { level: 3, name: "Karte" })).toBeInTheDocument();
    map.store.destroy();
  });

  it("gives the focus to the Inspector tab when a path is removed with its button", async () => {
    const user = userEvent.setup();
    const map = makeMap();
    const { stageId, laneId } = map.read().cards[0]!;
    const other = addCard(map.doc, { stageId, laneId, title: "I get the contract" });
    const path = connect(map.doc, map.cardId, other);
    act(() => map.store.getState().actions.select({ connections: [path] }));
    renderWithStore(map.store, <SidePanel />);
    screen.getByRole("button", { name: "Remove this step" }).focus();
    await user.keyboard("{Enter}");
    expect(map.read().connections).toEqual([]);
    expect(screen.getByRole("tab", { name: "Inspector" })).toHaveFocus();
    map.store.destroy();
  });
});
