// German compounds are long single words: a card named by one must wrap inside the side panel's comments and
// checks, not run out of the panel where the end of the name is cut without an ellipsis.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();
const WORD = "Versicherungsbestätigungsschreibenanforderungsformular";

/** The texts in the side panel that reach past its right edge. */
function outOfPanel(page: Page, selector: string): Promise<string[]> {
  return page.locator(".tab-body").evaluate((body, sel) => {
    const edge = body.getBoundingClientRect().right;
    return [...body.querySelectorAll(sel)]
      .filter((el) => el.getBoundingClientRect().right > edge + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent ?? "");
  }, selector);
}

describe("long German words in the side panel", () => {
  it("wrap inside the comment list and the checks", async () => {
    const file = twoCardMapFile();
    file.journey.language = "de";
    const [first, second] = file.journey.cards;
    if (!first || !second) throw new Error("the two-card map changed shape");
    first.title = `${WORD} ausfüllen`;
    second.title = `${WORD} für 50 € anfordern`;
    const journey = {
      ...file.journey,
      comments: [
        {
          id: "cm_1",
          anchor: { kind: "card", id: first.id },
          author: "Jürgen Weiß",
          text: "Ist „Schadensmeldung“ hier richtig?",
          createdAt: "2026-11-01T10:00:00.000Z",
          resolved: false,
          replies: [],
        },
      ],
    };
    const map = await createMap(suite.app.url, { ...file, journey });
    const context = await suite.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(map.links.comment);
    await page.locator(".react-flow__node-card").first().waitFor({ timeout: 10000 });

    await page.getByRole("tab", { name: "Comments" }).click();
    await page.locator(".thread-target", { hasText: WORD }).waitFor();
    expect(await outOfPanel(page, ".thread-item, .thread-target")).toEqual([]);

    await page.getByRole("tab", { name: "Checks" }).click();
    await page.locator(".finding-message", { hasText: WORD }).first().waitFor();
    expect(await outOfPanel(page, ".finding-go, .finding-message")).toEqual([]);
  });

  it("wrap inside the question that asks before a stage and its cards are deleted", async () => {
    const file = twoCardMapFile();
    const [stage] = file.journey.stages;
    if (!stage) throw new Error("the two-card map changed shape");
    stage.name = `${WORD} für Großkunden`;
    const map = await createMap(suite.app.url, file);
    const page = await (await suite.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(map.links.edit);
    const header = page.locator(".react-flow__node-stageHeader").first();
    await header.hover();
    await header.getByRole("button", { name: /Delete/ }).click();
    const question = header.locator(".header-confirm");
    await question.waitFor();
    const out = await question.evaluate((box) => {
      const edge = box.getBoundingClientRect().right;
      return [...box.querySelectorAll("span")].filter(
        (s) => s.getBoundingClientRect().right > edge + 1 || s.scrollWidth > s.clientWidth + 1,
      ).length;
    });
    expect(out).toBe(0);
  });
});
