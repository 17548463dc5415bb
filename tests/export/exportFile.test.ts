// exportFile, the entry the CLI and the HTTP endpoint share: each format, its content type and extension.
import { exportFile } from "../../server/exportFile";
import { NO_CHROMIUM } from "../../server/png";
import { renderMapSheet } from "../../src/export";
import { exampleJourney, generatedJourney, readPdf, realMeasurer } from "./helpers";

describe("exportFile", () => {
  it("exports a PDF on A3 by default and on A4 when asked", async () => {
    const journey = exampleJourney();
    const a3 = await exportFile(journey, { format: "pdf" });
    expect(a3.contentType).toBe("application/pdf");
    expect(a3.extension).toBe("pdf");
    expect(typeof a3.body).not.toBe("string");
    const a4 = await exportFile(journey, { format: "pdf", paper: "a4" });
    if (typeof a3.body === "string" || typeof a4.body === "string") throw new Error("a PDF is bytes");
    expect((await readPdf(a3.body)).sizes[0]?.[0]).toBeCloseTo(1190.55, 1);
    expect((await readPdf(a4.body)).sizes[0]?.[0]).toBeCloseTo(841.89, 1);
  });

  it("exports one SVG file with the font embedded", async () => {
    const svg = await exportFile(exampleJourney(), { format: "svg" });
    expect(svg.contentType).toBe("image/svg+xml; charset=utf-8");
    expect(svg.extension).toBe("svg");
    expect(String(svg.body)).toContain("@font-face");
    expect(String(svg.body)).toContain("Switch to a new phone plan");
  });

  it("exports the CSV and the JSON v1 envelope", async () => {
    const journey = exampleJourney();
    const csv = await exportFile(journey, { format: "csv" });
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(String(csv.body).startsWith("\ufeffStage,")).toBe(true);
    const json = await exportFile(journey, { format: "json" });
    expect(json.extension).toBe("json");
    const parsed: unknown = JSON.parse(String(json.body));
    expect(parsed).toMatchObject({
      format: "outside-in.journey",
      version: 1,
      journey: { id: journey.id, title: journey.title },
    });
  });

  it("renders a PNG of the whole map with Chromium, whatever the paper size", async () => {
    const measure = await realMeasurer();
    for (const journey of [exampleJourney(), generatedJourney(96, 24)]) {
      const png = await exportFile(journey, { format: "png", paper: "a4" });
      expect(png.contentType).toBe("image/png");
      if (typeof png.body === "string") throw new Error("a PNG is bytes");
      expect([...png.body.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // Width and height in the IHDR chunk: the sheet of the whole map (all 24 stages side by side) at two pixels
      // per point, not one A4 page of it.
      const sheet = renderMapSheet(journey, { measure });
      const view = new DataView(png.body.buffer, png.body.byteOffset);
      expect(view.getUint32(16)).toBe(Math.ceil(sheet.width * 2));
      expect(view.getUint32(20)).toBe(Math.ceil(sheet.height * 2));
    }
  });

  it("refuses a map too big for one PNG with a sentence, instead of cutting it", async () => {
    const refused = exportFile(generatedJourney(100, 100), { format: "png" });
    await expect(refused).rejects.toThrow(/^This map is too big for one PNG image: .* Export it as PDF or SVG/);
    await expect(refused).rejects.toMatchObject({ status: 422 });
  });

  it("says in a sentence how to get Chromium when there is none", async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      await expect(exportFile(exampleJourney(), { format: "png" })).rejects.toThrow(NO_CHROMIUM);
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });
});
