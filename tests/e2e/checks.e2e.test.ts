// The outside-in checks in Chromium: the interface switches to German, a new touchpoint without a
// measurement point shows up as a finding in the checks panel and on the card, and goes once the
// inspector gives it one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { runChecks } from "../../src/checks";
import type { Journey } from "../../src/doc";
import { createMap, launchChromium, ONLINE, saveScreenshots, startApp, type RunningApp } from "./harness";

/** A small map with nothing to find: goals, an owner, a measured touchpoint with its channel, an empty cell. */
const clean: Journey = {
  id: "jr_checks",
  title: "Order a phone case",
  language: "en",
  owner: "Head of E-Commerce",
  stages: [
    { id: "st_find", name: "Find", customerGoal: "I want a case that fits my phone" },
    { id: "st_buy", name: "Buy", customerGoal: "I want to pay quickly" },
  ],
  lanes: [
    { id: "ln_do", name: "What I do", kind: "actions" },
    { id: "ln_tp", name: "Where I meet the brand", kind: "touchpoints" },
  ],
  cards: [
    { id: "cd_search", stageId: "st_find", laneId: "ln_do", title: "I search for my phone model" },
    {
      id: "cd_shop",
      stageId: "st_find",
      laneId: "ln_tp",
      title: "I filter the cases in the web shop",
      channel: "web",
      measurement: { metric: "CES", target: 5.5, question: "How easy was it to find a case?" },
    },
  ],
  connections: [],
};

const SEL = {
  online: ONLINE,
  finding: (rule: string) => `[data-testid="finding"][data-rule="${rule}"]`,
};

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("the checks in the editor", () => {
  it("speaks German after the switch, and a touchpoint's missing measurement point comes and goes", async () => {
    expect(runChecks(clean)).toEqual([]);
    const map = await createMap(app.url, { format: "outside-in.journey", version: 1, journey: clean });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    try {
      await page.goto(map.links.edit);
      await page.locator(SEL.online).waitFor({ timeout: 15000 });
      const findingsButton = page.getByTestId("health-findings");
      await expect.poll(() => findingsButton.textContent()).toBe("No findings");
      expect(await page.getByTestId("health-coverage").textContent()).toContain("1/1");

      await page.getByLabel("Interface language").selectOption("de");
      await page.getByRole("tab", { name: "Prüfungen" }).waitFor();
      await expect.poll(() => findingsButton.textContent()).toBe("Keine Befunde");
      await page.getByRole("group", { name: "Zustand der Journey" }).waitFor();
      expect(await page.getByTestId("health-coverage").textContent()).toContain("Gemessen");

      await findingsButton.click();
      expect(await page.getByRole("tab", { name: "Prüfungen" }).getAttribute("aria-selected")).toBe("true");
      await expect
        .poll(() => page.getByTestId("checks-count").textContent())
        .toBe("Keine Befunde: Die Map liest sich aus Sicht der Kundschaft.");

      // A new touchpoint in the empty cell: no channel and no measurement point yet.
      await page
        .getByTestId("cell-st_buy-ln_tp")
        .getByRole("button", { name: /^Karte hinzufügen: / })
        .click();
      const titleInput = page.locator("input.card-title-input");
      await titleInput.fill("I pay with my credit card");
      await titleInput.press("Enter");
      const card = page.locator(".react-flow__node-card", { hasText: "I pay with my credit card" });
      await card.waitFor();
      const cardId = (await card.getAttribute("data-id")) ?? "";
      expect(cardId).not.toBe("");

      const measurementFinding = page.locator(
        `${SEL.finding("touchpoint-without-measurement")}[data-target="${cardId}"]`,
      );
      await measurementFinding.waitFor();
      expect(await measurementFinding.textContent()).toContain(
        "Der Kontaktpunkt „I pay with my credit card“ hat keinen Messpunkt.",
      );
      // The finding's words follow the interface too, whatever the map's language (English here).
      expect(await measurementFinding.textContent()).toContain("Warum es zählt");
      await expect.poll(() => findingsButton.textContent()).toBe("2 Befunde");
      const mark = card.getByTestId("finding-mark");
      expect(await mark.getAttribute("data-count")).toBe("2");
      expect(await page.getByTestId("health-coverage").textContent()).toContain("1/2");

      // Clicking the finding selects the card; the inspector gives it a measurement point.
      await measurementFinding.getByRole("button").click();
      await expect.poll(() => card.getAttribute("class")).toContain("selected");
      await page.getByRole("tab", { name: "Eigenschaften" }).click();
      await page.getByRole("button", { name: "Messpunkt hinzufügen" }).click();
      await page.getByLabel("Kennzahl").selectOption("CSAT");

      await expect.poll(() => findingsButton.textContent()).toBe("1 Befund");
      await expect.poll(() => mark.getAttribute("data-count")).toBe("1");
      await expect.poll(() => page.getByTestId("health-coverage").textContent()).toContain("2/2");
      await page.getByRole("tab", { name: "Prüfungen" }).click();
      await page.locator(SEL.finding("touchpoint-without-channel")).waitFor();
      expect(await page.locator(SEL.finding("touchpoint-without-measurement")).count()).toBe(0);

      // The JSON export carries the same summary as the header, once the edits have reached the server.
      const exportedHealth = async (): Promise<unknown> => {
        const response = await fetch(`${app.url}/api/maps/${map.id}/export?format=json`, {
          headers: { Authorization: `Bearer ${map.tokens.edit}` },
        });
        return ((await response.json()) as { health?: unknown }).health;
      };
      await expect.poll(exportedHealth).toMatchObject({ touchpoints: 2, measured: 2, coverage: 1, openFindings: 1 });
    } catch (error) {
      await saveScreenshots([page], "checks speak German and follow a new touchpoint");
      throw error;
    } finally {
      await page.close();
    }
  });
});
