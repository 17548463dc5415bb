// The printed map draws no arrows between its cards, so the PDF and the SVG list the customer's path on the title
// page: every connection from card › to card, with its label, in the map's language. Before, a path's label was in
// no printed export at all.
import type { Journey } from "../../src/doc";
import { parseJourneyText } from "../../src/format";
import { exportFile } from "../../server/exportFile";
import { dense, readPdf } from "../export/helpers";
import { svgText } from "./printedText";
import { unseenText, type UnseenName } from "./unseenFixtures";

function journeyOf(name: UnseenName): Journey {
  const parsed = parseJourneyText(unseenText(name));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.journey;
}

/** Every path as the title page lists it. */
function pathLines(journey: Journey): string[] {
  const title = (id: string) => journey.cards.find((c) => c.id === id)?.title ?? "";
  return journey.connections.map(
    (c) => `${title(c.from)} › ${title(c.to)}${c.label !== undefined ? ` (${c.label})` : ""}`,
  );
}

async function printed(journey: Journey, format: "pdf" | "svg", paper: "a3" | "a4" = "a3"): Promise<string> {
  const { body } = await exportFile(journey, { format, paper });
  if (typeof body === "string") return svgText(body);
  return (await readPdf(body)).pages.join(" ");
}

describe("the customer's path in a printed map", () => {
  it("lists every path of the German motor claim with its label under Weg des Kunden, in PDF and SVG", async () => {
    const journey = journeyOf("motor-claim-measured.de.journey.json");
    const lines = pathLines(journey);
    expect(lines[0]).toBe("Ich rufe die 24-h-Schadenhotline an › Ich melde den Schaden in der App (SMS mit App-Link)");
    for (const format of ["pdf", "svg"] as const) {
      const text = dense(await printed(journey, format, "a4"));
      expect(text).toContain(dense("Weg des Kunden"));
      for (const line of lines) expect(text, `${format}: ${line}`).toContain(dense(line));
    }
  });

  it("lists all 34 paths of a map with many, in the order of the file", async () => {
    const journey = journeyOf("many-connections.en.journey.json");
    const text = dense(await printed(journey, "pdf"));
    expect(text).toContain(dense("Customer's path"));
    let from = 0;
    for (const line of pathLines(journey)) {
      const at = text.indexOf(dense(line), from);
      expect(at, line).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it("leaves out a path from a card back to itself that a map kept from before", async () => {
    const journey = journeyOf("many-connections.en.journey.json");
    journey.connections = [
      { id: "loop", from: "tp_web", to: "tp_web", label: "nowhere" },
      { id: "on", from: "tp_web", to: "tp_app", label: "onwards" },
    ];
    const text = dense(await printed(journey, "pdf"));
    expect(text).toContain(dense("I use web › I use app (onwards)"));
    expect(text).not.toContain(dense("(nowhere)"));
  });

  it("has no such heading for a map without paths", async () => {
    const text = await printed(journeyOf("one-stage-one-card.journey.json"), "pdf");
    expect(text).not.toContain("Customer's path");
  });
});
