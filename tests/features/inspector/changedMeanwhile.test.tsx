// @vitest-environment jsdom
// Someone changes a field while I type in it: the inspector says so under the field with their text, in the
// interface language, so that my saving over it is a choice; Escape keeps their change.
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { act } from "react";
import { updateCard } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, peerOf, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

async function open() {
  const map = makeMap("editor", "Ich melde den Schaden", { owner: "Schadenservice" });
  await act(() => i18n.changeLanguage("de"));
  act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
  renderWithStore(map.store, <Inspector />);
  const fromPeer = peerOf(map);
  const theirs = () =>
    fromPeer((d) => {
      updateCard(d, map.cardId, { owner: "Leitung „Kundenservice“" });
    });
  return { map, theirs, owner: screen.getByLabelText("Verantwortlich im Unternehmen") };
}

const note =
  "Während Sie getippt haben, hat jemand dieses Feld geändert in „Leitung ‚Kundenservice‘“. Wenn Sie das Feld verlassen, ersetzt Ihr Text diese Änderung; mit Esc behalten Sie sie.";

describe("a field someone else changes while I type", () => {
  it("names their text under the field, and Escape keeps it", async () => {
    const user = userEvent.setup();
    const { map, theirs, owner } = await open();
    await user.click(owner);
    await user.keyboard("{End} Nord");
    theirs();
    expect(owner).toHaveValue("Schadenservice Nord");
    expect(screen.getByRole("status")).toHaveTextContent(note);

    await user.keyboard("{Escape}");
    expect(owner).toHaveValue("Leitung „Kundenservice“");
    expect(screen.queryByRole("status")).toBeNull();
    await user.tab();
    expect(map.read().cards[0]?.owner).toBe("Leitung „Kundenservice“");
    map.store.destroy();
  });

  it("saves my text over theirs when I leave the field, and the note goes", async () => {
    const user = userEvent.setup();
    const { map, theirs, owner } = await open();
    await user.click(owner);
    await user.keyboard("{End} Nord");
    theirs();
    await user.tab();
    expect(map.read().cards[0]?.owner).toBe("Schadenservice Nord");
    expect(screen.queryByRole("status")).toBeNull();
    map.store.destroy();
  });
});
