// Following a colleague's view in real Chromium: Ben (a view link, 1280x800) follows Anna (an editor, 1440x900); as
// Anna pans and zooms, Ben's canvas shows what she sees, centred and whole; the keyboard moving across his map and his
// own pan end it. Jörg, an editor in German, follows her too; dragging a card ends it, and he is told when she closes
// her page. Ben's own network dropping does not end it: following waits and goes on once he is back.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createMap, openAsPerson, twoCardMapFile } from "./harness";
import { browserSuite } from "./suite";

const suite = browserSuite();

interface Shown {
  x: number;
  y: number;
  width: number;
  height: number;
  zoom: number;
}

/** The rectangle of the map the page's canvas shows, in map coordinates, read from what the browser draws. */
function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const flow = document.querySelector(".react-flow");
    const viewport = document.querySelector(".react-flow__viewport");
    if (!flow || !viewport) throw new Error("no canvas");
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const box = flow.getBoundingClientRect();
    return { x: -m.e / m.a, y: -m.f / m.a, width: box.width / m.a, height: box.height / m.a, zoom: m.a };
  });
}

const centre = (r: Shown) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Ben shows Anna's rectangle whole, with the same centre (within a map pixel or two). */
async function showsWhatAnnaSees(ben: Page, anna: Page): Promise<boolean> {
  const [mine, hers] = await Promise.all([shown(ben), shown(anna)]);
  const a = centre(mine);
  const b = centre(hers);
  return (
    Math.abs(a.x - b.x) < 2 &&
    Math.abs(a.y - b.y) < 2 &&
    mine.width >= hers.width - 2 &&
    mine.height >= hers.height - 2 &&
    Math.abs(mine.zoom - hers.zoom) / hers.zoom < 0.2
  );
}

async function open(link: string, name: string, size: { width: number; height: number }, locale = "en-GB") {
  const page = await openAsPerson(await suite.newContext({ viewport: size, locale }), link, name);
  await page.waitForSelector('[data-testid="canvas"][data-fitted="true"]');
  return page;
}

