// An editor whose link was replaced while a change made offline was still unsent opens the old link again: the page
// says the link is no longer valid and offers the copy this browser kept, as a journey file that imports again.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createMap, OFFLINE, ONLINE, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("the copy a browser keeps of a map it cannot open any more", () => {
  it("is saved from the page of a replaced link, with the change the server never got", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const context = await suite.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    await page.waitForSelector(ONLINE, { timeout: 15000 });
    await expect
      .poll(async () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)))
      .toContain(`outside-in:${map.id}`);

    await context.setOffline(true);
    await page.waitForSelector(OFFLINE, { timeout: 5000 });
    await page.locator('[data-testid="stage-st_1"]').click();
    const name = page.locator('[data-testid="stage-inspector"] input[type="text"]').first();
    await name.fill("Offline umbenannt: Größe „prüfen“");
    await name.press("Enter");
    await expect
      .poll(() => page.locator('[data-testid="stage-st_1"] .stage-name').textContent())
      .toBe("Offline umbenannt: Größe „prüfen“");
    // The local copy stores each change as it is made; give its write a moment before the page goes.
    await page.waitForTimeout(300);
    await page.close();
    await context.setOffline(false);

    // Meanwhile the owner replaced the edit link: the change never reached the server.
    const rotated = await fetch(`${suite.app.url}/api/maps/${map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);

    const again = await context.newPage();
    await again.goto(map.links.edit);
    const error = again.getByTestId("page-error");
    await error.waitFor({ timeout: 10000 });
    expect(await error.innerText()).toContain("This link is not valid (any more).");
    const save = again.getByRole("button", { name: "Save this browser's copy (JSON)" });
    await save.waitFor({ timeout: 5000 });
    const [download] = await Promise.all([again.waitForEvent("download", { timeout: 10000 }), save.click()]);
    // Named as the editor's JSON export of the map is.
    expect(download.suggestedFilename()).toBe("Switch plans.json");
    const path = await download.path();
    const file = JSON.parse(await readFile(path, "utf8")) as {
      format: string;
      journey: { stages: { id: string; name: string }[] };
    };
    expect(file.format).toBe("outside-in.journey");
    expect(file.journey.stages.find((s) => s.id === "st_1")?.name).toBe("Offline umbenannt: Größe „prüfen“");

    // The file imports again as a new map.
    const imported = await fetch(`${suite.app.url}/api/maps`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(file),
    });
    expect(imported.status).toBe(201);
  });
});
