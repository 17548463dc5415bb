// Versions in real Chromium: Anna saves a version and deletes a stage with its cards; Ben, in a German interface,
// restores the version, and both pages show the stage and its cards again at once.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

function mapFile() {
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "e2e",
      title: "Switch plans",
      language: "en",
      stages: [
        { id: "st_1", name: "Compare offers" },
        { id: "st_2", name: "Sign up" },
      ],
      lanes: [{ id: "ln_do", name: "What I do", kind: "actions" }],
      cards: [
        { id: "c_1", stageId: "st_1", laneId: "ln_do", title: "I compare two plans" },
        { id: "c_2", stageId: "st_2", laneId: "ln_do", title: "I fill in the form" },
        { id: "c_3", stageId: "st_2", laneId: "ln_do", title: "I confirm my e-mail" },
      ],
      connections: [],
      comments: [],
    },
  };
}

async function openAs(link: string, name: string, language: "en" | "de"): Promise<Page> {
  const context = await suite.newContext({
    viewport: { width: 1280, height: 800 },
    locale: language === "de" ? "de-DE" : "en-GB",
  });
  return openAsPerson(context, link, name, { language });
}

/** The stage and its two cards are on the page (or, with `shown` false, all gone). */
async function stageShown(page: Page, shown: boolean): Promise<void> {
  const count = shown ? 1 : 0;
  await expect.poll(() => page.getByTestId("stage-st_2").count(), { timeout: 2000, interval: 50 }).toBe(count);
  await expect.poll(() => page.getByTestId("card-c_2").count(), { timeout: 2000, interval: 50 }).toBe(count);
  await expect.poll(() => page.getByTestId("card-c_3").count(), { timeout: 2000, interval: 50 }).toBe(count);
}

describe("versions of a map", () => {
  it("let a colleague restore a stage and its cards that someone deleted, live on both pages", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const [anna, ben] = await Promise.all([openAs(map.links.edit, "Anna", "en"), openAs(map.links.edit, "Ben", "de")]);

    // Anna saves a version before the workshop.
    await anna.locator("#tab-journey").click();
    await anna.getByRole("button", { name: "Versions" }).click();
    await anna.getByRole("button", { name: "Save a version…" }).click();
    await anna.getByLabel("Name of the version").fill("Before the workshop");
    await anna.getByLabel("Name of the version").press("Enter");
    await anna.getByTestId("version-label").filter({ hasText: "Before the workshop" }).waitFor();
    // The focus is back on the button that opened the name field.
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.textContent), { timeout: 2000, interval: 50 })
      .toBe("Save a version…");

    // Then she deletes the stage with its cards; Ben sees it go.
    const stage = anna.getByTestId("stage-st_2");
    await stage.hover();
    await stage.getByRole("button", { name: "Delete stage “Sign up”" }).click();
    await stage.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
    await stageShown(anna, false);
    await stageShown(ben, false);

    // Ben opens Versionen and restores it.
    await ben.locator("#tab-journey").click();
    await ben.getByRole("button", { name: "Versionen" }).click();
    await ben.getByRole("button", { name: /^Wiederherstellen …: Before the workshop/ }).click();
    const dialog = ben.getByRole("dialog", { name: "Diese Version wiederherstellen?" });
    await expect.poll(() => dialog.textContent()).toContain("Alle auf dieser Map sehen die Änderung sofort.");
    await dialog.getByRole("button", { name: "Jetzt wiederherstellen" }).click();

    await stageShown(ben, true);
    await stageShown(anna, true);
    await expect
      .poll(() => ben.getByTestId("version-label").first().textContent(), { timeout: 2000, interval: 50 })
      .toBe("Vor dem Wiederherstellen von „Before the workshop“");
    expect(await ben.getByRole("dialog").count()).toBe(0);
    // The question gave the focus back to the button that asked it.
    expect(await ben.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(
      /^Wiederherstellen …: Before the workshop, /,
    );
  });
});
