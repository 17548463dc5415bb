// The print layout on its own: pages split by stage columns, rows that continue, nothing clipped, every word kept.
import { layoutJourney, type LayoutPage, type PrintLayout, type TextItem, type TextMeasurer } from "../../src/export";
import type { Journey } from "../../src/doc";
import { FIXED_NOW, dense, exampleJourney, generatedJourney } from "./helpers";

/** Half an em per character: simple, and wide enough to force wrapping. */
const mono: TextMeasurer = { width: (text, size) => Array.from(text).length * size * 0.5 };

const layout = (journey: Journey, paper: "a3" | "a4" = "a3", comments = false): PrintLayout =>
  layoutJourney(journey, { paper, comments, measure: mono, now: FIXED_NOW });

const texts = (page: LayoutPage) => page.items.filter((i): i is TextItem => i.type === "text");
const pageText = (page: LayoutPage) =>
  texts(page)
    .map((t) => t.text)
    .join(" ");

describe("the print layout", () => {
  it("splits a wide map into pages of stage columns and repeats every lane header on each", () => {
    const journey = generatedJourney(24, 24);
    const result = layout(journey, "a3");
    const maps = result.pages.filter((p) => p.kind === "map");
    expect(maps.length).toBeGreaterThanOrEqual(4);
    for (const page of maps) for (const lane of journey.lanes) expect(pageText(page)).toContain(lane.name);
    const all = maps.map(pageText).join(" ");
    for (const stage of journey.stages) expect(all).toContain(stage.name);
    expect(pageText(maps[1] ?? { kind: "map", items: [] })).toContain("« continued");
    expect(pageText(maps[0] ?? { kind: "map", items: [] })).toContain("continued »");
  });

  it("continues a cell that does not fit on the next page and keeps every card", () => {
    const journey = generatedJourney(300, 2);
    const result = layout(journey, "a4");
    const maps = result.pages.filter((p) => p.kind === "map");
    expect(maps.length).toBeGreaterThan(3);
    expect(maps.slice(1).some((p) => pageText(p).includes("(continued)"))).toBe(true);
    const all = maps.map(pageText).join(" ");
    for (const card of journey.cards.filter((c) => c.laneId === "ln_tp")) expect(all).toContain(card.title);
  });

  it("splits a card taller than a page between its lines without losing a word", () => {
    const base = exampleJourney();
    const words = Array.from({ length: 700 }, (_, i) => `word${i}`);
    const card = { ...base.cards[1]!, description: words.join(" ") };
    const journey = { ...base, cards: base.cards.map((c) => (c.id === card.id ? card : c)) };
    const result = layout(journey, "a4");
    const all = result.pages
      .filter((p) => p.kind === "map")
      .map(pageText)
      .join(" ");
    for (const w of words) expect(all).toContain(w);
  });

  it("moves customer goals too long for a column header onto a page before the map, keeping every word", () => {
    const base = generatedJourney(8, 4);
    const goal = (i: number) => Array.from({ length: 280 }, (_, k) => `g${i}w${k}z`).join(" ");
    const journey = {
      ...base,
      stages: base.stages.map((st, i) => ({
        ...st,
        name: `${"Long stage name ".repeat(12)}${i}`,
        customerGoal: goal(i),
      })),
    };
    const result = layout(journey, "a4");
    const all = result.pages.map(pageText).join(" ");
    journey.stages.forEach((_, i) => {
      for (const w of goal(i).split(" ")) expect(all).toContain(w);
    });
    for (const page of result.pages)
      for (const t of texts(page))
        if (!t.text.startsWith("Page ") && t.size !== 7.5) expect(t.y).toBeLessThanOrEqual(result.height - 28 - 26);
    const maps = result.pages.filter((p) => p.kind === "map");
    for (const card of journey.cards.filter((c) => c.laneId === "ln_tp"))
      expect(maps.map(pageText).join(" ")).toContain(card.title);
  });

  it("keeps every text run inside the page and inside the box it belongs to", () => {
    const result = layout(generatedJourney(120, 9), "a4", true);
    for (const page of result.pages) {
      for (const t of texts(page)) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + mono.width(t.text, t.size, t.bold)).toBeLessThanOrEqual(result.width);
        expect(t.y).toBeLessThanOrEqual(result.height);
      }
      const boxes = page.items.filter((i) => i.type === "rect" && i.radius !== undefined);
      for (const box of boxes) {
        if (box.type !== "rect") continue;
        const inside = texts(page).filter(
          (t) => t.x > box.x && t.x < box.x + box.w && t.y > box.y && t.y < box.y + box.h,
        );
        for (const t of inside)
          expect(t.x + mono.width(t.text, t.size, t.bold)).toBeLessThanOrEqual(box.x + box.w + 0.01);
      }
    }
  });

  it("breaks a word longer than a card instead of cutting it", () => {
    const base = exampleJourney();
    const word = "Kundenzufriedenheitsmessungsverantwortlichkeitsübertragungsprotokoll".repeat(3);
    const journey = { ...base, cards: base.cards.map((c, i) => (i === 1 ? { ...c, title: word } : c)) };
    const result = layout(journey);
    const all = dense(
      result.pages
        .filter((p) => p.kind === "map")
        .map(pageText)
        .join(""),
    );
    expect(all).toContain(word);
    expect(all).not.toContain("…");
  });

  it("draws the emotion lane as one vector curve through the stages' emotions", () => {
    const result = layout(exampleJourney());
    const map = result.pages.find((p) => p.kind === "map");
    const curves =
      map?.items.filter((i) => i.type === "path" && i.stroke !== undefined && i.commands.some((c) => c.op === "C")) ??
      [];
    // One in the lane, one in the legend.
    expect(curves).toHaveLength(2);
    const dots = map?.items.filter((i) => i.type === "circle") ?? [];
    expect(dots).toHaveLength(5);
  });

  it("shows the legend for the marks on every map page and page numbers on every page", () => {
    const result = layout(generatedJourney(60, 12));
    result.pages.forEach((page, i) => {
      expect(pageText(page)).toContain(`Page ${i + 1} of ${result.pages.length}`);
      if (page.kind === "map") {
        expect(pageText(page)).toContain("Moment of truth");
        expect(pageText(page)).toContain("Signature interaction");
      }
    });
  });

  it("adds a health summary to the title page with coverage and the findings it is given", () => {
    const journey = exampleJourney();
    const result = layoutJourney(journey, {
      paper: "a3",
      measure: mono,
      now: FIXED_NOW,
      health: {
        score: 80,
        findings: [{ rule: "no-journey-owner", severity: "warning", message: "The journey has no owner." }],
      },
    });
    const title = pageText(result.pages[0]!);
    expect(title).toContain("Touchpoints measured: 5 of 5");
    expect(title).toContain("Score: 80");
    expect(title).toContain("The journey has no owner.");
  });

  it("lays out a journey without stages or touchpoints as a title page and an empty plan", () => {
    const result = layout({ id: "j", title: "Empty", stages: [], lanes: [], cards: [], connections: [] });
    expect(result.pages.map((p) => p.kind)).toEqual(["title", "plan"]);
    expect(pageText(result.pages[1]!)).toContain("This journey has no touchpoints yet.");
  });

  it("continues footnotes that do not fit under the map on a page of their own", () => {
    const journey = generatedJourney(8, 2);
    const comments = Array.from({ length: 80 }, (_, i) => ({
      id: `cm_${i}`,
      anchor: { kind: "card" as const, id: "tp_0" },
      author: "Ann",
      text: `Comment number ${i} about this touchpoint`,
      createdAt: "2026-11-20T09:30:00.000Z",
      resolved: false,
      replies: [],
    }));
    const result = layout({ ...journey, comments }, "a4", true);
    const all = result.pages.map(pageText).join(" ");
    for (const c of comments) expect(all).toContain(c.text);
    expect(result.pages.some((p) => p.kind === "notes")).toBe(true);
  });
});
