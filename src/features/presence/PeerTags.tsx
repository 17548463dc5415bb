// Name tags of the people working on cards ("Anna", "Anna is editing", "Anna +2"), above each card's corner;
// the title lists everyone on the card.
// A child of <ReactFlow> drawn in screen pixels, like the cursors: readable at any zoom, far-away sketches
// included, and independent of the nodes, so a tag never makes React Flow take the nodes again.
import { memo } from "react";
import { useViewport } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import type { PeerTag } from "../../sync";
import { aroundName, TAG_NAME, tagLook, tagText } from "./tagText";

/** Where one card's tags go: the card's top-left corner in flow coordinates. */
export interface PeerTagPlace {
  cardId: string;
  x: number;
  y: number;
  tags: readonly PeerTag[];
}

export interface PeerTagsProps {
  places: readonly PeerTagPlace[];
}

const LAYER = { position: "absolute", inset: 0, pointerEvents: "none", overflow: "hidden", zIndex: 9 } as const;

/** Nothing, and no subscription to the viewport, while nobody works on a card. */
export const PeerTags = memo(function PeerTags({ places }: PeerTagsProps) {
  return places.length === 0 ? null : <Tags places={places} />;
});

function Tags({ places }: PeerTagsProps) {
  const { t } = useTranslation();
  const { x, y, zoom } = useViewport();
  return (
    <div data-testid="peer-tags" aria-hidden="true" style={LAYER}>
      {places.map((place) => {
        const [first] = place.tags;
        if (!first) return null;
        const [before, after] = aroundName(first, t);
        return (
          <div
            key={place.cardId}
            data-testid="peer-tag"
            data-card={place.cardId}
            title={place.tags.map((tag) => tagText(tag, t)).join(", ")}
            style={{
              position: "absolute",
              left: 0,
              top: 0,
              // Sits on the card's top edge, like the label of a selection in a whiteboard.
              transform: `translate(${place.x * zoom + x}px, ${place.y * zoom + y}px) translateY(-100%)`,
              ...tagLook(first.color),
              fontWeight: first.editing ? 600 : 400,
              fontStyle: first.editing ? "italic" : "normal",
            }}
          >
            {before}
            <span style={TAG_NAME}>{first.name}</span>
            {after}
            {place.tags.length > 1 && ` ${t("presence.tag.more", { count: place.tags.length - 1 })}`}
          </div>
        );
      })}
    </div>
  );
}
