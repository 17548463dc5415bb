// Flows blocks of lines down the body of as many pages as they need, never cutting a line.
import type { Words } from "../words";
import { drawLines, lineHeight, type BlockLine } from "./block";
import { newDraft, type Frame, type PageDraft } from "./frame";
import type { PageKind } from "./types";

/** Lines with a space before them; a block keeps together when it fits on a fresh page. */
export type FlowBlock = { lines: BlockLine[]; spaceBefore: number };

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
  for (const block of blocks) {
    let h = 0;
    for (const l of block.lines) h += lineHeight(l);
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
