// The measurement plan: a table with one row per measurement point and touchpoint, with its lane, its header repeated on every page, tall rows split.
import type { Journey } from "../../doc";
import {
  earlierObservationLines,
  formatNumber,
  kindName,
  measurementRowsOf,
  metricName,
  observationText,
} from "../touchpoints";
import type { ExportLanguage, Words } from "../words";
import { blockHeight, drawLines, lineHeight, textLines, type BlockLine } from "./block";
import { newDraft, type Frame, type PageDraft } from "./frame";
import { COLOR, SIZE } from "./style";
import type { TextMeasurer } from "./types";

const PAD = 3;

export type PlanContext = { frame: Frame; measure: TextMeasurer; lang: ExportLanguage; words: Words };

export function planPages(journey: Journey, ctx: PlanContext): PageDraft[] {
  const { frame, measure, words, lang } = ctx;
  const columns: { head: string; share: number; value: (i: number) => string }[] = [];
  const rows = measurementRowsOf(journey);
  const m = (i: number) => rows[i]?.card.measurement;
  const num = (v: number | undefined) => (v === undefined ? "" : formatNumber(v, lang));
  columns.push({ head: words.stage, share: 0.09, value: (i) => rows[i]?.stage.name ?? "" });
  columns.push({ head: words.lane, share: 0.07, value: (i) => rows[i]?.lane.name ?? "" });
  columns.push({ head: words.touchpoint, share: 0.13, value: (i) => rows[i]?.card.title ?? "" });
  columns.push({
    head: words.channel,
    share: 0.05,
    value: (i) => {
      const channel = rows[i]?.card.channel;
      return channel === undefined ? "" : words.channels[channel];
    },
  });
  columns.push({
    head: words.metric,
    share: 0.08,
    value: (i) => {
      const x = m(i);
      const kind = x ? kindName(x, words) : "";
      return x ? `${metricName(x, words)}${kind ? ` · ${kind}` : ""}` : words.noMeasurement;
    },
  });
  columns.push({ head: words.question, share: 0.14, value: (i) => m(i)?.question ?? "" });
  columns.push({ head: words.scale, share: 0.05, value: (i) => m(i)?.scale ?? "" });
  columns.push({
    head: words.targetHead,
    share: 0.06,
    value: (i) => {
      const x = m(i);
      const better = x?.direction === undefined ? "" : x.direction === "lower" ? words.lower : words.higher;
      // The direction is printed without a target too: it says which way the figure should go.
      if (x?.target === undefined) return better;
      return `${num(x.target)}${better ? ` (${better})` : ""}`;
    },
  });
  columns.push({ head: words.source, share: 0.08, value: (i) => m(i)?.source ?? "" });
  columns.push({ head: words.owner, share: 0.09, value: (i) => m(i)?.owner ?? "" });
  columns.push({ head: words.frequency, share: 0.07, value: (i) => m(i)?.frequency ?? "" });
  columns.push({
    head: words.latestValue,
    share: 0.09,
    value: (i) => {
      const x = m(i);
      if (!x) return "";
      // The whole series is printed: the latest value first, then every earlier one under a label.
      const earlier = earlierObservationLines(x, lang);
      const latest = observationText(x, lang);
      return earlier.length === 0 ? latest : [latest, `${words.earlier}:`, ...earlier].join("\n");
    },
  });

  const xs: number[] = [];
  let x = frame.left;
  for (const c of columns) {
    xs.push(x);
    x += c.share * frame.contentWidth;
  }
  const cellWidth = (ci: number) => (columns[ci]?.share ?? 0) * frame.contentWidth - 2 * PAD;
  const headCells = columns.map((c, ci) =>
    textLines(c.head, cellWidth(ci), { size: SIZE.tableHead, bold: true, color: COLOR.text }, measure),
  );
  const headH = Math.max(...headCells.map(blockHeight)) + 2 * PAD;
  const title = textLines(
    words.measurementPlan,
    frame.contentWidth,
    { size: SIZE.heading, bold: true, color: COLOR.text },
    measure,
  );
  const titleH = blockHeight(title) + 6;

  const drafts: PageDraft[] = [];
  let page!: PageDraft;
  let y = 0;
  let tableTop = 0;
  const startPage = () => {
    page = newDraft(frame, "plan", drafts.length > 0 ? `${words.measurementPlan} · ${words.continued}` : "");
    drafts.push(page);
    drawLines(page.items, title, frame.left, frame.bodyTop);
    y = frame.bodyTop + titleH;
    page.items.push({
      type: "rect",
      x: frame.left,
      y,
      w: frame.contentWidth,
      h: headH,
      fill: COLOR.headerFill,
      stroke: COLOR.rule,
      lineWidth: 0.5,
    });
    headCells.forEach((lines, ci) => drawLines(page.items, lines, (xs[ci] ?? 0) + PAD, y + PAD));
    y += headH;
    tableTop = y;
    page.bottom = y;
  };
  startPage();
  if (rows.length === 0) {
    drawLines(
      page.items,
      textLines(words.noTouchpoints, frame.contentWidth, { size: SIZE.body, color: COLOR.muted }, measure),
      frame.left,
      y + 6,
    );
    page.bottom = y + 20;
    return drafts;
  }
  const fresh = frame.bodyBottom - tableTop - 2 * PAD;
  rows.forEach((_, ri) => {
    let cells: BlockLine[][] = columns.map((c, ci) =>
      textLines(c.value(ri), cellWidth(ci), { size: SIZE.table, color: COLOR.text }, measure),
    );
    for (let guard = 0; guard < 10000 && cells.some((c) => c.length > 0); guard++) {
      const need = Math.max(...cells.map(blockHeight));
      const avail = frame.bodyBottom - y - 2 * PAD;
      if (need > avail + 0.01 && y > tableTop && (need <= fresh || avail < 3 * SIZE.table * 1.3)) {
        startPage();
        continue;
      }
      // Split only a row taller than a whole page, between lines of each cell.
      const now = cells.map((c) => take(c, avail));
      cells = cells.map((c, ci) => c.slice(now[ci]?.length ?? 0));
      const h = Math.max(...now.map(blockHeight)) + 2 * PAD;
      page.items.push({
        type: "rect",
        x: frame.left,
        y,
        w: frame.contentWidth,
        h,
        fill: ri % 2 === 0 ? "#ffffff" : "#fafbfc",
        stroke: COLOR.faint,
        lineWidth: 0.5,
      });
      now.forEach((lines, ci) => drawLines(page.items, lines, (xs[ci] ?? 0) + PAD, y + PAD));
      y += h;
      page.bottom = y;
      if (cells.some((c) => c.length > 0)) startPage();
    }
  });
  return drafts;
}

function take(lines: readonly BlockLine[], avail: number): BlockLine[] {
  let h = 0;
  let k = 0;
  for (const l of lines) {
    if (h + lineHeight(l) > avail + 0.01) break;
    h += lineHeight(l);
    k++;
  }
  return lines.slice(0, Math.max(k, Math.min(1, lines.length)));
}
