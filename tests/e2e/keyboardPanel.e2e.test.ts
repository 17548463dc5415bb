// The side panel and the toolbar by keyboard alone in Chromium, as a facilitator without a mouse works them, in
// English and German: the Add lane list stepped with the arrow keys adds one lane only on Enter; a moment of truth
// and an observed value are set, added and removed with keys, and what changed is said; the Export menu opens on its
// last entry with Up and gives the focus back on Escape; and a field a colleague changes while I type names them.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson, serverJourney, twoCardMapFile, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openAs(link: string, name: string, language: "en" | "de" = "en"): Promise<Page> {
  const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openAsPerson(context, link, name, { language, onlineTimeoutMs: 30000 });
  await page.locator(".react-flow__node-card").first().waitFor();
  return page;
}

/** What has the keyboard focus, by its accessible name as a screen reader gets it (label, aria-label or text). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el && "labels" in el ? (el as HTMLInputElement).labels?.[0]?.textContent : null;
    return {
      tag: el?.tagName ?? "",
      role: el?.getAttribute("role") ?? "",
      id: el?.dataset["id"] ?? "",
      name: (el?.getAttribute("aria-label") ?? label ?? el?.textContent ?? "").trim(),
    };
  });
}

async function tabUntil(page: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, shift = false) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
    if (wanted(await focused(page))) return;
  }
  throw new Error("the wanted control never got the focus");
}

/** The map as the server has it. */
const stored = (mapId: string, token: string) => serverJourney(suite.app.url, mapId, token);

/** Selects the touchpoint card c_2 from the keyboard: Tab onto the map's first card, down to the next, Enter. */
async function selectTouchpoint(page: Page) {
  await tabUntil(page, (f) => f.id === "c_1");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  // The inspector follows the selection a moment after the canvas: wait for c_2's, not c_1's still shown.
  await expect.poll(() => page.getByTestId("card-title-field").inputValue()).toBe("Price table");
}

describe("the side panel and toolbar by keyboard", () => {
  it("adds one lane only when Enter is pressed on the Add lane list, not one per arrow key", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const page = await openAs(map.links.edit, "Ada");
    await tabUntil(page, (f) => f.tag === "SELECT" && f.name === "Add lane…");
    for (const _ of [1, 2, 3]) await page.keyboard.press("ArrowDown");
    // A moment for any lane the steps would have added to reach the server.
    await page.waitForTimeout(500);
    expect((await stored(map.id, map.tokens.owner)).lanes).toHaveLength(2);
    await page.keyboard.press("Enter");
    await waitFor(async () => (await stored(map.id, map.tokens.owner)).lanes.length === 3, 5000, "the new lane");
    await page.waitForTimeout(300);
    expect((await stored(map.id, map.tokens.owner)).lanes).toHaveLength(3);
    expect(await page.getByRole("combobox", { name: "Add lane…" }).inputValue()).toBe("");
    // Said once, with the keyboard still on the list.
    expect(await page.getByTestId("toolbar-said").textContent()).toMatch(/^Added the lane “.+”\.$/);
    expect((await focused(page)).name).toBe("Add lane…");
  });

  it("marks a moment of truth and adds and removes an observed value by keyboard, and says what changed", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const page = await openAs(map.links.edit, "Ada");
    await selectTouchpoint(page);

    await tabUntil(page, (f) => f.tag === "INPUT" && f.name === "Moment of truth");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Why this moment decides loyalty");
    await page.keyboard.type("I decide here whether I switch");
    await page.keyboard.press("Tab");
    expect((await focused(page)).name).toBe("Signature interaction");

    await tabUntil(page, (f) => f.name === "Add measurement point");
    await page.keyboard.press("Enter");
    expect((await focused(page)).name).toBe("Metric");
    await tabUntil(page, (f) => f.name === "Value");
    await page.keyboard.type("4.2");
    await page.keyboard.press("Enter");
    const said = page.getByTestId("observations-said");
    await expect.poll(() => said.textContent()).toMatch(/^Added 4\.2 for /);
    // The list of values is said as a list with its remove button named by its day.
    const list = await page.locator("ul.observations").ariaSnapshot();
    expect(list).toMatch(/- listitem:[\s\S]*4\.2[\s\S]*button "Remove the value of /);

    await tabUntil(page, (f) => f.name.startsWith("Remove the value of "), true);
    await page.keyboard.press("Enter");
    await expect.poll(() => said.textContent()).toMatch(/^Removed 4\.2 of /);
    expect((await focused(page)).name).toBe("Date");

    await waitFor(
      async () =>
        (await stored(map.id, map.tokens.owner)).cards.find((c) => c.id === "c_2")?.["momentOfTruth"] !== undefined,
      5000,
      "the moment of truth",
    );
    const card = (await stored(map.id, map.tokens.owner)).cards.find((c) => c.id === "c_2");
    expect(card?.["momentOfTruth"]).toMatchObject({ reason: "I decide here whether I switch" });
  });

  it("opens the Export menu on its last entry with Up, goes by letter, and gives the focus back on Escape", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const page = await openAs(map.links.edit, "Ada", "de");
    await tabUntil(page, (f) => f.name.startsWith("Exportieren"));
    await page.keyboard.press("ArrowUp");
    expect((await focused(page)).name).toBe("JSON-Journey-Datei");
    await page.keyboard.press("c");
    expect((await focused(page)).name).toBe("CSV-Messplan");
    await page.keyboard.press("Escape");
    expect(await page.getByRole("menu").count()).toBe(0);
    expect((await focused(page)).name).toMatch(/^Exportieren/);
  });

  it("names the colleague who changed a field while I typed in it, in German, and ties the note to the field", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openAs(map.links.edit, "Ada", "de");
    const anna = await openAs(map.links.edit, "Anna Müller", "de");

    await selectTouchpoint(ada);
    await tabUntil(ada, (f) => f.name === "Verantwortlich im Unternehmen");
    await ada.keyboard.type("Vertrieb Nord");

    await anna.locator('[data-testid="card-c_2"]').click();
    const theirs = anna.getByLabel("Verantwortlich im Unternehmen", { exact: true });
    await theirs.fill("Leitung „Kundenservice“");
    await theirs.press("Enter");

    const owner = ada.getByLabel("Verantwortlich im Unternehmen", { exact: true });
    await expect
      .poll(() => owner.evaluate((el) => el.getAttribute("aria-describedby")), { timeout: 5000 })
      .toBeTruthy();
    const note = await owner.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    );
    expect(note).toContain(
      "Während Sie getippt haben, hat Anna Müller dieses Feld geändert in „Leitung ‚Kundenservice‘“.",
    );
    expect(await owner.inputValue()).toBe("Vertrieb Nord");
    await ada.keyboard.press("Escape");
    expect(await owner.inputValue()).toBe("Leitung „Kundenservice“");
  });
});
