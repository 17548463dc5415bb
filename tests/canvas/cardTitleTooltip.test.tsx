// @vitest-environment jsdom
// A card shows at most two lines of its title (one in an emotions lane); the rest is cut off on screen. The whole
// title stays reachable: as the tooltip on hover, and in full for screen readers.
import { cleanup, render, screen } from "@testing-library/react";
import { CardView } from "../../src/canvas/nodes/CardView";
import type { Card } from "../../src/doc";
import { initI18n } from "../../src/i18n";

afterEach(() => {
  cleanup();
});

const long =
  "Ich melde den Wasserschaden in der Küche über die App, lade Fotos hoch und bekomme sofort eine Bestätigung mit „Aktenzeichen“";

const card = (title: string): Card => ({ id: "cd_1", stageId: "st_1", laneId: "ln_1", title, channel: "app" });

describe("a card's title cut to its lines", () => {
  it.each(["touchpoints", "emotions"] as const)("is shown whole on hover and read whole in the %s lane", (laneKind) => {
    initI18n("en");
    render(<CardView card={card(long)} laneKind={laneKind} compact={laneKind === "emotions"} />);
    const title = screen.getByTestId("card-title");
    expect(title).toHaveAttribute("title", long);
    expect(title).toHaveTextContent(long);
    expect(title).not.toHaveAttribute("aria-hidden");
  });
});