describe("following a colleague's view", () => {
  it("shows Ben what Anna sees as she pans and zooms, until he pans; in German too, until she leaves", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    // Three people open the map at the same moment, as a workshop starts.
    const [anna, ben, joerg] = await Promise.all([
      open(map.links.edit, "Anna", { width: 1440, height: 900 }),
      open(map.links.view, "Ben", { width: 1280, height: 800 }),
      open(map.links.edit, "Jörg", { width: 1000, height: 700 }, "de-DE"),
    ]);

    await ben.getByRole("button", { name: "Follow Anna" }).click();
    const bar = ben.getByTestId("follow-bar");
    await bar.waitFor();
    expect(await bar.textContent()).toContain("Following Anna");
    await expect.poll(() => showsWhatAnnaSees(ben, anna), { timeout: 3000, interval: 50 }).toBe(true);

    // The keyboard moving across Ben's map ends following; Follow starts it again.
    await ben.locator('.react-flow__node[data-id="c_1"]').focus();
    await ben.keyboard.press("ArrowDown");
    await bar.waitFor({ state: "detached", timeout: 2000 });
    await ben.getByRole("button", { name: "Follow Anna" }).click();
    await bar.waitFor();
    await expect.poll(() => showsWhatAnnaSees(ben, anna), { timeout: 3000, interval: 50 }).toBe(true);
    const before = await shown(ben);

    // Anna scrolls the map along and zooms in; Ben's view goes with her.
    const pane = await anna.locator(".react-flow__pane").boundingBox();
    if (!pane) throw new Error("Anna's canvas is not visible.");
    await anna.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await anna.mouse.wheel(400, 250);
    await anna.locator(".react-flow__controls-zoomin").click();
    await expect.poll(() => showsWhatAnnaSees(ben, anna), { timeout: 3000, interval: 50 }).toBe(true);
    expect(centre(await shown(ben)).x).toBeGreaterThan(centre(before).x + 100);

    await joerg.getByRole("button", { name: "Anna folgen" }).click();
    const germanBar = joerg.getByTestId("follow-bar");
    await germanBar.waitFor();
    expect(await germanBar.textContent()).toContain("Sie folgen Anna");
    expect(await joerg.getByRole("button", { name: "Nicht mehr folgen" }).count()).toBe(1);
    await expect.poll(() => anna.getByTestId("followers").textContent(), { timeout: 2000 }).toBe("2 follow you");

    // Ben scrolls himself: he no longer follows, and his button says so.
    const bensPane = await ben.locator(".react-flow__pane").boundingBox();
    if (!bensPane) throw new Error("Ben's canvas is not visible.");
    await ben.mouse.move(bensPane.x + bensPane.width / 2, bensPane.y + bensPane.height / 2);
    await ben.mouse.wheel(0, 300);
    await bar.waitFor({ state: "detached", timeout: 2000 });
    expect(await ben.getByRole("button", { name: "Follow Anna" }).getAttribute("aria-pressed")).toBe("false");
    await expect.poll(() => anna.getByTestId("followers").textContent(), { timeout: 2000 }).toBe("1 follows you");

    // Jörg drags a card: he no longer follows; he follows again.
    const card = await joerg.locator('[data-testid="card-c_1"]').boundingBox();
    if (!card) throw new Error("Jörg does not see the card.");
    await joerg.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    await joerg.mouse.down();
    await joerg.mouse.move(card.x + card.width / 2 + 30, card.y + card.height / 2 + 10, { steps: 4 });
    await joerg.mouse.up();
    await germanBar.waitFor({ state: "detached", timeout: 2000 });
    await joerg.getByRole("button", { name: "Anna folgen" }).click();
    await germanBar.waitFor();

    // Anna closes her page: Jörg's bar goes, and his screen reader hears why.
    await anna.close();
    await germanBar.waitFor({ state: "detached", timeout: 3000 });
    expect(await joerg.getByTestId("follow-said").textContent()).toBe(
      "Anna hat die Map verlassen; Sie folgen niemandem mehr.",
    );
  });

  it("waits while Ben's own network is gone, and shows what Anna sees again once he is back", async () => {
    const map = await createMap(suite.app.url, twoCardMapFile());
    const [anna, ben] = await Promise.all([
      open(map.links.edit, "Anna", { width: 1440, height: 900 }),
      open(map.links.view, "Ben", { width: 1280, height: 800 }),
    ]);
    await ben.getByRole("button", { name: "Follow Anna" }).click();
    const bar = ben.getByTestId("follow-bar");
    await bar.waitFor();
    await expect.poll(() => showsWhatAnnaSees(ben, anna), { timeout: 3000, interval: 50 }).toBe(true);

    // Ben's network goes: his page closes its socket, which takes Anna off it with everybody else.
    await ben.context().setOffline(true);
    await expect.poll(() => ben.locator('[data-testid="person"]').count(), { timeout: 2000 }).toBe(1);
    expect(await bar.count()).toBe(1);
    expect(await bar.getAttribute("data-waiting")).toBe("true");
    expect(await bar.textContent()).toContain("Connection lost: you follow Anna again once it is back");
    expect(await ben.getByTestId("follow-said").textContent()).not.toContain("left the map");

    // Meanwhile Anna scrolls on; once Ben is back, his view goes where hers is.
    const pane = await anna.locator(".react-flow__pane").boundingBox();
    if (!pane) throw new Error("Anna's canvas is not visible.");
    await anna.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await anna.mouse.wheel(350, 200);
    await ben.context().setOffline(false);
    await expect.poll(() => bar.getAttribute("data-waiting"), { timeout: 5000 }).toBe("false");
    expect(await bar.textContent()).toContain("Following Anna");
    await expect.poll(() => showsWhatAnnaSees(ben, anna), { timeout: 3000, interval: 50 }).toBe(true);
    await expect.poll(() => anna.getByTestId("followers").textContent(), { timeout: 3000 }).toBe("1 follows you");
    expect(await ben.getByTestId("follow-said").textContent()).toBe("");
  });
});
