// The print layout of a journey: title, map and measurement-plan pages with footnotes and page numbers. Pure.
import { exportLanguage, wordsFor, type Words } from "../words";
import { blockHeight, drawLines, lineHeight, type BlockLine } from "./block";
import { finishPages, makeFrame, newDraft, type Frame, type PageDraft } from "./frame";
import { mapPages } from "./mapPages";
import { makeNotes, type Notes } from "./notes";
import { planPages } from "./planPages";
import { COLOR, PAPER } from "./style";
import { titlePages } from "./titlePage";
import type { Journey, LayoutOptions, PrintLayout } from "./types";

export function layoutJourney(journey: Journey, options: LayoutOptions): PrintLayout {
  const { measure } = options;
  const lang = exportLanguage(journey.language);
  const words = wordsFor(journey.language);
  const frame = makeFrame(options.paper, journey.title, measure);
  const notes = makeNotes(journey, options.comments === true, words, measure);
  const titleOf = (standIns: boolean) => {
    const pages = titlePages(journey, {
      frame,
      measure,
      lang,
      words,
      now: options.now ?? new Date(),
      health: options.health,
      standIns,
    });
    pages[0]?.notes.push(...notes.general);
    return pages.flatMap((d) => placeFootnotes(d, frame, notes, words));
  };
  const rest = [
    ...mapPages(journey, { frame, measure, lang, words, notes }),
    ...planPages(journey, { frame, measure, lang, words }),
  ].flatMap((d) => placeFootnotes(d, frame, notes, words));
  let title = titleOf(false);
  // A character printed as a stand-in anywhere (title page, map, plan, notes): the title page says so.
  const { standsIn } = options;
  if (
    standsIn !== undefined &&
    [...title, ...rest].some((d) => d.items.some((i) => i.type === "text" && standsIn(i.text, i.bold)))
  )
    title = titleOf(true);
  const withNotes = [...title, ...rest];
  const { width, height } = PAPER[options.paper];
  return {
    paper: options.paper,
    width,
    height,
    title: journey.title,
    language: lang,
    pages: finishPages(withNotes, frame, words),
  };
}

const NOTE_GAP = 10;
/** Sums of line heights drift by a hair; a block measured to fit must be placed as fitting. */
const EPS = 0.01;

/** Footnotes go under the page's content; what does not fit there continues on pages of its own right after. */
function placeFootnotes(draft: PageDraft, frame: Frame, notes: Notes, words: Words): PageDraft[] {
  if (draft.notes.length === 0) return [draft];
  const lines: BlockLine[] = [];
  for (const n of draft.notes) lines.push(...notes.lines(n, frame.contentWidth));
  const out = [draft];
  let page = draft;
  let remaining = lines;
  let top = Math.max(page.bottom + NOTE_GAP, frame.bodyBottom - blockHeight(remaining));
  for (let guard = 0; remaining.length > 0 && guard < 10000; guard++) {
    let k = 0;
    let h = 0;
    for (const l of remaining) {
      if (top + h + lineHeight(l) > frame.bodyBottom + EPS) break;
      h += lineHeight(l);
      k++;
    }
    if (k > 0) {
      page.items.push({
        type: "line",
        x1: frame.left,
        y1: top - 3,
        x2: frame.left + 120,
        y2: top - 3,
        stroke: COLOR.rule,
        lineWidth: 0.5,
      });
      drawLines(page.items, remaining.slice(0, k), frame.left, top);
      page.bottom = top + h;
      remaining = remaining.slice(k);
    }
    if (remaining.length === 0) break;
    page = newDraft(frame, "notes", `${words.comments} · ${words.continued}`);
    out.push(page);
    top = frame.bodyTop;
  }
  return out;
}
