// Ada types a card's title on the canvas while Anna deletes that card: Ada's text does not vanish with the field.
// A notice names Anna, keeps the text, and puts it back as a new card in the same stage and lane, which Anna sees.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openAs(link: string, name: string): Promise<Page> {
  return openAsPerson(await suite.newContext({ viewport: { width: 1280, height: 800 } }), link, name);
}

describe("a card deleted while someone types its title", () => {
  it("keeps what was typed, names who deleted it, and puts it back as a new card everyone sees", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openAs(map.links.edit, "Ada");
    const anna = await openAs(map.links.edit, "Anna Müller");

    await ada.locator('[data-testid="card-c_1"]').dblclick();
    const input = ada.getByLabel("Title", { exact: true }).first();
    await input.waitFor();
    await ada.keyboard.type("Ich vergleiche zwei Tarife „online“");

    await anna.locator('[data-testid="card-c_1"]').click();
    await anna.keyboard.press("Delete");
    await anna.locator('[data-testid="card-c_1"]').waitFor({ state: "detached" });

    const notice = ada.getByTestId("kept-text");
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain("Anna Müller deleted this card while you were typing.");
    expect(await notice.getByLabel("Your text (Title)").inputValue()).toBe("Ich vergleiche zwei Tarife „online“");
    expect(await ada.getByTestId("error-banner").count()).toBe(0);

    await notice.getByRole("button", { name: "Put it back as a new card" }).click();
    await notice.waitFor({ state: "detached" });
    const back = anna.locator(".react-flow__node-card", { hasText: "Ich vergleiche zwei Tarife „online“" });
    await back.waitFor({ timeout: 5000 });
    // In the deleted card's cell: the first stage's column, above the touchpoint lane's card.
    const place = await back.boundingBox();
    const other = await anna.locator('[data-testid="card-c_2"]').boundingBox();
    if (!place || !other) throw new Error("cards not on screen");
    expect(Math.abs(place.x - other.x)).toBeLessThan(2);
    expect(place.y).toBeLessThan(other.y);
  });
});
