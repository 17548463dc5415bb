// The whole job by keyboard alone in Chromium, as a facilitator without a mouse works: a map from a template on
// the start page, then in the editor a card added, moved between, renamed in the inspector, a measurement point
// added, undo and redo, and an export, with the focus always visible and the window title naming the map.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { endTest, launchChromium, ONLINE, startApp, type RunningApp, waitFor } from "./harness";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});
afterEach(async (ctx) => {
  await endTest([context], ctx.task);
});

/** What has the keyboard focus: its tag, role, data-id and accessible-ish name. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? "",
      role: el?.getAttribute("role") ?? "",
      id: el?.dataset["id"] ?? "",
      name: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim(),
      outline: el ? getComputedStyle(el).outlineStyle : "",
    };
  });
}

async function tabUntil(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, shift = false) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
    if (wanted(await focused(page))) return;
  }
  throw new Error("the wanted control never got the focus");
}

const selectedCard = (page: Page) =>
  page.evaluate(() => (document.querySelector(".react-flow__node-card.selected") as HTMLElement | null)?.dataset["id"]);

describe("the editor by keyboard alone", () => {
  it("creates a map from a template and edits, measures, undoes and exports it without a mouse", async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("new-map-title").waitFor();

    // Start page: title, template, Create.
    await tabUntil(page, (f) => f.tag === "INPUT" && f.name === "");
    await page.keyboard.type("Claims by keyboard");
    await tabUntil(page, (f) => f.tag === "SELECT" && f.name.includes("Blank map"));
    await page.keyboard.press("ArrowDown");
    await tabUntil(page, (f) => f.name === "Create map");
    await page.keyboard.press("Enter");
    await page.waitForSelector(ONLINE, { timeout: 15000 });
    await page.waitForSelector('[data-fitted="true"]', { timeout: 15000 });
    expect(await page.title()).toBe("Claims by keyboard – Outside-In");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    // The first Tab reaches the skip link; it jumps into the map, where the focused card shows a ring.
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Skip to the map");
    await page.keyboard.press("Enter");
    const first = await focused(page);
    expect(first.role).toBe("group");
    expect(first.outline).not.toBe("none");

    // Space selects the card; the arrow keys move the selection, and the focus goes with it.
    await page.keyboard.press(" ");
    expect(await selectedCard(page)).toBe(first.id);
    await page.keyboard.press("ArrowRight");
    await waitFor(async () => (await focused(page)).id !== first.id, 3000, "the focus to follow the arrow key");
    const moved = await focused(page);
    expect(await selectedCard(page)).toBe(moved.id);

    // N adds a card in that cell and opens its title.
    await page.keyboard.press("n");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("I get called back");
    await page.keyboard.press("Enter");
    await page.locator(".react-flow__node-card", { hasText: "I get called back" }).waitFor();

    // The inspector: through the skip link to the details, then a new title and a measurement point.
    await tabUntil(page, (f) => f.name === "Skip to the details");
    await page.keyboard.press("Enter");
    expect((await focused(page)).name).toBe("Inspector");
    await tabUntil(page, (f) => f.tag === "INPUT" && f.name === "");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("I am called back within the hour");
    await page.keyboard.press("Enter");
    await page.locator(".react-flow__node-card", { hasText: "I am called back within the hour" }).waitFor();
    await tabUntil(page, (f) => f.name === "Add measurement point");
    // At once: each command is its own undo step, however quickly the next one follows.
    await page.keyboard.press("Enter");
    expect((await focused(page)).tag).toBe("SELECT");
    await expect.poll(() => page.getByRole("button", { name: "Remove measurement point" }).count()).toBe(1);

    // Undo and redo from the keyboard, with the focus on a button rather than in a field.
    await tabUntil(page, (f) => f.name === "Remove measurement point");
    await page.keyboard.press("Control+Z");
    await expect.poll(() => page.getByRole("button", { name: "Add measurement point" }).count()).toBe(1);
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => page.getByRole("button", { name: "Remove measurement point" }).count()).toBe(1);

    // Export: back to the toolbar, open the menu with the keyboard, pick the JSON file.
    await tabUntil(page, (f) => f.name === "Export ▾", true);
    await page.keyboard.press("Enter");
    expect((await focused(page)).role).toBe("menuitemcheckbox");
    await page.keyboard.press("End");
    expect((await focused(page)).name).toBe("JSON journey file");
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    await download;
    await expect.poll(() => page.getByTestId("export-status").textContent()).toContain("Exported: JSON journey file.");
    expect((await focused(page)).name).toBe("Export ▾");

    // The map is a few Tab stops, not one per card, header, path and cell: Tab goes through it quickly.
    await tabUntil(page, (f) => f.name === "Skip to the map", true);
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe(await selectedCard(page));
    const inMap = () => page.evaluate(() => !!document.activeElement?.closest(".react-flow"));
    let stops = 0;
    while (await inMap()) {
      await page.keyboard.press("Tab");
      stops += 1;
      expect(stops).toBeLessThan(16);
    }
    // Before, each card in view was one (and each header, its three buttons, each path and each cell's "+").
    expect(await page.evaluate(() => document.querySelectorAll(".react-flow__node-card").length)).toBeGreaterThan(
      stops,
    );

    // A stage header is one of them, and the arrow keys go on to the next stage; the cell's "+" adds a card there,
    // and closing its title with Escape gives the focus back to that card.
    await tabUntil(page, (f) => f.role === "group" && f.id.startsWith("stage:"), true);
    const stage = (await focused(page)).id;
    await page.keyboard.press("ArrowRight");
    await waitFor(
      async () => (await focused(page)).id.startsWith("stage:") && (await focused(page)).id !== stage,
      3000,
      "the next stage header",
    );
    await tabUntil(page, (f) => f.name.startsWith("Add a card: "));
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    const added = await focused(page);
    expect(added.role).toBe("group");
    expect(await selectedCard(page)).toBe(added.id);
    expect(added.outline).not.toBe("none");
  });

  it("opens the share dialog as a modal that keeps the focus and gives it back on Escape", async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByTestId("new-map-title").fill("Sharing by keyboard");
    await page.getByTestId("create-map").click();
    await page.waitForSelector(ONLINE, { timeout: 15000 });
    await page.getByTestId("open-share").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Share this map" });
    await dialog.waitFor();
    expect(await dialog.getAttribute("aria-modal")).toBe("true");
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect((await focused(page)).name).toBe("Share");
  });
});
