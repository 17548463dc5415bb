// A card on the canvas: the card view, connection handles for editors, and in-place title editing.
import { memo, useCallback, type MouseEvent, type TouchEvent } from "react";
import { Handle, Position, useStoreApi, type NodeProps } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { MAX, type Card } from "../../doc";
import { updateCard } from "../../doc/ops";
import { keptCardText, useMapStore, useMapStoreApi } from "../../store";
import { toggleCard } from "../select";
import { useLongPress } from "../useLongPress";
import type { CardNode as CardNodeType } from "../types";
import { CommentBadge } from "./CommentBadge";
import { FindingMark } from "./FindingMark";
import { InPlaceText } from "./InPlaceText";
import { CardView } from "./CardView";
import { sketchBox } from "./sketch";
import { handTouchToPane } from "./touchToPane";
import { useDetailed } from "./useDetailed";
import "./cardSketch.css";
import "./touchTargets.css";

function TitleEditor({ card, onDone }: { card: Card; onDone: () => void }) {
  const { t } = useTranslation();
  const run = useMapStore((s) => s.actions.run);
  const keepIfDeleted = useMapStore((s) => s.actions.keepIfDeleted);
  const id = card.id;
  return (
    <InPlaceText
      value={card.title}
      label={t("inspector.title")}
      className="card-title-input"
      max={MAX.title}
      onSave={(text) => run((doc) => (updateCard(doc, id, { title: text }), true)) === true}
      onClose={onDone}
      onLeftUnsaved={(text) => keepIfDeleted(keptCardText(card, "title", text))}
      draftKey={`card:${id}`}
    />
  );
}

/**
 * Where a path starts or ends on a card on a path that cannot be connected (a viewer's page, a sketch far
 * away). toFlow hands React Flow every card's path ends, but React Flow measures them again from the
 * elements classed source and target once a node is on screen; without these the paths would vanish.
 * Unlike a Handle, an anchor subscribes to nothing. Cards on no path go without: on a big map that is
 * thousands of elements fewer to create, lay out and measure.
 */
function Anchor({ type }: { type: "source" | "target" }) {
  return <span className={`card-anchor ${type}`} data-handlepos={type === "source" ? "right" : "left"} />;
}

/** A second finger on a card pinches the map: the card's drag would keep both fingers from zooming it. */
function pinchOnCard(event: TouchEvent): void {
  if (event.touches.length > 1) handTouchToPane(event);
}

/**
 * A finger's tap on a dot (whose box covers the card's sides on a touch screen, touchTargets.css) selects the card as a
 * tap anywhere on it does. React Flow's click on a dot would also start a path that the next tap on another card's
 * dot ends: tapping two cards by their sides drew a path. A finger draws a path by dragging from the dot; a mouse's
 * click on one still starts a path.
 */
function useTapOnDotSelectsOnly() {
  const flow = useStoreApi();
  return (event: MouseEvent) => {
    const finger = (event.nativeEvent as PointerEvent).pointerType === "touch";
    if (finger && event.target instanceof Element && event.target.closest(".react-flow__handle"))
      flow.setState({ connectionClickStartHandle: null });
  };
}

/**
 * A finger resting on a card adds it to the selection or takes it out, as Shift-click does; a short buzz says so
 * where the device has one. On a view link too: selecting is reading.
 */
function useLongPressSelects(id: string) {
  const store = useMapStoreApi();
  return useLongPress(
    useCallback(() => {
      toggleCard(store, id);
      navigator.vibrate?.(10);
    }, [store, id]),
  );
}

export const CardNode = memo(function CardNode({ id, data, selected }: NodeProps<CardNodeType>) {
  const canEdit = useMapStore((s) => s.canEdit);
  const tapOnDot = useTapOnDotSelectsOnly();
  const longPress = useLongPressSelects(id);
  const editing = useMapStore((s) => s.ui.editingCardId === id);
  const editCardTitle = useMapStore((s) => s.actions.editCardTitle);
  const detailed = useDetailed();
  const compact = data.laneKind === "emotions";
  // Far away, a card is a sketch (unless its title is being edited); connecting needs a closer look.
  const sketch = !detailed && !editing;
  const connectable = canEdit && !sketch;
  // A sketch is this box itself, named by the card's title (its badges stay reachable inside the group).
  const look = sketch ? sketchBox(data.card, data.laneKind) : null;
  return (
    <div
      {...look}
      className={`card-node${connectable ? " connectable" : ""}${compact ? " compact" : ""}${selected ? " selected" : ""}${look ? ` ${look.className}` : ""}`}
      data-testid={`card-${id}`}
      onClick={connectable ? tapOnDot : undefined}
      onDoubleClick={canEdit ? () => editCardTitle(id) : undefined}
      onTouchStartCapture={(event) => {
        longPress.onTouchStartCapture(event);
        if (canEdit) pinchOnCard(event);
      }}
      onTouchMoveCapture={longPress.onTouchMoveCapture}
      onTouchEndCapture={longPress.onTouchEndCapture}
      onTouchCancelCapture={longPress.onTouchCancelCapture}
      onContextMenu={longPress.onContextMenu}
    >
      {connectable ? (
        <Handle type="target" position={Position.Left} className="card-handle" />
      ) : (
        data.linked && <Anchor type="target" />
      )}
      {editing ? (
        <TitleEditor card={data.card} onDone={() => editCardTitle(null)} />
      ) : (
        !look && <CardView card={data.card} laneKind={data.laneKind} compact={compact} />
      )}
      <CommentBadge targetId={id} />
      <FindingMark targetId={id} />
      {connectable ? (
        <Handle type="source" position={Position.Right} className="card-handle" />
      ) : (
        data.linked && <Anchor type="source" />
      )}
    </div>
  );
});
