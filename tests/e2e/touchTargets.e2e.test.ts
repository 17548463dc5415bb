// The map's small controls under a finger: on a touch screen (a coarse pointer) a card's dots, a cell's "+" and a
// stage's or lane's buttons each take a press 44 × 44 px wide (at 100 % zoom), as do the zoom buttons and the answers
// to the question a header's ✕ asks, without covering one another, a header's name, or the taps of the card whose
// side they cover; with a mouse (a fine pointer) nothing changes.
import { describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { createMap, ONLINE } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

/** Two stages and three lanes: small enough to be drawn at 100 % in the window below. */
function mapFile() {
  const stages = ["st_0", "st_1"].map((id, i) => ({
    id,
    name: `Stage ${i + 1}`,
    customerGoal: "I want to see which plan fits me best today",
  }));
  const lanes = [
    { id: "ln_do", name: "What I do", kind: "actions" },
    { id: "ln_feel", name: "How I feel", kind: "emotions" },
    { id: "ln_back", name: "Behind the scenes", kind: "backstage" },
  ];
  const cards = [
    {
      id: "c_1",
      stageId: "st_0",
      laneId: "ln_do",
      title: "I compare two plans and read the small print",
      channel: "web",
    },
    { id: "c_2", stageId: "st_0", laneId: "ln_do", title: "I call the hotline" },
    { id: "c_3", stageId: "st_1", laneId: "ln_do", title: "I order" },
    // Two emotions side by side in one stage, 8 px apart; and three, narrow, in the other.
    { id: "e_1", stageId: "st_1", laneId: "ln_feel", title: "Unsure", emotion: -1 },
    { id: "e_2", stageId: "st_1", laneId: "ln_feel", title: "Relieved", emotion: -1 },
    ...[1, 2, 3].map((n) => ({ id: `n_${n}`, stageId: "st_0", laneId: "ln_feel", title: `Glad ${n}`, emotion: 1 })),
  ];
  // An open thread on the right emotion: its badge sits low at the right, within the right dot's box.
  const comments = [
    {
      id: "cm_1",
      anchor: { kind: "card", id: "e_2" },
      author: "Bärbel Groß",
      text: "Relieved about what?",
      createdAt: "2026-11-20T10:00:00.000Z",
      resolved: false,
      replies: [],
    },
  ];
  return {
    format: "outside-in.journey",
    version: 1,
    journey: { id: "tt", title: "Touch targets", language: "en", stages, lanes, cards, connections: [], comments },
  };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Hit {
  /** The element's own box, as drawn. */
  drawn: Box;
  /** Where a press lands on the element (or inside it): from its middle along each axis, to 1/256 px. */
  hit: Box;
}

const width = (b: Box) => b.right - b.left;
const height = (b: Box) => b.bottom - b.top;
/** Whether two boxes share more than the 1/256 px to which hitOf finds an edge. */
const overlap = (a: Box, b: Box, edge = 0.01) =>
  a.left < b.right - edge && b.left < a.right - edge && a.top < b.bottom - edge && b.top < a.bottom - edge;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** Measured with document.elementFromPoint from the element's middle outwards. */
function hitOf(target: Locator): Promise<Hit> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const on = (px: number, py: number) => {
      const found = document.elementFromPoint(px, py);
      return found !== null && el.contains(found);
    };
    // Pixel by pixel to the first that misses, then halved down to 1/256 px between it and the last that hits.
    const reach = (dx: number, dy: number) => {
      let hits = 0;
      while (hits < 100 && on(x + dx * (hits + 1), y + dy * (hits + 1))) hits++;
      let misses = hits + 1;
      for (let i = 0; i < 8; i++) {
        const half = (hits + misses) / 2;
        if (on(x + dx * half, y + dy * half)) hits = half;
        else misses = half;
      }
      return misses;
    };
    if (!on(x, y)) throw new Error(`the middle of ${el.className} is covered`);
    return {
      drawn: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
      hit: { left: x - reach(-1, 0), right: x + reach(1, 0), top: y - reach(0, -1), bottom: y + reach(0, 1) },
    };
  });
}

