// The CSV for Excel (semicolons) from the export endpoint of a real server: separator=semicolon gives the Excel
// dialect under its own name, separator=comma or none the comma CSV as before, and any other value a 400 sentence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMeasurementCsv } from "../../src/export";
import { api, createMap, startTestServer, type TestServer } from "../server/helpers";
import { germanExample, germanExampleFile } from "../features/export/fixtures";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

/** `filename` and the decoded RFC 5987 `filename*` of a Content-Disposition header. */
function names(header: string | null): { ascii: string | undefined; utf8: string | undefined } {
  const ascii = /;\s*filename="([^"]*)"/.exec(header ?? "")?.[1];
  const encoded = /;\s*filename\*=UTF-8''([^;\s]+)/i.exec(header ?? "")?.[1];
  return { ascii, utf8: encoded === undefined ? undefined : decodeURIComponent(encoded) };
}

/** The answer's status, type, file names and bytes, read as bytes so that nothing strips the BOM. */
async function download(path: string, token: string) {
  const res = await fetch(`${t.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    names: names(res.headers.get("content-disposition")),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("the CSV for Excel over HTTP", () => {
  it("answers separator=semicolon with the Excel CSV, named apart from the comma CSV", async () => {
    const file = germanExampleFile();
    const map = await createMap(t.url, file);
    const stored = germanExample();
    const excel = await download(`/api/maps/${map.id}/export?format=csv&separator=semicolon`, map.tokens.view);
    expect(excel.status).toBe(200);
    expect(excel.type).toBe("text/csv; charset=utf-8");
    expect([...excel.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const semi = text(excel.bytes);
    expect(semi).toBe(renderMeasurementCsv(stored, { separator: "semicolon" }));
    const [header, ...rows] = semi.slice(1).split("\r\n");
    expect(header?.split(";")).toHaveLength(17);
    expect(rows.join("\n")).toContain("Ich bestelle und bezahle 19,99 € im Webshop");
    expect(semi).toContain(';"4,5";');
    expect(semi).not.toContain("4.5");
    const title = stored.title;
    expect(excel.names).toEqual({
      ascii: "Wechsel-in-einen-neuen-Handytarif-ohne-Aerger-Excel.csv",
      utf8: `${title} (Excel).csv`,
    });

    // The comma CSV is today's file and name, with separator=comma or without it.
    for (const query of ["format=csv", "format=csv&separator=comma"]) {
      const comma = await download(`/api/maps/${map.id}/export?${query}`, map.tokens.view);
      expect(comma.status).toBe(200);
      expect(text(comma.bytes)).toBe(renderMeasurementCsv(stored));
      expect(comma.names.utf8).toBe(`${title}.csv`);
    }
  });

  it("names the Excel CSV of an Ölwechsel map as the editor does", async () => {
    const map = await createMap(t.url, { title: "Ölwechsel", language: "de" });
    const res = await download(`/api/maps/${map.id}/export?format=csv&separator=semicolon`, map.tokens.comment);
    expect(res.status).toBe(200);
    expect(res.names).toEqual({ ascii: "Oelwechsel-Excel.csv", utf8: "Ölwechsel (Excel).csv" });
  });

  it("refuses another separator with 400 and a sentence, and changes nothing", async () => {
    const map = await createMap(t.url, { title: "Ölwechsel", language: "de" });
    const before = await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.view });
    for (const value of ["tab", "Semicolon", ";", ""]) {
      const res = await api(t.url, `/api/maps/${map.id}/export?format=csv&separator=${encodeURIComponent(value)}`, {
        token: map.tokens.view,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-disposition")).toBeNull();
      expect(res.body).toEqual({
        error: `Unknown CSV separator "${value}"; use comma, or semicolon for an Excel that expects semicolons and decimal commas.`,
      });
    }
    expect(await api(t.url, `/api/maps/${map.id}`, { token: map.tokens.view })).toMatchObject({
      status: 200,
      body: before.body,
    });
    // An unknown map still answers 404, before any separator is looked at.
    const unknown = await api(t.url, `/api/maps/${map.id}x/export?format=csv&separator=tab`, {
      token: map.tokens.view,
    });
    expect(unknown.status).toBe(404);
  });

  it("leaves the other formats as they were with a separator, as it leaves them with paper", async () => {
    const map = await createMap(t.url, { title: "Ölwechsel", language: "de" });
    const res = await download(`/api/maps/${map.id}/export?format=json&separator=semicolon`, map.tokens.view);
    expect(res.status).toBe(200);
    expect(res.names.utf8).toBe("Ölwechsel.json");
  });
});
