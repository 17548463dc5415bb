// The map's Tab stops (a roving tabindex): one card, one stage header, one lane header and one path are in the
// Tab order, with the active cell's "+"; the arrow keys move between the others (useCanvasKeys). Each is the
// selected one (or the active cell's header) while it is in view, else the first in view: React Flow draws only
// what is in view, and a stop that is not drawn would leave Tab nothing to find. A comment badge is never a stop
// (a map with many comments would have many): C on its card or header opens the thread (useCanvasKeys).
import type { Journey } from "../doc";
import type { SelectionState } from "../store";
import { cellKey, LANE_HEADER_W, STAGE_HEADER_H, STAGE_W, type Grid } from "./layout";

export interface TabStops {
  card: string | undefined;
  stage: string | undefined;
  lane: string | undefined;
  path: string | undefined;
}

/** The part of the map in view, in map coordinates; null before React Flow knows its size. */
export type View = { x: number; y: number; width: number; height: number } | null;

/** What a screen reader calls a card, a header and a path, in the interface's language. */
export interface RoleNames {
  card: string;
  stage: string;
  lane: string;
  path: string;
}
export type Role = keyof RoleNames;

export interface DomAttributes {
  tabIndex: 0 | -1;
  /** Set over React Flow's own, which calls every card and header a "node" and every path an "edge", in English. */
  "aria-roledescription"?: string;
}

/** Each kind's DOM attributes as a Tab stop and as any other, made once per set of names. */
export type AttributeTable = Readonly<Record<Role, { stop: DomAttributes; rest: DomAttributes }>>;

const tables = new Map<string, AttributeTable>();

/**
 * Given to every card, header and path as its DOM attributes: the objects are shared, so they cost nothing per
 * node, and stay the same while the names do (a reused node keeps its own only while they are the ones wanted).
 */
export function attributeTable(names?: RoleNames): AttributeTable {
  const key = names ? JSON.stringify([names.card, names.stage, names.lane, names.path]) : "";
  let table = tables.get(key);
  if (!table) {
    const of = (role: Role) => {
      const described = names ? { "aria-roledescription": names[role] } : {};
      return { stop: { tabIndex: 0, ...described } as const, rest: { tabIndex: -1, ...described } as const };
    };
    table = { card: of("card"), stage: of("stage"), lane: of("lane"), path: of("path") };
    tables.set(key, table);
  }
  return table;
}

type Span = { from: number; to: number };
const meets = (a: Span, b: Span) => a.from < b.to && b.from < a.to;
const xSpan = (view: NonNullable<View>): Span => ({ from: view.x, to: view.x + view.width });
const ySpan = (view: NonNullable<View>): Span => ({ from: view.y, to: view.y + view.height });

/** The view of a React Flow transform over a pane of the given size. */
export function viewOf(transform: readonly [number, number, number], width: number, height: number): View {
  const [tx, ty, zoom] = transform;
  if (width <= 0 || height <= 0 || zoom <= 0) return null;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** What the stops are picked from, in order; made once per map snapshot, not on every frame of a pan. */
export interface StopOrder {
  cards: readonly string[];
  stages: readonly string[];
  lanes: readonly string[];
  paths: readonly { id: string; from: string; to: string }[];
}

/** Cards in reading order: each stage from left to right, its lanes from top to bottom. */
export function stopOrder(journey: Journey, grid: Grid): StopOrder {
  const cards: string[] = [];
  for (const stage of journey.stages)
    for (const lane of journey.lanes)
      for (const card of grid.cells.get(cellKey(stage.id, lane.id)) ?? []) cards.push(card.id);
  return {
    cards,
    stages: journey.stages.map((s) => s.id),
    lanes: journey.lanes.map((l) => l.id),
    paths: journey.connections.map(({ id, from, to }) => ({ id, from, to })),
  };
}

const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1];

export function tabStops(
  order: StopOrder,
  grid: Grid,
  selection: SelectionState,
  activeCell: { stageId: string; laneId: string } | null,
  view: View,
): TabStops {
  const cardSeen = (id: string) => {
    const r = grid.cardRects.get(id);
    if (!r) return false;
    return (
      !view ||
      (meets(xSpan(view), { from: r.x, to: r.x + r.width }) && meets(ySpan(view), { from: r.y, to: r.y + r.height }))
    );
  };
  const stageSeen = (id: string) => {
    const x = grid.stageX.get(id);
    if (x === undefined) return false;
    return !view || (meets(xSpan(view), { from: x, to: x + STAGE_W }) && view.y < STAGE_HEADER_H);
  };
  const laneSeen = (id: string) => {
    const row = grid.rows.get(id);
    if (!row) return false;
    return !view || (meets(ySpan(view), { from: row.y, to: row.y + row.height }) && view.x < LANE_HEADER_W);
  };

  /** The wanted one in view, else the first in view, else the wanted one, else the first. */
  const pick = (
    wanted: readonly (string | undefined)[],
    all: readonly string[],
    known: (id: string) => boolean,
    seen: (id: string) => boolean,
  ): string | undefined => {
    const ok = wanted.filter((id): id is string => id !== undefined && known(id));
    return ok.find(seen) ?? all.find(seen) ?? ok[0] ?? all[0];
  };
  const inList = (list: readonly string[]) => (id: string) => list.includes(id);
  const selectedPath = order.paths.find((p) => p.id === last(selection.connections));
  const pathSeen = (p: { from: string; to: string }) => cardSeen(p.from) || cardSeen(p.to);
  return {
    card: pick([last(selection.cards)], order.cards, (id) => grid.cardRects.has(id), cardSeen),
    stage: pick([last(selection.stages), activeCell?.stageId], order.stages, inList(order.stages), stageSeen),
    lane: pick([last(selection.lanes), activeCell?.laneId], order.lanes, inList(order.lanes), laneSeen),
    path: (selectedPath && pathSeen(selectedPath)
      ? selectedPath
      : (order.paths.find(pathSeen) ?? selectedPath ?? order.paths[0])
    )?.id,
  };
}
