// @vitest-environment jsdom
// Marking a fourth signature interaction passes the limit the checks hold a journey to (3): the inspector says so
// where the mark is set, in the interface language, and the mark is still set (the checks only advise).
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { addCard } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

describe("the signature interaction mark past the limit", () => {
  it("says in German that the map has more than three, on the card that is marked, and keeps the mark", async () => {
    const user = userEvent.setup();
    const map = makeMap("editor", "Ich bekomme einen Ersatzwagen vor die Tür");
    const [stage] = map.journey.stages;
    const lane = map.journey.lanes.find((l) => l.kind === "touchpoints");
    if (!stage || !lane) throw new Error("blank journey without a stage or touchpoints lane");
    for (const title of ["Ich werde beim Namen begrüßt", "Ich bekomme ein Foto", "Ich zahle nichts extra"])
      addCard(map.doc, { stageId: stage.id, laneId: lane.id, title, signatureInteraction: { reason: "" } });
    await act(() => i18n.changeLanguage("de"));
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    expect(screen.queryByTestId("signature-over-limit")).toBeNull();

    await user.click(screen.getByRole("checkbox", { name: "Signature-Interaktion" }));
    expect(screen.getByRole("status")).toHaveTextContent(
      "Diese Map hat 4 Signature-Interaktionen, mehr als die 3, die eine Journey einprägsam machen kann: Behalten Sie die einprägsamsten, markentypischsten und entfernen Sie bei den anderen die Markierung.",
    );
    expect(map.read().cards.filter((c) => c.signatureInteraction).length).toBe(4);

    await user.click(screen.getByRole("checkbox", { name: "Signature-Interaktion" }));
    expect(screen.queryByTestId("signature-over-limit")).toBeNull();
    map.store.destroy();
  });
});
