// @vitest-environment jsdom
// Two maps may hold records with the same ids (one was imported from the other's file). A text a field refused on
// one map's page, kept to be shown again when its card is selected again, never shows in the other map's field.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as Y from "yjs";
import { Inspector } from "../../src/features/inspector";
import { draftsOfMap } from "../../src/features/inspector/unsavedDrafts";
import { createMapStore } from "../../src/store";
import { makeMap, renderWithStore } from "../features/helpers";

afterEach(() => cleanup());

describe("a refused text kept when the inspector moves on", () => {
  it("comes back on its own map's page only, not on a map whose card has the same id", async () => {
    const user = userEvent.setup();
    const first = makeMap("editor", "Ich rufe die Hotline an", { measurement: { metric: "CSAT", target: 4.5 } });
    // The second map was imported from the first's file: the same card ids.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(first.doc));
    const second = createMapStore({ doc: copy, role: "editor", mapId: "map-b" });

    draftsOfMap("map-a");
    act(() => first.store.getState().actions.select({ cards: [first.cardId] }));
    const page = renderWithStore(first.store, <Inspector />);
    await user.clear(screen.getByLabelText("Target"));
    await user.type(screen.getByLabelText("Target"), "4.5 points");
    await user.tab();
    expect(screen.getByLabelText("Target")).toHaveAttribute("aria-invalid", "true");
    page.unmount();

    draftsOfMap("map-b");
    act(() => second.getState().actions.select({ cards: [first.cardId] }));
    const other = renderWithStore(second, <Inspector />);
    expect(screen.getByLabelText("Target")).toHaveValue("4.5");
    expect(screen.getByLabelText("Target")).not.toHaveAttribute("aria-invalid");
    other.unmount();

    draftsOfMap("map-a");
    renderWithStore(first.store, <Inspector />);
    expect(screen.getByLabelText("Target")).toHaveValue("4.5 points");
    first.store.destroy();
    second.destroy();
  });
});
