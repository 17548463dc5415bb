// A far-away card drawn by its cell instead of being a React Flow node (see farCards.ts): the same sketch
// box a card node shows far away, with its comment badge and finding mark, placed inside the cell. The cell
// looks up threads and findings once for all its cards: a subscription per card was a good part of mounting.
import { memo } from "react";
import type { Finding } from "../../checks";
import type { CardNode } from "../types";
import { OpenThreadsBadge } from "./CommentBadge";
import { FindingsMark } from "./FindingMark";
import { useFarCardActions } from "./farCards";
import { sketchBox } from "./sketch";
import { handTouchToPane } from "./touchToPane";

export interface SketchCardProps {
  node: CardNode;
  left: number;
  top: number;
  /** Open comment threads on the card. */
  threads: number;
  findings: readonly Finding[];
}

/** A touch screen's press also sends mouse events, after the finger lifted: those are taps, not drags. */
let lastPointer = "mouse";

export const SketchCard = memo(function SketchCard({ node, left, top, threads, findings }: SketchCardProps) {
  const { draggable, promote, press, pick } = useFarCardActions();
  const { id, data } = node;
  const look = sketchBox(data.card, data.laneKind);
  return (
    <div
      {...look}
      className={`card-node drawn ${look.className}${draggable ? " nopan" : ""}`}
      data-testid={`card-${id}`}
      style={{ ...look.style, left, top, width: node.width, height: node.height }}
      onPointerEnter={(e) => {
        if (e.pointerType !== "touch") promote(id);
      }}
      // Its nopan is for the mouse, whose press drags the card; a finger on it pans or pinches the map (a tap selects).
      onTouchStartCapture={draggable ? handTouchToPane : undefined}
      onPointerDown={(e) => {
        lastPointer = e.pointerType;
      }}
      onMouseDown={(e) => {
        if (e.button === 0 && lastPointer !== "touch") press(id, e.nativeEvent);
      }}
      onClick={(e) => pick(id, e.shiftKey || e.metaKey || e.ctrlKey)}
      // Not a Tab stop, like every card but one (canvas/tabStops.ts); focused, Enter or Space selects it.
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        e.stopPropagation();
        pick(id, e.shiftKey);
      }}
    >
      {threads > 0 && <OpenThreadsBadge targetId={id} threads={threads} />}
      {findings.length > 0 && <FindingsMark findings={findings} />}
    </div>
  );
});
