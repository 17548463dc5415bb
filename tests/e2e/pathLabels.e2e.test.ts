// A path's label and finding mark sit at its middle, which for neighbouring or stacked cards lies in the gap
// between them or under them: both must be drawn above the cards, readable and clickable, and leave the cards'
// handles free.
import { describe, expect, it } from "vitest";
import { createMap, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

describe("a path's label and finding mark", () => {
  it("are not hidden under the cards they join", async () => {
    const file = twoCardMapFile();
    const stage2 = { id: "st_2", name: "Schadensmeldung" };
    const journey = {
      ...file.journey,
      language: "de",
      stages: [...file.journey.stages, stage2],
      cards: [
        { id: "a", stageId: "st_1", laneId: "ln_do", title: "Unfall melden" },
        { id: "b", stageId: "st_2", laneId: "ln_do", title: "Formular ausfüllen" },
        { id: "c", stageId: "st_2", laneId: "ln_do", title: "Fotos hochladen" },
      ],
      connections: [
        { id: "ab", from: "a", to: "b", label: "weiter zur Schadensabteilung" },
        { id: "bc", from: "b", to: "c", label: "danach" },
      ],
    };
    const map = await createMap(suite.app.url, { ...file, journey });
    const page = await (await suite.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(map.links.edit);
    await page.locator(".edge-label", { hasText: "danach" }).waitFor({ timeout: 10000 });

    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".edge-label, .edge-finding")]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const y = box.y + box.height / 2;
          // Its middle and both ends: a long label reaches over the cards on either side.
          return [0.1, 0.5, 0.9].some((at) => !el.contains(document.elementFromPoint(box.x + box.width * at, y)));
        })
        .map((el) => el.textContent || el.getAttribute("aria-label")),
    );
    expect(hidden).toEqual([]);

    // Drawn over the cards, the label still leaves the handles at the path's height free to draw a new path.
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".react-flow__node-card .react-flow__handle")]
        .filter((handle) => {
          const box = handle.getBoundingClientRect();
          const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          return top?.closest(".edge-label, .edge-finding") != null;
        })
        .map((handle) => handle.closest(".react-flow__node")?.textContent),
    );
    expect(covered).toEqual([]);
  });

  it("sit on the crossing of a step to the card below, covering neither card's text", async () => {
    const file = twoCardMapFile();
    const journey = {
      ...file.journey,
      language: "de",
      lanes: [{ id: "ln_tp", name: "Wo ich der Marke begegne", kind: "touchpoints" }],
      cards: [
        {
          id: "bill",
          stageId: "st_1",
          laneId: "ln_tp",
          title: "Jahresabrechnung",
          channel: "letter",
          measurement: { metric: "CES", target: 5.5, observations: [{ date: "2026-10-31", value: 4.2 }] },
        },
        { id: "call", stageId: "st_1", laneId: "ln_tp", title: "Hotline", channel: "phone" },
      ],
      // Letter to phone is a channel break: the path carries a finding mark as well as its label.
      connections: [{ id: "down", from: "bill", to: "call", label: "ruft an" }],
    };
    const map = await createMap(suite.app.url, { ...file, journey });
    const page = await (await suite.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(map.links.edit);
    await page.getByTestId("edge-finding-down").waitFor({ timeout: 10000 });
    const overlaps = await page.evaluate(() => {
      const cards = [...document.querySelectorAll<HTMLElement>(".react-flow__node-card")].map((n) =>
        n.getBoundingClientRect(),
      );
      return [...document.querySelectorAll<HTMLElement>(".edge-label, .edge-finding")].map((el) => {
        const box = el.getBoundingClientRect();
        // How far into each card the label or mark reaches, up and down.
        return Math.max(
          ...cards.map((c) =>
            box.right > c.left && box.left < c.right
              ? Math.max(0, Math.min(box.bottom, c.bottom) - Math.max(box.top, c.top))
              : 0,
          ),
        );
      });
    });
    expect(overlaps).toHaveLength(2);
    // The gap between the two cards is 8 px at zoom 1; a label on it reaches a few pixels into each card's border
    // and padding, never to their text.
    for (const reach of overlaps) expect(reach).toBeLessThanOrEqual(6);
  });
});
