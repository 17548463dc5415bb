// Every field of a measurement point reaches paper and spreadsheet: direction without a target, kind, the latest
// observation's n, and figures with all their decimals.
import PDFDocument from "pdfkit";
import type { Journey } from "../../src/doc";
import { layoutJourney, renderMeasurementCsv, renderPdf } from "../../src/export";
import { loadFonts } from "../../server/exportFile";
import { readCsv } from "../fixtures/csv";
import { FIXED_NOW, readPdf, realMeasurer, squash } from "./helpers";

function kündigung(language: "de" | "en"): Journey {
  return {
    id: "kuendigung",
    title: "Kündigung „ohne Ärger“ – 12,50 € Gebühr",
    language,
    owner: "Jörg Weiß",
    stages: [{ id: "s1", name: "Kündigen", customerGoal: "Ich bin mein Abo schnell los" }],
    lanes: [
      { id: "tp", name: "Wo ich die Marke erlebe", kind: "touchpoints" },
      { id: "back", name: "Hinter der Bühne", kind: "backstage" },
    ],
    cards: [
      {
        id: "c_ces",
        stageId: "s1",
        laneId: "tp",
        order: 0,
        title: "Ich rufe die Hotline an",
        channel: "phone",
        measurement: { metric: "CES", kind: "performance", direction: "lower", question: "Wie mühsam war es?" },
      },
      {
        id: "c_rate",
        stageId: "s1",
        laneId: "back",
        order: 0,
        title: "Rückläuferquote der Kündigungsbriefe",
        measurement: {
          metric: "custom",
          label: "Rückläuferquote",
          kind: "brand",
          target: 0.0012345,
          direction: "lower",
          observations: [
            { date: "2026-01-05", value: 0.31, n: 1200 },
            { date: "2026-02-05", value: 12.3456789, n: 980 },
          ],
        },
      },
    ],
    connections: [],
    comments: [],
  };
}

async function pdfParts(journey: Journey): Promise<{ map: string; plan: string }> {
  const bytes = await renderPdf(journey, { paper: "a3", fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
  const { pages } = await readPdf(bytes);
  const layout = layoutJourney(journey, { paper: "a3", measure: await realMeasurer(), now: FIXED_NOW });
  const of = (kind: string) => squash(layout.pages.map((p, i) => (p.kind === kind ? (pages[i] ?? "") : "")).join(" "));
  return { map: of("map"), plan: of("plan") };
}

describe("a measurement point in the PDF", () => {
  it("prints which way is better even when no target is set, on the card and in the plan", async () => {
    const de = await pdfParts(kündigung("de"));
    expect(de.map).toContain("CES · Leistung · niedriger ist besser");
    expect(de.plan).toContain("Ich rufe die Hotline an Telefon CES · Leistung Wie mühsam war es? niedriger");
    const en = await pdfParts(kündigung("en"));
    expect(en.map).toContain("CES · performance · lower is better");
    expect(en.plan).toContain("Ich rufe die Hotline an Phone CES · performance Wie mühsam war es? lower");
  });

  it("prints the kind, every decimal of target and value, and the n of the latest observation", async () => {
    const { map, plan } = await pdfParts(kündigung("de"));
    expect(map).toContain("Rückläuferquote · Marke · Ziel 0,0012345 (niedriger ist besser)");
    expect(map).toContain("zuletzt 12,3456789 (05.02.2026, n = 980) – Ziel verfehlt");
    expect(plan).toContain("Rückläuferquote · Marke");
    expect(plan).toContain("0,0012345 (niedriger)");
    expect(plan).toContain("12,3456789 (05.02.2026, n = 980)");
  });
});

describe("a measurement point in the CSV", () => {
  it("writes every decimal, the direction without a target, and the kind and n after the lane", () => {
    const [header, ces, rate] = readCsv(renderMeasurementCsv(kündigung("de")).slice(1));
    expect(header?.slice(14)).toEqual(["Zeile", "Art", "Letztes n"]);
    expect(ces?.slice(3, 9)).toEqual(["CES", "", "Wie mühsam war es?", "", "", "lower"]);
    expect(ces?.slice(14)).toEqual(["Wo ich die Marke erlebe", "performance", ""]);
    expect(rate?.[7]).toBe("0.0012345");
    expect(rate?.slice(12)).toEqual(["12.3456789", "2026-02-05", "Hinter der Bühne", "brand", "980"]);
  });
});
