// The map itself: stage columns split across pages, lane rows that grow to fit their cards and continue on the next page.
import type { Card, Journey, Lane, Stage } from "../../doc";
import type { ExportLanguage, Words } from "../words";
import { blockHeight, drawLines, lineHeight, textLines, type BlockLine } from "./block";
import { cardLines } from "./cardContent";
import { mapReadsRightToLeft } from "./direction";
import { emotionCurve } from "./emotionCurve";
import { flowBlocks, type FlowBlock } from "./flow";
import { newDraft, type Frame, type PageDraft } from "./frame";
import type { Notes } from "./notes";
import { CARD_FILL, COLOR, LANE_FILL, SIZE } from "./style";
import type { LayoutItem, TextMeasurer } from "./types";
import { crossesVisibility, VISIBILITY_H, visibilityLine } from "./visibility";

/** The lane names' column. */
export const LANE_W = 96;
const MIN_COL_W = 170;
const ROW_PAD = 4;
const CELL_PAD = 4;
const CARD_PAD = 4;
const CARD_GAP = 4;
const STAGE_PAD = 5;
const PLOT_H = 56;
const EMPTY_ROW = 14;
const EPS = 0.01;
/** The most of a page's body the stage headers (names and goals) may take. */
const MAX_HEADER_SHARE = 0.4;
const MAX_COL_W = 300;

export type MapContext = {
  frame: Frame;
  measure: TextMeasurer;
  lang: ExportLanguage;
  words: Words;
  notes: Notes;
  /** All stages side by side on one page of this many columns (the PNG's sheet), instead of as many as fit. */
  columns?: number;
  /**
   * With `columns`: the cards of a cell in this many columns side by side, read down and then on at the top of the next
   * (the PNG's sheet of a map whose cells hold many cards), each as wide as in a cell of one column.
   */
  cardColumns?: number;
};

type Queued = { card: Card; lines: BlockLine[]; started: boolean };

const cardHeight = (lines: readonly BlockLine[]) => blockHeight(lines) + 2 * CARD_PAD;

function cellHeight(queue: readonly Queued[]): number {
  let h = 0;
  queue.forEach((q, i) => (h += cardHeight(q.lines) + (i > 0 ? CARD_GAP : 0)));
  return h;
}

/** How many stage columns fit on a page, and how wide each is. */
export function columnsPerPage(frame: Frame, stageCount: number): { perPage: number; colWidth: number } {
  const room = frame.contentWidth - LANE_W;
  const perPage = Math.max(1, Math.floor(room / MIN_COL_W));
  // A short map spreads over the page, but a single stage does not turn into one page-wide card.
  const used = Math.max(1, Math.min(perPage, stageCount));
  return { perPage, colWidth: Math.min(room / used, Math.max(MAX_COL_W, room / perPage)) };
}

