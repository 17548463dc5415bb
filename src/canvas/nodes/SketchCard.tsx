// A far-away card drawn by its cell instead of being a React Flow node (see farCards.ts): the same sketch
// box a card node shows far away, with its comment badge and finding mark, placed inside the cell.
import { memo } from "react";
import type { CardNode } from "../types";
import { CommentBadge } from "./CommentBadge";
import { FindingMark } from "./FindingMark";
import { useFarCardActions } from "./farCards";
import { sketchBox } from "./sketch";

export const SketchCard = memo(function SketchCard({ node, left, top }: { node: CardNode; left: number; top: number }) {
  const { promote, pick } = useFarCardActions();
  const { id, data } = node;
  const look = sketchBox(data.card, data.laneKind);
  return (
    <div
      {...look}
      className={`card-node drawn ${look.className}`}
      data-testid={`card-${id}`}
      style={{ ...look.style, left, top, width: node.width, height: node.height }}
      onPointerEnter={(e) => {
        if (e.pointerType !== "touch") promote(id);
      }}
      onClick={(e) => pick(id, e.shiftKey || e.metaKey || e.ctrlKey)}
      // In the tab order like a card node; Enter or Space selects it (and it becomes a node, focused).
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        e.stopPropagation();
        pick(id, e.shiftKey);
      }}
    >
      <CommentBadge targetId={id} />
      <FindingMark targetId={id} />
    </div>
  );
});
