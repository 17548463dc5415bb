// Figures with more decimals than Intl writes (at most 20) keep every digit in print and in the CSV: a rate of
// 0.0000000000000012345678 or a value of 5e-324 printed as 0, or lost its last digits, before.
import PDFDocument from "pdfkit";
import type { Journey } from "../../src/doc";
import { formatNumber, renderMeasurementCsv, renderPdf } from "../../src/export";
import { loadFonts } from "../../server/exportFile";
import { readCsv } from "../fixtures/csv";
import { FIXED_NOW, readPdf, squash } from "./helpers";

function tiny(language: "de" | "en"): Journey {
  return {
    id: "tiny",
    title: "Fehlerquote",
    language,
    owner: "Qualität",
    stages: [{ id: "s1", name: "Zahlen", customerGoal: "Ich zahle ohne Fehler" }],
    lanes: [{ id: "tp", name: "Kontaktpunkte", kind: "touchpoints" }],
    cards: [
      {
        id: "c1",
        stageId: "s1",
        laneId: "tp",
        title: "Ich zahle im Web",
        channel: "web",
        measurement: {
          metric: "custom",
          label: "Fehlerquote",
          target: 1.2345678e-15,
          direction: "lower",
          observations: [{ date: "2026-11-02", value: -1.5e-21, n: 3 }],
        },
      },
    ],
    connections: [],
  };
}

describe("figures with more than twenty decimals", () => {
  it("are written out with every digit, in either language", () => {
    expect(formatNumber(1.2345678e-15, "en")).toBe("0.0000000000000012345678");
    expect(formatNumber(1.2345678e-15, "de")).toBe("0,0000000000000012345678");
    expect(formatNumber(-1.5e-21, "en")).toBe("-0.0000000000000000000015");
    expect(formatNumber(0.0000012345678901234567, "en")).toBe("0.0000012345678901234567");
    expect(formatNumber(5e-324, "en")).toBe(`0.${"0".repeat(323)}5`);
    expect(formatNumber(0.0012345, "de")).toBe("0,0012345");
    expect(formatNumber(-0, "de")).toBe("0");
  });

  it("keep every digit in the CSV measurement plan, with commas and with semicolons", () => {
    const [, row] = readCsv(renderMeasurementCsv(tiny("en")));
    expect([row?.[7], row?.[12]]).toEqual(["0.0000000000000012345678", "-0.0000000000000000000015"]);
    const [, semi] = readCsv(renderMeasurementCsv(tiny("de"), { separator: "semicolon" }), ";");
    expect([semi?.[7], semi?.[12]]).toEqual(["0,0000000000000012345678", "-0,0000000000000000000015"]);
  });

  it("keep every digit in the PDF", async () => {
    const bytes = await renderPdf(tiny("de"), { fonts: await loadFonts(), PDFDocument, now: FIXED_NOW });
    const text = squash((await readPdf(bytes)).pages.join(" "));
    expect(text).toContain("Ziel 0,0000000000000012345678");
    expect(text).toContain("-0,0000000000000000000015");
  });
});
