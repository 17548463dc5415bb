// On a map that reads right to left (Hebrew, Arabic), the label of the line of visibility stands at the right end of
// the line, where a reader of the map starts; on any other map at the left end, as before.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Journey } from "../../src/doc";
import {
  layoutJourney,
  layoutPoster,
  renderSvg,
  type LayoutPage,
  type LineItem,
  type TextItem,
  type TextMeasurer,
} from "../../src/export";
import { mapReadsRightToLeft } from "../../src/export/layout/direction";
import { parseJourneyText } from "../../src/format";
import { FIXED_NOW, germanJourney, realMeasurer } from "./helpers";

const DE = "Sichtbarkeitslinie";

let measure: TextMeasurer;
beforeAll(async () => {
  measure = await realMeasurer();
});

/** The small Hebrew and Arabic map of the right-to-left tests, German lane names and title, with a backstage lane. */
function rightToLeftBlueprint(): Journey {
  const path = fileURLToPath(new URL("../fixtures/scripts/right-to-left.journey.json", import.meta.url));
  const parsed = parseJourneyText(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  const j = parsed.journey;
  return {
    ...j,
    lanes: [...j.lanes, { id: "ln_back", name: "מאחורי הקלעים", kind: "backstage" }],
    cards: [...j.cards, { id: "bk_1", stageId: "st_he", laneId: "ln_back", title: "המחלקה בודקת את ההזמנה" }],
  };
}

function germanBlueprint(): Journey {
  const j = germanJourney();
  return {
    ...j,
    lanes: [...j.lanes, { id: "ln_back", name: "Hinter den Kulissen", kind: "backstage" }],
    cards: [...j.cards, { id: "bk_1", stageId: "st_1", laneId: "ln_back", title: "Sachbearbeitung prüft den Schaden" }],
  };
}

/** The label and its dashed line (the one at the label's height) on a page. */
function markOf(page: LayoutPage): { label: TextItem; line: LineItem } {
  const label = page.items.find((i): i is TextItem => i.type === "text" && i.text === DE);
  if (label === undefined) throw new Error("no label on the page");
  const line = page.items.find(
    (i): i is LineItem =>
      i.type === "line" && i.dash !== undefined && i.y1 === i.y2 && Math.abs(i.y1 - label.y) < label.size,
  );
  if (line === undefined) throw new Error("no dashed line beside the label");
  return { label, line };
}

/** The right end of the map's rows on a page: the widest lane row's right edge. */
function rowsRight(page: LayoutPage): number {
  return Math.max(...page.items.map((i) => (i.type === "rect" ? i.x + i.w : Number.NEGATIVE_INFINITY)));
}

const mapPage = (journey: Journey): LayoutPage => {
  const page = layoutJourney(journey, { paper: "a4", measure, now: FIXED_NOW }).pages.find(
    (p) => p.kind === "map" && p.items.some((i) => i.type === "text" && i.text === DE),
  );
  if (page === undefined) throw new Error("no map page with the line of visibility");
  return page;
};

describe("which way a map reads", () => {
  it("is right to left when more of its names start with a Hebrew or Arabic letter than with a Latin one", () => {
    expect(mapReadsRightToLeft(rightToLeftBlueprint())).toBe(true);
    expect(mapReadsRightToLeft(germanBlueprint())).toBe(false);
    // Names without a letter do not count; a tie reads left to right.
    const he = { ...germanJourney(), title: "שירות", stages: [], lanes: [], cards: [] };
    expect(mapReadsRightToLeft(he)).toBe(true);
    expect(mapReadsRightToLeft({ ...he, stages: [{ id: "st_1", name: "2026 – 1" }] })).toBe(true);
    expect(mapReadsRightToLeft({ ...he, stages: [{ id: "st_1", name: "Phase" }] })).toBe(false);
  });
});

describe("the label of the line of visibility on a map that reads right to left", () => {
  it("stands at the right end of the line, and the dashed line runs from the left up to it", () => {
    const page = mapPage(rightToLeftBlueprint());
    const { label, line } = markOf(page);
    const right = label.x + measure.width(label.text, label.size, label.bold);
    expect(right).toBeLessThanOrEqual(rowsRight(page) + 0.01);
    expect(right).toBeGreaterThan(rowsRight(page) - 10);
    expect(line.x2).toBeLessThan(label.x);
    expect(line.x2).toBeGreaterThan(label.x - 10);
    expect(line.x1).toBeLessThan(label.x - 200);
  });

  it("stays at the left end on a German map", () => {
    const page = mapPage(germanBlueprint());
    const { label, line } = markOf(page);
    expect(line.x1).toBeGreaterThan(label.x + measure.width(label.text, label.size, label.bold));
    expect(line.x2).toBeCloseTo(rowsRight(page), 5);
  });

  it("is at the right on the PNG's sheet and in the SVG too", () => {
    const sheet = layoutPoster(rightToLeftBlueprint(), { measure })?.pages[0];
    if (sheet === undefined) throw new Error("no sheet");
    const { label, line } = markOf(sheet);
    expect(line.x2).toBeLessThan(label.x);
    expect(label.x + measure.width(label.text, label.size, label.bold)).toBeGreaterThan(rowsRight(sheet) - 10);
    const svg = renderSvg(rightToLeftBlueprint(), { paper: "a4", measure, now: FIXED_NOW }).find((p) =>
      p.includes(`>${DE}</text>`),
    );
    const labelX = Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${DE}</text>`).exec(svg ?? "")?.[1]);
    const lineX2 = Number(
      /<line x1="[\d.]+" y1="([\d.]+)" x2="([\d.]+)" y2="\1"[^>]*stroke-dasharray="4"/.exec(svg ?? "")?.[2],
    );
    expect(lineX2).toBeLessThan(labelX);
    expect(labelX).toBeGreaterThan(300);
  });
});
