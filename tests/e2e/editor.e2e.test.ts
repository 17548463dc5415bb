// The editor in real Chromium: create a map from the start page, build on it, reload and find it
// all there; import the example file, see every card, export it back and compare.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { connectCards, createMap, launchChromium, ONLINE, startApp, type RunningApp } from "./harness";

const root = resolve(import.meta.dirname, "../..");
const examplePath = resolve(root, "../shared/examples/phone-plan.journey.json");

const SEL = {
  online: ONLINE,
  stageHeader: ".stage-header",
  cardTitle: '[data-testid="card-title"]',
};

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close();
  await app?.stop();
});

async function waitOnline(page: Page): Promise<void> {
  await page.waitForSelector(SEL.online, { timeout: 15000 });
}

describe("the editor in Chromium", () => {
  it("creates a map, adds a stage and a measured moment-of-truth touchpoint, and finds it all after a reload", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("new-map-title").fill("Moving house");
    await page.getByTestId("create-map").click();
    await waitOnline(page);
    await page.locator(SEL.stageHeader).first().waitFor();
    expect(await page.locator(SEL.stageHeader).count()).toBe(3);

    await page.getByRole("button", { name: "Add stage" }).click();
    await expect.poll(() => page.locator(SEL.stageHeader).count()).toBe(4);
    // The new stage was centred; only what is in view is rendered, so show the whole map again.
    await expect
      .poll(async () => {
        await page.locator(".react-flow__controls-fitview").click();
        return page.locator('.lane-header[data-kind="touchpoints"]').count();
      })
      .toBe(1);

    const lane = page.locator('.lane-header[data-kind="touchpoints"]');
    const laneId = (await lane.getAttribute("data-testid"))?.replace(/^lane-/, "");
    const stageId = (await page.locator(SEL.stageHeader).first().getAttribute("data-testid"))?.replace(/^stage-/, "");
    expect(laneId && stageId).toBeTruthy();
    const cell = page.getByTestId(`cell-${stageId}-${laneId}`);
    await cell.locator(".cell-add").click();
    const titleInput = page.locator("input.card-title-input");
    await titleInput.fill("I get the moving checklist by email");
    await titleInput.press("Enter");
    await page.locator(SEL.cardTitle, { hasText: "I get the moving checklist by email" }).waitFor();

    await page.getByRole("button", { name: "Add measurement point" }).click();
    await page.getByLabel("Metric").selectOption("CES");
    await page.getByLabel("Target").fill("5.5");
    await page.getByLabel("Question to the customer").fill("How easy was it to plan the move?");
    await page.getByLabel("Question to the customer").blur();
    await page.getByLabel("Moment of truth").check();
    await page.getByTestId("mark-mot").waitFor();

    await page.reload();
    await waitOnline(page);
    const card = page.locator('[data-testid="card-view"]', { hasText: "I get the moving checklist by email" });
    await card.waitFor();
    await expect.poll(() => page.locator(SEL.stageHeader).count()).toBe(4);
    expect(await card.getByTestId("mark-mot").count()).toBe(1);
    expect(await card.getByTestId("card-metric").textContent()).toContain("CES");
    expect(await card.getByTestId("card-metric").textContent()).toContain("5.5");
    await card.click();
    expect(await page.getByLabel("Question to the customer").inputValue()).toBe("How easy was it to plan the move?");
    await page.close();
  });

  it("imports the example map, shows every card title, and exports the same journey", async () => {
    const text = await readFile(examplePath, "utf8");
    const example = JSON.parse(text) as {
      journey: { title: string; cards: { title: string }[] } & Record<string, unknown>;
    };
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("import-file").setInputFiles(examplePath);
    await waitOnline(page);
    await page.locator(SEL.cardTitle).first().waitFor();
    await expect
      .poll(async () => (await page.locator(SEL.cardTitle).allTextContents()).sort())
      .toEqual(example.journey.cards.map((c) => c.title).sort());
    // The README's screenshot is refreshed on request only, so a test run leaves the tree clean.
    const shot = process.env.UPDATE_SCREENSHOT === "1" ? "docs/editor.png" : "tests/e2e/output/editor.png";
    await page.screenshot({ path: resolve(root, shot) });

    await page.getByRole("button", { name: "Export", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menu", { name: "Export formats" }).getByRole("menuitem", { name: "JSON journey file" }).click(),
    ]);
    const path = await download.path();
    const exported = JSON.parse(await readFile(path, "utf8")) as { format: string; version: number; journey: unknown };
    expect(exported.format).toBe("outside-in.journey");
    expect(exported.version).toBe(1);
    // The server gives the imported journey the new map's id; everything else comes back as it went in.
    const { id: _exportedId, ...exportedRest } = exported.journey as Record<string, unknown>;
    const { id: _exampleId, ...exampleRest } = example.journey;
    expect(exportedRest).toEqual(exampleRest);
    await page.close();
  });

  it("shows every problem of an invalid file and opens no map", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    const bad = JSON.stringify({
      format: "outside-in.journey",
      version: 1,
      journey: {
        id: "x",
        title: "Broken",
        stages: [],
        lanes: [],
        cards: [{ id: "c", stageId: "nope", laneId: "nope", title: "t" }],
        connections: [],
      },
    });
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(bad) });
    const problem = page.getByTestId("import-problem");
    await problem.waitFor();
    const items = await problem.locator("li").allTextContents();
    expect(items.some((line) => line.includes("journey.cards[0].stageId"))).toBe(true);
    expect(items.some((line) => line.includes("journey.cards[0].laneId"))).toBe(true);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.close();
  });
});

