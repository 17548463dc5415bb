// A German facilitator in the inspector of a template map: a day typed as 01.11.2026 is 1 November whatever the
// browser's own language (this Chromium's date field is in US order), the form fits the side panel, and Backspace
// after Enter goes on editing the title instead of deleting the card.
import { describe, expect, it } from "vitest";
import { createMap } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("the inspector in German", () => {
  it("takes 01.11.2026 and 4,6 as typed, fits the panel, and keeps the card through Enter and Backspace", async () => {
    const map = await createMap(suite.app.url, { title: "Kfz-Schaden", template: "motor-claim", language: "de" });
    const context = await suite.newContext({ locale: "de-DE", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    const card = page.locator(".react-flow__node-card", { hasText: "24-Stunden-Hotline" });
    await card.click();

    const day = page.getByLabel("Datum", { exact: true });
    await day.fill("01.11.2026");
    await page.getByLabel("Wert", { exact: true }).fill("4,6");
    await page.getByLabel("Wert", { exact: true }).press("Enter");
    await expect.poll(() => page.locator("ul.observations li").last().innerText()).toContain("01.11.2026");
    expect(await page.locator("ul.observations li").last().innerText()).toContain("4,6");
    await expect.poll(() => card.innerText()).toContain("zuletzt 4,6");

    // The form's last field ends inside the panel, which does not scroll sideways.
    const panel = page.locator(".tab-body");
    const panelBox = await panel.boundingBox();
    const nBox = await page.getByLabel("Anzahl der Antworten").boundingBox();
    expect(nBox && panelBox && nBox.x + nBox.width <= panelBox.x + panelBox.width).toBe(true);
    expect(await panel.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);

    const title = page.getByLabel("Titel", { exact: true });
    await title.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" „sofort“");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Enter");
    // allInnerTexts does not wait for a card that is gone.
    await expect.poll(async () => (await card.allInnerTexts()).join()).toContain("„sofort");
    expect(await card.count()).toBe(1);
    expect(await title.inputValue()).toBe(
      "Ich erreiche an der 24-Stunden-Hotline in einer Minute einen Menschen „sofort",
    );
  });

  it("saves a channel stepped to with the arrow keys once, so one Undo takes it back", async () => {
    const map = await createMap(suite.app.url, { title: "Kfz-Schaden", template: "motor-claim", language: "de" });
    const context = await suite.newContext({ locale: "de-DE", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(map.links.edit);
    const card = page.locator(".react-flow__node-card", { hasText: "24-Stunden-Hotline" });
    await card.click();
    const channel = page.getByLabel("Kanal", { exact: true });
    expect(await channel.inputValue()).toBe("phone");
    await channel.focus();
    for (const _ of [1, 2, 3]) await page.keyboard.press("ArrowDown");
    expect(await channel.inputValue()).toBe("letter");
    await page.keyboard.press("Tab");
    await expect.poll(() => card.innerText()).toContain("Brief");

    await page.getByRole("button", { name: "Rückgängig" }).click();
    await expect.poll(() => card.innerText()).toContain("Telefon");
    expect(await channel.inputValue()).toBe("phone");
  });
});
