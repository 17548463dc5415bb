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

/**
 * Footnotes go under the page's content; what does not fit there continues on pages of its own right after. A comment
 * stays with its replies: a thread that does not fit under the content moves on whole (a reply alone on the next page
 * would not say what it answers), and only a thread taller than a page is split, line by line.
 */
function placeFootnotes(draft: PageDraft, frame: Frame, notes: Notes, words: Words): PageDraft[] {
  if (draft.notes.length === 0) return [draft];
  let threads = draft.notes.map((n) => notes.lines(n, frame.contentWidth)).filter((t) => t.length > 0);
  if (threads.length === 0) return [draft];
  const out = [draft];
  let page = draft;
  let fresh = false;
  let top = Math.max(page.bottom + NOTE_GAP, frame.bodyBottom - blockHeight(threads.flat()));
  const pageHeight = frame.bodyBottom - frame.bodyTop;
  for (let guard = 0; threads.length > 0 && guard < 10000; guard++) {
    const take: BlockLine[] = [];
    let h = 0;
    while (threads.length > 0) {
      const thread = threads[0] ?? [];
      if (top + h + blockHeight(thread) <= frame.bodyBottom + EPS) {
        take.push(...thread);
        h += blockHeight(thread);
        threads = threads.slice(1);
        continue;
      }
      // A thread taller than a page is split, on a page of notes or once nothing else is on this one.
      if (take.length === 0 && (fresh || blockHeight(thread) > pageHeight + EPS)) {
        let k = 0;
        for (const l of thread) {
          if (k > 0 && top + h + lineHeight(l) > frame.bodyBottom + EPS) break;
          h += lineHeight(l);
          k++;
        }
        take.push(...thread.slice(0, k));
        threads = [thread.slice(k), ...threads.slice(1)];
      }
      break;
    }
    if (take.length > 0) {
      page.items.push({
        type: "line",
        x1: frame.left,
        y1: top - 3,
        x2: frame.left + 120,
        y2: top - 3,
        stroke: COLOR.rule,
        lineWidth: 0.5,
      });
      drawLines(page.items, take, frame.left, top);
      page.bottom = top + h;
    }
    if (threads.length === 0) break;
    page = newDraft(frame, "notes", `${words.comments} · ${words.continued}`);
    out.push(page);
    fresh = true;
    top = frame.bodyTop;
  }
  return out;
}
