// A map replaced on the server (its document deleted and made again under the same id and links; the HTTP API has no
// way to do that, so the test writes the server's database while it is stopped) is never merged with the copy an
// editor's browser kept of the old one: the page opens the server's map as it is and offers the old copy, with the
// change the server never got, as a journey file. And offline changes in the local copy are on the map from its first
// frame, never drawn without them first.
import { readFile } from "node:fs/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startServer } from "../../server/app";
import { blankJourney } from "../../src/doc";
import { replaceMapDocument } from "../sync/replacedMapServer";
import { generatedJourney } from "../export/journeys";
import { createMap, endTest, launchChromium, OFFLINE, ONLINE, serverJourney, twoCardMapFile } from "./harness";

const STAGE_NAME = '[data-testid="stage-st_1"] .stage-name';

const root = resolve(import.meta.dirname, "../..");
let dataDir = "";
let port = 0;
let server: Awaited<ReturnType<typeof startServer>> | null = null;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
const url = (): string => `http://127.0.0.1:${port}`;

async function start(): Promise<void> {
  server = await startServer({ port, host: "127.0.0.1", dataDir, staticDir: join(root, "dist") });
  port = server.port;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "outside-in-e2e-replaced-"));
  await start();
  browser = await launchChromium();
});
afterEach(({ task }) => endTest(contexts, task));
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  contexts.push(context);
  return { context, page: await context.newPage() };
}

/** Opens the map's edit link, online, once the browser keeps its copy. */
async function openWithCopy(page: Page, link: string, mapId: string): Promise<void> {
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  await expect
    .poll(async () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
    .toContain(`outside-in:${mapId}`);
}

async function renameStage(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="stage-st_1"]').click();
  const field = page.locator('[data-testid="stage-inspector"] input[type="text"]').first();
  await field.fill(name);
  await field.press("Enter");
  await expect.poll(() => page.locator(STAGE_NAME).textContent()).toBe(name);
  // The local copy stores each change as it is made; give its write a moment.
  await page.waitForTimeout(300);
}

/** The server stops, the map's document is made again under its id and links, and the server starts again. */
async function replaceOnServer(mapId: string): Promise<void> {
  await server?.close();
  server = null;
  replaceMapDocument(dataDir, mapId, {
    ...blankJourney("Neue Karte", "de"),
    stages: [{ id: "st_neu", name: "Neu angelegt" }],
  });
  await start();
}

async function serverStageNames(mapId: string, ownerToken: string): Promise<string[]> {
  return (await serverJourney(url(), mapId, ownerToken)).stages.map((s) => s.name);
}

async function savedFile(page: Page, button: ReturnType<Page["getByRole"]>) {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 10000 }), button.click()]);
  const file = JSON.parse(await readFile(await download.path(), "utf8")) as {
    format: string;
    journey: { title: string; stages: { id: string; name: string }[] };
  };
  return { name: download.suggestedFilename(), file };
}

