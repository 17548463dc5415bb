// Snapshot -> React Flow nodes and edges. Nodes whose content and place did not change keep their
// identity (from the previous call), so memoized node components skip re-rendering.
import { MarkerType, Position, type NodeHandle } from "@xyflow/react";
import type { Card, Journey, LaneKind } from "../doc";
import {
  computeGrid,
  cellKey,
  emotionY,
  EMOTION_CARD_H,
  LANE_HEADER_W,
  STAGE_HEADER_H,
  STAGE_W,
  type Grid,
  type Rect,
} from "./layout";
import type {
  CardNode,
  CellNode,
  CurvePoint,
  EmotionCurveNode,
  LaneHeaderNode,
  MapNode,
  PathEdge,
  StageHeaderNode,
  VisibilityLineNode,
} from "./types";
import { attributeTable, type AttributeTable, type RoleNames } from "./tabStops";
import { visibilityBoundaries, VISIBILITY_BELOW, VISIBILITY_LABEL_H } from "./visibilityLine";

export interface FlowOptions {
  canEdit: boolean;
  /** A path's accessible name from its cards' titles (React Flow's own names it by the card ids). */
  pathName?: (from: string, to: string, label: string | undefined) => string;
  /** What a screen reader calls cards, headers and paths (React Flow's own say "node" and "edge", in English). */
  roleNames?: RoleNames;
}

export interface Flow {
  grid: Grid;
  nodes: MapNode[];
  edges: PathEdge[];
}

const NO_CARDS: CardNode[] = [];
/** A cell or the emotion curve is drawn, not spoken: no "node" for a screen reader either (React Flow's default). */
const NOT_A_PART = { "aria-roledescription": undefined };
/** The line of visibility is decoration: the lane headers say which lanes are backstage. */
const DECORATION = { "aria-roledescription": undefined, "aria-hidden": true };
/**
 * Above the headers, also a selected one (React Flow lifts a selected node by 1000), so the line and its name show
 * across the header column; a selected card (1001), being dragged, passes over it. It lies on a lane boundary,
 * where no card sits.
 */
const VISIBILITY_Z = 1000;

export const stageNodeId = (id: string): string => `stage:${id}`;
export const laneNodeId = (id: string): string => `lane:${id}`;
export const cellNodeId = (stageId: string, laneId: string): string => `cell:${stageId}:${laneId}`;

/** Arrays match when their items do: the same object (a reused node) or, for plain points, the same fields. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      if (Object.is(x, y)) return true;
      if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
      const kx = Object.keys(x);
      return (
        kx.length === Object.keys(y).length &&
        kx.every((k) => Object.is((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]))
      );
    })
  );
}

function sameShallow(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = a[k];
    const y = b[k];
    return Object.is(x, y) || (Array.isArray(x) && Array.isArray(y) && sameItems(x, y));
  });
}

/**
 * A node's size, given to React Flow as already measured: the layout decides every size. Without
 * `measured`, React Flow treats every new node object as unmeasured (a card being dragged gets one per
 * frame): it drops the handle bounds and observes and measures the node again, which costs a forced
 * layout, a repaint of the whole canvas and a second store update on every frame of a drag.
 */
function box(width: number, height: number) {
  return { width, height, measured: { width, height } };
}

/**
 * Where paths start and end on a card: the middle of its left and of its right side. Handed to React
 * Flow with the node, like its size. A card that draws no handle (a sketch, a card on a viewer's page)
 * carries anchors only while it is on a path; React Flow measured it when it had none and does not measure
 * again while its size stays, so a path drawn to it later takes its ends from here
 * (tests/e2e/paths.e2e.test.ts fails without them).
 */
function cardHandles(width: number, height: number): NodeHandle[] {
  // The same boxes as the handle dots editors see (9 px, centred on the side; .card-handle).
  const size = 9;
  const y = height / 2 - size / 2;
  return [
    { id: null, type: "target", position: Position.Left, x: -size / 2, y, width: size, height: size },
    { id: null, type: "source", position: Position.Right, x: width - size / 2, y, width: size, height: size },
  ];
}

/** Returns `prev` when it has the same place, size, flags and (shallowly) the same data as `next`. */
function reuse<T extends MapNode>(prev: MapNode | undefined, next: T): T {
  if (
    prev &&
    prev.type === next.type &&
    prev.position.x === next.position.x &&
    prev.position.y === next.position.y &&
    prev.width === next.width &&
    prev.height === next.height &&
    prev.draggable === next.draggable &&
    prev.connectable === next.connectable &&
    prev.domAttributes === next.domAttributes &&
    sameShallow(prev.data, next.data)
  ) {
    return prev as T;
  }
  return next;
}

function cardNode(
  card: Card,
  rect: Rect,
  laneKind: LaneKind,
  linked: boolean,
  canEdit: boolean,
  attributes: AttributeTable,
): CardNode {
  return {
    id: card.id,
    type: "card",
    position: { x: rect.x, y: rect.y },
    ...box(rect.width, rect.height),
    handles: cardHandles(rect.width, rect.height),
    draggable: canEdit,
    connectable: canEdit,
    selectable: true,
    domAttributes: attributes.card.rest,
    zIndex: 1,
    data: { card, laneKind, linked },
  };
}

