// SVG to PNG through headless Chromium (playwright-core), for the CLI and the server; the browser draws on a canvas instead.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const NO_CHROMIUM =
  "PNG export needs Chromium: install it with `apt-get install chromium` or set CHROMIUM_PATH.";

/** Renders one SVG page (width x height in points) at `scale` pixels per point. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new Error(NO_CHROMIUM);
  const browser = await chromium
    .launch({
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    })
    .catch((e: unknown) => {
      throw new Error(`${NO_CHROMIUM} (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
    });
  try {
    const w = Math.ceil(width);
    const h = Math.ceil(height);
    const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: scale });
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
    await browser.close();
  }
}
