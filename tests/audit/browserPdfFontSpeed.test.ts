// The editor's own PDF export (src/export/browser.ts) reads its fonts unpacked from WOFF too, through the browser's
// DecompressionStream: a map in Hebrew and Arabic took seconds of a frozen page (4.7 s here), and 0.4 s now.
// The font files are served from node_modules to the helper's fetch, as the app's server serves them.
import { readFile } from "node:fs/promises";
import { inflateSync } from "node:zlib";
import { join } from "node:path";
import { exportBlob } from "../../src/export/browser";
import { woffToSfnt, woffToSfntLater } from "../../src/export";
import { parseJourneyText } from "../../src/format";
import { loadFonts } from "../../server/exportFile";
import { readPdf } from "../export/helpers";
import { root } from "../server/helpers";
import { fontsGivenTo } from "./fontsGiven";
import { unseenText } from "./unseenFixtures";

const served = async (input: string | URL | Request): Promise<Response> => {
  const path = typeof input === "string" ? input : input instanceof URL ? input.pathname : new URL(input.url).pathname;
  return new Response(new Uint8Array(await readFile(join(root, path))));
};

beforeAll(() => {
  vi.stubGlobal("fetch", served);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

async function inflateLater(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice().buffer]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("fonts unpacked by the browser", () => {
  it("are the same bytes as the server unpacks", async () => {
    const fonts = await loadFonts();
    for (const pair of [fonts, ...(fonts.fallbacks ?? [])]) {
      const later = await woffToSfntLater(pair.regular, inflateLater);
      const now = woffToSfnt(pair.regular, (d) => new Uint8Array(inflateSync(d)));
      expect(Buffer.compare(Buffer.from(later), Buffer.from(now))).toBe(0);
    }
  });
});

describe("the editor's PDF export of a map in German, Hebrew, Arabic and emoji", () => {
  it("gives PDFKit the fonts as TrueType, not as WOFF, and prints the German text", async () => {
    const parsed = parseJourneyText(unseenText("unicode-rtl.journey.json"));
    if (!parsed.ok) throw new Error(parsed.error);
    let blob: Blob | undefined;
    const kinds = await fontsGivenTo(async () => (blob = await exportBlob(parsed.journey, "pdf", { paper: "a4" })));
    expect(kinds.length).toBeGreaterThan(2);
    expect(new Set(kinds)).toEqual(new Set(["sfnt"]));
    const pdf = await readPdf(new Uint8Array(await blob!.arrayBuffer()));
    expect(pdf.pages.join(" ")).toContain("Ich überweise 12,50 € „sofort“");
  }, 40_000);
});
