// The browser helper's parts that need no canvas or font fetch: file names and the text formats.
import { exportBlob, exportFileName } from "../../src/export/browser";
import { renderMeasurementCsv } from "../../src/export";
import { exampleJourney } from "./helpers";

describe("the browser export helper", () => {
  it("names the file after the journey title as written, without what file systems refuse", () => {
    const journey = { ...exampleJourney(), title: "Schaden melden: „Kfz“ – Größe/Straße" };
    expect(exportFileName(journey, "pdf")).toBe("Schaden melden „Kfz“ – Größe Straße (A3).pdf");
    expect(exportFileName(journey, "pdf", "a4")).toBe("Schaden melden „Kfz“ – Größe Straße (A4).pdf");
    expect(exportFileName({ ...journey, title: "„€“" }, "csv")).toBe("„€“.csv");
    expect(exportFileName({ ...journey, title: "顧客の旅" }, "json")).toBe("顧客の旅.json");
    expect(exportFileName({ ...journey, title: "?*" }, "csv")).toBe("journey.csv");
    const comment = {
      id: "co_1",
      anchor: { kind: "map" as const },
      author: "Anna",
      text: "Gut",
      createdAt: "2026-12-05T06:00:00Z",
      resolved: false,
      replies: [],
    };
    const commented = { ...journey, comments: [comment] };
    expect(exportFileName({ ...commented, language: "de" }, "pdf", "a4", true)).toBe(
      "Schaden melden „Kfz“ – Größe Straße (A4, mit Kommentaren).pdf",
    );
    expect(exportFileName({ ...commented, language: "en" }, "png", "a3", true)).toBe(
      "Schaden melden „Kfz“ – Größe Straße (with comments).png",
    );
    // The CSV for Excel (semicolons) never shares a name with the comma CSV.
    expect(exportFileName({ ...journey, title: "Ölwechsel" }, "csv", "a3", false, "semicolon")).toBe(
      "Ölwechsel (Excel).csv",
    );
    expect(exportFileName({ ...journey, title: "Ölwechsel" }, "csv", "a3", false, "comma")).toBe("Ölwechsel.csv");
    // Without comments on the map, the file is the same either way and so is its name.
    expect(exportFileName({ ...journey, comments: [] }, "pdf", "a4", true)).toBe(
      "Schaden melden „Kfz“ – Größe Straße (A4).pdf",
    );
  });

  it("builds the CSV and the JSON envelope as blobs", async () => {
    const journey = exampleJourney();
    const csv = await exportBlob(journey, "csv");
    expect(csv.type).toBe("text/csv;charset=utf-8");
    const csvBytes = new Uint8Array(await csv.arrayBuffer());
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excel = await exportBlob(journey, "csv", { separator: "semicolon" });
    expect(excel.type).toBe("text/csv;charset=utf-8");
    const excelBytes = new Uint8Array(await excel.arrayBuffer());
    expect([...excelBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excelText = new TextDecoder().decode(excelBytes.slice(3));
    expect(excelText.split("\r\n")[0]?.split(";")).toHaveLength(17);
    expect(excelText).toBe(renderMeasurementCsv(journey, { separator: "semicolon" }).slice(1));
    expect(new TextDecoder().decode(csvBytes.slice(3))).toBe(renderMeasurementCsv(journey).slice(1));
    const json: unknown = JSON.parse(await (await exportBlob(journey, "json")).text());
    expect(json).toMatchObject({ format: "outside-in.journey", version: 1, journey: { title: journey.title } });
  });
});
