// SVG to PNG through headless Chromium (playwright-core), for the CLI and the server; the browser draws on a canvas instead.
// One Chromium per process, launched when first needed, shared by every PNG and closed once it has been idle.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";

export const NO_CHROMIUM =
  "PNG export needs Chromium: install it with `apt-get install chromium` or set CHROMIUM_PATH.";

/** How the project starts Chromium: headless, without a GPU, sandbox or anything that reaches the network. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * The PNG Chromium's flags: the project's, and no frame-rate limit. With the limit, the first screenshot of a new page
 * waited 1 to 3 s for a frame about every other time; a PNG page is still and closed at once, so nothing runs unlimited.
 */
export const PNG_CHROMIUM_ARGS: readonly string[] = [...CHROMIUM_ARGS, "--disable-frame-rate-limit"];

/** Starts the PNG Chromium; the signal handlers are the server's (a Ctrl-C there saves and closes, then exits). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...PNG_CHROMIUM_ARGS],
  });
}

/**
 * How long the browser stays open without a PNG to draw, how it is started (tests count launches), and how long a
 * PNG waits at most for its embedded fonts before it is drawn with whatever fonts there are.
 */
export const pngBrowser = { idleMs: 60_000, fontWaitMs: 5_000, launch: launchChromium };

/**
 * Runs in the page: loads every declared font face (the SVG's @font-face rules) and waits until text set in them has
 * been drawn. `document.fonts.ready` alone is not enough: without system fonts Chromium can mark the SVG's faces as
 * failed (status "error") while the same source loads fine as a new FontFace, and the screenshot then has no text. So
 * each face that did not load is declared again from its rule's source. A face that still fails keeps its fallback
 * font; every wait ends after `waitMs` at the latest. Returns each face's "family/weight:status", for diagnostics.
 * Plain JavaScript in a string, so that no compiler helper (tsx adds `__name`) ends up in the page.
 */
export const FONTS_LOADED = `async (waitMs) => {
  const until = Date.now() + waitMs;
  const bounded = (p) =>
    Promise.race([p.then(() => undefined), new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())))]);
  const settle = (faces) =>
    bounded(Promise.allSettled(faces.map((face) => (face.status === "loaded" ? face : face.load()))));
  const unquote = (s) => s.trim().replace(/^["']|["']$/g, "");
  const named = { 400: "normal", 700: "bold" };
  const key = (family, weight, style) =>
    unquote(family) + "/" + (named[weight] || weight || "normal") + "/" + (style || "normal");
  await settle([...document.fonts]);
  const loaded = new Set(
    [...document.fonts].filter((f) => f.status === "loaded").map((f) => key(f.family, f.weight, f.style)),
  );
  const again = [];
  for (const sheet of document.styleSheets) {
    let rules = [];
    try { rules = [...sheet.cssRules]; } catch { continue; }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const d = rule.style;
      const family = d.getPropertyValue("font-family");
      const weight = d.getPropertyValue("font-weight") || "normal";
      const style = d.getPropertyValue("font-style") || "normal";
      const src = d.getPropertyValue("src");
      if (!family || !src || loaded.has(key(family, weight, style))) continue;
      try {
        const face = new FontFace(unquote(family), src, { weight, style });
        document.fonts.add(face);
        again.push(face);
      } catch {}
    }
  }
  await settle(again);
  await bounded(document.fonts.ready);
  // Two frames: the first lays the text out again in the loaded faces, the second has painted it.
  await bounded(new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  return [...document.fonts].map((face) => face.family + "/" + face.weight + ":" + face.status);
}`;

let current: { path: string; browser: Promise<Browser> } | undefined;
let drawing = 0;
let idleTimer: NodeJS.Timeout | undefined;

/** The shared browser for `executablePath`, launched when there is none or the last one crashed or was closed. */
function browserFor(executablePath: string): Promise<Browser> {
  if (current && current.path !== executablePath) void closeBrowser();
  if (current) return current.browser;
  const entry = {
    path: executablePath,
    browser: pngBrowser.launch(executablePath).then(
      (browser) => {
        browser.on("disconnected", () => {
          if (current === entry) current = undefined;
        });
        return browser;
      },
      (e: unknown) => {
        if (current === entry) current = undefined;
        throw new Error(`${NO_CHROMIUM} (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
      },
    ),
  };
  current = entry;
  return entry.browser;
}

/** Closes the shared browser (idle, shutting down, or a CLI done with its PNG); the next PNG launches a new one. */
export async function closeBrowser(): Promise<void> {
  clearTimeout(idleTimer);
  const closing = current;
  current = undefined;
  if (!closing) return;
  await closing.browser.then(
    (browser) => browser.close(),
    () => undefined,
  );
}

/** The Chromium PNG export uses: CHROMIUM_PATH, else Debian's. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Renders one SVG page (width x height in points) at `scale` pixels per point. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new Error(NO_CHROMIUM);
  clearTimeout(idleTimer);
  drawing++;
  try {
    const browser = await browserFor(executablePath);
    const w = Math.ceil(width);
    const h = Math.ceil(height);
    const context = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: scale });
    try {
      const page = await context.newPage();
      // The SVG is sized in pt; drawn into a box of the same number of CSS pixels it keeps its proportions.
      const body = svg
        .replace(/^<\?xml[^>]*>\s*/, "")
        .replace(/width="[\d.]+pt" height="[\d.]+pt"/, `width="${w}" height="${h}"`);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${body}</body></html>`, {
        waitUntil: "load",
      });
      // Every embedded font face loaded (or given up on, then the text is drawn in a fallback font) and drawn.
      await page.evaluate(`(${FONTS_LOADED})(${pngBrowser.fontWaitMs})`);
      const png = await page.screenshot({ type: "png", clip: { x: 0, y: 0, width: w, height: h } });
      return new Uint8Array(png);
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    drawing--;
    if (drawing === 0) {
      clearTimeout(idleTimer);
      // unref: an idle browser never keeps the process alive for this timer's sake.
      idleTimer = setTimeout(() => void closeBrowser(), pngBrowser.idleMs).unref();
    }
  }
}
