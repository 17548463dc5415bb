// A German facilitator walks the editor and the start page in German as owner, editor, commenter and viewer, in a
// small laptop's window (German words are long): no surface may show an English word, and no button, tab or label
// may cut its German text off.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createMap, OFFLINE, ONLINE, openAsPerson } from "./harness";
import { englishIn, readGermanPage, type GermanReading } from "./germanPage";
import { browserSuite } from "./suite";

const suite = browserSuite();

const germanMap = (): unknown =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../fixtures/unseen/every-rule.de.journey.json"), "utf8"));

/** The map's own words (titles, names) are the team's; the walk judges the interface around them. */
const CONTENT = ".card-title, .stage-name, .stage-goal, .lane-name, .rail-name, .rail-text, .edge-label, .map-title";

interface Surface {
  name: string;
  reading: GermanReading;
}

async function germanContext(): Promise<BrowserContext> {
  return suite.newContext({ locale: "de-DE", viewport: { width: 1024, height: 768 } });
}

async function openGerman(link: string): Promise<Page> {
  return openAsPerson(await germanContext(), link, "Jürgen Weiß", { language: "de" });
}

/** Reads the page after each step; a step that finds nothing to click fails the walk, so no surface is skipped. */
async function walk(page: Page, steps: [string, () => Promise<unknown>][], content = CONTENT): Promise<Surface[]> {
  const seen: Surface[] = [];
  for (const [name, step] of steps) {
    await step();
    seen.push({ name, reading: await readGermanPage(page, content) });
  }
  return seen;
}

function englishOn(surfaces: readonly Surface[]): string[] {
  return surfaces.flatMap(({ name, reading }) => englishIn(reading.texts).map((t) => `${name}: ${t}`));
}

function overflowingOn(surfaces: readonly Surface[]): string[] {
  return surfaces.flatMap(({ name, reading }) =>
    reading.overflowing.map((o) => `${name}: „${o.text}“ in ${o.where} (${o.scrollWidth} > ${o.clientWidth})`),
  );
}

const GERMAN_COMMENT = "Können wir „Ausweis“ statt ‚ID‘ schreiben? Geht’s für 12 € günstiger? Grüße, Jürgen Weiß";

const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });

