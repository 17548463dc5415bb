// @vitest-environment jsdom
// A page that may not edit is not asked to edit: several things selected are to be selected one at a time to read
// them, and a map past the signature limit is said to be so without asking to unmark cards, in English and German;
// an editor keeps the sentences that ask.
import { act, cleanup, screen } from "@testing-library/react";
import type { Role } from "../../../src/doc";
import { addCard } from "../../../src/doc/ops";
import { Inspector } from "../../../src/features/inspector";
import { i18n } from "../../../src/i18n";
import { makeMap, renderWithStore } from "../helpers";

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("en");
});

/** A map with four signature interactions, one more than the limit, the first card selected. */
function pastTheLimit(role: Role) {
  const map = makeMap(role, "I get a car at my door", { signatureInteraction: { reason: "" } });
  const [stage] = map.journey.stages;
  const lane = map.journey.lanes.find((l) => l.kind === "touchpoints");
  if (!stage || !lane) throw new Error("blank journey without a stage or touchpoints lane");
  const others = ["I am greeted by name", "I get a photo", "I pay nothing extra"].map((title) =>
    addCard(map.doc, { stageId: stage.id, laneId: lane.id, title, signatureInteraction: { reason: "" } }),
  );
  return { map, others };
}

describe.each<Role>(["viewer", "commenter"])("the inspector's sentences for a %s", (role) => {
  it("asks to select one to see its details, in English and German", async () => {
    const { map, others } = pastTheLimit(role);
    act(() => map.store.getState().actions.select({ cards: [map.cardId, ...others] }));
    renderWithStore(map.store, <Inspector />);
    expect(screen.getByTestId("inspector-empty")).toHaveTextContent(
      "4 things selected. Select one to see its details.",
    );
    await act(() => i18n.changeLanguage("de"));
    expect(screen.getByTestId("inspector-empty")).toHaveTextContent(
      "4 Elemente ausgewählt. Wählen Sie eines, um seine Details zu sehen.",
    );
    map.store.destroy();
  });

  it("says the map is past the signature limit without asking to unmark, in English and German", async () => {
    const { map } = pastTheLimit(role);
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    renderWithStore(map.store, <Inspector />);
    expect(screen.getByTestId("signature-over-limit")).toHaveTextContent(
      /^This map has 4 signature interactions, more than the 3 a journey can make memorable\.$/,
    );
    await act(() => i18n.changeLanguage("de"));
    expect(screen.getByTestId("signature-over-limit")).toHaveTextContent(
      /^Diese Map hat 4 Signature-Interaktionen, mehr als die 3, die eine Journey einprägsam machen kann\.$/,
    );
    map.store.destroy();
  });
});

describe("the inspector's sentences for an editor", () => {
  it("still asks to select one to edit it, and to unmark the others", () => {
    const { map, others } = pastTheLimit("editor");
    act(() => map.store.getState().actions.select({ cards: [map.cardId, ...others] }));
    renderWithStore(map.store, <Inspector />);
    expect(screen.getByTestId("inspector-empty")).toHaveTextContent("4 things selected. Select one to edit it.");
    act(() => map.store.getState().actions.select({ cards: [map.cardId] }));
    expect(screen.getByTestId("signature-over-limit")).toHaveTextContent(/unmark the others\.$/);
    map.store.destroy();
  });
});
