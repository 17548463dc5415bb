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

/** Starts a Chromium; the signal handlers are the server's (a Ctrl-C there saves and closes, then exits). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [...CHROMIUM_ARGS],
  });
}

/** How long the browser stays open without a PNG to draw, and how it is started (tests count launches). */
export const pngBrowser = { idleMs: 60_000, launch: launchChromium };

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

/** Renders one SVG page (width x height in points) at `scale` pixels per point. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
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
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
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
