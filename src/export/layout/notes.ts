// Comments as numbered footnotes: numbers given up front, so a card can carry its [n] before it is placed.
import type { Comment, Journey, Lane } from "../../doc";
import { fallbackNames } from "../../doc/read";
import { isVisibleText } from "../../doc/records/limits";
import type { Words } from "../words";
import { textLines, type BlockLine } from "./block";
import { COLOR, SIZE } from "./style";
import type { TextMeasurer } from "./types";

export type Notes = {
  /** The footnote numbers of comments anchored on this target. */
  numbers(kind: "stage" | "lane" | "card", id: string): number[];
  /** The same numbers, for the page that shows the target. */
  of(kind: "stage" | "lane" | "card", id: string): number[];
  mapLanes(lanes: readonly Lane[]): number[];
  /** Comments on the map as a whole, and those whose target no longer exists: they go on the title page. */
  general: number[];
  lines(n: number, width: number): BlockLine[];
};

export function makeNotes(journey: Journey, enabled: boolean, words: Words, measure: TextMeasurer): Notes {
  const comments = enabled ? (journey.comments ?? []) : [];
  const fallbacks = fallbackNames(journey.language);
  const exists = {
    stage: new Set(journey.stages.map((s) => s.id)),
    lane: new Set(journey.lanes.map((l) => l.id)),
    card: new Set(journey.cards.map((c) => c.id)),
  };
  const byTarget = new Map<string, number[]>();
  const byNumber = new Map<number, Comment>();
  const general: number[] = [];
  const rank = { map: 0, stage: 1, lane: 2, card: 3 } as const;
  const sorted = [...comments].sort((a, b) => rank[a.anchor.kind] - rank[b.anchor.kind]);
  sorted.forEach((c, i) => {
    const n = i + 1;
    byNumber.set(n, c);
    const { kind, id } = c.anchor;
    if (kind === "map" || id === undefined || !exists[kind].has(id)) {
      general.push(n);
      return;
    }
    const key = `${kind}:${id}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), n]);
  });
  const numbers = (kind: "stage" | "lane" | "card", id: string) => byTarget.get(`${kind}:${id}`) ?? [];
  return {
    numbers,
    of: numbers,
    mapLanes: (lanes) => lanes.flatMap((l) => numbers("lane", l.id)),
    general,
    lines(n, width) {
      const c = byNumber.get(n);
      if (c === undefined) return [];
      const style = { size: SIZE.footnote, color: COLOR.text };
      const status = c.resolved ? ` (${words.resolved})` : "";
      const { kind, id, quote: said } = c.anchor;
      const orphan = kind !== "map" && (id === undefined || !exists[kind].has(id));
      // A target whose title showed nothing read as its fallback name on the map, in the map's language.
      const shown = said !== undefined && kind !== "map" && !isVisibleText(said) ? fallbacks[kind] : said;
      const quote = orphan && shown !== undefined ? ` ${words.quoted(shown)}` : "";
      const out = textLines(`[${n}]${quote} ${c.author}${status}: ${c.text}`, width, style, measure);
      for (const r of c.replies)
        out.push(
          ...textLines(`» ${r.author}: ${r.text}`, width, { ...style, color: COLOR.muted, indent: 12 }, measure),
        );
      return out;
    },
  };
}
