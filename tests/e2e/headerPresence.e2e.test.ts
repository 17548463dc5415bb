// Stages and lanes among several people. Ada types a lane's or stage's new name while Anna deletes it with its
// header's ✕, without selecting it first: the notice that keeps Ada's text names Anna (her ✕ makes the header her
// selection before the delete goes out), in English and German. And whoever types a header's name is shown to the
// others on that header, as on a card whose title someone types, until they are done.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

async function openAs(link: string, name: string, locale: string): Promise<Page> {
  return openAsPerson(await suite.newContext({ viewport: { width: 1280, height: 800 }, locale }), link, name);
}

/** A map with an empty stage and an empty lane, which a ✕ deletes at once (no question first). */
function mapFile() {
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "e2e",
      title: "Switch plans",
      language: "en",
      stages: [
        { id: "st_1", name: "Compare offers", customerGoal: "I want to see which plan fits me" },
        { id: "st_2", name: "Sign up", customerGoal: "I want to be done quickly" },
      ],
      lanes: [
        { id: "ln_do", name: "What I do", kind: "actions" },
        { id: "ln_th", name: "What I think", kind: "thoughts" },
      ],
      cards: [{ id: "c_1", stageId: "st_1", laneId: "ln_do", title: "I compare two plans" }],
      connections: [],
      comments: [],
    },
  };
}

async function typeName(page: Page, header: string, selector: string, text: string): Promise<void> {
  await page.locator(`${header} ${selector}`).dblclick();
  const input = page.locator(`${header} input${selector}`);
  await input.waitFor();
  await input.fill(text);
}

describe("a stage or lane deleted with its ✕ while someone types its name", () => {
  it("names who deleted it, in English and in German", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const ada = await openAs(map.links.edit, "Ada", "en-GB");
    const anna = await openAs(map.links.edit, "Anna Müller", "en-GB");
    const joerg = await openAs(map.links.edit, "Jörg", "de-DE");

    await typeName(ada, '[data-testid="lane-ln_th"]', ".lane-name", "Was mir „durch den Kopf“ geht");
    const tag = anna.locator('[data-testid="renaming-tag"][data-header="ln_th"]');
    await tag.waitFor({ timeout: 5000 });
    expect(await tag.textContent()).toBe("Ada is editing");
    await anna.locator('[data-testid="lane-ln_th"]').hover();
    await anna.getByRole("button", { name: "Delete lane “What I think”" }).click();
    const notice = ada.getByTestId("kept-text");
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain("Anna Müller deleted this lane while you were typing.");
    expect(await notice.getByRole("textbox").inputValue()).toBe("Was mir „durch den Kopf“ geht");

    await typeName(joerg, '[data-testid="stage-st_2"]', ".stage-name", "Abschließen");
    await ada.locator('[data-testid="stage-st_2"]').hover();
    await ada.getByRole("button", { name: "Delete stage “Sign up”" }).click();
    const hinweis = joerg.getByTestId("kept-text");
    await hinweis.waitFor({ timeout: 5000 });
    expect(await hinweis.textContent()).toContain("Ada hat diese Phase gelöscht, während Sie getippt haben.");
  });

  it("shows the others who is renaming a stage, in their language, until the name is saved", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const ada = await openAs(map.links.edit, "Ada", "en-GB");
    const anna = await openAs(map.links.edit, "Anna Müller", "en-GB");
    const joerg = await openAs(map.links.edit, "Jörg", "de-DE");

    await typeName(anna, '[data-testid="stage-st_1"]', ".stage-name", "Angebote vergleichen");
    const onAda = ada.locator('[data-testid="renaming-tag"][data-header="st_1"]');
    const onJoerg = joerg.locator('[data-testid="renaming-tag"][data-header="st_1"]');
    await onAda.waitFor({ timeout: 5000 });
    expect(await onAda.textContent()).toBe("Anna Müller is editing");
    await onJoerg.waitFor({ timeout: 5000 });
    expect(await onJoerg.textContent()).toBe("Anna Müller bearbeitet");

    await anna.keyboard.press("Enter");
    await ada.locator('[data-testid="stage-st_1"] .stage-name', { hasText: "Angebote vergleichen" }).waitFor();
    await onAda.waitFor({ state: "detached", timeout: 5000 });
    await onJoerg.waitFor({ state: "detached", timeout: 5000 });
  });
});
