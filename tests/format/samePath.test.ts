// The same path twice (two connections with the same `from` and `to`) is one path to the editor, which would drop
// the second with its label: the importer refuses it by its path, naming the first and the cards, in English and
// German, and the exporter never writes one, so every exported file reads back.
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { formatIssue, parseJourneyText, parseJourneyValue, toJourneyFile, type ParseResult } from "../../src/format";
import { brokenTiny, tinyJourney } from "../fixtures/journeys";

function problems(result: ParseResult): string[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.issues.map(formatIssue);
}

const twice = () =>
  brokenTiny((j) => {
    const connections = j.connections as Record<string, unknown>[];
    connections.push(
      { id: "cn_b", from: "cd_d", to: "cd_e" },
      { id: "cn_back", from: "cd_d", to: "cd_b", label: "back" },
      { id: "cn_again", from: "cd_b", to: "cd_d", label: "again" },
    );
  });

describe("the same path twice in a journey file", () => {
  it("is refused at the second connection, naming the first and the cards' titles", () => {
    const result = parseJourneyValue(twice());
    expect(result.ok || result.error).toBe("This file is not a valid Outside-In journey: 1 problem.");
    expect(problems(result)).toEqual([
      'journey.connections[3]: the same path as journey.connections[0] ("I get an email" → "I renew in the app")',
    ]);
  });

  it("is refused in German for a German reader, with the titles quoted the German way", () => {
    const file = brokenTiny((j) => {
      j.cards[1]!.title = "Ich bekomme eine E-Mail über „Verlängerung“";
      (j.connections as Record<string, unknown>[]).push({ id: "cn_again", from: "cd_b", to: "cd_d" });
    });
    expect(problems(parseJourneyText(JSON.stringify(file), { language: "de" }))).toEqual([
      "journey.connections[1]: derselbe Weg wie journey.connections[0] („Ich bekomme eine E-Mail über „Verlängerung““ → „I renew in the app“)",
    ]);
  });

  it("names every copy after the first, and a long title by its beginning", () => {
    const long = `I ${"really ".repeat(20)}renew`;
    const file = brokenTiny((j) => {
      j.cards[3]!.title = long;
      const connections = j.connections as Record<string, unknown>[];
      connections.push({ id: "cn_2", from: "cd_b", to: "cd_d" }, { id: "cn_3", from: "cd_b", to: "cd_d" });
    });
    const shown = `${long.slice(0, 59).trimEnd()}…`;
    expect(problems(parseJourneyValue(file))).toEqual([
      `journey.connections[1]: the same path as journey.connections[0] ("I get an email" → "${shown}")`,
      `journey.connections[2]: the same path as journey.connections[0] ("I get an email" → "${shown}")`,
    ]);
  });

  it("is not said on top of an unknown card or a card joined to itself", () => {
    const file = brokenTiny((j) => {
      const connections = j.connections as Record<string, unknown>[];
      connections.push(
        { id: "cn_x", from: "cd_b", to: "cd_9" },
        { id: "cn_y", from: "cd_b", to: "cd_9" },
        { id: "cn_l1", from: "cd_e", to: "cd_e" },
        { id: "cn_l2", from: "cd_e", to: "cd_e" },
      );
    });
    expect(problems(parseJourneyValue(file))).toEqual([
      'journey.connections[1].to: unknown card "cd_9"',
      'journey.connections[2].to: unknown card "cd_9"',
      "journey.connections[3].to: a connection cannot lead from a card back to itself",
      "journey.connections[4].to: a connection cannot lead from a card back to itself",
    ]);
  });

  it("lets the way back (the same cards the other way round) through", () => {
    const file = brokenTiny((j) => {
      (j.connections as Record<string, unknown>[]).push({ id: "cn_back", from: "cd_d", to: "cd_b" });
    });
    expect(parseJourneyValue(file).ok).toBe(true);
  });

  it("is left out of an exported file, which keeps the first and reads back", () => {
    const journey = tinyJourney({
      connections: [
        { id: "cn_a", from: "cd_b", to: "cd_d", label: "first" },
        { id: "cn_copy", from: "cd_b", to: "cd_d", label: "copy" },
        { id: "cn_b", from: "cd_d", to: "cd_e" },
      ],
    });
    const file = toJourneyFile(journey);
    expect(file.journey.connections.map((c) => [c.id, c.label])).toEqual([
      ["cn_a", "first"],
      ["cn_b", undefined],
    ]);
    const back = parseJourneyText(JSON.stringify(file));
    expect(back.ok && back.journey.connections.map((c) => c.id)).toEqual(["cn_a", "cn_b"]);
  });

  it("is in no shared example file, each of which still reads", async () => {
    const dir = fileURLToPath(new URL("../../../shared/examples/", import.meta.url));
    const names = (await readdir(dir)).filter((name) => name.endsWith(".json"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const result = parseJourneyText(await readFile(`${dir}${name}`, "utf8"));
      expect(result.ok ? name : `${name}: ${problems(result).join("; ")}`).toBe(name);
    }
  });
});
