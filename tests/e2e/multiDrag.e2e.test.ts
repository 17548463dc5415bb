// Two people on one map in Chromium, and what one's presence shows the other. Ada selects three cards and drags them
// with the mouse; Ben sees all three move live, by the same offset, before she lets go (not only the one her presence
// names, the others jumping at the drop). And a path one deletes while the other types its label: the notice names
// who deleted it, as it does for a card, because a selected path now goes out in the presence too.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, ONLINE, openAsPerson, twoCardMapFile, waitFor } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

/** Two stages, one lane, three cards: at 1280 × 800 the fitted map is at full size. */
function workshopMap() {
  const card = (id: string, stageId: string, title: string) => ({ id, stageId, laneId: "ln_do", title });
  return {
    format: "outside-in.journey",
    version: 1,
    journey: {
      id: "multi",
      title: "Kfz-Schaden melden",
      language: "de",
      stages: [
        { id: "st_1", name: "Unfall", customerGoal: "Ich will wissen, was jetzt zu tun ist" },
        { id: "st_2", name: "Schaden melden", customerGoal: "Ich will den Schaden einmal melden" },
      ],
      lanes: [{ id: "ln_do", name: "Was ich tue", kind: "actions" }],
      cards: [
        card("c_1", "st_1", "Ich sichere die Unfallstelle"),
        card("c_2", "st_2", "Ich lade Fotos hoch – für 50 €"),
        card("c_3", "st_2", "Ich melde den Schaden „online“"),
      ],
      connections: [],
      comments: [],
    },
  };
}

async function openAs(link: string): Promise<Page> {
  const context = await suite.newContext({ locale: "de", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.waitForSelector('[data-fitted="true"]', { timeout: 15000 });
  await page.waitForSelector(ONLINE, { timeout: 15000 });
  return page;
}

const box = async (page: Page, id: string) => {
  const b = await page.getByTestId(`card-${id}`).boundingBox();
  if (!b) throw new Error(`card ${id} not on screen`);
  return b;
};

const IDS = ["c_1", "c_2", "c_3"];

describe("a drag of several cards, seen by a colleague", () => {
  it("moves every dragged card on the colleague's screen while the drag goes on", async () => {
    const map = await createMap(suite.app.url, workshopMap());
    const ada = await openAs(map.links.edit);
    const ben = await openAs(map.links.edit);
    const home = new Map<string, { x: number; y: number }>();
    for (const id of IDS) home.set(id, await box(ben, id));

    await ada.getByTestId("card-c_1").click();
    await ada.getByTestId("card-c_2").click({ modifiers: ["Shift"] });
    await ada.getByTestId("card-c_3").click({ modifiers: ["Shift"] });
    for (const id of IDS) await ada.locator(`.react-flow__node.selected[data-id="${id}"]`).waitFor();

    const grip = await box(ada, "c_2");
    await ada.mouse.move(grip.x + grip.width / 2, grip.y + 20);
    await ada.mouse.down();
    await ada.mouse.move(grip.x + grip.width / 2 + 160, grip.y + 80, { steps: 10 });

    // Still held: on Ben's screen all three have moved, each by the same offset. The three are read in one go: read
    // one by one, a presence update arriving between two reads (the drag goes on) made their offsets differ.
    const moved = async () => {
      const now = await ben.evaluate((ids) => {
        const rects: Record<string, { x: number; y: number }> = {};
        for (const id of ids) {
          const r = document.querySelector(`[data-testid="card-${id}"]`)!.getBoundingClientRect();
          rects[id] = { x: r.x, y: r.y };
        }
        return rects;
      }, IDS);
      return IDS.map((id) => ({ dx: now[id]!.x - home.get(id)!.x, dy: now[id]!.y - home.get(id)!.y }));
    };
    await waitFor(
      async () => (await moved()).every((o) => o.dx > 120 && o.dy > 40),
      5000,
      "all three cards of Ada's drag on Ben's screen",
    );
    const offsets = await moved();
    for (const o of offsets) {
      expect(Math.abs(o.dx - offsets[0]!.dx)).toBeLessThan(2);
      expect(Math.abs(o.dy - offsets[0]!.dy)).toBeLessThan(2);
    }
    await ada.mouse.up();
  });
});

async function openNamed(link: string, name: string): Promise<Page> {
  const page = await openAsPerson(await suite.newContext({ viewport: { width: 1280, height: 800 } }), link, name);
  await page.waitForSelector('[data-fitted="true"]', { timeout: 15000 });
  return page;
}

/** Clicks the middle of the one path on the page, as a person picks it. */
async function clickPath(page: Page): Promise<void> {
  const middle = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>(".react-flow__edge path.react-flow__edge-path");
    if (!path) return null;
    const matrix = path.getScreenCTM();
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    return matrix
      ? { x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f }
      : null;
  });
  if (!middle) throw new Error("no path on the page");
  await page.mouse.click(middle.x, middle.y);
  await page.locator(".react-flow__edge.selected").waitFor({ timeout: 3000 });
}

describe("a path deleted while a colleague types its label", () => {
  it("names who deleted it in the notice that keeps the label", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const ada = await openNamed(map.links.edit, "Ada");
    const anna = await openNamed(map.links.edit, "Anna Müller");

    await clickPath(ada);
    const label = ada.getByLabel("Label", { exact: true });
    await label.waitFor();
    await label.fill("E-Mail mit Link „sofort“ für 5 €");

    await clickPath(anna);
    await anna.keyboard.press("Delete");
    await anna.locator(".react-flow__edge").waitFor({ state: "detached" });

    const notice = ada.getByTestId("kept-text");
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain(
      "Anna Müller deleted this step of the customer's path while you were typing.",
    );
    expect(await notice.getByRole("textbox").inputValue()).toBe("E-Mail mit Link „sofort“ für 5 €");
  });
});
