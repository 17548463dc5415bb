// PNG export draws its text in the SVG's embedded fonts even on a machine without system fonts, and a font face that
// cannot be loaded neither hangs the export nor keeps the PNG from being drawn.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { chromium } from "playwright-core";
import { loadFonts } from "../../server/exportFile";
import { closeBrowser, PNG_CHROMIUM_ARGS, pngBrowser, svgToPng } from "../../server/png";

const defaults = { ...pngBrowser };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "outside-in-nofonts-"));
  // A fontconfig setup with one empty font folder: Chromium finds no system font at all.
  writeFileSync(
    join(dir, "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n` +
      `<fontconfig><dir>${join(dir, "empty")}</dir><cachedir>${join(dir, "cache")}</cachedir></fontconfig>\n`,
  );
});
afterAll(async () => {
  await closeBrowser();
  Object.assign(pngBrowser, defaults);
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  pngBrowser.fontWaitMs = defaults.fontWaitMs;
});

/**
 * PNGs from now on drawn in the Chromium `launch` starts: the one already open when it is that one (the tests without
 * system fonts share one; each PNG still has a page of its own), else a new one.
 */
async function drawWith(launch: typeof pngBrowser.launch): Promise<void> {
  if (pngBrowser.launch === launch) return;
  await closeBrowser();
  pngBrowser.launch = launch;
}

/** Chromium as the project starts it, but seeing no system fonts. */
function withoutSystemFonts(executablePath: string) {
  return chromium.launch({
    executablePath,
    args: [...PNG_CHROMIUM_ARGS],
    env: { ...process.env, FONTCONFIG_FILE: join(dir, "fonts.conf") },
  });
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const face = (weight: number, src: string) =>
  `@font-face{font-family:OutsideInSans;font-weight:${weight};src:url(${src}) format("woff");}`;

/** A 240 x 60 pt white page with one title in the embedded font, as src/export/svg.ts embeds it. */
function titleSvg(style: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="240pt" height="60pt" viewBox="0 0 240 60">` +
    `<style>${style}</style><rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="10" y="38" font-family="OutsideInSans, sans-serif" font-weight="700" font-size="20" fill="#000000">` +
    `Kundenreise äöüß</text></svg>\n`
  );
}

async function embeddedStyle(): Promise<string> {
  const fonts = await loadFonts();
  return (
    face(400, `data:font/woff;base64,${base64(fonts.regular)}`) +
    face(700, `data:font/woff;base64,${base64(fonts.bold)}`)
  );
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium's screenshots are). */
function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(png);
  let pos = 8;
  let width = 0;
  let height = 0;
  let bpp = 4;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const length = buf.readUInt32BE(pos);
    const type = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      expect(data[12]).toBe(0);
      bpp = data[9] === 6 ? 4 : 3;
    }
    if (type === "IDAT") idat.push(data);
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const rgba = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? (cur[i - bpp] ?? 0) : 0;
      const b = prev[i] ?? 0;
      const c = i >= bpp ? (prev[i - bpp] ?? 0) : 0;
      let p = 0;
      if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = ((line[i] ?? 0) + p) & 255;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      rgba[o] = cur[x * bpp] ?? 0;
      rgba[o + 1] = cur[x * bpp + 1] ?? 0;
      rgba[o + 2] = cur[x * bpp + 2] ?? 0;
      rgba[o + 3] = bpp === 4 ? (cur[x * bpp + 3] ?? 0) : 255;
    }
    prev = cur;
  }
  return { width, height, rgba };
}

/** Dark pixels where the title is (x 10..230, y 10..50 in pt, at scale 2), out of a white page. */
function ink(png: Uint8Array): number {
  const { width, height, rgba } = decodePng(png);
  expect([width, height]).toEqual([480, 120]);
  let dark = 0;
  for (let y = 20; y < 100; y++)
    for (let x = 20; x < 460; x++) {
      const o = (y * width + x) * 4;
      if ((rgba[o] ?? 255) < 128 && (rgba[o + 1] ?? 255) < 128 && (rgba[o + 2] ?? 255) < 128) dark++;
    }
  return dark;
}

const broken = face(400, "data:font/woff;base64,AAAA") + face(700, "data:font/woff;base64,AAAA");

it("draws a title in the embedded font on a machine without system fonts, every time", async () => {
  await drawWith(withoutSystemFonts);
  const svg = titleSvg(await embeddedStyle());
  // Several PNGs, each in a fresh page: without the fix most of them came out without any text.
  for (let i = 0; i < 4; i++) expect(ink(await svgToPng(svg, 240, 60))).toBeGreaterThan(500);
}, 60_000);

it("does not hang when embedded fonts fail and there is no system font either", async () => {
  await drawWith(withoutSystemFonts);
  pngBrowser.fontWaitMs = 1000;
  const png = await svgToPng(titleSvg(broken), 240, 60);
  expect(decodePng(png).width).toBe(480);
}, 60_000);

it("draws the PNG, with the fallback font, when an embedded font face cannot be loaded", async () => {
  await drawWith(defaults.launch);
  // Not a font at all: the face fails; the title is drawn in a system font instead.
  const started = Date.now();
  expect(ink(await svgToPng(titleSvg(broken), 240, 60))).toBeGreaterThan(500);
  expect(Date.now() - started).toBeLessThan(15_000);
}, 60_000);
