// Comments in real Chromium, in German, as a keyboard user: a comment typed and not sent survives a look at the
// checks tab and at another thread; a thread opened with Enter takes the focus, and going back returns it to that
// thread's entry in the list, never to the top of the page.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, openAsPerson, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

const DRAFT = "Entwurf: „Preistabelle“ – ist 1.000 € für Größere Kundinnen verständlich? ß";

async function openGerman(link: string, name: string): Promise<Page> {
  const context = await suite.newContext({ viewport: { width: 1024, height: 700 } });
  return openAsPerson(context, link, name, { language: "de" });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName}:${el.getAttribute("data-testid") ?? ""}:${el.getAttribute("data-thread-id") ?? ""}` : "";
  });

describe("comments by keyboard, in German", () => {
  it("keeps a draft across tabs and threads, and keeps the focus in the panel when threads open and close", async () => {
    const file = twoCardMapFile();
    const map = await createMap(suite.app.url, {
      ...file,
      journey: {
        ...file.journey,
        comments: [
          {
            id: "cm_1",
            anchor: { kind: "card", id: "c_2" },
            author: "Bärbel Groß",
            text: "Ist der Monatspreis klar?",
            createdAt: "2026-11-20T10:00:00.000Z",
            resolved: false,
            replies: [],
          },
        ],
      },
    });
    const page = await openGerman(map.links.comment, "Jürgen Müßig");
    await page.locator("#tab-comments").click();
    const box = page.getByRole("textbox", { name: "Neuer Kommentar" });
    await box.fill(DRAFT);

    // A look at the checks and back: the draft is there.
    await page.locator("#tab-checks").click();
    await page.locator('[data-testid="checks-panel"]').waitFor();
    await page.locator("#tab-comments").click();
    expect(await box.inputValue()).toBe(DRAFT);

    // A thread opened with Enter takes the focus; its reply box starts empty; back goes to its entry.
    await page.locator('[data-testid="thread-item"]').focus();
    await page.keyboard.press("Enter");
    await page.locator('[data-testid="thread-view"]').waitFor();
    expect(await focused(page)).toBe("SECTION:thread-view:");
    await page.getByRole("textbox", { name: "Antwort" }).fill("Ja, über die Größe reden wir noch.");
    await page.getByRole("button", { name: /Alle Diskussionen/ }).focus();
    await page.keyboard.press("Enter");
    expect(await focused(page)).toBe("BUTTON:thread-item:cm_1");
    // Opening the thread selected its card, which has a box of its own; the comment begun on the map is listed under it.
    expect(await box.inputValue()).toBe("");
    expect(
      await page.getByRole("button", { name: "Den hier begonnenen Kommentar fortsetzen: Die ganze Map" }).count(),
    ).toBe(1);

    // The reply typed in the thread waits there too.
    await page.keyboard.press("Enter");
    expect(await page.getByRole("textbox", { name: "Antwort" }).inputValue()).toBe(
      "Ja, über die Größe reden wir noch.",
    );

    // A reload keeps both: the comment on the map in its box (nothing is selected now), the reply in its thread.
    await page.reload();
    await page.waitForSelector(ONLINE, { timeout: 15000 });
    await page.locator("#tab-comments").click();
    expect(await box.inputValue()).toBe(DRAFT);
    await page.locator('[data-testid="thread-item"]').click();
    expect(await page.getByRole("textbox", { name: "Antwort" }).inputValue()).toBe(
      "Ja, über die Größe reden wir noch.",
    );
  });
});
