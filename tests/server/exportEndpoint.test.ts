// GET /api/maps/:id/export with a real server: every format for every role's token, with the right content type,
// file name and content; no token, a wrong token and another map's token answer 404 alike; bad options answer 400.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAPER, formatNumber, metricName, renderMapSheet, touchpointsOf, wordsFor } from "../../src/export";
import { readPdf, realMeasurer, squash } from "../export/helpers";
import { GERMAN_COMMENT, germanExample, germanExampleFile } from "../features/export/fixtures";
import { readCsv } from "../fixtures/csv";
import { NO_CHROMIUM } from "../../server/png";
import { api, createMap, startTestServer, type Created, type TestServer } from "./helpers";

let t: TestServer;
let map: Created;
let other: Created;
const journey = germanExample();
const lang = "de";
const words = wordsFor(lang);
const ROLES = ["owner", "edit", "comment", "view"] as const;

beforeAll(async () => {
  t = await startTestServer();
  map = await createMap(t.url, germanExampleFile());
  other = await createMap(t.url, { title: "Another map" });
});
afterAll(async () => {
  await t?.stop();
});

async function download(
  path: string,
  token?: string,
): Promise<{ status: number; type: string; disposition: string; bytes: Uint8Array }> {
  const response = await fetch(`${t.url}${path}`, {
    headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    disposition: response.headers.get("content-disposition") ?? "",
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

const exportPath = (query: string, id = map.id) => `/api/maps/${id}/export?${query}`;
// ignoreBOM keeps the byte-order mark in the text, so the test can see that the CSV starts with one.
const utf8 = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const fileName = (disposition: string) => decodeURIComponent(disposition.split("UTF-8''")[1] ?? "");

/** Every touchpoint title, metric and target (as printed: "Ziel 5,5") that the text must hold, minus what it does. */
function missingFrom(text: string): string[] {
  const all = squash(text);
  const missing: string[] = [];
  for (const { card } of touchpointsOf(journey)) {
    if (!all.includes(squash(card.title))) missing.push(card.title);
    const m = card.measurement;
    if (m === undefined) continue;
    if (!all.includes(squash(metricName(m)))) missing.push(metricName(m));
    if (m.target !== undefined && !all.includes(`${words.target} ${formatNumber(m.target, lang)}`)) {
      missing.push(`target ${m.target}`);
    }
  }
  return missing;
}

/** The text of every <text> element of an SVG, unescaped. */
function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) =>
      (m[1] ?? "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    )
    .join(" ");
}

describe("GET /api/maps/:id/export", () => {
  it.each(ROLES)(
    "gives the %s link a vector PDF holding every touchpoint, metric and target in German",
    async (role) => {
      const res = await download(exportPath("format=pdf"), map.tokens[role]);
      expect(res.status).toBe(200);
      expect(res.type).toBe("application/pdf");
      expect(fileName(res.disposition)).toMatch(/^Wechsel in einen neuen Handytarif.*\.pdf$/);
      expect(res.disposition).toMatch(/filename="Wechsel-in-einen-neuen-Handytarif[A-Za-z0-9-]*\.pdf"/);
      const pdf = await readPdf(res.bytes);
      expect(pdf.title).toBe(journey.title);
      const text = pdf.pages.join(" ");
      expect(missingFrom(text)).toEqual([]);
      expect(text).toContain("„ohne Ärger“");
      expect(text).toContain("19,99 €");
      expect(text).toContain("größer geht’s nicht");
      // A3 landscape by default, on every page; comments only when asked for.
      for (const [w, h] of pdf.sizes) {
        expect(w).toBeCloseTo(PAPER.a3.width, 1);
        expect(h).toBeCloseTo(PAPER.a3.height, 1);
      }
      expect(squash(text)).not.toContain(GERMAN_COMMENT);
    },
  );

  it("prints on A4 and adds the comments as notes when asked", async () => {
    const res = await download(exportPath("format=pdf&paper=a4&comments=1"), map.tokens.view);
    expect(res.status).toBe(200);
    const pdf = await readPdf(res.bytes);
    for (const [w, h] of pdf.sizes) {
      expect(w).toBeCloseTo(PAPER.a4.width, 1);
      expect(h).toBeCloseTo(PAPER.a4.height, 1);
    }
    const text = squash(pdf.pages.join(" "));
    expect(missingFrom(text)).toEqual([]);
    expect(text).toContain(GERMAN_COMMENT);
  });

  it.each(ROLES)("gives the %s link an SVG with every touchpoint, metric and target as text", async (role) => {
    const res = await download(exportPath("format=svg"), map.tokens[role]);
    expect(res.status).toBe(200);
    expect(res.type).toBe("image/svg+xml; charset=utf-8");
    expect(fileName(res.disposition)).toMatch(/\.svg$/);
    const svg = utf8(res.bytes);
    expect(svg).toMatch(/<svg[\s>]/);
    expect(missingFrom(svgText(svg))).toEqual([]);
    expect(svgText(svg)).toContain("„ohne Ärger“");
  });

  it.each(ROLES)("gives the %s link the CSV measurement plan, one row per touchpoint", async (role) => {
    const res = await download(exportPath("format=csv"), map.tokens[role]);
    expect(res.status).toBe(200);
    expect(res.type).toBe("text/csv; charset=utf-8");
    expect(fileName(res.disposition)).toMatch(/\.csv$/);
    const text = utf8(res.bytes);
    expect(text.startsWith("\ufeff")).toBe(true);
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header?.[0]).toBe(words.stage);
    expect(header?.[1]).toBe(words.touchpoint);
    const touchpoints = touchpointsOf(journey);
    expect(rows).toHaveLength(touchpoints.length);
    touchpoints.forEach(({ card, stage }, i) => {
      const row = rows[i] ?? [];
      expect(row.length).toBe(header?.length);
      expect(row.slice(0, 4)).toEqual([stage.name, card.title, card.channel ?? "", card.measurement?.metric ?? ""]);
      expect(row[7]).toBe(card.measurement?.target === undefined ? "" : String(card.measurement.target));
    });
  });

  it.each(ROLES)("gives the %s link the journey JSON with its comments", async (role) => {
    const res = await download(exportPath("format=json"), map.tokens[role]);
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/json; charset=utf-8");
    expect(fileName(res.disposition)).toMatch(/\.json$/);
    const file = JSON.parse(utf8(res.bytes)) as { format: string; version: number; journey: Record<string, unknown> };
    expect(file.format).toBe("outside-in.journey");
    expect(file.version).toBe(1);
    const { id: _id, ...rest } = file.journey;
    const { id: _sourceId, ...expected } = germanExampleFile().journey;
    expect(rest).toEqual(expected);
  });

  it.each(ROLES)("gives the %s link a PNG of the whole map, drawn by Chromium", async (role) => {
    const res = await download(exportPath("format=png"), map.tokens[role]);
    expect(res.status).toBe(200);
    expect(res.type).toBe("image/png");
    expect(fileName(res.disposition)).toMatch(/\.png$/);
    expect([...res.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height in pixels, two per point of the sheet that holds the whole map.
    const sheet = renderMapSheet(journey, { measure: await realMeasurer() });
    const view = new DataView(res.bytes.buffer, res.bytes.byteOffset, res.bytes.byteLength);
    expect(utf8(res.bytes.subarray(12, 16))).toBe("IHDR");
    expect(view.getUint32(16)).toBe(Math.ceil(sheet.width * 2));
    expect(view.getUint32(20)).toBe(Math.ceil(sheet.height * 2));
    // A blank sheet of that size compresses to a few kB; the drawn example map is well over 100 kB.
    expect(res.bytes.byteLength, `PNG of ${res.bytes.byteLength} bytes`).toBeGreaterThan(30_000);
  });

  it("says PNG export needs Chromium with a 503 and that sentence when Chromium is missing", async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const res = await api(t.url, exportPath("format=png"), { token: map.tokens.view });
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ error: NO_CHROMIUM });
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it("answers no token, a wrong token, another map's token and an unknown map with the same 404", async () => {
    const noToken = await api(t.url, exportPath("format=pdf"));
    expect(noToken.status).toBe(404);
    expect(noToken.body).toEqual({ error: expect.stringMatching(/^There is no map here/) });
    const answers = await Promise.all([
      api(t.url, exportPath("format=pdf"), { token: "wrong-token-wrong-token" }),
      api(t.url, exportPath("format=pdf"), { token: other.tokens.owner }),
      api(t.url, exportPath("format=pdf", "NoSuchMap_12345"), { token: map.tokens.owner }),
      api(t.url, exportPath("format=csv"), { headers: { Authorization: `Basic ${map.tokens.owner}` } }),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(noToken.body);
    }
  });

  it("takes the format and the paper written in capitals, as people write them (PDF, A4)", async () => {
    const res = await download(exportPath("format=PDF&paper=A4"), map.tokens.view);
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/pdf");
    expect(fileName(res.disposition)).toMatch(/ \(A4\)\.pdf$/);
    const pdf = await readPdf(res.bytes);
    expect(Math.round(pdf.sizes[0]![0])).toBe(842);
    const unknown = await api(t.url, exportPath("format=DOCX"), { token: map.tokens.view });
    expect(unknown.body).toEqual({ error: 'Unknown export format "DOCX"; use one of json, pdf, svg, csv, png.' });
  });

  it("refuses an unknown format or paper with a sentence, before looking at the map", async () => {
    const format = await api(t.url, exportPath("format=docx"), { token: map.tokens.view });
    expect(format.status).toBe(400);
    expect(format.body).toEqual({ error: 'Unknown export format "docx"; use one of json, pdf, svg, csv, png.' });
    const paper = await api(t.url, exportPath("format=pdf&paper=letter"), { token: map.tokens.view });
    expect(paper.status).toBe(400);
    expect(paper.body).toEqual({ error: 'Paper must be "a3" or "a4".' });
    // comments=true or comments=yes once gave a PDF without the comments and no word why.
    for (const value of ["true", "yes", ""]) {
      const comments = await api(t.url, exportPath(`format=pdf&comments=${value}`), { token: map.tokens.view });
      expect(comments.status).toBe(400);
      expect(comments.body).toEqual({
        error: `Unknown comments value "${value}"; use comments=1 to include them, or leave it out.`,
      });
    }
    expect((await download(exportPath("format=pdf&comments=0"), map.tokens.view)).status).toBe(200);
    // Given twice, which one was meant? The first once won without a word.
    for (const query of [
      "format=pdf&format=svg",
      "format=pdf&paper=a4&paper=a3",
      "format=csv&separator=comma&separator=semicolon",
    ]) {
      const twice = await api(t.url, exportPath(query), { token: map.tokens.view });
      const name = query.split("&").at(-1)?.split("=")[0];
      expect({ query, status: twice.status, body: twice.body }).toEqual({
        query,
        status: 400,
        body: { error: `The parameter ${name} is given twice.` },
      });
    }
    // The token is checked first, so a stranger learns nothing from the format check either.
    expect((await api(t.url, exportPath("format=docx"))).status).toBe(404);
    expect((await api(t.url, exportPath("format=pdf"), { method: "POST", token: map.tokens.owner })).status).toBe(405);
  });
});