describe("editing on the canvas in Chromium", () => {
  it("drags a card into another cell, deletes it with the keyboard and brings it back with undo", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("import-file").setInputFiles(examplePath);
    await waitOnline(page);
    const card = page.locator(".react-flow__node-card", { hasText: "I compare three plans side by side" });
    await card.waitFor();
    const from = await card.boundingBox();
    // The empty "What I do" cell of the third stage ("Order online").
    const target = await page.locator('[data-testid="cell-st_buy-ln_do"]').boundingBox();
    if (!from || !target) throw new Error("card or cell not visible");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await page.mouse.up();
    await card.click();
    await expect.poll(() => page.locator(".inspector-place").textContent()).toContain("Order online");

    await page.keyboard.press("Delete");
    await expect.poll(() => card.count()).toBe(0);
    await page.keyboard.press("Control+z");
    await card.waitFor();
    await page.close();
  });

  it("asks before deleting a stage that holds cards, and undo brings stage and cards back", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("import-file").setInputFiles(examplePath);
    await waitOnline(page);
    const stage = page.getByTestId("stage-st_wait");
    await stage.hover();
    await stage.getByRole("button", { name: "Delete stage “Wait for delivery”" }).click();
    await stage.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => page.getByTestId("stage-st_wait").count()).toBe(0);
    await expect.poll(() => page.locator(SEL.cardTitle, { hasText: "I get a tracking e-mail" }).count()).toBe(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByTestId("stage-st_wait").waitFor();
    await page.locator(SEL.cardTitle, { hasText: "I get a tracking e-mail" }).waitFor();
    await page.close();
  });

  it("connects two cards by dragging from a handle, duplicates with Ctrl+D and renames with Enter", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("import-file").setInputFiles(examplePath);
    await waitOnline(page);
    const to = page.locator(".react-flow__node-card", { hasText: "I compare three plans side by side" });
    await to.waitFor();
    const edgesBefore = await page.locator(".react-flow__edge").count();
    await connectCards(page, "I search for 'cheap phone plan'", "I compare three plans side by side");
    await expect.poll(() => page.locator(".react-flow__edge").count()).toBe(edgesBefore + 1);

    await to.click();
    await page.keyboard.press("Control+d");
    await expect
      .poll(() => page.locator(SEL.cardTitle, { hasText: "I compare three plans side by side" }).count())
      .toBe(2);
    await page.keyboard.press("Enter");
    const input = page.locator("input.card-title-input");
    await input.fill("I compare the copy");
    await input.press("Enter");
    await page.locator(SEL.cardTitle, { hasText: "I compare the copy" }).waitFor();
    await page.close();
  });

  it("creates a German map from a template and lists it on the start page", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("new-map-title").fill("Kfz-Schaden melden");
    await page.getByLabel("Language of the map").selectOption("de");
    await page.getByLabel("Start from").selectOption("motor-claim");
    await page.getByTestId("create-map").click();
    await waitOnline(page);
    await page.locator(SEL.cardTitle).first().waitFor();
    expect(await page.locator(SEL.cardTitle).count()).toBeGreaterThan(3);
    expect(await page.locator(SEL.stageHeader).count()).toBeGreaterThan(1);

    await page.locator(".brand").click();
    const known = page.getByTestId("known-maps");
    await known.waitFor();
    expect(await known.textContent()).toContain("Owner");
    await known.getByRole("link").first().click();
    await waitOnline(page);
    await page.locator(SEL.cardTitle).first().waitFor();
    await page.close();
  });

  it("selects several cards with a box drawn from inside the grid and with Shift-click", async () => {
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("import-file").setInputFiles(examplePath);
    await waitOnline(page);
    const a = page.locator(".react-flow__node-card", { hasText: "I search for 'cheap phone plan'" });
    const b = page.locator(".react-flow__node-card", { hasText: "I see an ad in my social feed" });
    await a.waitFor();
    const boxA = await a.boundingBox();
    const boxB = await b.boundingBox();
    if (!boxA || !boxB) throw new Error("cards not visible");
    await page.mouse.move(boxA.x - 4, boxA.y - 4);
    await page.mouse.down();
    await page.mouse.move(boxB.x + boxB.width + 4, boxB.y + boxB.height + 4, { steps: 8 });
    await page.mouse.up();
    // The box also takes the path steps between the boxed cards, so count the cards themselves.
    await expect.poll(() => page.locator(".react-flow__node-card.selected").count()).toBe(2);
    await page.getByText(/things selected/).waitFor();

    await page.keyboard.press("Escape");
    await a.click();
    await b.click({ modifiers: ["Shift"] });
    await page.getByText("2 things selected. Select one to edit it.").waitFor();

    // A click on an empty cell makes it the place where the toolbar adds a card.
    const cell = page.getByTestId("cell-st_buy-ln_do");
    const cellBox = await cell.boundingBox();
    if (!cellBox) throw new Error("cell not visible");
    await page.mouse.click(cellBox.x + 20, cellBox.y + 20);
    await expect.poll(() => cell.getAttribute("class")).toContain("active");
    await page.getByRole("button", { name: "Add card" }).click();
    const input = page.locator("input.card-title-input");
    await input.fill("I pay with my card");
    await input.press("Enter");
    await page.locator(".react-flow__node-card", { hasText: "I pay with my card" }).click();
    await expect.poll(() => page.locator(".inspector-place").textContent()).toContain("Order online");
    await page.close();
  });

  it("loads the start page and an editor, icon included, without a request that fails", async () => {
    const page = await context.newPage();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    // A request the test's own navigation cuts off (the start page's icon, asked for after its load, when the test
    // goes on to the editor at once) is aborted by the browser, not refused: every other failure counts.
    page.on("requestfailed", (request) => {
      if (request.failure()?.errorText === "net::ERR_ABORTED") return;
      failed.push(`failed ${new URL(request.url()).pathname} (${request.failure()?.errorText ?? "?"})`);
    });
    await page.goto(app.url);
    await page.getByTestId("create-map").waitFor();
    const map = await createMap(app.url, { title: "Icons" });
    await page.goto(map.links.edit);
    await waitOnline(page);
    // The page names its icon, and the server serves it (Chromium asks for it after the page has loaded).
    const icons = await page
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
    expect(icons).toEqual(["/favicon.svg"]);
    const icon = await page.request.get(`${app.url}/favicon.svg`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toBe("image/svg+xml");
    expect(failed).toEqual([]);
    await page.close();
  });
});
