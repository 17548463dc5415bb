// The SVG from the same layout: one document per page, real <text>, every string escaped.
import { layoutJourney, metricName, renderSvg, renderSvgSheet, touchpointsOf } from "../../src/export";
import {
  FIXED_NOW,
  exampleJourney,
  generatedJourney,
  germanJourney,
  measuredEverywhereJourney,
  realMeasurer,
  squash,
} from "./helpers";

/** The text content of every <text> element, unescaped, as a reader of the SVG would see it. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

describe("the SVG export", () => {
  it("draws one SVG per page of the layout, with every touchpoint, metric and target as text", async () => {
    const journey = exampleJourney();
    const measure = await realMeasurer();
    const pages = renderSvg(journey, { measure, now: FIXED_NOW });
    expect(pages).toHaveLength(layoutJourney(journey, { paper: "a3", measure, now: FIXED_NOW }).pages.length);
    const all = squash(pages.flatMap(svgTexts).join(" "));
    for (const { card } of touchpointsOf(journey)) {
      expect(all).toContain(squash(card.title));
      if (card.measurement) expect(all).toContain(metricName(card.measurement));
      if (card.measurement?.target !== undefined) expect(all).toContain(`target ${card.measurement.target}`);
    }
    expect(pages[0]).toContain('viewBox="0 0 1190.55 841.89"');
  });

  it("lists every measurement point, whatever its lane, on the plan page with its lane", async () => {
    const journey = measuredEverywhereJourney();
    const measure = await realMeasurer();
    const layout = layoutJourney(journey, { paper: "a3", measure, now: FIXED_NOW });
    const pages = renderSvg(journey, { measure, now: FIXED_NOW });
    const plan = squash(
      pages
        .filter((_, i) => layout.pages[i]?.kind === "plan")
        .flatMap(svgTexts)
        .join(" "),
    );
    const cells = ["What I do", "NPS", "Where I meet the brand", "CSAT", "CES", "Behind the scenes", "Days to settle"];
    for (const cell of cells) expect(plan).toContain(cell);
    for (const card of journey.cards) expect(plan).toContain(card.title);
  });

  it("keeps a card titled with markup as text and never emits a script element", async () => {
    const base = exampleJourney();
    const evil = `</text><script>alert(1)</script>`;
    const journey = {
      ...base,
      title: `A & B <i>`,
      cards: base.cards.map((c, i) => (i === 1 ? { ...c, title: evil, channel: "web" as const } : c)),
    };
    const pages = renderSvg(journey, { measure: await realMeasurer() });
    const joined = pages.join("");
    expect(joined).not.toContain("<script");
    expect(joined).not.toContain("<i>");
    expect(pages.flatMap(svgTexts).join(" ")).toContain(evil);
    expect(joined).toContain("<title>A &amp; B &lt;i&gt;</title>");
  });

  it("replaces characters XML forbids so the file still parses", async () => {
    const base = exampleJourney();
    const journey = { ...base, cards: base.cards.map((c, i) => (i === 1 ? { ...c, title: "Bell\u0007 here" } : c)) };
    const joined = renderSvg(journey, { measure: await realMeasurer() }).join("");
    expect(joined).not.toContain("\u0007");
    expect(joined).toContain("Bell\ufffd here");
  });

  it("keeps German typography in the text", async () => {
    const all = renderSvg(germanJourney(), { measure: await realMeasurer() })
      .flatMap(svgTexts)
      .join(" ");
    expect(squash(all)).toContain("„Ich melde den Schaden“");
    expect(squash(all)).toContain("12,50 €");
  });

  it("stacks all pages into one sheet with the same text for 480 touchpoints", async () => {
    const journey = generatedJourney(480);
    const measure = await realMeasurer();
    const started = Date.now();
    const sheet = renderSvgSheet(journey, { paper: "a4", measure });
    const all = squash(svgTexts(sheet).join(" "));
    for (const { card } of touchpointsOf(journey)) expect(all).toContain(card.title);
    expect(sheet.match(/<svg /g)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10000);
  });

  it("writes a card's emotion as the editor does, with a minus sign: +1, 0, −2", async () => {
    const journey = exampleJourney();
    const feel = journey.lanes.find((l) => l.kind === "emotions")!;
    const cards = journey.cards.filter((c) => c.laneId === feel.id);
    expect(cards.length).toBeGreaterThanOrEqual(3);
    const emotions = [1, 0, -2] as const;
    const changed = {
      ...journey,
      cards: journey.cards.map((c) => {
        const at = cards.indexOf(c);
        return at >= 0 && at < 3 ? { ...c, title: `Feeling ${at}`, emotion: emotions[at] } : c;
      }),
    };
    const texts = svgTexts(renderSvg(changed, { measure: await realMeasurer(), now: FIXED_NOW }).join(""));
    expect(texts).toEqual(expect.arrayContaining(["+1", "0", "−2"]));
    expect(texts).not.toContain("-2");
  });
});
