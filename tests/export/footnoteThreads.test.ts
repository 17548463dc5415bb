// Comments printed as footnotes keep each thread together: a comment and its replies go on one page, so that a reply
// never opens a continuation page alone, without the comment it answers. Only a thread taller than a page is split.
import { layoutJourney, type LayoutPage, type TextItem, type TextMeasurer } from "../../src/export";
import type { Comment, Journey } from "../../src/doc";
import { FIXED_NOW, germanJourney } from "./helpers";

const mono: TextMeasurer = { width: (text, size) => Array.from(text).length * size * 0.5 };

const pageText = (page: LayoutPage) =>
  page.items
    .filter((i): i is TextItem => i.type === "text")
    .map((t) => t.text)
    .join(" ");

function withThreads(count: number, replies: number, textLength = 30): Journey {
  const base = germanJourney();
  const card = base.cards[0]?.id ?? "";
  const comments: Comment[] = Array.from({ length: count }, (_, i) => ({
    id: `cm_${i}`,
    anchor: { kind: "card", id: card },
    author: "Änne",
    text: `Frage ${i}: ${"ß".repeat(textLength)}`,
    createdAt: `2026-11-20T10:${String(i % 60).padStart(2, "0")}:00.000Z`,
    resolved: false,
    replies: Array.from({ length: replies }, (_, r) => ({
      id: `rp_${i}_${r}`,
      author: "Jörg",
      text: `Antwort ${i}.${r}`,
      createdAt: "2026-11-21T10:00:00.000Z",
    })),
  }));
  return { ...base, comments };
}

/** The number of the page each text is on (the first that holds it). */
const pageOf = (pages: LayoutPage[], text: string) => pages.findIndex((p) => pageText(p).includes(text));

describe("footnote threads", () => {
  it("puts every comment and its replies on one page, however many threads overflow the map page", () => {
    for (const paper of ["a3", "a4"] as const) {
      for (const count of [12, 25, 40, 63]) {
        const journey = withThreads(count, 2);
        const { pages } = layoutJourney(journey, { paper, comments: true, measure: mono, now: FIXED_NOW });
        for (let i = 0; i < count; i++) {
          const at = pageOf(pages, `Frage ${i}:`);
          expect({ paper, count, i, found: at >= 0 }).toEqual({ paper, count, i, found: true });
          expect({
            paper,
            count,
            i,
            replies: [pageOf(pages, `Antwort ${i}.0`), pageOf(pages, `Antwort ${i}.1`)],
          }).toEqual({ paper, count, i, replies: [at, at] });
        }
      }
    }
  });

  it("still splits a thread taller than a page, keeping every line", () => {
    const journey = withThreads(1, 150);
    const { pages } = layoutJourney(journey, { paper: "a4", comments: true, measure: mono, now: FIXED_NOW });
    const all = pages.map(pageText).join(" ");
    for (let r = 0; r < 150; r++) expect(all).toContain(`Antwort 0.${r}`);
    expect(pageOf(pages, "Antwort 0.149")).toBeGreaterThan(pageOf(pages, "Antwort 0.0"));
  });
});
