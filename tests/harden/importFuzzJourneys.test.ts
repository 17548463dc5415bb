// The import fuzz mutates journeys it has not seen too: those of ../shared/examples where the folder exists, and the
// files or folders `npm run harden -- import PATH…` names. What cannot be read is refused with a sentence.
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { journeyCorpus, journeysFrom, runImportFuzz } from "../../bench/harden/importFuzz";

const journey = (title: string) => ({
  format: "outside-in.journey",
  version: 1,
  journey: {
    id: "own",
    title,
    language: "de",
    stages: [{ id: "st_1", name: "Schaden melden" }],
    lanes: [{ id: "ln_1", name: "Was ich tue", kind: "actions" }],
    cards: [{ id: "c_1", stageId: "st_1", laneId: "ln_1", title: "Ich melde den Schaden für 120 €" }],
    connections: [],
  },
});

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "outside-in-own-journeys-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("journeys of one's own for the import fuzz", () => {
  it("are read from a folder's JSON files (in name order, a byte order mark allowed) and from files named one by one", async () => {
    await mkdir(join(dir, "folder"));
    await writeFile(join(dir, "folder", "b.json"), JSON.stringify(journey("Zweite")));
    await writeFile(join(dir, "folder", "a.json"), "\uFEFF" + JSON.stringify(journey("Hausratschaden „Fahrrad“")));
    await writeFile(join(dir, "folder", "notes.txt"), "not a journey");
    await writeFile(join(dir, "one.json"), JSON.stringify(journey("Einzeln")));
    const read = journeysFrom([join(dir, "folder"), join(dir, "one.json")]) as ReturnType<typeof journey>[];
    expect(read.map((j) => j.journey.title)).toEqual(["Hausratschaden „Fahrrad“", "Zweite", "Einzeln"]);
  });

  it("refuses a path that is not there or a file that is not JSON with a sentence naming it", async () => {
    await writeFile(join(dir, "broken.json"), "{ nope");
    expect(() => journeysFrom([join(dir, "missing")])).toThrow(
      /^There is no file or folder ".*missing" to take journeys from\.$/,
    );
    expect(() => journeysFrom([join(dir, "broken.json")])).toThrow(/"[^"]*broken\.json" is not a JSON file to mutate/);
  });

  it("are mutated beside the built-in corpus through validate and POST /api/maps", async () => {
    const own = [journey("Ich melde den Schaden"), journey("Ich bekomme mein Geld")];
    const r = await runImportFuzz({ files: 60, seed: 5, timeLimitMs: 30_000, journeys: own, inFlight: 3 });
    expect(r.corpus).toBe(journeyCorpus().length + 2);
    expect(r.files).toBe(60);
    expect(r.problems).toEqual([]);
    expect(r.mapsStored).toBe(r.accepted);
    expect(r.incompleteMaps).toBe(0);
  }, 60_000);
});
