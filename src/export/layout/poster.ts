// The whole map on one sheet, for the PNG: every stage side by side and every lane below the other, on a page as large
// as the map (no paper size, nothing split across pages), with the comments as numbered notes under it. Pure.
import { pngFits } from "../pngSize";
import { exportLanguage, wordsFor } from "../words";
import { drawLines, textLines, type BlockLine } from "./block";
import { finishPages, frameOfSize } from "./frame";
import { LANE_W, mapPages } from "./mapPages";
import { makeNotes } from "./notes";
import { COLOR, FOOTER_H, MARGIN, SIZE } from "./style";
import type { Journey, PrintLayout, TextMeasurer } from "./types";

/** A stage column's width on the sheet: a little wider than the narrowest the print layout allows. */
export const POSTER_COL_W = 190;
/** The narrowest sheet: a map of one or two stages still has room for its title and the legend. */
const MIN_WIDTH = 640;
/** Tall enough that no lane of any map the format takes is ever continued; the sheet is cut to the map after. */
const UNBOUNDED = 1e7;
const NOTE_GAP = 12;

export type PosterOptions = { measure: TextMeasurer; comments?: boolean };

/**
 * One page as large as the whole map; undefined for a map without stages (there is no map to show). A sheet too tall
 * for one PNG (few stages holding many cards: 2,000 cards in 8 stages made a sheet 17,681 points tall) puts each
 * cell's cards in several columns side by side, as few as make it fit, so that it can be drawn.
 */
export function layoutPoster(journey: Journey, options: PosterOptions): PrintLayout | undefined {
  if (journey.stages.length === 0) return undefined;
  let best = posterWith(journey, options, 1);
  if (pngFits(best.width, best.height)) return best;
  const perCell = new Map<string, number>();
  for (const card of journey.cards) {
    const key = `${card.stageId}\u0000${card.laneId}`;
    perCell.set(key, (perCell.get(key) ?? 0) + 1);
  }
  const most = Math.max(0, ...perCell.values());
  // Wider only helps a sheet taller than wide; each try lays the map out again, so they are few.
  for (let columns = 2; columns <= Math.min(most, MAX_CARD_COLUMNS) && best.height > best.width; columns++) {
    const next = posterWith(journey, options, columns);
    if (pngFits(next.width, next.height)) return next;
    if (Math.max(next.width, next.height) >= Math.max(best.width, best.height)) break;
    best = next;
  }
  return best;
}

/** The most columns a cell's cards are put in: past that, a map's PNG is refused (PDF and SVG take any map). */
const MAX_CARD_COLUMNS = 8;

function posterWith(journey: Journey, options: PosterOptions, cardColumns: number): PrintLayout {
  const { measure } = options;
  const lang = exportLanguage(journey.language);
  const words = wordsFor(journey.language);
  const width = Math.max(MIN_WIDTH, 2 * MARGIN + LANE_W + journey.stages.length * POSTER_COL_W * cardColumns);
  const tall = frameOfSize(width, UNBOUNDED, journey.title, measure);
  const notes = makeNotes(journey, options.comments === true, words, measure);
  const drafts = mapPages(journey, {
    frame: tall,
    measure,
    lang,
    words,
    notes,
    columns: journey.stages.length,
    cardColumns,
  });
  const sheet = drafts[0];
  // Every stage is one column on one page, and no lane is taller than the page: anything else is a layout fault.
  if (sheet === undefined || drafts.length !== 1) throw new Error("The map did not fit on one sheet.");

  // Comments on the map as a whole first, as on the PDF's title page, then those the map's pages carry.
  const lines: BlockLine[] = [];
  for (const n of [...notes.general, ...sheet.notes]) lines.push(...notes.lines(n, tall.contentWidth));
  // Characters no embedded font has are drawn with the fonts of the machine that draws the image, if it has any: the
  // sheet says so, and where the text as written is kept.
  const { standsIn } = measure;
  if (
    standsIn !== undefined &&
    (standsIn.call(measure, journey.title, true) ||
      sheet.items.some((i) => i.type === "text" && standsIn.call(measure, i.text, i.bold)))
  )
    lines.push(
      ...textLines(words.imageStandIns, tall.contentWidth, { size: SIZE.body - 1, color: COLOR.muted }, measure),
    );
  let bottom = sheet.bottom;
  if (lines.length > 0) {
    const top = bottom + NOTE_GAP;
    sheet.items.push({
      type: "line",
      x1: tall.left,
      y1: top - 3,
      x2: tall.left + 120,
      y2: top - 3,
      stroke: COLOR.rule,
      lineWidth: 0.5,
    });
    bottom = drawLines(sheet.items, lines, tall.left, top);
  }
  sheet.notes = [];
  sheet.bottom = bottom;

  const height = Math.ceil(bottom + 8 + FOOTER_H + MARGIN);
  const frame = frameOfSize(width, height, journey.title, measure);
  return {
    // The paper field names the print layout it came from; a sheet has none of its own.
    paper: "a3",
    width,
    height,
    title: journey.title,
    language: lang,
    pages: finishPages([sheet], frame, words, { single: true }),
  };
}
