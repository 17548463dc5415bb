// Export file names: the title's letters in any script, nothing a file system refuses, a length every file system
// takes, and the paper size in the name of the formats it changes (an A3 and an A4 PDF never share a name).
import { exportFileNames, titleBase, TITLE_BYTES } from "../../src/export/fileName";

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe("export file names", () => {
  it("keep titles in any script as written, with an ASCII name beside them", () => {
    expect(exportFileNames("Путь клиента", "json")).toEqual({ name: "Путь клиента.json", ascii: "journey.json" });
    expect(exportFileNames("顧客の旅", "csv")).toEqual({ name: "顧客の旅.csv", ascii: "journey.csv" });
    expect(exportFileNames("„€“", "json")).toEqual({ name: "„€“.json", ascii: "journey.json" });
    expect(exportFileNames("Ölwechsel", "json")).toEqual({ name: "Ölwechsel.json", ascii: "Oelwechsel.json" });
  });

  it("name the paper size of a PDF and an SVG, so an A3 and an A4 file never share a name", () => {
    const a3 = exportFileNames("Ölwechsel", "pdf", "a3");
    const a4 = exportFileNames("Ölwechsel", "pdf", "a4");
    expect(a3).toEqual({ name: "Ölwechsel (A3).pdf", ascii: "Oelwechsel-A3.pdf" });
    expect(a4).toEqual({ name: "Ölwechsel (A4).pdf", ascii: "Oelwechsel-A4.pdf" });
    expect(exportFileNames("Путь клиента", "pdf")).toEqual({ name: "Путь клиента (A3).pdf", ascii: "journey-A3.pdf" });
    expect(exportFileNames("Plan", "svg", "a4").name).toBe("Plan (A4).svg");
    // Formats a paper size does not change keep their plain names.
    for (const format of ["png", "csv", "json"])
      expect(exportFileNames("Plan", format, "a4").name).toBe(`Plan.${format}`);
  });

  it("say when a printed file holds the comments, in the map's language, so it never shares a name with one that does not", () => {
    expect(exportFileNames("Ölwechsel", "pdf", "a4", { comments: true, language: "de" })).toEqual({
      name: "Ölwechsel (A4, mit Kommentaren).pdf",
      ascii: "Oelwechsel-A4-mit-Kommentaren.pdf",
    });
    expect(exportFileNames("Plan", "svg", "a3", { comments: true, language: "en-GB" })).toEqual({
      name: "Plan (A3, with comments).svg",
      ascii: "Plan-A3-with-comments.svg",
    });
    expect(exportFileNames("Plan", "png", "a3", { comments: true, language: "de-AT" }).name).toBe(
      "Plan (mit Kommentaren).png",
    );
    expect(exportFileNames("Plan", "pdf", "a3", { comments: true, language: "fr" }).name).toBe(
      "Plan (A3, with comments).pdf",
    );
    // Without comments the name is as before; CSV and JSON hold comments always or never, so they never say it.
    expect(exportFileNames("Plan", "pdf", "a3", { comments: false, language: "de" }).name).toBe("Plan (A3).pdf");
    for (const format of ["csv", "json"])
      expect(exportFileNames("Plan", format, "a3", { comments: true, language: "de" }).name).toBe(`Plan.${format}`);
  });

  it("name the CSV for Excel (semicolons) apart from the comma CSV, and no other format by its separator", () => {
    expect(exportFileNames("Ölwechsel", "csv", "a3", { separator: "semicolon" })).toEqual({
      name: "Ölwechsel (Excel).csv",
      ascii: "Oelwechsel-Excel.csv",
    });
    expect(exportFileNames("Ölwechsel", "csv", "a4", { separator: "comma" })).toEqual({
      name: "Ölwechsel.csv",
      ascii: "Oelwechsel.csv",
    });
    expect(exportFileNames("顧客の旅", "csv", "a3", { separator: "semicolon", language: "de" })).toEqual({
      name: "顧客の旅 (Excel).csv",
      ascii: "journey-Excel.csv",
    });
    expect(exportFileNames("Plan", "pdf", "a4", { separator: "semicolon" }).name).toBe("Plan (A4).pdf");
    expect(exportFileNames("Plan", "json", "a3", { separator: "semicolon" }).name).toBe("Plan.json");
  });

  it("leave out only what file systems refuse, control characters and direction marks", () => {
    expect(titleBase('Plan A/B: \\draft\\ *v2*? "x" <y> |z|')).toBe("Plan A B draft v2 x y z");
    expect(titleBase("Tab\there\u0000\u001f")).toBe("Tab here");
    expect(titleBase("invoice\u202Efdp.exe")).toBe("invoice fdp.exe");
    expect(titleBase("  ..hidden.  ")).toBe("hidden");
    expect(titleBase("half \uD83D")).toBe("half");
    expect(titleBase("\u0007\u0000")).toBeUndefined();
    expect(titleBase("Größe – ändern & €, (neu); 50 %")).toBe("Größe – ändern & €, (neu); 50 %");
    expect(titleBase("CON")).toBe("CON_");
    expect(exportFileNames("\u0007", "pdf", "a4").name).toBe("journey (A4).pdf");
  });

  it("cut a long title between whole characters to a length every file system takes", () => {
    for (const title of ["a".repeat(300), "顧".repeat(200), "🙂".repeat(150), "👍🏽".repeat(80), "é".repeat(300)]) {
      const { name } = exportFileNames(title, "json");
      const base = name.slice(0, -".json".length);
      expect(bytes(base)).toBeLessThanOrEqual(TITLE_BYTES);
      expect(bytes(base)).toBeGreaterThan(TITLE_BYTES - 8);
      expect(title.startsWith(base)).toBe(true);
      expect(bytes(exportFileNames(title, "pdf", "a4").name)).toBeLessThan(255 - " (1)".length);
    }
    // A thumb with its skin tone stays whole: never a thumb without it.
    expect(titleBase("👍🏽".repeat(80))?.endsWith("👍🏽")).toBe(true);
  });
});
