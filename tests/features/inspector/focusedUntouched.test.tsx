// @vitest-environment jsdom
// A field that is only focused (tabbed through, clicked into) and not typed into shows a colleague's change made
// meanwhile, and leaving it does not write back the value it had when it was focused: that undid their change.
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { updateCard } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, peerOf, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("a field focused and not typed into", () => {
  it("takes a colleague's change and leaves it standing when the focus moves on", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich melde den Schaden", { owner: "Schadenservice" });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    const fromPeer = peerOf(map);

    const owner = screen.getByLabelText("Verantwortlich im Unternehmen");
    await user.click(owner);
    fromPeer((d) => {
      updateCard(d, map.cardId, { owner: "Leitung „Kundenservice“" });
    });
    expect(owner).toHaveValue("Leitung „Kundenservice“");
    await user.tab();
    expect(map.read().cards[0]?.owner).toBe("Leitung „Kundenservice“");

    // Typed into, the field saves what was typed, as before.
    await user.click(owner);
    await user.keyboard("{End} – 0 €");
    await user.tab();
    expect(map.read().cards[0]?.owner).toBe("Leitung „Kundenservice“ – 0 €");
    map.store.destroy();
  });
});