/** Whether a press lands on `target`: at its middle, or at a bottom corner (4 px in, 3 px up). */
function takesPress(target: Locator, where: "middle" | "bottomLeft" | "bottomRight" = "middle"): Promise<boolean> {
  return target.evaluate((el, at) => {
    const r = el.getBoundingClientRect();
    const x = at === "middle" ? r.left + r.width / 2 : at === "bottomLeft" ? r.left + 4 : r.right - 4;
    const y = at === "middle" ? r.top + r.height / 2 : r.bottom - 3;
    return el.contains(document.elementFromPoint(x, y));
  }, where);
}

function boxOf(target: Locator): Promise<Box> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

/** A touch screen as big as a workshop display's window. */
const touchContext = () =>
  suite.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1440, height: 1000 } });

async function openMap(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await page.locator('[data-testid="canvas"][data-fitted="true"]').waitFor({ timeout: 15000 });
  await page.locator('[data-testid="editor"]:not([aria-busy])').waitFor({ timeout: 15000 });
  await page.waitForSelector(ONLINE);
  // Measured in CSS pixels of the map: drawn at 100 %.
  const zoom = await page
    .locator(".react-flow__viewport")
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  expect(zoom).toBe(1);
  return page;
}

const dot = (page: Page, card: string, side: "source" | "target") =>
  page.getByTestId(`card-${card}`).locator(`.react-flow__handle.${side}`);
const add = (page: Page, stage: string, lane: string) => page.getByTestId(`cell-${stage}-${lane}`).locator(".cell-add");
const buttons = (page: Page, header: string) => page.getByTestId(header).locator(".header-controls button");

/** Every control measured: the dots, two cells' "+" and the buttons of a stage and a lane (selected by `select`). */
async function measure(page: Page, select: (header: Locator) => Promise<void>) {
  const dots = {
    c1Target: await hitOf(dot(page, "c_1", "target")),
    c1Source: await hitOf(dot(page, "c_1", "source")),
    c3Target: await hitOf(dot(page, "c_3", "target")),
    e1Source: await hitOf(dot(page, "e_1", "source")),
    e2Target: await hitOf(dot(page, "e_2", "target")),
  };
  const adds = [await hitOf(add(page, "st_0", "ln_do")), await hitOf(add(page, "st_1", "ln_do"))];
  const headers: { header: Box; name: Box; buttons: Hit[] }[] = [];
  for (const id of ["stage-st_1", "lane-ln_do"]) {
    const header = page.getByTestId(id);
    await select(header);
    await expect.poll(() => buttons(page, id).count()).toBe(3);
    const each: Hit[] = [];
    for (const button of await buttons(page, id).all()) each.push(await hitOf(button));
    headers.push({
      header: await boxOf(header),
      name: await boxOf(header.locator(".stage-name, .lane-name")),
      buttons: each,
    });
  }
  return { dots, adds, headers };
}

