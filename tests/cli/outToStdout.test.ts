// `export … --out -` writes the file to standard output and nothing else there, as other command-line tools do
// with "-" (it wrote a file named "-" in the working folder).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseJourneyText } from "../../src/format";
import { outsideIn } from "./run";

const FIXTURE = fileURLToPath(new URL("../fixtures/unseen/water-damage-claim.de.journey.json", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("outside-in export --out -", () => {
  it("writes the CSV to standard output, German intact, and no file named -", async () => {
    const run = await outsideIn("export", FIXTURE, "--format", "csv", "--out", "-");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.startsWith("\uFEFFPhase,Kontaktpunkt,Kanal")).toBe(true);
    expect(run.stdout).toContain("Ich bekomme 1.234,56 € überwiesen");
    expect(run.stdout).not.toContain("written");
    expect(existsSync(`${ROOT}-`)).toBe(false);
  });

  it("writes a JSON file that reads back as the same journey", async () => {
    const run = await outsideIn("export", FIXTURE, "--format", "json", "--out", "-");
    expect(run.code).toBe(0);
    const back = parseJourneyText(run.stdout);
    const original = parseJourneyText(readFileSync(FIXTURE, "utf8"));
    expect(back.ok && original.ok).toBe(true);
    if (back.ok && original.ok) {
      expect(back.journey.title).toBe(original.journey.title);
      expect(back.journey.cards.map((c) => c.id).sort()).toEqual(original.journey.cards.map((c) => c.id).sort());
    }
  });
});
