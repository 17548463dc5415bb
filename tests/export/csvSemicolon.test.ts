// The measurement plan for an Excel that expects semicolons and decimal commas (German, French, Dutch): the same BOM,
// CRLF rows, header and columns as the comma CSV, numbers as 4,5 with no grouping, and the same formula guard.
import type { Journey } from "../../src/doc";
import { csvCell, renderMeasurementCsv } from "../../src/export";
import { exampleJourney, germanJourney, measuredEverywhereJourney } from "./helpers";
import { readCsv } from "../fixtures/csv";

/** The strict RFC 4180 reader of the comma tests, splitting at semicolons. */
const readSemicolonCsv = (text: string): string[][] => readCsv(text, ";");

const semicolons = (journey: Journey) => renderMeasurementCsv(journey, { separator: "semicolon" });

/** The German journey with one card's title and measurement point replaced. */
function withCard(title: string, measurement: NonNullable<Journey["cards"][number]["measurement"]>): Journey {
  const base = germanJourney();
  return { ...base, cards: base.cards.map((c) => (c.id === "c2" ? { ...c, title, measurement } : c)) };
}

describe("the measurement-plan CSV for Excel with semicolons", () => {
  it("keeps the comma CSV as it was when no separator or comma is asked for", () => {
    const journey = germanJourney();
    const plain = renderMeasurementCsv(journey);
    expect(renderMeasurementCsv(journey, { separator: "comma" })).toBe(plain);
    expect(renderMeasurementCsv(journey, {})).toBe(plain);
    expect(readCsv(plain.slice(1))[2]?.[12]).toBe("3.75");
  });

  it("has the BOM, CRLF rows, the header and the columns of the comma CSV, separated by semicolons", () => {
    for (const journey of [exampleJourney(), germanJourney(), measuredEverywhereJourney()]) {
      const comma = renderMeasurementCsv(journey);
      const semi = semicolons(journey);
      expect(semi.startsWith("\ufeff")).toBe(true);
      expect(semi.endsWith("\r\n")).toBe(true);
      expect(semi.replace(/\r\n/g, "").includes("\n")).toBe(false);
      const commaRows = readCsv(comma.slice(1));
      const semiRows = readSemicolonCsv(semi.slice(1));
      expect(semiRows).toHaveLength(commaRows.length);
      expect(semiRows[0]).toEqual(commaRows[0]);
      for (const row of semiRows) expect(row).toHaveLength(17);
      // Every cell reads the same but the figures, whose decimal mark is a comma.
      const figures = [7, 12, 16];
      semiRows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const same = commaRows[r]?.[c] ?? "";
          const scale = same.replace(/(\d)\s*-\s*(\d)/g, "$1–$2");
          expect(cell).toBe(figures.includes(c) ? same.replace(".", ",") : c === 6 ? scale : same);
        }),
      );
    }
    const header = semicolons(germanJourney()).split("\r\n")[0];
    expect(header).toBe(
      "\ufeffPhase;Kontaktpunkt;Kanal;Kennzahl;Bezeichnung;Frage;Skala;Ziel;Richtung;Quelle;Verantwortlich;Häufigkeit;Letzter Wert;Letztes Datum;Zeile;Art;Letztes n",
    );
  });

  it("writes a scale such as 1-5 with an en dash, which Excel does not take for a date (1 May)", () => {
    const rows = readSemicolonCsv(semicolons(germanJourney()).slice(1));
    const scales = rows.slice(1).map((row) => row[6]);
    expect(scales).toContain("1–7");
    expect(scales.some((scale) => /\d-\d/.test(scale ?? ""))).toBe(false);
    // The comma file keeps the scale as the map writes it, for scripts.
    expect(readCsv(renderMeasurementCsv(germanJourney()).slice(1)).map((row) => row[6])).toContain("1-7");
  });

  it("keeps German umlauts, „quotes“ and € and writes decimal commas without grouping", () => {
    const rows = readSemicolonCsv(semicolons(germanJourney()).slice(1));
    expect(rows[1]?.slice(0, 8)).toEqual([
      "Schaden melden",
      "„Ich melde den Schaden“ in der App",
      "app",
      "CES",
      "",
      "Wie einfach war die Meldung?",
      "1–7",
      "5,5",
    ]);
    expect(rows[2]?.[1]).toBe("Ich erhalte 12,50 € Selbstbeteiligung zurück – schön groß");
    expect(rows[2]?.slice(12, 14)).toEqual(["3,75", "2026-11-01"]);
    const big = semicolons(
      withCard("Große Zahlen", {
        metric: "custom",
        label: "Bearbeitungszeit",
        target: 1234.5,
        observations: [{ date: "2026-11-02", value: 0.0012345, n: 12345 }],
      }),
    );
    const row = readSemicolonCsv(big.slice(1)).find((r) => r[1] === "Große Zahlen");
    expect([row?.[7], row?.[12], row?.[16]]).toEqual(["1234,5", "0,0012345", "12345"]);
    // The figures are written bare where nothing needs quotes, quoted where a comma is: as Excel reads them.
    expect(big).toContain(';"1234,5";');
    expect(big).toContain(";12345\r\n");
  });

  it("quotes a cell with a semicolon, a quote or a line break, so that it reads back whole", () => {
    const title = 'Ich sage „Hallo“; dann "tschüss"\r\nund gehe';
    const journey = withCard(title, { metric: "CSAT", source: "Umfrage; Q4", owner: "Team Nord\nund Süd" });
    const text = semicolons(journey);
    const row = readSemicolonCsv(text.slice(1)).find((r) => r[1] === title);
    expect(row?.[9]).toBe("Umfrage; Q4");
    expect(row?.[10]).toBe("Team Nord\nund Süd");
    expect(text).toContain('"Umfrage; Q4"');
    expect(text).toContain('"Ich sage „Hallo“; dann ""tschüss""\r\nund gehe"');
    expect(readSemicolonCsv(text.slice(1))).toHaveLength(3);
  });

  it("writes a negative figure as a bare number that Excel reads as one, with a decimal comma", () => {
    const journey = withCard("Negativ", {
      metric: "NPS",
      target: -3.5,
      observations: [{ date: "2026-11-03", value: -12, n: 40 }],
    });
    const text = semicolons(journey);
    const row = readSemicolonCsv(text.slice(1)).find((r) => r[1] === "Negativ");
    expect([row?.[7], row?.[12]]).toEqual(["-3,5", "-12"]);
    expect(text).toContain(';"-3,5";');
    expect(text).toContain(";-12;");
    expect(text).not.toContain("'-3,5");
    expect(text).not.toContain("'-12");
  });

  it("guards a cell that Excel would run as a formula, also one with a semicolon or a decimal comma", () => {
    const journey = withCard("=1;2", {
      metric: "custom",
      label: "@SUMME(A1)",
      question: "-4,5",
      scale: "-1.5",
      source: '=HYPERLINK("http://x";"klick")',
      owner: "+49 30 1234",
      frequency: "\tmonatlich",
    });
    const text = semicolons(journey);
    const row = readSemicolonCsv(text.slice(1)).find((r) => r[1]?.includes("1;2"));
    expect(row?.[1]).toBe("'=1;2");
    expect(row?.[4]).toBe("'@SUMME(A1)");
    // "-4,5" is a number to a German Excel, not a formula: it stays as typed. "-1.5" is not one there: guarded.
    expect(row?.[5]).toBe("-4,5");
    expect(row?.[6]).toBe("'-1.5");
    expect(row?.[9]).toBe('\'=HYPERLINK("http://x";"klick")');
    expect(row?.[10]).toBe("'+49 30 1234");
    expect(row?.[11]).toBe("'\tmonatlich");
    expect(text).toContain(`;"'=1;2";`);
    // No cell of the file starts, as Excel reads it, with a character that starts a formula, but a bare number.
    for (const cells of readSemicolonCsv(text.slice(1))) {
      for (const cell of cells) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(,\d+)?$/);
    }
  });

  it("guards and quotes single cells by the separator's rules", () => {
    expect(csvCell("-4,5", "semicolon")).toBe('"-4,5"');
    expect(csvCell("-4", "semicolon")).toBe("-4");
    expect(csvCell("-4.5", "semicolon")).toBe("'-4.5");
    expect(csvCell("=1;2", "semicolon")).toBe(`"'=1;2"`);
    expect(csvCell("a;b", "semicolon")).toBe('"a;b"');
    expect(csvCell("a;b")).toBe("a;b");
    expect(csvCell("-4.5")).toBe("-4.5");
    expect(csvCell("-4,5")).toBe(`"'-4,5"`);
  });
});