describe("the German interface everywhere", () => {
  it("shows the owner's toolbar, inspectors, panels, share dialog, export menu and offline notice all in German", async () => {
    const map = await createMap(suite.app.url, germanMap());
    const page = await openGerman(map.links.owner);
    await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
    const surfaces = await walk(page, [
      ["the editor", async () => {}],
      ["the card inspector", () => page.locator('[data-testid="card-d4"]').click()],
      ["the stage inspector", () => page.locator('[data-testid="stage-s_b"]').click()],
      [
        "a stage name refused",
        async () => {
          const name = page.getByTestId("stage-inspector").getByRole("textbox").first();
          await name.fill("");
          await name.press("Tab");
          await page.getByTestId("stage-inspector").getByRole("alert").waitFor();
          await name.focus();
          await name.press("Escape");
        },
      ],
      ["the lane inspector", () => page.locator('[data-testid="lane-l_h"]').click()],
      [
        "the connection inspector",
        async () => {
          await page.locator(".react-flow__edge").first().click({ force: true });
          await page.getByTestId("connection-inspector").waitFor();
        },
      ],
      ["the journey panel", () => tab(page, "Journey").click()],
      [
        "the comments panel with a thread",
        async () => {
          await page.locator('[data-testid="card-d4"]').click();
          await tab(page, "Kommentare").click();
          await page.getByRole("textbox", { name: "Neuer Kommentar" }).fill(GERMAN_COMMENT);
          await page.getByRole("button", { name: "Kommentieren", exact: true }).click();
          await page.getByTestId("thread-item").first().click();
          await page.getByTestId("thread-view").waitFor();
          // German text survives the way to the server and back, quotes, apostrophe, ß and € as typed.
          await page.getByTestId("thread-view").getByText(GERMAN_COMMENT, { exact: true }).waitFor();
          // The limit as German writes numbers.
          expect(await page.getByTestId("thread-view").getByTestId("compose-count").innerText()).toBe(
            "0 / 5.000 Zeichen",
          );
        },
      ],
      [
        "a resolved thread",
        async () => {
          await page.getByTestId("thread-view").getByRole("button", { name: "Erledigen" }).click();
          await page.getByTestId("thread-status").filter({ hasText: "Erledigt" }).waitFor();
        },
      ],
      ["the checks panel", () => tab(page, "Prüfungen").click()],
      [
        "the question before a stage with cards is deleted",
        async () => {
          await page.locator('[data-testid="stage-s_a"]').click();
          await page.getByRole("button", { name: "Phase „Antrag“ löschen" }).click();
          await page.getByRole("alertdialog").waitFor();
        },
      ],
      [
        "the share dialog",
        async () => {
          await page.getByRole("alertdialog").getByRole("button", { name: "Abbrechen" }).click();
          await page.getByRole("alertdialog").waitFor({ state: "detached" });
          await page.getByTestId("open-share").click();
          await page.getByTestId("share-replace-view").click();
          await page.getByTestId("share-confirm-replace-view").waitFor();
        },
      ],
      [
        "the export menu",
        async () => {
          await page.keyboard.press("Escape");
          await page.getByRole("dialog").waitFor({ state: "detached" });
          await page.getByRole("button", { name: "Exportieren" }).click();
          await page.getByRole("menu").waitFor();
        },
      ],
      [
        "an export made",
        async () => {
          await page.getByRole("menuitem", { name: "CSV-Messplan", exact: true }).click();
          await page.getByTestId("export-done").waitFor();
        },
      ],
      [
        "renaming oneself",
        async () => {
          await page.keyboard.press("Escape");
          await page.getByRole("button", { name: "Meinen Namen ändern" }).click();
          await page.getByTestId("my-name-input").fill("");
          await page.getByTestId("my-name-input").press("Enter");
          await page.getByRole("alert").first().waitFor();
        },
      ],
      [
        "offline",
        async () => {
          await page.getByTestId("my-name-input").press("Escape");
          await page.context().setOffline(true);
          await page.locator(OFFLINE).waitFor({ timeout: 10000 });
        },
      ],
    ]);
    await page.context().setOffline(false);
    await page.locator(ONLINE).waitFor({ timeout: 15000 });
    expect(englishOn(surfaces)).toEqual([]);
    expect(overflowingOn(surfaces)).toEqual([]);
  });

  it("shows an editor, a commenter and a viewer their map in German", async () => {
    const map = await createMap(suite.app.url, germanMap());
    const surfaces: Surface[] = [];
    for (const [role, link] of [
      ["editor", map.links.edit],
      ["commenter", map.links.comment],
      ["viewer", map.links.view],
    ] as const) {
      const page = await openGerman(link);
      await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
      const seen = await walk(page, [
        [`the ${role}'s editor`, async () => {}],
        [`the ${role}'s card`, () => page.locator('[data-testid="card-d5"]').click()],
        [`the ${role}'s comments`, () => tab(page, "Kommentare").click()],
        [`the ${role}'s checks`, () => tab(page, "Prüfungen").click()],
      ]);
      surfaces.push(...seen);
      await page.context().close();
    }
    expect(englishOn(surfaces)).toEqual([]);
    expect(overflowingOn(surfaces)).toEqual([]);
  });

  it("shows a colleague in the people list and on the card they edit, in German", async () => {
    const map = await createMap(suite.app.url, germanMap());
    const page = await openGerman(map.links.owner);
    const colleague = await openAsPerson(await germanContext(), map.links.edit, "Ömer Çelik", { language: "de" });
    await colleague.locator('[data-testid="card-d1"]').click();
    await colleague.getByTestId("card-inspector").getByRole("textbox").first().focus();
    await page.getByTestId("peer-tag").first().waitFor({ timeout: 10000 });
    const surfaces = await walk(page, [
      ["a colleague editing a card", async () => {}],
      ["the people list", () => page.getByTestId("people-list").hover()],
    ]);
    expect(await page.getByTestId("people-count").innerText()).toBe("2 Personen");
    expect(englishOn(surfaces)).toEqual([]);
    expect(overflowingOn(surfaces)).toEqual([]);
  });

  it("keeps German typed into a card and a stage exactly as typed, for a colleague and after a reload", async () => {
    const map = await createMap(suite.app.url, germanMap());
    const page = await openGerman(map.links.edit);
    const colleague = await openGerman(map.links.view);
    const title = "Ich zahle 12 € für „Premium ‚XL‘“ – größer, schöner? Geht’s auch günstiger …";
    const stageName = "Prüfung & Übergabe – „Straße“ 1.000,50 €";
    await page.locator('[data-testid="card-d1"]').click();
    const titleField = page.getByTestId("card-inspector").getByLabel("Titel", { exact: true });
    await titleField.fill(title);
    await titleField.press("Tab");
    await page.locator('[data-testid="stage-s_a"]').click();
    const nameField = page.getByTestId("stage-inspector").getByLabel("Name der Phase");
    await nameField.fill(stageName);
    await nameField.press("Tab");
    for (const seen of [page, colleague]) {
      await seen.locator('[data-testid="card-d1"] [data-testid="card-title"]').filter({ hasText: title }).waitFor();
      await seen.locator('[data-testid="stage-s_a"] .stage-name').filter({ hasText: stageName }).waitFor();
    }
    await page.reload();
    await page.locator(ONLINE).waitFor({ timeout: 15000 });
    expect(await page.locator('[data-testid="card-d1"] [data-testid="card-title"]').innerText()).toBe(title);
    expect(await page.locator('[data-testid="stage-s_a"] .stage-name').innerText()).toBe(stageName);
  });

  it("tells an editor whose link the owner replaced, in German, what happened and what to do", async () => {
    const map = await createMap(suite.app.url, germanMap());
    const page = await openGerman(map.links.edit);
    const rotated = await fetch(`${suite.app.url}/api/maps/${map.id}/links/edit/rotate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${map.tokens.owner}` },
    });
    expect(rotated.status).toBe(200);
    await page.getByTestId("access-lost").waitFor({ timeout: 10000 });
    const surfaces = await walk(page, [["the notice of a replaced link", async () => {}]]);
    expect(await page.getByTestId("access-lost").innerText()).toContain(
      "Der Eigentümer der Map hat diesen Link ersetzt",
    );
    expect(englishOn(surfaces)).toEqual([]);
    expect(overflowingOn(surfaces)).toEqual([]);
  });

  it("makes a new German map from a template and opens it in German", async () => {
    const page = await (await germanContext()).newPage();
    await page.goto(`${suite.app.url}/`);
    await page.getByTestId("create-map").waitFor();
    await page.getByTestId("new-map-title").fill("Umzug mit Ummeldung");
    await page.getByLabel("Sprache der Map").selectOption("de");
    const template = page.getByLabel("Beginnen mit");
    const choices = await template.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await template.selectOption(choices[1] ?? "");
    const surfaces = await walk(
      page,
      [
        ["the start page with a template chosen", async () => {}],
        [
          "the new map",
          async () => {
            await page.getByTestId("create-map").click();
            await page.locator(ONLINE).waitFor({ timeout: 15000 });
            await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
          },
        ],
        // A German template's own words are German too: nothing of the map is left out here.
      ],
      "#none",
    );
    expect(englishOn(surfaces)).toEqual([]);
    expect(overflowingOn(surfaces)).toEqual([]);
  });

  it("shows the start page, its templates and a refused file in German", async () => {
    const page = await (await germanContext()).newPage();
    await page.goto(`${suite.app.url}/`);
    await page.getByTestId("create-map").waitFor();
    const surfaces = await walk(page, [
      ["the start page", async () => {}],
      [
        "a refused file",
        async () => {
          await page
            .getByTestId("import-file")
            .setInputFiles({ name: "kaputt.json", mimeType: "application/json", buffer: Buffer.from("{ nicht json") });
          await page.getByRole("alert").first().waitFor();
        },
      ],
    ]);
    const mapLanguages = page.getByLabel("Sprache der Map").locator("option");
    expect(await mapLanguages.allInnerTexts()).toEqual(["Englisch", "Deutsch"]);
    expect(englishOn(surfaces)).toEqual([]);
    expect(overflowingOn(surfaces)).toEqual([]);
  });
});