export function mapPages(journey: Journey, ctx: MapContext): PageDraft[] {
  const { frame, measure, words } = ctx;
  const drafts: PageDraft[] = [];
  if (journey.stages.length === 0) return drafts;
  const rightToLeft = mapReadsRightToLeft(journey);
  const stacks = ctx.columns === undefined ? 1 : Math.max(1, Math.floor(ctx.cardColumns ?? 1));
  const { perPage, colWidth } =
    ctx.columns === undefined
      ? columnsPerPage(frame, journey.stages.length)
      : {
          perPage: ctx.columns,
          colWidth: Math.min(MAX_COL_W * stacks, (frame.contentWidth - LANE_W) / ctx.columns),
        };
  // A cell's cards go in `stacks` columns of this width (one: the whole cell).
  const stackWidth = colWidth / stacks;
  const groups: Stage[][] = [];
  for (let i = 0; i < journey.stages.length; i += perPage) groups.push(journey.stages.slice(i, i + perPage));

  const byCell = new Map<string, Card[]>();
  for (const card of journey.cards) {
    const key = `${card.stageId}\u0000${card.laneId}`;
    const list = byCell.get(key);
    if (list) list.push(card);
    else byCell.set(key, [card]);
  }
  for (const list of byCell.values()) list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

  const cardWidth = stackWidth - 2 * CELL_PAD - 2 * CARD_PAD;
  const laneWidth = LANE_W - 2 * CELL_PAD;

  groups.forEach((group, gi) => {
    const firstIndex = gi * perPage;
    const colX = (i: number) => frame.left + LANE_W + i * colWidth;
    const range = words.stages(firstIndex + 1, firstIndex + group.length, journey.stages.length);
    const side = `${gi > 0 ? `${words.continuedLeft}  ` : ""}${range}${gi < groups.length - 1 ? `  ${words.continuedRight}` : ""}`;

    const names = group.map((s) =>
      textLines(s.name, colWidth - 2 * STAGE_PAD, { size: SIZE.stage, bold: true, color: COLOR.stageText }, measure),
    );
    const goals = group.map((s) =>
      s.customerGoal !== undefined && s.customerGoal.trim() !== ""
        ? textLines(
            `${words.customerGoal}: ${s.customerGoal}`,
            colWidth - 2 * STAGE_PAD,
            { size: SIZE.goal, color: COLOR.stageText },
            measure,
          )
        : [],
    );
    let fullHeader =
      Math.max(...group.map((_, i) => blockHeight([...(names[i] ?? []), ...(goals[i] ?? [])]))) + 2 * STAGE_PAD;
    const compactHeader = Math.max(...names.map((n) => blockHeight(n))) + 2 * STAGE_PAD;
    let showGoals = true;
    if (fullHeader > (frame.bodyBottom - frame.bodyTop) * MAX_HEADER_SHARE) {
      // Goals too long for a column header would crowd out the map: they get a page of their own before it.
      drafts.push(...goalPages(group, words, frame, measure, side));
      fullHeader = compactHeader;
      showGoals = false;
    }
    const freshAvail = frame.bodyBottom - (frame.bodyTop + compactHeader + 2) - 2 * ROW_PAD;

    let page!: PageDraft;
    let y = 0;
    let rowsTop = 0;
    let pageInGroup = 0;
    const startPage = () => {
      const first = pageInGroup === 0;
      page = newDraft(frame, "map", first ? side : `${side}  · ${words.continued}`);
      drafts.push(page);
      const h = first ? fullHeader : compactHeader;
      group.forEach((stage, i) => {
        const x = colX(i);
        page.items.push({ type: "rect", x: x + 1, y: frame.bodyTop, w: colWidth - 2, h, fill: COLOR.stageFill });
        const lines = first && showGoals ? [...(names[i] ?? []), ...(goals[i] ?? [])] : (names[i] ?? []);
        drawLines(page.items, lines, x + STAGE_PAD, frame.bodyTop + STAGE_PAD);
        if (first) page.notes.push(...ctx.notes.of("stage", stage.id));
      });
      if (!first)
        page.items.push({
          type: "text",
          x: frame.left,
          y: frame.bodyTop + 10,
          text: words.continued,
          size: SIZE.goal,
          bold: false,
          color: COLOR.muted,
        });
      rowsTop = frame.bodyTop + h + 2;
      y = rowsTop;
      page.bottom = y;
      pageInGroup++;
    };
    startPage();
    if (gi === 0) page.notes.push(...ctx.notes.mapLanes(journey.lanes));

    for (const [laneIndex, lane] of journey.lanes.entries()) {
      // The line of visibility goes in a band of its own above the lane's first row, where it starts.
      const band = crossesVisibility(journey.lanes, laneIndex) ? VISIBILITY_H : 0;
      const queues: Queued[][] = group.map((stage) =>
        (byCell.get(`${stage.id}\u0000${lane.id}`) ?? []).map((card) => ({
          card,
          lines: cardLines(card, lane.kind, cardWidth, {
            measure,
            lang: ctx.lang,
            words,
            notes: ctx.notes.numbers("card", card.id),
          }),
          started: false,
        })),
      );
      const curve = lane.kind === "emotions" ? emotionValues(group, queues) : [];
      const plot = curve.some((v) => v.length > 0) ? PLOT_H : 0;
      let segment = 0;
      for (let guard = 0; guard < 100000; guard++) {
        const head = laneHeader(lane, segment > 0, laneWidth, words, measure);
        const headH = blockHeight(head);
        const needPlot = segment === 0 ? plot : 0;
        const needBand = segment === 0 ? band : 0;
        const availRow = frame.bodyBottom - y - needBand - 2 * ROW_PAD;
        const whole = Math.max(headH, needPlot + Math.max(EMPTY_ROW, ...queues.map(cellHeight)));
        const atTop = y <= rowsTop + 0.01;
        if (
          whole > availRow + EPS &&
          !atTop &&
          (whole <= freshAvail - needBand || availRow < Math.max(headH, needPlot + 3 * SIZE.cardText))
        ) {
          startPage();
          continue;
        }
        const cellAvail = availRow - needPlot;
        // Under the band at the top of a page, a card that fits a page but not beside the band is split, not moved on
        // to a page where the band would stand above it again.
        const splitAbove = freshAvail - (atTop ? needBand : 0);
        const placed = queues.map((q) => fillCell(q, cellAvail, splitAbove));
        const anyPlaced = placed.some((p) => p.length > 0);
        const remaining = queues.some((q) => q.length > 0);
        if (!anyPlaced && remaining && !atTop) {
          startPage();
          continue;
        }
        const stacked = placed.map((pieces) => splitStacks(pieces, stacks));
        const contentH = Math.max(EMPTY_ROW, ...stacked.flat().map((p) => cellHeight(p)));
        const segH = Math.max(headH, needPlot + contentH) + 2 * ROW_PAD;
        if (needBand > 0) {
          visibilityLine(page.items, {
            top: y,
            left: frame.left,
            right: colX(group.length),
            label: words.lineOfVisibility,
            measure,
            rightToLeft,
          });
          y += needBand;
        }
        drawRow(page.items, { lane, head, y, segH, group, colX, colWidth, frame });
        if (needPlot > 0) page.items.push(...emotionCurve(curve, colX, colWidth, y + ROW_PAD, PLOT_H));
        stacked.forEach((cell, i) =>
          cell.forEach((pieces, k) => {
            const x = colX(i) + k * stackWidth;
            let cy = y + ROW_PAD + needPlot;
            for (const piece of pieces) {
              const h = cardHeight(piece.lines);
              page.items.push({
                type: "rect",
                x: x + CELL_PAD,
                y: cy,
                w: stackWidth - 2 * CELL_PAD,
                h,
                fill: CARD_FILL,
                stroke: COLOR.rule,
                lineWidth: 0.5,
                radius: 2,
              });
              drawLines(page.items, piece.lines, x + CELL_PAD + CARD_PAD, cy + CARD_PAD);
              if (!piece.started) page.notes.push(...ctx.notes.of("card", piece.card.id));
              cy += h + CARD_GAP;
            }
          }),
        );
        y += segH;
        page.bottom = y;
        segment++;
        if (!remaining) break;
        startPage();
      }
    }
  });
  return drafts;
}

