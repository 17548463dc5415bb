// The start page by keyboard and screen reader in real Chromium: a button pressed to create or import keeps the focus
// while the server answers (a disabled button would drop it to the page), so a refusal leaves the person where they
// were; the file input behind the import button is no second button.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, FileChooser, Page } from "playwright-core";
import { launchChromium, startApp, type RunningApp } from "./harness";

const root = resolve(import.meta.dirname, "../..");

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests = 0;
let choosers: FileChooser[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close();
  await app?.stop();
});

async function openRefusingStartPage(): Promise<void> {
  page = await context.newPage();
  requests = 0;
  // Listening from the start: Playwright takes over the file chooser only once a listener is there, and a chooser
  // opened before that (an Enter right after waitForEvent was asked) went to Chromium's own and was never seen.
  choosers = [];
  page.on("filechooser", (chooser) => choosers.push(chooser));
  // The server answers after a moment, as a busy one does, and refuses.
  await page.route("**/api/maps", async (route) => {
    requests += 1;
    await new Promise((r) => setTimeout(r, 300));
    await route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"The server is busy."}' });
  });
  await page.goto(app.url);
}

/** The focused button's text, else the focused element's tag (BODY when the focus was dropped). */
const focused = () =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLButtonElement ? active.textContent : active?.tagName;
  });

describe("the start page's buttons by keyboard while the server answers", () => {
  it("keeps the focus on Create map through a refusal, so Enter tries again", async () => {
    await openRefusingStartPage();
    await page.getByRole("textbox", { name: "Title" }).fill("Phone plan");
    await page.getByRole("button", { name: "Create map" }).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("create-problem").waitFor();
    expect(await page.getByTestId("create-problem").textContent()).toBe("The server is busy.");
    expect(await focused()).toBe("Create map");
    await page.keyboard.press("Enter");
    await expect.poll(() => requests).toBe(2);
    await page.close();
  });

  it("keeps the focus on the import button through a refusal of the chosen file", async () => {
    await openRefusingStartPage();
    await page.locator("button", { hasText: "Choose a JSON file…" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => choosers.length).toBe(1);
    await choosers[0]!.setFiles({
      name: "plan.json",
      mimeType: "application/json",
      buffer: await readFile(resolve(root, "tests/fixtures/phone-plan.journey.json")),
    });
    await page.getByTestId("import-problem").waitFor();
    expect(await focused()).toBe("Choose a JSON file…");
    await page.close();
  });

  it("offers one Choose a JSON file… button to a screen reader, not also the file input behind it", async () => {
    page = await context.newPage();
    await page.goto(app.url);
    await page.getByRole("heading", { name: "Import JSON" }).waitFor();
    expect(await page.getByRole("button", { name: "Choose a JSON file…" }).count()).toBe(1);
    await page.close();
  });
});
