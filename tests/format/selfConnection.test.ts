// A connection from a card to itself goes nowhere on the customer's path: the importer refuses it by its path, in
// English and German, and the exporter never writes one, so every exported file reads back.
import { formatIssue, parseJourneyText, parseJourneyValue, toJourneyFile, type ParseResult } from "../../src/format";
import { brokenTiny, tinyJourney } from "../fixtures/journeys";

function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIssue);
}

const loop = () =>
  brokenTiny((j) => {
    const connections = j.connections as Record<string, unknown>[];
    connections.push({ id: "cn_b", from: "cd_d", to: "cd_e" }, { id: "cn_loop", from: "cd_e", to: "cd_e" });
  });

describe("a connection from a card to itself", () => {
  it("is refused with a sentence that names its path", () => {
    const result = parseJourneyValue(loop());
    expect(result.ok || result.error).toBe("This file is not a valid Outside-In journey: 1 problem.");
    expect(problems(result)).toEqual([
      "journey.connections[2].to: a connection cannot lead from a card back to itself",
    ]);
  });

  it("is refused in German for a German reader", () => {
    const result = parseJourneyText(JSON.stringify(loop()), { language: "de" });
    expect(problems(result)).toEqual([
      "journey.connections[2].to: eine Verbindung kann nicht von einer Karte zurück zu derselben Karte führen",
    ]);
  });

  it("is named as an unknown card, once, when the card does not exist", () => {
    const result = parseJourneyValue(
      brokenTiny((j) => (j.connections as Record<string, unknown>[]).push({ id: "cn_x", from: "cd_9", to: "cd_9" })),
    );
    expect(problems(result)).toEqual([
      'journey.connections[1].from: unknown card "cd_9"',
      'journey.connections[1].to: unknown card "cd_9"',
    ]);
  });

  it("is left out of an exported file, which reads back with every other connection", () => {
    const journey = tinyJourney({
      connections: [
        { id: "cn_a", from: "cd_b", to: "cd_d" },
        { id: "cn_loop", from: "cd_d", to: "cd_d" },
        { id: "cn_b", from: "cd_d", to: "cd_e" },
      ],
    });
    const file = toJourneyFile(journey);
    expect(file.journey.connections.map((c) => c.id)).toEqual(["cn_a", "cn_b"]);
    const back = parseJourneyText(JSON.stringify(file));
    expect(back.ok && back.journey.connections.map((c) => c.id)).toEqual(["cn_a", "cn_b"]);
  });
});
