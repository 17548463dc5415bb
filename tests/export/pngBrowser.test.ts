// The shared Chromium of PNG export: launched once for many PNGs, closed when idle, launched anew after a crash.
import type { Browser } from "playwright-core";
import { closeBrowser, launchChromium, pngBrowser, svgToPng } from "../../server/png";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120pt" height="60pt" viewBox="0 0 120 60">' +
  '<rect width="120" height="60" fill="#c00"/></svg>';
const defaults = { ...pngBrowser };
let launched: Browser[];

beforeEach(() => {
  launched = [];
  // The real launcher, counted.
  pngBrowser.launch = async (path) => {
    const browser = await launchChromium(path);
    launched.push(browser);
    return browser;
  };
});
afterEach(async () => {
  await closeBrowser();
  Object.assign(pngBrowser, defaults);
});

async function drawn(): Promise<number[]> {
  const png = await svgToPng(SVG, 120, 60);
  return [...png.subarray(0, 8)];
}

it("draws PNGs one after another and several at once with one Chromium", async () => {
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(await Promise.all([drawn(), drawn(), drawn()])).toEqual([PNG_SIGNATURE, PNG_SIGNATURE, PNG_SIGNATURE]);
  expect(launched).toHaveLength(1);
  expect(launched[0]?.isConnected()).toBe(true);
  // Each PNG's page is closed after it.
  expect(launched[0]?.contexts()).toEqual([]);
}, 60_000);

it("closes Chromium once it has been idle, and launches it again for the next PNG", async () => {
  pngBrowser.idleMs = 300;
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  const first = launched[0];
  expect(first?.isConnected()).toBe(true);
  await vi.waitFor(() => expect(first?.isConnected()).toBe(false), { timeout: 5000, interval: 50 });
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(launched).toHaveLength(2);
});

it("launches a new Chromium for the next PNG when the last one was closed under it", async () => {
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  await launched[0]?.close();
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(launched).toHaveLength(2);
  expect(launched[1]?.isConnected()).toBe(true);
});
