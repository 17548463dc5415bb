// A card's channel and an unnamed custom metric print under the name the editor shows in the map's language ("Kanal: Brief"), never as the
// code the file stores ("letter"), on the map pages and in the measurement plan, in the PDF and the SVG.
import { readFileSync } from "node:fs";
import { parseJourneyText } from "../../src/format";
import type { Journey } from "../../src/doc";
import { exportFile } from "../../server/exportFile";
import { readPdf } from "./helpers";

const fixture = (name: string): Journey => {
  const parsed = parseJourneyText(readFileSync(new URL(`../fixtures/unseen/${name}`, import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.journey;
};

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("channel names in the print exports", () => {
  it("names the channels in German in a German journey's PDF, with its German text intact", async () => {
    const journey = fixture("water-damage-claim.de.journey.json");
    const file = await exportFile(journey, { format: "pdf", paper: "a4" });
    const { pages, title } = await readPdf(file.body as Uint8Array);
    const text = flat(pages.join(" "));
    expect(title).toBe("Ich melde einen Wasserschaden – Hausrat „Komfort“ für 12,50 € im Monat");
    expect(text).toContain("Kanal: Brief");
    expect(text).toContain("Kanal: E-Mail");
    expect(text).toContain("Kanal: Web");
    expect(text).not.toMatch(/Kanal: (letter|email|web)\b/);
    expect(text).toContain("Ich bekomme 1.234,56 € überwiesen");
    expect(text).toContain("Jörg Müßig");
    // The measurement plan's channel column.
    const plan = flat(pages[pages.length - 1] ?? "");
    expect(plan).toContain("Brief");
    expect(plan).not.toMatch(/\bletter\b/);
  });

  it("names the channels in English in an English journey's SVG", async () => {
    const journey = fixture("saas-onboarding.en.journey.json");
    const file = await exportFile(journey, { format: "svg", paper: "a3" });
    const svg = String(file.body);
    expect(svg).toContain("Channel: Social media");
    expect(svg).toContain("Channel: Field service");
    expect(svg).not.toContain("Channel: social");
  });

  it("names an unnamed custom metric as the editor does (Eigene, Custom), on the card and in the plan", async () => {
    for (const [language, name] of [
      ["de", "Eigene"],
      ["en", "Custom"],
    ] as const) {
      const base = fixture("water-damage-claim.de.journey.json");
      const journey: Journey = {
        ...base,
        language,
        cards: base.cards.map((c) =>
          c.id === "c2" ? { ...c, measurement: { metric: "custom" as const, target: 3, scale: "1-5" } } : c,
        ),
      };
      const { pages } = await readPdf((await exportFile(journey, { format: "pdf" })).body as Uint8Array);
      const text = flat(pages.join(" "));
      expect(text).toContain(`${name} (1-5)`);
      expect(flat(pages[pages.length - 1] ?? "")).toContain(name);
      expect(text).not.toMatch(/\bcustom\b/);
    }
  });
});