/**
 * A cell's cards in `count` columns, in order (down the first, then on at the top of the next), the tallest column as
 * short as it can be; one column is the cell as it is.
 */
function splitStacks(pieces: Queued[], count: number): Queued[][] {
  if (count <= 1 || pieces.length <= 1) return [pieces];
  const heights = pieces.map((p) => cardHeight(p.lines));
  const fill = (limit: number): Queued[][] => {
    const out: Queued[][] = [[]];
    let used = 0;
    pieces.forEach((piece, i) => {
      const h = heights[i] ?? 0;
      let current = out[out.length - 1] as Queued[];
      if (current.length > 0 && used + CARD_GAP + h > limit + EPS) {
        current = [];
        out.push(current);
        used = 0;
      }
      used += (current.length > 0 ? CARD_GAP : 0) + h;
      current.push(piece);
    });
    return out;
  };
  // The least height at which the cards fit in `count` columns: between the tallest card and all cards in one.
  let low = Math.max(...heights);
  let high = cellHeight(pieces);
  for (let step = 0; step < 40 && high - low > 0.5; step++) {
    const mid = (low + high) / 2;
    if (fill(mid).length <= count) high = mid;
    else low = mid;
  }
  return fill(high);
}

/** Places cards top-down; a card taller than a whole page is split between lines, any other waits for the next page. */
function fillCell(queue: Queued[], avail: number, freshAvail: number): Queued[] {
  const placed: Queued[] = [];
  let used = 0;
  while (queue.length > 0) {
    const q = queue[0] as Queued;
    const gap = placed.length > 0 ? CARD_GAP : 0;
    const h = cardHeight(q.lines);
    if (used + gap + h <= avail + EPS) {
      placed.push(q);
      queue.shift();
      used += gap + h;
      continue;
    }
    if (h > freshAvail) {
      let k = 0;
      let linesH = 0;
      for (const line of q.lines) {
        if (used + gap + 2 * CARD_PAD + linesH + lineHeight(line) > avail + EPS) break;
        linesH += lineHeight(line);
        k++;
      }
      if (k > 0) {
        placed.push({ card: q.card, lines: q.lines.slice(0, k), started: q.started });
        q.lines = q.lines.slice(k);
        q.started = true;
      }
    }
    break;
  }
  return placed;
}

