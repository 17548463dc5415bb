// The printed measurement plan holds a measurement point's whole series of observations, not only the latest.
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { earlierObservationLines, renderPdf } from "../../src/export";
import { loadFonts } from "../../server/exportFile";
import { tinyJourney } from "../fixtures/journeys";
import { FIXED_NOW, dense, readPdf } from "./helpers";

const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i * 3)).toISOString().slice(0, 10);

function journeyWith(count: number, language: "en" | "de") {
  const base = tinyJourney({ language });
  // Observations in no particular order, as an import may hold them.
  const observations = Array.from({ length: count }, (_, i) => ({ date: day((i * 7) % count), value: i, n: 100 + i }));
  return {
    ...base,
    cards: base.cards.map((c) =>
      c.id === "cd_d" ? { ...c, measurement: { metric: "CSAT" as const, target: 4, observations } } : c,
    ),
  };
}

describe("observations in the printed plan", () => {
  it("lists the earlier ones newest first", () => {
    const m = {
      metric: "CSAT" as const,
      observations: [
        { date: "2026-01-02", value: 2 },
        { date: "2026-03-01", value: 4, n: 12 },
        { date: "2026-02-01", value: 3.5 },
      ],
    };
    expect(earlierObservationLines(m, "de")).toEqual(["3,5 (01.02.2026)", "2 (02.01.2026)"]);
    expect(earlierObservationLines({ metric: "CSAT" }, "en")).toEqual([]);
  });

  for (const [language, earlier] of [
    ["en", "Earlier:"],
    ["de", "Früher:"],
  ] as const)
    it(`prints every one of 40 observations in the PDF (${language})`, async () => {
      const bytes = await renderPdf(journeyWith(40, language), {
        fonts: await loadFonts(),
        PDFDocument,
        now: FIXED_NOW,
      });
      const text = dense((await readPdf(bytes)).pages.join(" "));
      expect(text).toContain(dense(earlier));
      // Each day as the reader writes it: 2025-01-04 in English, 04.01.2025 in German.
      const printed = (d: string) => (language === "de" ? d.split("-").reverse().join(".") : d);
      const missing = Array.from({ length: 40 }, (_, i) => printed(day(i))).filter((d) => !text.includes(d));
      expect(missing).toEqual([]);
    });
});