describe("a map replaced on the server while a browser kept a copy of the old one", () => {
  it("opens the server's map as it is on the next visit and offers the old copy with its offline change", async () => {
    const map = await createMap(url(), twoCardMapFile());
    const { context, page } = await newPage();
    await openWithCopy(page, map.links.edit, map.id);
    await context.setOffline(true);
    await page.waitForSelector(OFFLINE, { timeout: 5000 });
    await renameStage(page, "Offline umbenannt: Größe „prüfen“");
    await page.close();
    await context.setOffline(false);

    await replaceOnServer(map.id);
    const again = await context.newPage();
    await again.goto(map.links.edit);
    await again.waitForSelector(ONLINE, { timeout: 15000 });
    await again.locator('[data-testid="stage-st_neu"]').waitFor();
    expect(await again.locator('[data-testid="stage-st_1"]').count()).toBe(0);
    const offer = again.getByTestId("set-aside-copy");
    await offer.waitFor({ timeout: 5000 });
    expect(await offer.innerText()).toContain("This map was replaced on the server");
    const { name, file } = await savedFile(
      again,
      offer.getByRole("button", { name: "Save this browser's copy (JSON)" }),
    );
    expect(name).toBe("Switch plans.json");
    expect(file.format).toBe("outside-in.journey");
    expect(file.journey.stages.find((s) => s.id === "st_1")?.name).toBe("Offline umbenannt: Größe „prüfen“");
    // Nothing of the old map reached the new one.
    await again.waitForTimeout(300);
    expect(await serverStageNames(map.id, map.tokens.owner)).toEqual(["Neu angelegt"]);
    // Saved, the copy may leave the browser, once the person confirms it.
    await offer.getByRole("button", { name: "Remove this copy from this browser" }).click();
    const confirm = offer.getByTestId("set-aside-confirm");
    expect(await confirm.innerText()).toContain("You saved it as a journey file");
    await confirm.getByRole("button", { name: "Remove it" }).click();
    await expect.poll(() => again.getByTestId("set-aside-copy").count()).toBe(0);
  });

  it("stops a page that was offline when it comes back, sends nothing, and opens the server's map on request", async () => {
    const map = await createMap(url(), twoCardMapFile());
    const { context, page } = await newPage();
    await openWithCopy(page, map.links.edit, map.id);
    await context.setOffline(true);
    await page.waitForSelector(OFFLINE, { timeout: 5000 });
    await renameStage(page, "Offline umbenannt");

    await replaceOnServer(map.id);
    await context.setOffline(false);
    const notice = page.getByTestId("map-replaced");
    await notice.waitFor({ timeout: 15000 });
    expect(await notice.innerText()).toContain("while this page was away");
    // The page still shows the earlier map with the change, and nothing of the new one.
    expect(await page.locator(STAGE_NAME).textContent()).toBe("Offline umbenannt");
    expect(await page.locator('[data-testid="stage-st_neu"]').count()).toBe(0);
    const { file } = await savedFile(page, notice.getByRole("button", { name: "Save this browser's copy (JSON)" }));
    expect(file.journey.stages.find((s) => s.id === "st_1")?.name).toBe("Offline umbenannt");
    expect(await serverStageNames(map.id, map.tokens.owner)).toEqual(["Neu angelegt"]);

    await notice.getByRole("button", { name: "Open the server's map" }).click();
    await page.waitForSelector(ONLINE, { timeout: 15000 });
    await page.locator('[data-testid="stage-st_neu"]').waitFor();
    expect(await page.locator('[data-testid="stage-st_1"]').count()).toBe(0);
    // The earlier map stays offered until it is removed.
    await page.getByTestId("set-aside-copy").waitFor({ timeout: 5000 });
  });
});

describe("a map opened with offline changes in the browser's copy", () => {
  // A map of 64 KiB or more comes with the server's snapshot first (src/doc/snapshotMessage.ts), which lacks them.
  it.each([
    ["a small map", twoCardMapFile()],
    [
      "a map big enough for the server's snapshot",
      { format: "outside-in.journey", version: 1, journey: { ...generatedJourney(200), id: "big" } },
    ],
  ])("is drawn with them from its first frame: %s", async (_, body) => {
    const map = await createMap(url(), body);
    const { context, page } = await newPage();
    await openWithCopy(page, map.links.edit, map.id);
    await context.setOffline(true);
    await page.waitForSelector(OFFLINE, { timeout: 5000 });
    await renameStage(page, "Offline umbenannt");
    await page.close();
    await context.setOffline(false);

    const again = await context.newPage();
    // Every name the stage's header shows, from the first time it is drawn.
    await again.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenStageNames: string[] }).seenStageNames = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="stage-st_1"] .stage-name')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await again.goto(map.links.edit);
    await again.waitForSelector(ONLINE, { timeout: 15000 });
    await expect
      .poll(async () => serverStageNames(map.id, map.tokens.owner), { timeout: 10000 })
      .toContain("Offline umbenannt");
    const seen = await again.evaluate(() => (window as unknown as { seenStageNames: string[] }).seenStageNames);
    expect(seen).toEqual(["Offline umbenannt"]);
  });
});
