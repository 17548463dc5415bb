// Two people on one map in Chromium: Ada selects three cards and drags them with the mouse; Ben sees all three move
// live, by the same offset, before she lets go (not only the one her presence names, the others jumping at the drop).
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, waitFor } from "./harness";
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
  await page.waitForSelector('[data-testid="connection-status"][data-status="online"]', { timeout: 15000 });
  return page;
}

const box = async (page: Page, id: string) => {
  const b = await page.getByTestId(`card-${id}`).boundingBox();
  if (!b) throw new Error(`card ${id} not on screen`);
  return b;
};

const IDS = ["c_1", "c_2", "c_3"] as const;

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

    // Still held: on Ben's screen all three have moved, each by the same offset.
    const moved = async () => {
      const offsets = [];
      for (const id of IDS) {
        const now = await box(ben, id);
        const was = home.get(id)!;
        offsets.push({ dx: now.x - was.x, dy: now.y - was.y });
      }
      return offsets;
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
