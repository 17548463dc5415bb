// The shared Chromium of PNG export: launched once for many PNGs, closed when idle, launched anew after a crash.
import type { Browser } from "playwright-core";
import { closeBrowser, launchChromium, pngBrowser, svgToPng } from "../../server/png";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120pt" height="60pt" viewBox="0 0 120 60">' +
  '<rect width="120" height="60" fill="#c00"/></svg>';
const defaults = { ...pngBrowser };
// Every Chromium the file's PNGs launched, oldest first: the last is the one open, if any. A test starts with the
// browser the one before left open (none for the first), as a server has one from earlier PNGs.
const launched: Browser[] = [];

beforeAll(async () => {
  // No browser left open by another file of the same process; from here on the real launcher, counted.
  await closeBrowser();
  pngBrowser.launch = async (path) => {
    const browser = await launchChromium(path);
    launched.push(browser);
    return browser;
  };
});
afterEach(() => {
  pngBrowser.idleMs = defaults.idleMs;
});
afterAll(async () => {
  await closeBrowser();
  Object.assign(pngBrowser, defaults);
});

async function drawn(): Promise<number[]> {
  const png = await svgToPng(SVG, 120, 60);
  return [...png.subarray(0, 8)];
}

it("draws PNGs one after another and several at once with one Chromium", async () => {
  const before = launched.length;
  const open = launched.at(-1)?.isConnected() === true;
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(await Promise.all([drawn(), drawn(), drawn()])).toEqual([PNG_SIGNATURE, PNG_SIGNATURE, PNG_SIGNATURE]);
  // One launch (none when a browser was open already), and it is still open.
  expect(launched.length - before).toBe(open ? 0 : 1);
  const browser = launched.at(-1);
  expect(browser?.isConnected()).toBe(true);
  // Each PNG's page is closed after it.
  expect(browser?.contexts()).toEqual([]);
}, 60_000);

it("closes Chromium once it has been idle, and launches it again for the next PNG", async () => {
  pngBrowser.idleMs = 300;
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  const first = launched.at(-1);
  const before = launched.length;
  expect(first?.isConnected()).toBe(true);
  await vi.waitFor(() => expect(first?.isConnected()).toBe(false), { timeout: 5000, interval: 50 });
  // The next one stays open for the next test.
  pngBrowser.idleMs = defaults.idleMs;
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(launched).toHaveLength(before + 1);
  expect(launched.at(-1)).not.toBe(first);
});

it("launches a new Chromium for the next PNG when the last one was closed under it", async () => {
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  const first = launched.at(-1);
  const before = launched.length;
  await first?.close();
  expect(await drawn()).toEqual(PNG_SIGNATURE);
  expect(launched).toHaveLength(before + 1);
  expect(launched.at(-1)?.isConnected()).toBe(true);
});
