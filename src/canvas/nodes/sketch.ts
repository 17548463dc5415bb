// How a card looks from far away: its lane colour, grey bars where the title's lines would be, and dots for the
// marks that must stay visible at a glance (moment of truth, signature interaction, measurement point,
// emotion). Thousands of these can be on screen at once, so a sketch is the card's own box with everything
// drawn as background layers: no element inside it, nothing to create, style or lay out per bar or mark.
// The title stays in the tooltip and the accessible name.
import type { CSSProperties, HTMLAttributes } from "react";
import type { Card, LaneKind } from "../../doc";

const CHARS_PER_LINE = 26;
const BAR = "linear-gradient(#adb5bd, #adb5bd)";
const BAR_H = 9;
const LINE_STEP = 17;
const DOT = 12;
const DOT_STEP = 18;

export type SketchMark = "mot" | "signature" | "measured" | "emotion-neg" | "emotion-zero" | "emotion-pos";

const MARK_COLOR: Record<SketchMark, string> = {
  mot: "var(--mot)",
  signature: "var(--signature)",
  measured: "var(--accent)",
  "emotion-neg": "#c92a2a",
  "emotion-zero": "#ced4da",
  "emotion-pos": "#2b8a3e",
};

/** The marks a sketch shows, in the order they are drawn from the left. */
export function sketchMarks(card: Card): SketchMark[] {
  const marks: SketchMark[] = [];
  if (card.momentOfTruth) marks.push("mot");
  if (card.signatureInteraction) marks.push("signature");
  if (card.measurement) marks.push("measured");
  if (card.emotion !== undefined)
    marks.push(card.emotion < 0 ? "emotion-neg" : card.emotion > 0 ? "emotion-pos" : "emotion-zero");
  return marks;
}

export interface SketchLook {
  /** Classes beside card-node and sketch (the lane colours the stripe on the left, see cardSketch.css). */
  className: string;
  /** The marks as words, for the element's data-marks. */
  marks: string;
  /** The bars and the dots as background layers inside the padding. */
  style: CSSProperties;
}

export function sketchLook(card: Card, laneKind: LaneKind): SketchLook {
  const marks = sketchMarks(card);
  const twoLines = card.title.length > CHARS_PER_LINE;
  const lastLine = Math.max(
    25,
    Math.min(100, ((card.title.length % CHARS_PER_LINE || CHARS_PER_LINE) * 100) / CHARS_PER_LINE),
  );
  const images: string[] = [];
  const sizes: string[] = [];
  const positions: string[] = [];
  marks.forEach((mark, i) => {
    images.push(`radial-gradient(circle closest-side, ${MARK_COLOR[mark]} 92%, transparent)`);
    sizes.push(`${DOT}px ${DOT}px`);
    positions.push(`${i * DOT_STEP}px 100%`);
  });
  if (twoLines) {
    images.push(BAR);
    sizes.push(`100% ${BAR_H}px`);
    positions.push("0 0");
  }
  images.push(BAR);
  sizes.push(`${lastLine}% ${BAR_H}px`);
  positions.push(twoLines ? `0 ${LINE_STEP}px` : "0 0");
  return {
    className: `lane-${laneKind}`,
    marks: marks.join(" "),
    style: {
      backgroundImage: images.join(", "),
      backgroundSize: sizes.join(", "),
      backgroundPosition: positions.join(", "),
    },
  };
}

/** What a sketch's box carries, whoever draws it (a card node, or its cell while the card is far away). */
export function sketchBox(card: Card, laneKind: LaneKind): HTMLAttributes<HTMLDivElement> & { "data-marks": string } {
  const look = sketchLook(card, laneKind);
  return {
    className: `sketch ${look.className}`,
    role: "group",
    "aria-label": card.title,
    title: card.title,
    "data-marks": look.marks,
    style: look.style,
  };
}
