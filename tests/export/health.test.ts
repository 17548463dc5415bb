// The journey-health summary on the PDF title page: the same numbers and findings as the editor header,
// worked out from the map itself, in the map's language, and readable in the PDF's text layer.
import PDFDocument from "pdfkit";
import { journeyHealth, runChecks } from "../../src/checks";
import type { Journey } from "../../src/doc";
import { layoutJourney, renderPdf, type LayoutPage, type TextItem, type TextMeasurer } from "../../src/export";
import { getTemplate, TEMPLATES } from "../../src/templates";
import { loadFonts } from "../../server/exportFile";
import { tinyJourney } from "../fixtures/journeys";
import { FIXED_NOW, readPdf, squash } from "./helpers";

const mono: TextMeasurer = { width: (text, size) => Array.from(text).length * size * 0.5 };

const titleText = (journey: Journey): string => {
  const pages = layoutJourney(journey, { paper: "a4", measure: mono, now: FIXED_NOW }).pages;
  const title = pages.filter((p: LayoutPage) => p.kind === "title");
  return squash(
    title
      .flatMap((p) => p.items.filter((i): i is TextItem => i.type === "text"))
      .map((t) => t.text)
      .join(" "),
  );
};

/** The tiny journey with one of its three touchpoints measured, a moment of truth without target, four signatures. */
function halfMeasured(overrides: Partial<Journey> = {}): Journey {
  const journey = tinyJourney(overrides);
  journey.cards = journey.cards.map((c) => {
    if (c.id === "cd_b") return { ...c, measurement: { metric: "CSAT", target: 4.5 } };
    if (c.id === "cd_d")
      return { ...c, momentOfTruth: { reason: "I decide to stay" }, signatureInteraction: { reason: "one tap" } };
    return { ...c, signatureInteraction: { reason: "on brand" } };
  });
  return journey;
}

describe("the health summary on the PDF title page", () => {
  it("counts measured touchpoints, measured moments of truth, signatures against the limit and open findings", () => {
    const journey = halfMeasured();
    const health = journeyHealth(journey, runChecks(journey));
    expect(health).toMatchObject({ touchpoints: 3, measured: 1, momentsOfTruth: 1, momentsMeasured: 0 });
    expect(health.signatureInteractions).toBe(4);
    const text = titleText(journey);
    expect(text).toContain("Touchpoints measured: 1 of 3");
    expect(text).toContain("Moments of truth measured: 0 of 1");
    expect(text).toContain("Signature interactions: 4 (limit 3)");
    expect(text).toContain(`Open findings: ${health.openFindings}`);
    expect(health.openFindings).toBeGreaterThan(0);
  });

  it("lists every open finding with the checks' own message", () => {
    const journey = halfMeasured({ owner: "" });
    const text = titleText(journey);
    const findings = runChecks(journey);
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        "touchpoint-without-measurement",
        "moment-of-truth-unmeasured",
        "too-many-signature-interactions",
        "no-journey-owner",
      ]),
    );
    for (const f of findings) expect(text).toContain(squash(`• ${f.message}`));
  });

  it("writes the summary and the findings in German for a German map", () => {
    const journey = halfMeasured({ language: "de", owner: "" });
    const text = titleText(journey);
    expect(text).toContain("Gemessene Kontaktpunkte: 1 von 3");
    expect(text).toContain("Gemessene Momente der Wahrheit: 0 von 1");
    expect(text).toContain("Signature-Interaktionen: 4 (Grenze 3)");
    const findings = runChecks(journey);
    expect(text).toContain(`Offene Befunde: ${findings.length}`);
    const owner = findings.find((f) => f.rule === "no-journey-owner");
    expect(owner?.message).toMatch(/Journey/);
    expect(text).toContain(squash(owner?.message ?? "missing"));
    expect(text).not.toContain("Open findings");
  });

  it("shows zero open findings and no list for every good-practice template in both languages", () => {
    for (const { id } of TEMPLATES) {
      for (const lang of ["en", "de"] as const) {
        const journey = getTemplate(id, lang);
        if (!journey) throw new Error(`template ${id} is missing`);
        const text = titleText(journey);
        expect(text).toContain(lang === "de" ? "Offene Befunde: 0" : "Open findings: 0");
        expect(text).not.toContain("•");
      }
    }
  });

  it("keeps the findings a caller passes in place of the map's own, with the counts from the map", () => {
    const pages = layoutJourney(halfMeasured(), {
      paper: "a4",
      measure: mono,
      now: FIXED_NOW,
      health: { findings: [{ rule: "custom", message: "Only this one." }] },
    }).pages;
    const text = squash(
      pages
        .filter((p) => p.kind === "title")
        .flatMap((p) => p.items.filter((i): i is TextItem => i.type === "text"))
        .map((t) => t.text)
        .join(" "),
    );
    expect(text).toContain("Open findings: 1");
    expect(text).toContain("• Only this one.");
    expect(text).toContain("Touchpoints measured: 1 of 3");
  });

  it("puts the summary into the PDF's text layer", async () => {
    const journey = halfMeasured({ owner: "" });
    const bytes = await renderPdf(journey, { paper: "a4", fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
    const { pages } = await readPdf(bytes);
    const first = squash(pages[0] ?? "");
    expect(first).toContain("Touchpoints measured: 1 of 3");
    expect(first).toContain("Signature interactions: 4 (limit 3)");
    expect(first).toContain(`Open findings: ${runChecks(journey).length}`);
  });
});
