// Flows blocks of lines down the body of as many pages as they need, never cutting a line.
import type { Words } from "../words";
import { drawLines, lineHeight, type BlockLine } from "./block";
import { newDraft, type Frame, type PageDraft } from "./frame";
import type { PageKind } from "./types";

/**
 * Lines with a space before them; a block keeps together when it fits on a fresh page. A block that keeps with the
 * next (a heading) moves to a fresh page with it, or with the next block's first line when the two do not fit on
 * one page: a heading never stands alone at the foot of a page over text that starts on the next.
 */
export type FlowBlock = { lines: BlockLine[]; spaceBefore: number; keepWithNext?: boolean };

const heightOf = (lines: readonly BlockLine[]) => lines.reduce((h, l) => h + lineHeight(l), 0);

/** The height a block needs at its place: itself, and for a heading the part of the next block it keeps with. */
function neededHeight(block: FlowBlock, next: FlowBlock | undefined, fresh: number): number {
  const h = heightOf(block.lines);
  const first = next?.lines[0];
  if (block.keepWithNext !== true || next === undefined || first === undefined) return h;
  const together = h + next.spaceBefore + heightOf(next.lines);
  return together <= fresh ? together : h + next.spaceBefore + lineHeight(first);
}

export function flowBlocks(
  blocks: readonly FlowBlock[],
  frame: Frame,
  kind: PageKind,
  words: Words,
  into?: PageDraft,
): PageDraft[] {
  const drafts: PageDraft[] = [];
  let page = into ?? newDraft(frame, kind);
  if (into === undefined) drafts.push(page);
  let y = page.bottom;
  const fresh = frame.bodyBottom - frame.bodyTop;
  for (const [i, block] of blocks.entries()) {
    const h = neededHeight(block, blocks[i + 1], fresh);
    const top = y === frame.bodyTop ? y : y + block.spaceBefore;
    if (top + h > frame.bodyBottom + 0.01 && h <= fresh && y > frame.bodyTop) {
      page = newDraft(frame, kind, words.continued);
      drafts.push(page);
      y = frame.bodyTop;
    } else y = top;
    for (const line of block.lines) {
      if (y + lineHeight(line) > frame.bodyBottom + 0.01 && y > frame.bodyTop) {
        page.bottom = y;
        page = newDraft(frame, kind, words.continued);
        drafts.push(page);
        y = frame.bodyTop;
      }
      y = drawLines(page.items, [line], frame.left, y);
    }
    page.bottom = y;
  }
  return drafts;
}
