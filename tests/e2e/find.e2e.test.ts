// Find on the map in Chromium, on the example map: Ctrl+F, a query spelled the German way without umlauts
// ("groesse" finds „Größe“), Enter to the second match, which is selected, shown in the inspector and brought into
// view; Escape puts the keyboard back on the map, on that card. A viewer's page searches the same way, in German.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson, waitFor } from "./harness";
import { browserSuite } from "./suite";

const EXAMPLE = resolve(import.meta.dirname, "../../../shared/examples/phone-plan.journey.json");

const suite = browserSuite();

/** The example map, with two cards whose descriptions speak of a „Größe“: the tracking e-mail and the small print. */
async function exampleMap() {
  const file = JSON.parse(await readFile(EXAMPLE, "utf8")) as {
    journey: { cards: { id: string; description?: string }[] };
  };
  const describe = (id: string, description: string) => {
    const card = file.journey.cards.find((c) => c.id === id);
    if (!card) throw new Error(`the example map has no card ${id}`);
    card.description = description;
  };
  describe("cd_12", "Mit der Sendungsnummer und der Größe des Pakets");
  describe("cd_17", "Die Schriftgröße auf der SIM-Karte ist zu klein");
  return createMap(suite.app.url, file);
}

async function open(link: string, language: string): Promise<Page> {
  // A window too narrow for the whole map in full: it opens at its first stage, the last stage out of view.
  const context = await suite.newContext({ viewport: { width: 1100, height: 760 } });
  const page = await openAsPerson(context, link, "Finder", { language });
  await page.waitForSelector('[data-fitted="true"]', { timeout: 15000 });
  return page;
}

/** Whether the card is drawn inside the canvas's visible box. */
async function inView(page: Page, cardId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const canvas = document.querySelector(".react-flow")?.getBoundingClientRect();
    const node = document.querySelector(`.react-flow__node-card[data-id="${id}"]`)?.getBoundingClientRect();
    if (!canvas || !node) return false;
    return (
      node.left >= canvas.left && node.right <= canvas.right && node.top >= canvas.top && node.bottom <= canvas.bottom
    );
  }, cardId);
}

const selectedCard = (page: Page) =>
  page.evaluate(() => (document.querySelector(".react-flow__node-card.selected") as HTMLElement | null)?.dataset["id"]);
const count = (page: Page) => page.getByTestId("find-count").textContent();

describe("Find on the map", () => {
  it("finds „Größe“ by groesse, goes to the second match with Enter and brings it into view", async () => {
    const map = await exampleMap();
    const page = await open(map.links.owner, "en");
    expect(await inView(page, "cd_17")).toBe(false);

    // The keyboard on a card of the map.
    const start = page.locator('.react-flow__node-card[data-id="cd_1"]');
    await start.click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset["id"])).toBe("cd_1");

    await page.keyboard.press("Control+f");
    const field = page.getByRole("combobox", { name: "Find on the map" });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("groesse");
    await expect.poll(() => count(page)).toBe("1 of 2");
    const options = page.getByRole("listbox", { name: "Matches" }).getByRole("option");
    expect(await options.allTextContents()).toEqual([
      "I get a tracking e-mailWait for delivery · Where I meet the brandDescription: Mit der Sendungsnummer und der Größe des Pakets",
      "Activation code is printed very smallStart using · What hurtsDescription: Die Schriftgröße auf der SIM-Karte ist zu klein",
    ]);
    await expect.poll(() => selectedCard(page)).toBe("cd_12");

    await page.keyboard.press("Enter");
    await expect.poll(() => count(page)).toBe("2 of 2");
    await expect.poll(() => selectedCard(page)).toBe("cd_17");
    await expect
      .poll(() => page.getByLabel("Title", { exact: true }).first().inputValue())
      .toBe("Activation code is printed very small");
    await waitFor(() => inView(page, "cd_17"), 5000, "the second match to come into view");

    await page.keyboard.press("Escape");
    await expect.poll(() => field.count()).toBe(0);
    // The keyboard was on the map: it is back on the map, on the card found, which stays selected.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).dataset["id"])).toBe("cd_17");
    expect(await selectedCard(page)).toBe("cd_17");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => selectedCard(page)).toBe("cd_16");
  });

  it("lets a viewer search too, in a German interface", async () => {
    const map = await exampleMap();
    const page = await open(map.links.view, "de");
    await page.keyboard.press("Control+f");
    await page.getByRole("combobox", { name: "Auf der Map suchen" }).waitFor();
    await page.keyboard.type("grösse");
    await expect.poll(() => count(page)).toBe("1 von 2");
    await page.keyboard.press("Enter");
    await expect.poll(() => count(page)).toBe("2 von 2");
    await expect.poll(() => selectedCard(page)).toBe("cd_17");
    await expect
      .poll(() => page.getByTestId("inspector-frame").textContent())
      .toContain("Activation code is printed very small");
    await waitFor(() => inView(page, "cd_17"), 5000, "the second match to come into view");

    await page.keyboard.type("x");
    await expect.poll(() => count(page)).toBe("Keine Karte und kein Name enthält „grössex“");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("combobox", { name: "Auf der Map suchen" }).count()).toBe(0);
  });
});