describe("the map's small controls under a finger", () => {
  it("gives a card's dots, a cell's + and a header's buttons 44 px for a finger, each clear of the others", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const page = await openMap(await touchContext(), map.links.edit);
    expect(await page.evaluate(() => matchMedia("(any-pointer: coarse)").matches)).toBe(true);
    const { dots, adds, headers } = await measure(page, async (header) => {
      const box = await boxOf(header);
      await page.touchscreen.tap(box.left + 20, box.top + 12);
    });

    for (const { hit } of [...Object.values(dots), ...adds, ...headers.flatMap((h) => h.buttons)]) {
      expect(width(hit)).toBeGreaterThanOrEqual(44);
      expect(height(hit)).toBeGreaterThanOrEqual(44);
    }
    // A finger that misses the drawn dot by 15 px (into the card beside it, above or below it) still lands on it; one
    // that misses a drawn button or "+" by 10 (8 right of the "+", at its cell's edge), or by 15 above it, too.
    for (const { drawn, hit } of Object.values(dots)) {
      expect(hit.top).toBeLessThanOrEqual(drawn.top - 15);
      expect(hit.bottom).toBeGreaterThanOrEqual(drawn.bottom + 15);
    }
    expect(dots.c1Source.hit.left).toBeLessThanOrEqual(dots.c1Source.drawn.left - 15);
    expect(dots.c1Target.hit.right).toBeGreaterThanOrEqual(dots.c1Target.drawn.right + 15);
    for (const { drawn, hit } of [...adds, ...headers.flatMap((h) => h.buttons)]) {
      expect(hit.left).toBeLessThanOrEqual(drawn.left - 10);
      expect(hit.right).toBeGreaterThanOrEqual(drawn.right + 8);
      expect(hit.top).toBeLessThanOrEqual(drawn.top - 10);
    }
    for (const { drawn, hit } of headers.flatMap((h) => h.buttons)) expect(hit.top).toBeLessThanOrEqual(drawn.top - 15);

    // None covers another: a card's two dots, the dots facing each other across two stages (20 px apart) and across
    // two emotions side by side (8 px apart), a header's three buttons.
    expect(overlap(dots.c1Target.hit, dots.c1Source.hit)).toBe(false);
    expect(overlap(dots.c1Source.hit, dots.c3Target.hit)).toBe(false);
    expect(overlap(dots.e1Source.hit, dots.e2Target.hit)).toBe(false);
    for (const {
      header,
      name,
      buttons: [a, b, c],
    } of headers) {
      if (!a || !b || !c) throw new Error("a header without its three buttons");
      expect(overlap(a.hit, b.hit) || overlap(b.hit, c.hit)).toBe(false);
      // Inside its header (never over the next stage's or lane's) and below the name, which a double tap renames.
      for (const { hit } of [a, b, c]) {
        expect(inside(hit, header)).toBe(true);
        expect(hit.top).toBeGreaterThanOrEqual(name.bottom);
      }
    }
    // On a narrow card (three emotions side by side) the two boxes leave the middle to a finger that drags the card.
    const narrow = await boxOf(page.getByTestId("card-n_2"));
    expect(width(narrow)).toBeLessThan(88);
    const [left, right] = [await hitOf(dot(page, "n_2", "target")), await hitOf(dot(page, "n_2", "source"))];
    expect(right.hit.left - left.hit.right).toBeGreaterThanOrEqual(32);
    expect(Math.min(height(left.hit), height(right.hit))).toBeGreaterThanOrEqual(44);

    // What takes a tap of its own on a card stays over the dots' boxes: the emotion's comments badge, low at its right.
    expect(await takesPress(page.getByTestId("card-e_2").locator(".card-comments"))).toBe(true);

    // The "+" stays below the cell's last card, and inside its cell at the sides.
    const lastCard = await boxOf(page.getByTestId("card-c_2"));
    const cell = await boxOf(page.getByTestId("cell-st_0-ln_do"));
    const [firstAdd] = adds;
    if (!firstAdd) throw new Error("no + measured");
    expect(firstAdd.hit.top).toBeGreaterThanOrEqual(lastCard.bottom);
    expect(firstAdd.hit.right).toBeLessThanOrEqual(cell.right);

    // A stage's name being typed into (its field a little taller than the name) is over the buttons' boxes.
    const name = page.getByTestId("stage-st_1").locator(".stage-name");
    const named = await boxOf(name);
    await page.touchscreen.tap(named.left + 10, named.top + 6);
    await page.waitForTimeout(120);
    await page.touchscreen.tap(named.left + 10, named.top + 6);
    const field = page.getByTestId("stage-st_1").locator("input.stage-name");
    await field.waitFor();
    const buttonsTop = Math.min(...(headers[0]?.buttons ?? []).map((b) => b.hit.top));
    expect((await boxOf(field)).bottom).toBeGreaterThan(buttonsTop);
    expect(await takesPress(field, "bottomRight")).toBe(true);
    await page.keyboard.press("Escape");

    // The wider row of the lane above the line of visibility leaves the line's name no room beside it: the name
    // stands above the row, as it does when it is too long for the room.
    const above = await boxOf(page.getByTestId("lane-ln_feel"));
    await page.touchscreen.tap(above.left + 20, above.top + 12);
    await expect.poll(() => buttons(page, "lane-ln_feel").count()).toBe(3);
    const lineName = await boxOf(page.getByTestId("visibility-line").locator(".visibility-line-label"));
    for (const button of await buttons(page, "lane-ln_feel").all())
      expect(overlap(lineName, await boxOf(button), 0)).toBe(false);

    // The zoom buttons take 44 px for a finger too, and so do the two answers of the question a stage's ✕ asks, with
    // room between them: a finger meant for Cancel must not land on Delete.
    const zoomButtons = await page.locator(".react-flow__controls-button").all();
    expect(zoomButtons).toHaveLength(3);
    for (const button of zoomButtons) {
      const { hit } = await hitOf(button);
      expect(width(hit)).toBeGreaterThanOrEqual(44);
      expect(height(hit)).toBeGreaterThanOrEqual(44);
    }
    const stage = await boxOf(page.getByTestId("stage-st_1"));
    await page.touchscreen.tap(stage.left + 20, stage.top + 12);
    await expect.poll(() => buttons(page, "stage-st_1").count()).toBe(3);
    await buttons(page, "stage-st_1").last().tap();
    const answers = page.getByTestId("stage-st_1").locator(".header-confirm button");
    await expect.poll(() => answers.count()).toBe(2);
    const [yes, no] = [await hitOf(answers.first()), await hitOf(answers.last())];
    for (const { hit } of [yes, no]) {
      expect(width(hit)).toBeGreaterThanOrEqual(44);
      expect(height(hit)).toBeGreaterThanOrEqual(44);
    }
    expect(no.hit.left - yes.hit.right).toBeGreaterThanOrEqual(10);
    await answers.last().tap();
    await expect.poll(() => answers.count()).toBe(0);
    expect(await page.getByTestId("stage-st_1").count()).toBe(1);
  });

  it("lets a tap on a dot's box select its card and a double tap edit its title; a drag from there draws a path", async () => {
    const map = await createMap(suite.app.url, mapFile());
    const page = await openMap(await touchContext(), map.links.edit);
    await page.keyboard.press("Escape");
    const c1Right = await hitOf(dot(page, "c_1", "source"));
    const c1Left = await hitOf(dot(page, "c_1", "target"));
    const c3Left = await hitOf(dot(page, "c_3", "target"));
    // Beside the dots that face each other across the two stages, over the cards, within the dots' boxes.
    const onC1 = { x: c1Right.drawn.left - 15, y: c1Right.drawn.top - 10 };
    const onC3 = { x: c3Left.drawn.right + 15, y: c3Left.drawn.bottom + 10 };
    const pressed = (at: { x: number; y: number }) =>
      page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest(".react-flow__handle") !== null, at);
    expect(await pressed(onC1)).toBe(true);
    expect(await pressed(onC3)).toBe(true);

    // Two cards tapped one after the other by their facing sides: each is selected in turn, and no path is drawn
    // (React Flow's click on a dot starts a path that a click on the next dot ends).
    await page.touchscreen.tap(onC1.x, onC1.y);
    await expect.poll(() => page.getByTestId("card-c_1").getAttribute("class")).toContain("selected");
    await page.touchscreen.tap(onC3.x, onC3.y);
    await expect.poll(() => page.getByTestId("card-c_3").getAttribute("class")).toContain("selected");
    expect(await page.getByTestId("card-c_1").getAttribute("class")).not.toContain("selected");
    await page.waitForTimeout(300);
    expect(await page.locator(".react-flow__edge").count()).toBe(0);

    // A double tap where the dot's box lies over the title's second line edits the title.
    const title = await boxOf(page.getByTestId("card-c_1").getByTestId("card-title"));
    const onTitle = { x: title.left + 6, y: title.bottom - 4 };
    expect(await pressed(onTitle)).toBe(true);
    await page.touchscreen.tap(onTitle.x, onTitle.y);
    await page.waitForTimeout(120); // two taps as a finger makes them: taps closer than 40 ms count as one
    await page.touchscreen.tap(onTitle.x, onTitle.y);
    const titleField = page.locator("input.card-title-input");
    await titleField.waitFor();
    // The field lies over the dot's box at its bottom left, and takes the press there (to put the caret at the start).
    expect((await boxOf(titleField)).bottom).toBeGreaterThan(c1Left.hit.top);
    expect(await takesPress(titleField, "bottomLeft")).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("input.card-title-input").count()).toBe(0);

    // A finger that comes down 15 px beside c_1's right dot, over the card, and moves to c_3 draws the path.
    const before = await boxOf(page.getByTestId("card-c_1"));
    const from = { x: c1Right.drawn.left - 15, y: (c1Right.drawn.top + c1Right.drawn.bottom) / 2 };
    const to = await boxOf(page.getByTestId("card-c_3"));
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    await touch("touchStart", [from]);
    for (let i = 1; i <= 8; i++) {
      const x = from.x + ((to.left + 60 - from.x) * i) / 8;
      const y = from.y + ((to.top + 40 - from.y) * i) / 8;
      await touch("touchMove", [{ x, y }]);
    }
    await touch("touchEnd", []);
    await expect.poll(() => page.locator(".react-flow__edge").count()).toBe(1);
    // ... and leaves the card where it was.
    expect(await boxOf(page.getByTestId("card-c_1"))).toEqual(before);
  });

  it("leaves them as they were for a mouse: each takes only the press on its drawn box", async () => {
    // Two maps alike: on one, the other page's selection would show as a colleague's tag over the header.
    const [one, other] = [await createMap(suite.app.url, mapFile()), await createMap(suite.app.url, mapFile())];
    const coarse = await openMap(await touchContext(), one.links.edit);
    const fine = await openMap(await suite.newContext({ viewport: { width: 1440, height: 1000 } }), other.links.edit);
    expect(await fine.evaluate(() => matchMedia("(any-pointer: coarse)").matches)).toBe(false);
    const mouse = await measure(fine, (header) => header.click({ position: { x: 20, y: 12 } }));
    const finger = await measure(coarse, async (header) => {
      const box = await boxOf(header);
      await coarse.touchscreen.tap(box.left + 20, box.top + 12);
    });

    const all = (m: typeof mouse) => [...Object.values(m.dots), ...m.adds, ...m.headers.flatMap((h) => h.buttons)];
    for (const { drawn, hit } of all(mouse)) {
      // Only the drawn box, give or take the pixel to which Chromium rounds a box it hit-tests.
      expect(hit.left).toBeGreaterThanOrEqual(drawn.left - 1);
      expect(hit.right).toBeLessThanOrEqual(drawn.right + 1);
      expect(hit.top).toBeGreaterThanOrEqual(drawn.top - 1);
      expect(hit.bottom).toBeLessThanOrEqual(drawn.bottom + 1);
    }
    // The dots and "+" are drawn where and as big as on the touch screen (on the map: the map itself may sit elsewhere
    // in the window, fitted clear of the bigger zoom buttons); the buttons keep their row of before.
    const drawnOf = (m: typeof mouse) => {
      const boxes = [...Object.values(m.dots), ...m.adds].map((h) => h.drawn);
      const [first] = boxes;
      if (!first) throw new Error("nothing measured");
      return boxes.map((b) => ({
        left: b.left - first.left,
        right: b.right - first.left,
        top: b.top - first.top,
        bottom: b.bottom - first.top,
      }));
    };
    expect(drawnOf(mouse)).toEqual(drawnOf(finger));
    expect(drawnOf(mouse).map((b) => [width(b), height(b)])).toEqual([
      [9, 9],
      [9, 9],
      [9, 9],
      [9, 9],
      [9, 9],
      [24, 24],
      [24, 24],
    ]);
    // React Flow's zoom buttons, 26 px, for a mouse.
    for (const button of await fine.locator(".react-flow__controls-button").all()) {
      const { drawn } = await hitOf(button);
      expect([width(drawn), height(drawn)]).toEqual([26, 26]);
    }
    for (const { header, buttons: row } of mouse.headers) {
      const [a, b, c] = row.map((r) => r.drawn);
      if (!a || !b || !c) throw new Error("a header without its three buttons");
      expect(b.left - a.right).toBeCloseTo(2, 5);
      expect(c.left - b.right).toBeCloseTo(2, 5);
      expect(header.right - c.right).toBeCloseTo(5, 0);
    }
  });
});
