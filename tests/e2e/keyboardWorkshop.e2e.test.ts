// A facilitator starts a blank German map in Chromium with the keyboard alone, as a workshop does live: renames the
// first stage right after F2 (no letter lost), adds a card with N on the stage header, a second one next to it,
// draws the customer's path between them from the inspector, takes the checks' customer-view rewording of the card
// worded from the company's side, and deletes an empty stage with the keyboard staying on the map. The server's map
// holds it all, umlauts and German quotes included.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

interface Stored {
  stages: { id: string; name: string }[];
  cards: { id: string; stageId: string; title: string }[];
  connections: { from: string; to: string }[];
}

async function stored(mapId: string, token: string): Promise<Stored> {
  const response = await fetch(`${suite.app.url}/api/maps/${mapId}/export?format=json`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { journey: Stored }).journey;
}

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? "");

describe("a blank German map by keyboard alone", () => {
  it("gets a stage name, two cards, a path and a customer-view wording, and loses an empty stage", async () => {
    const map = await createMap(suite.app.url, { title: "Umzug „melden“", language: "de" });
    const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openAsPerson(context, map.links.edit, "Jörg", { language: "de", onlineTimeoutMs: 30000 });
    const [first, second] = (await stored(map.id, map.tokens.owner)).stages;

    // The skip link lands on the first stage header; F2 and the name typed straight after it.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await focusedClass(page)).toContain("react-flow__node-stageHeader");
    await page.keyboard.press("F2");
    await page.keyboard.type("Tarife vergleichen – „günstig“");
    await page.keyboard.press("Enter");
    await waitFor(
      async () => (await stored(map.id, map.tokens.owner)).stages[0]?.name === "Tarife vergleichen – „günstig“",
      5000,
      "the stage's new name, every letter of it",
    );

    // N on the header adds a card in that stage, its title open for typing.
    await page.keyboard.press("n");
    await page.locator(".card-title-input").waitFor();
    await page.keyboard.type("Wir senden dem Kunden eine Bestätigung");
    await page.keyboard.press("Enter");
    await page.keyboard.press("n");
    await page.locator(".card-title-input").waitFor();
    await page.keyboard.type("Ich öffne die Bestätigung");
    await page.keyboard.press("Enter");
    await waitFor(async () => (await stored(map.id, map.tokens.owner)).cards.length === 2, 5000, "two cards");
    const cards = (await stored(map.id, map.tokens.owner)).cards;
    const from = cards.find((c) => c.title.startsWith("Wir senden"))!;
    const to = cards.find((c) => c.title.startsWith("Ich öffne"))!;
    expect(from.stageId).toBe(first!.id);

    // The path, from the first card's inspector.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    // The inspector follows the selection a moment after the canvas (a deferred render): a list focused before it
    // shows the first card belongs to the second card's inspector, and goes away with it, unfocused and empty.
    await expect.poll(() => page.getByTestId("card-title-field").inputValue()).toBe(from.title);
    const picker = page.getByLabel("Weg des Kunden: nächster Schritt zu");
    await picker.focus();
    await picker.selectOption(to.id);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await waitFor(
      async () =>
        (await stored(map.id, map.tokens.owner)).connections.some((c) => c.from === from.id && c.to === to.id),
      5000,
      "the path",
    );

    // The checks' rewording, taken with a key.
    await page.getByRole("tab", { name: "Prüfungen" }).click();
    const take = page.getByRole("button", { name: "Diese Formulierung übernehmen" });
    await take.focus();
    await page.keyboard.press("Enter");
    await waitFor(
      async () =>
        (await stored(map.id, map.tokens.owner)).cards.some((c) => c.title === "Ich erhalte eine Bestätigung"),
      5000,
      "the customer-view wording",
    );

    // An empty stage deleted from its focused header: the keyboard stays on the map, on the next header.
    await page.locator(`.react-flow__node[data-id="stage:${first!.id}"]`).focus();
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-id")))
      .toBe(`stage:${second!.id}`);
    await page.keyboard.press("Delete");
    await waitFor(
      async () => !(await stored(map.id, map.tokens.owner)).stages.some((s) => s.id === second!.id),
      5000,
      "the empty stage gone",
    );
    await expect.poll(() => focusedClass(page)).toContain("react-flow__node-stageHeader");
  });
});
