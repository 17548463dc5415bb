// An export made right after a map opens, while its comments are still on their way: the file holds the map's
// comments (the export waits for them), and when they cannot come the export says so instead of leaving them out
// silently.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page, WebSocketRoute } from "playwright-core";
import { GERMAN_COMMENT, germanExample, germanExampleFile } from "../features/export/fixtures";
import { createMap, ONLINE } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();
const journey = germanExample();

type Saved = { journey: { title: string; comments?: { text: string }[] } };

/** Exports the JSON journey file; `meanwhile` runs after the menu entry is chosen and before the file is awaited. */
async function exportJson(page: Page, meanwhile: () => Promise<void>): Promise<Saved> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const download = page.waitForEvent("download", { timeout: 30000 });
  await page.getByRole("menu", { name: "Export formats" }).getByRole("menuitem", { name: "JSON journey file" }).click();
  await meanwhile();
  return JSON.parse(await readFile(await (await download).path(), "utf8")) as Saved;
}

/**
 * Opens the map; the page's first connection to the comments room gets none of the server's messages until
 * `release()`, or with `never` none at all (a proxy that drops it, a server that hangs). The page's clock is
 * Playwright's, so a test can jump over the export's wait for comments instead of sitting it out.
 */
async function openWithHeldComments(link: string, never = false): Promise<{ page: Page; release: () => void }> {
  const context = await suite.newContext({ locale: "en-US", acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.install();
  const held: (string | Buffer)[] = [];
  let holding = true;
  let first: WebSocketRoute | null = null;
  await page.routeWebSocket(/\/ws\/[^/?]+\/comments/, (ws: WebSocketRoute) => {
    const isFirst = first === null;
    first ??= ws;
    if (never) return;
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (isFirst && holding) held.push(message);
      else ws.send(message);
    });
    ws.onMessage((message) => server.send(message));
  });
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  await page.locator(".card-node").first().waitFor();
  const release = () => {
    holding = false;
    for (const message of held.splice(0)) first?.send(message);
  };
  return { page, release };
}

describe("an export right after the map opens", () => {
  it("holds the comments that had not arrived on the page yet", async () => {
    const map = await createMap(suite.app.url, germanExampleFile());
    const { page, release } = await openWithHeldComments(map.links.view);
    // The page has not shown the comments yet when the export starts.
    await page.getByRole("tab", { name: "Comments" }).click();
    expect(await page.getByText(GERMAN_COMMENT).count()).toBe(0);
    let downloaded = false;
    page.on("download", () => (downloaded = true));
    const saved = await exportJson(page, async () => {
      // The export waits for them: no file while they are held, the file once they come.
      await page.waitForTimeout(1000);
      expect(downloaded).toBe(false);
      release();
    });
    expect(saved.journey.title).toBe(journey.title);
    expect(saved.journey.comments?.map((c) => c.text)).toEqual(journey.comments?.map((c) => c.text));
    expect(saved.journey.comments?.map((c) => c.text)).toContain(GERMAN_COMMENT);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("says the file has no comments when they cannot be loaded, and still saves the map", async () => {
    const map = await createMap(suite.app.url, germanExampleFile());
    const { page } = await openWithHeldComments(map.links.owner, true);
    // The export's wait for comments (COMMENTS_WAIT_MS, 8 s) passed in a jump of the page's clock.
    const saved = await exportJson(page, () => page.clock.fastForward(8000));
    expect(saved.journey.title).toBe(journey.title);
    expect(saved.journey.comments ?? []).toEqual([]);
    const warning = page.getByRole("alert");
    await warning.waitFor();
    expect(await warning.innerText()).toContain(
      "Exported: JSON journey file, but without its comments: they did not arrive from the server.",
    );
  });
});
