// The node and edge types the canvas draws, with the data each carries.
import type { Edge, Node } from "@xyflow/react";
import type { Card, Connection, Lane, LaneKind, Stage } from "../doc";

/** `linked`: the card is one end of a path (a connection). */
export type CardNode = Node<{ card: Card; laneKind: LaneKind; linked: boolean }, "card">;
/** `tabStop`: the header is the map's one Tab stop among its kind, so its buttons are Tab stops too. */
export type StageHeaderNode = Node<{ stage: Stage; index: number; count: number; tabStop?: boolean }, "stageHeader">;
export type LaneHeaderNode = Node<{ lane: Lane; index: number; count: number; tabStop?: boolean }, "laneHeader">;
/** `cards`: the card nodes in the cell, which it draws itself while they are far away (see CellNode). */
export type CellNode = Node<
  {
    stageId: string;
    laneId: string;
    stageName: string;
    laneName: string;
    laneKind: LaneKind;
    cards: readonly CardNode[];
  },
  "cell"
>;
export type CurvePoint = { x: number; y: number };
export type EmotionCurveNode = Node<{ points: CurvePoint[]; levels: number[] }, "emotionCurve">;
/** The line of visibility between the lanes `above` and `below` (one a backstage lane, the other not). */
export type VisibilityLineNode = Node<{ above: string; below: string }, "visibilityLine">;
export type MapNode = CardNode | StageHeaderNode | LaneHeaderNode | CellNode | EmotionCurveNode | VisibilityLineNode;
export type PathEdge = Edge<{ connection: Connection }, "path">;
