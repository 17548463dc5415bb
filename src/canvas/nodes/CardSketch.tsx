// A card seen from far away: its lane colour, grey lines where the title would be, and the marks that
// must stay visible at a glance (moment of truth, signature interaction, measurement point, emotion).
// The title stays in the tooltip and the accessible name.
import { memo } from "react";
import type { Card, LaneKind } from "../../doc";

const CHARS_PER_LINE = 26;

export const CardSketch = memo(function CardSketch({ card, laneKind }: { card: Card; laneKind: LaneKind }) {
  const lines = card.title.length > CHARS_PER_LINE ? 2 : 1;
  const lastLine = Math.max(
    25,
    Math.min(100, ((card.title.length % CHARS_PER_LINE || CHARS_PER_LINE) * 100) / CHARS_PER_LINE),
  );
  return (
    <div
      className={`card-sketch lane-${laneKind}`}
      data-testid="card-sketch"
      role="img"
      aria-label={card.title}
      title={card.title}
    >
      <span className="sketch-line" style={lines === 1 ? { width: `${lastLine}%` } : undefined} />
      {lines === 2 && <span className="sketch-line" style={{ width: `${lastLine}%` }} />}
      <span className="sketch-marks">
        {card.momentOfTruth && <span className="sketch-mark mot" />}
        {card.signatureInteraction && <span className="sketch-mark signature" />}
        {card.measurement && <span className="sketch-mark measured" />}
        {card.emotion !== undefined && (
          <span className={`sketch-mark emotion e${card.emotion < 0 ? "neg" : card.emotion > 0 ? "pos" : "zero"}`} />
        )}
      </span>
    </div>
  );
});
