// The Export menu when the network is not there: a map still opening gives no file (it would be an empty "Untitled
// map"), a map that is open still saves as JSON once the network is gone, and a printed export that cannot fetch its
// files says so in the interface language, not in the browser's words.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { germanExample, germanExampleFile } from "../features/export/fixtures";
import { createMap, ONLINE, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();
const journey = germanExample();

async function choose(page: Page, entry: string): Promise<void> {
  await page.getByRole("button", { name: "Exportieren", exact: true }).click();
  await page.getByRole("menu", { name: "Exportformate" }).getByRole("menuitem", { name: entry }).click();
}

describe("the Export menu without a network", () => {
  it("makes no file of a map that is still opening and says so in German", async () => {
    const map = await createMap(suite.app.url, germanExampleFile());
    const context = await suite.newContext({ locale: "de-DE", acceptDownloads: true });
    const page = await context.newPage();
    // The collaboration endpoint never answers: the map stays on its way.
    await page.routeWebSocket(/\/ws\//, () => {});
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    await page.goto(map.links.owner);
    await choose(page, "JSON-Journey-Datei");
    const error = page.getByTestId("export-error");
    await error.waitFor({ timeout: 5000 });
    expect(await error.innerText()).toContain(
      "Der Export hat nicht geklappt: Die Map wird noch geöffnet. Versuchen Sie es noch einmal, sobald sie zu sehen ist.",
    );
    expect(downloads).toEqual([]);
  });

  it("saves an open map as JSON offline, and says in German why a PDF cannot be made offline", async () => {
    const map = await createMap(suite.app.url, germanExampleFile());
    const context = await suite.newContext({
      locale: "de-DE",
      acceptDownloads: true,
      viewport: { width: 1000, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(map.links.owner);
    await page.waitForSelector(ONLINE, { timeout: 15000 });
    await page.locator(".card-node").first().waitFor();
    // The editor loads the export code while it is idle; the network goes once it has.
    await waitFor(
      () =>
        page.evaluate(() => performance.getEntriesByType("resource").some((e) => /\/browser-[^/]*\.js$/.test(e.name))),
      10000,
      "the export code to load",
    );
    await context.setOffline(true);
    await page.waitForSelector('[data-testid="connection-status"][data-status="offline"]', { timeout: 10000 });

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 10000 }),
      choose(page, "JSON-Journey-Datei"),
    ]);
    const saved = JSON.parse(await readFile(await download.path(), "utf8")) as {
      journey: { title: string; cards: unknown[] };
    };
    expect(saved.journey.title).toBe(journey.title);
    expect(saved.journey.cards).toHaveLength(journey.cards.length);

    await choose(page, "PDF, A3 quer");
    const error = page.getByTestId("export-error");
    await error.waitFor({ timeout: 10000 });
    const said = await error.innerText();
    expect(said).toContain(
      "Der Export hat nicht geklappt: Die dafür nötigen Dateien ließen sich nicht vom Server laden.",
    );
    expect(said).not.toMatch(/fetch|module/i);
    // The sentence wraps beside the Export button; the button keeps its one line, as tall as its neighbours.
    const button = await page.getByRole("button", { name: "Exportieren", exact: true }).boundingBox();
    const neighbour = await page.getByRole("button", { name: "Phase hinzufügen" }).boundingBox();
    expect(button?.height).toBeCloseTo(neighbour?.height ?? 0, 0);
  });
});
