// A card seen from far away: its lane colour, grey bars where the title's lines would be, and the marks that
// must stay visible at a glance (moment of truth, signature interaction, measurement point, emotion).
// The title stays in the tooltip and the accessible name. Thousands of these can be on screen at once, so
// each is as few elements as it can be: the bars are the sketch's own background, marks come only when set.
import { memo, type CSSProperties } from "react";
import type { Card, LaneKind } from "../../doc";

const CHARS_PER_LINE = 26;

export const CardSketch = memo(function CardSketch({ card, laneKind }: { card: Card; laneKind: LaneKind }) {
  const lines = card.title.length > CHARS_PER_LINE ? 2 : 1;
  const lastLine = Math.max(
    25,
    Math.min(100, ((card.title.length % CHARS_PER_LINE || CHARS_PER_LINE) * 100) / CHARS_PER_LINE),
  );
  const marks: string[] = [];
  if (card.momentOfTruth) marks.push("mot");
  if (card.signatureInteraction) marks.push("signature");
  if (card.measurement) marks.push("measured");
  if (card.emotion !== undefined)
    marks.push(`emotion e${card.emotion < 0 ? "neg" : card.emotion > 0 ? "pos" : "zero"}`);
  return (
    <div
      className={`card-sketch lane-${laneKind} lines-${lines}`}
      data-testid="card-sketch"
      role="img"
      aria-label={card.title}
      title={card.title}
      style={{ "--last-line": `${lastLine}%` } as CSSProperties}
    >
      {marks.length > 0 && (
        <span className="sketch-marks">
          {marks.map((m) => (
            <span key={m} className={`sketch-mark ${m}`} />
          ))}
        </span>
      )}
    </div>
  );
});
