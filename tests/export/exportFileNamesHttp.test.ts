// The export endpoint's file names with a real server: an A3 and an A4 PDF of one map get different names, and a
// title without Latin letters keeps its letters in filename* beside an ASCII filename.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("export file names over HTTP", () => {
  it("give an A3 and an A4 PDF (and SVG) of one map different names that say the paper", async () => {
    const map = await createMap(t.url, { title: "Ölwechsel" });
    const seen = new Map<string, string | undefined>();
    for (const format of ["pdf", "svg"]) {
      for (const paper of ["a3", "a4"]) {
        const res = await api(t.url, `/api/maps/${map.id}/export?format=${format}&paper=${paper}`, {
          token: map.tokens.view,
        });
        expect(res.status).toBe(200);
        const header = res.headers.get("content-disposition");
        const suffix = paper.toUpperCase();
        expect(names(header)).toEqual({
          ascii: `Oelwechsel-${suffix}.${format}`,
          utf8: `Ölwechsel (${suffix}).${format}`,
        });
        seen.set(`${format}/${paper}`, names(header).utf8);
      }
    }
    expect(new Set(seen.values()).size).toBe(4);
    // Without paper= the file is A3, and is named so.
    const plain = await api(t.url, `/api/maps/${map.id}/export?format=pdf`, { token: map.tokens.view });
    expect(names(plain.headers.get("content-disposition")).utf8).toBe("Ölwechsel (A3).pdf");
  });

  it("name a printed file with comments apart from one without, in the map's language", async () => {
    const file = germanExampleFile();
    const journey = germanExample();
    expect(journey.language).toBe("de");
    expect(journey.comments?.length).toBeGreaterThan(0);
    const map = await createMap(t.url, file);
    const header = async (id: string, query: string) => {
      const res = await api(t.url, `/api/maps/${id}/export?${query}`, { token: map.tokens.view });
      expect(res.status).toBe(200);
      return names(res.headers.get("content-disposition")).utf8;
    };
    expect(await header(map.id, "format=pdf&paper=a4&comments=1")).toBe(`${journey.title} (A4, mit Kommentaren).pdf`);
    expect(await header(map.id, "format=png&comments=1")).toBe(`${journey.title} (mit Kommentaren).png`);
    expect(await header(map.id, "format=pdf&paper=a4")).toBe(`${journey.title} (A4).pdf`);
    // A map without comments makes the same file either way, under the same name.
    const plain = await createMap(t.url, { title: "Ölwechsel", language: "de" });
    const res = await api(t.url, `/api/maps/${plain.id}/export?format=pdf&paper=a4&comments=1`, {
      token: plain.tokens.view,
    });
    expect(names(res.headers.get("content-disposition")).utf8).toBe("Ölwechsel (A4).pdf");
  });

  it("keep a Cyrillic, Japanese or quotes-only title in filename*, with an ASCII filename for old clients", async () => {
    for (const [title, base] of [
      ["Путь клиента", "Путь клиента"],
      ["顧客の旅", "顧客の旅"],
      ["„€“", "„€“"],
    ] as const) {
      const map = await createMap(t.url, { title });
      const res = await api(t.url, `/api/maps/${map.id}/export?format=pdf&paper=a4`, { token: map.tokens.view });
      const header = res.headers.get("content-disposition");
      expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
      expect(names(header)).toEqual({ ascii: "journey-A4.pdf", utf8: `${base} (A4).pdf` });
    }
  });
});