export function toFlow(journey: Journey, options: FlowOptions, previous?: ReadonlyMap<string, MapNode>): Flow {
  const grid = computeGrid(journey);
  const nodes: MapNode[] = [];
  const prev = (id: string) => previous?.get(id);
  const count = journey.stages.length;
  const attributes = attributeTable(options.roleNames);

  // Cards first: each cell carries its own, to draw them itself when they are far away (CellNode).
  const cardNodes: CardNode[] = [];
  const cardsByCell = new Map<string, CardNode[]>();
  const linked = new Set<string>();
  for (const connection of journey.connections) linked.add(connection.from).add(connection.to);
  for (const card of journey.cards) {
    const rect = grid.cardRects.get(card.id);
    const lane = grid.rows.get(card.laneId)?.lane;
    if (!rect || !lane) continue;
    const isLinked = linked.has(card.id);
    const before = prev(card.id);
    // What reuse() decides, without making the node first: on a big map most cards stay as they were.
    const reused =
      before?.type === "card" &&
      before.data.card === card &&
      before.data.laneKind === lane.kind &&
      before.data.linked === isLinked &&
      before.position.x === rect.x &&
      before.position.y === rect.y &&
      before.width === rect.width &&
      before.height === rect.height &&
      before.draggable === options.canEdit &&
      before.connectable === options.canEdit &&
      before.domAttributes === attributes.card.rest
        ? before
        : cardNode(card, rect, lane.kind, isLinked, options.canEdit, attributes);
    cardNodes.push(reused);
    const key = cellKey(card.stageId, card.laneId);
    const inCell = cardsByCell.get(key);
    if (inCell) inCell.push(reused);
    else cardsByCell.set(key, [reused]);
  }

  journey.stages.forEach((stage, index) => {
    const node: StageHeaderNode = {
      id: stageNodeId(stage.id),
      type: "stageHeader",
      position: { x: grid.stageX.get(stage.id) ?? 0, y: 0 },
      ...box(STAGE_W, STAGE_HEADER_H),
      draggable: false,
      connectable: false,
      selectable: true,
      domAttributes: attributes.stage.rest,
      data: { stage, index, count },
    };
    nodes.push(reuse(prev(node.id), node));
  });

  let laneIndex = 0;
  for (const [laneId, row] of grid.rows) {
    const header: LaneHeaderNode = {
      id: laneNodeId(laneId),
      type: "laneHeader",
      position: { x: 0, y: row.y },
      ...box(LANE_HEADER_W, row.height),
      draggable: false,
      connectable: false,
      selectable: true,
      domAttributes: attributes.lane.rest,
      data: { lane: row.lane, index: laneIndex, count: journey.lanes.length },
    };
    laneIndex += 1;
    nodes.push(reuse(prev(header.id), header));
    for (const stage of journey.stages) {
      const cell: CellNode = {
        id: cellNodeId(stage.id, laneId),
        type: "cell",
        position: { x: grid.stageX.get(stage.id) ?? 0, y: row.y },
        ...box(STAGE_W, row.height),
        draggable: false,
        connectable: false,
        selectable: false,
        focusable: false,
        domAttributes: NOT_A_PART,
        zIndex: -1,
        data: {
          stageId: stage.id,
          laneId,
          stageName: stage.name,
          laneName: row.lane.name,
          laneKind: row.lane.kind,
          cards: cardsByCell.get(cellKey(stage.id, laneId)) ?? NO_CARDS,
        },
      };
      nodes.push(reuse(prev(cell.id), cell));
    }
    if (row.lane.kind === "emotions") {
      const points: CurvePoint[] = [];
      for (const stage of journey.stages) {
        for (const card of grid.cells.get(cellKey(stage.id, laneId)) ?? []) {
          const rect = grid.cardRects.get(card.id);
          if (rect) points.push({ x: rect.x + rect.width / 2, y: rect.y + EMOTION_CARD_H / 2 - row.y });
        }
      }
      const levels = [2, 1, 0, -1, -2].map((e) => emotionY(row.y, row.height, e) + EMOTION_CARD_H / 2 - row.y);
      const curve: EmotionCurveNode = {
        id: `curve:${laneId}`,
        type: "emotionCurve",
        position: { x: LANE_HEADER_W, y: row.y },
        ...box(Math.max(1, count * STAGE_W), row.height),
        draggable: false,
        connectable: false,
        selectable: false,
        focusable: false,
        domAttributes: NOT_A_PART,
        zIndex: 0,
        data: { points, levels },
      };
      nodes.push(reuse(prev(curve.id), curve));
    }
  }

  // After the headers and cells: drawn over them at the same height.
  visibilityBoundaries(grid).forEach((boundary, index) => {
    const line: VisibilityLineNode = {
      id: `visibility:${index}`,
      type: "visibilityLine",
      position: { x: 0, y: boundary.y - VISIBILITY_LABEL_H },
      ...box(grid.width, VISIBILITY_LABEL_H + VISIBILITY_BELOW),
      draggable: false,
      connectable: false,
      selectable: false,
      focusable: false,
      domAttributes: DECORATION,
      zIndex: VISIBILITY_Z,
      data: { above: boundary.above, below: boundary.below },
    };
    nodes.push(reuse(prev(line.id), line));
  });

  nodes.push(...cardNodes);

  const titles = new Map(journey.cards.map((c) => [c.id, c.title]));
  const edges: PathEdge[] = journey.connections.map((connection) => ({
    id: connection.id,
    type: "path",
    source: connection.from,
    target: connection.to,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    data: { connection },
    domAttributes: attributes.path.rest,
    ...(options.pathName
      ? {
          ariaLabel: options.pathName(
            titles.get(connection.from) ?? connection.from,
            titles.get(connection.to) ?? connection.to,
            connection.label,
          ),
        }
      : {}),
  }));
  return { grid, nodes, edges };
}
