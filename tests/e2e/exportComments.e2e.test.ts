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

async function exportJson(page: Page): Promise<Saved> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 30000 }),
    page.getByRole("menu", { name: "Export formats" }).getByRole("menuitem", { name: "JSON journey file" }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), "utf8")) as Saved;
}

/** Opens the map; the page's first connection to the comments room gets the server's messages `delayMs` late. */
async function openWithSlowComments(link: string, delayMs: number | null): Promise<Page> {
  const context = await suite.newContext({ locale: "en-US", acceptDownloads: true });
  const page = await context.newPage();
  let first = true;
  await page.routeWebSocket(/\/ws\/[^/?]+\/comments/, (ws: WebSocketRoute) => {
    const slow = first;
    first = false;
    // null: the comments room never answers anyone (a proxy that drops it, a server that hangs).
    if (delayMs === null) return;
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (slow) setTimeout(() => ws.send(message), delayMs);
      else ws.send(message);
    });
    ws.onMessage((message) => server.send(message));
  });
  await page.goto(link);
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  await page.locator(".card-node").first().waitFor();
  return page;
}

describe("an export right after the map opens", () => {
  it("holds the comments that had not arrived on the page yet", async () => {
    const map = await createMap(suite.app.url, germanExampleFile());
    const page = await openWithSlowComments(map.links.view, 6000);
    // The page has not shown the comments yet when the export starts.
    await page.getByRole("tab", { name: "Comments" }).click();
    expect(await page.getByText(GERMAN_COMMENT).count()).toBe(0);
    const saved = await exportJson(page);
    expect(saved.journey.title).toBe(journey.title);
    expect(saved.journey.comments?.map((c) => c.text)).toEqual(journey.comments?.map((c) => c.text));
    expect(saved.journey.comments?.map((c) => c.text)).toContain(GERMAN_COMMENT);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("says the file has no comments when they cannot be loaded, and still saves the map", async () => {
    const map = await createMap(suite.app.url, germanExampleFile());
    const page = await openWithSlowComments(map.links.owner, null);
    const saved = await exportJson(page);
    expect(saved.journey.title).toBe(journey.title);
    expect(saved.journey.comments ?? []).toEqual([]);
    const warning = page.getByRole("alert");
    await warning.waitFor();
    expect(await warning.innerText()).toContain(
      "Exported: JSON journey file, but without its comments: they did not arrive from the server.",
    );
  });
});