function laneHeader(lane: Lane, continued: boolean, width: number, words: Words, measure: TextMeasurer): BlockLine[] {
  const lines = textLines(lane.name, width, { size: SIZE.lane, bold: true, color: COLOR.text }, measure);
  if (continued)
    lines.push(...textLines(`(${words.continued})`, width, { size: SIZE.goal, color: COLOR.muted }, measure));
  return lines;
}

type RowGeometry = {
  lane: Lane;
  head: BlockLine[];
  y: number;
  segH: number;
  group: readonly Stage[];
  colX: (i: number) => number;
  colWidth: number;
  frame: Frame;
};

function drawRow(items: LayoutItem[], g: RowGeometry): void {
  const { frame, y, segH } = g;
  items.push({
    type: "rect",
    x: frame.left,
    y,
    w: LANE_W + g.group.length * g.colWidth,
    h: segH,
    fill: LANE_FILL[g.lane.kind],
    stroke: COLOR.faint,
    lineWidth: 0.5,
  });
  items.push({
    type: "rect",
    x: frame.left,
    y,
    w: LANE_W,
    h: segH,
    fill: COLOR.headerFill,
    stroke: COLOR.faint,
    lineWidth: 0.5,
  });
  drawLines(items, g.head, frame.left + CELL_PAD, y + ROW_PAD);
  for (let i = 1; i < g.group.length; i++)
    items.push({
      type: "line",
      x1: g.colX(i),
      y1: y,
      x2: g.colX(i),
      y2: y + segH,
      stroke: COLOR.faint,
      lineWidth: 0.5,
    });
}

/**
 * The emotion of each of a stage's cards in this lane, in card order (none where the stage has none): the curve passes
 * through every one, as in the editor. A mean printed a stage with a +2 and a −2 moment as neutral, where the editor
 * and the checks show the low.
 */
function emotionValues(group: readonly Stage[], queues: readonly Queued[][]): number[][] {
  return group.map((_, i) =>
    (queues[i] ?? []).map((q) => q.card.emotion).filter((v): v is number => typeof v === "number"),
  );
}

/** Stage names with their full customer goals, flowed over as many pages as they need. */
function goalPages(
  group: readonly Stage[],
  words: Words,
  frame: Frame,
  measure: TextMeasurer,
  side: string,
): PageDraft[] {
  const blocks: FlowBlock[] = group.map((s) => ({
    spaceBefore: 8,
    lines: [
      ...textLines(s.name, frame.contentWidth, { size: SIZE.heading, bold: true, color: COLOR.text }, measure),
      ...(s.customerGoal !== undefined && s.customerGoal.trim() !== ""
        ? textLines(
            `${words.customerGoal}: ${s.customerGoal}`,
            frame.contentWidth,
            { size: SIZE.body, color: COLOR.text },
            measure,
          )
        : []),
    ],
  }));
  const pages = flowBlocks(blocks, frame, "map", words);
  for (const p of pages) p.subtitle = side;
  return pages;
}
