// On a view link nothing that cannot be changed may look changeable: the inspector's fields show no frame, no
// resize grip and no drop-down arrow; on the edit link the same fields keep theirs.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

/** How the card inspector's fields look: frames, grips and arrows that invite a change. */
async function inspectorLook(page: Page, address: string) {
  await page.goto(address);
  await page.locator(".react-flow__node-card", { hasText: "Price table" }).click();
  await page.locator(".inspector textarea").first().waitFor();
  return page.locator(".inspector").evaluate((inspector) => {
    const fields = [...inspector.querySelectorAll<HTMLElement>("input[type=text], textarea, select")];
    return fields.map((f) => {
      const style = getComputedStyle(f);
      return {
        framed: style.borderTopColor !== "rgba(0, 0, 0, 0)",
        grip: f.tagName === "TEXTAREA" && style.resize !== "none",
        arrow: f.tagName === "SELECT" && style.appearance !== "none",
      };
    });
  });
}

describe("the inspector on a view link", () => {
  it("shows its fields as text, where the edit link shows them as fields", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const page = await (await suite.newContext()).newPage();

    const viewed = await inspectorLook(page, map.links.view);
    expect(viewed.length).toBeGreaterThan(3);
    expect(viewed.filter((f) => f.framed || f.grip || f.arrow)).toEqual([]);

    const edited = await inspectorLook(page, map.links.edit);
    expect(edited.every((f) => f.framed)).toBe(true);
    expect(edited.some((f) => f.grip) && edited.some((f) => f.arrow)).toBe(true);
  });

  it("shows a long title and description whole on a view link, wrapped, not cut at the panel's edge", async () => {
    const file = twoCardMapFile();
    const title = "Ich erreiche an der 24-Stunden-Hotline in einer Minute einen Menschen, der meinen Tarif kennt";
    const description = Array.from({ length: 8 }, (_, i) => `Zeile ${i + 1}: was ich am Telefon höre.`).join("\n");
    const cards = file.journey.cards.map((c) => (c.id === "c_2" ? { ...c, title, description } : c));
    const map = await createMap(suite.app.url, { ...file, journey: { ...file.journey, cards } });
    const page = await (await suite.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(map.links.view);
    await page.getByTestId("rf__node-c_2").click();
    await page.getByTestId("card-inspector").waitFor();
    const fields = await page.locator(".inspector").evaluate((inspector) =>
      [...inspector.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[type=text], textarea")]
        .filter((f) => f.value.length > 40)
        .map((f) => ({
          value: f.value.slice(0, 20),
          hidden: f.scrollWidth > f.clientWidth + 1 || f.scrollHeight > f.clientHeight + 1,
        })),
    );
    expect(fields.map((f) => f.value)).toEqual([title.slice(0, 20), description.slice(0, 20)]);
    expect(fields.filter((f) => f.hidden)).toEqual([]);
  });
});
