// The map canvas: React Flow as a pure view of the store's snapshot. Drags move nodes locally (and
// in awareness); the document gets one write at drag end through the ops.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import {
  Panel,
  type FitViewOptions,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection as FlowConnection,
  type ReactFlowState,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnectStartParams,
} from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { Awareness } from "y-protocols/awareness";
import { shallow } from "zustand/shallow";
import { connect } from "../doc/ops";
import { useMapStore, useMapStoreApi, type SelectionState } from "../store";
import { peerDragPositions, peerParts, peerSelectionColors, peerTags, setLocalPresence, usePeersPick } from "../sync";
import { useSameContent } from "./useSameContent";
import { cardDrop } from "./cardDrop";
import { FollowBar, PeerCursors, PeerTags, type PeerTagPlace } from "../features/presence";
import { applyDrop, cellAt, dropOf } from "./changesToOps";
import { LANE_HEADER_W, STAGE_HEADER_H, type Rect } from "./layout";
import { around, FOCUS_ZOOM, focusInSight } from "./focusInSight";
import { edgeTypes } from "./edges/PathEdge";
import { PeerPathColorsContext } from "./edges/peerPathColors";
import { Legend } from "./Legend";
import { fitClearOf, openingViewport, tooBigToRead, FIT_MARGIN, type Box, type Fit, type Viewport } from "./fitPadding";
import { HeaderRails, RAIL_LEFT_W, RAIL_TOP_H, RAIL_ZOOM, railBoxes } from "./HeaderRails";
import { besideLaneRail, ZoomControls } from "./ZoomControls";
import { nodeTypes } from "./nodes";
import { FarCardActionsContext, PromotedContext } from "./nodes/farCards";
import { afterSelect } from "./select";
import { useFarCards } from "./useFarCards";
import { draggedToPublish, usePublishSelection } from "./usePublishSelection";
import { DETAIL_ZOOM, DetailContext, useDetailedZoom } from "./nodes/useDetailed";
import { laneNodeId, stageNodeId, toFlow } from "./toFlow";
import type { MapNode, PathEdge } from "./types";
import { useCanvasKeys } from "./useCanvasKeys";
import { attributeTable, stopOrder, tabStops, viewOf, type Role, type RoleNames } from "./tabStops";
import { useAriaLabels } from "./useAriaLabels";
import { useFollow } from "./useFollow";
import { useKeepTypingInView } from "./useKeepTypingInView";
import { headerNameRect, headerRect, RenamingHeaderContext, type RenamingHeader } from "./renamingHeader";
import { hasVisibilityLine } from "./visibilityLine";

export interface CanvasProps {
  /** The map session's awareness; without one (tests, previews) presence stays local. */
  awareness?: Awareness | null;
}

type Point = { x: number; y: number };

// Props that are arrays or objects are made once: the canvas re-renders on every frame of a drag, and a new
// array for panOnDrag made React Flow reconfigure its pan and zoom each time, which repainted the whole map.
const PAN_BUTTONS = [1, 2];
const MULTI_SELECT_KEYS = ["Shift", "Meta", "Control"];
const FIT_VIEW_OPTIONS = { padding: 0.05, maxZoom: 1 };
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;
/** The zoom a followed view is shown at stays within the canvas's own. */
const ZOOM_LIMITS = { min: MIN_ZOOM, max: MAX_ZOOM };
/** What floats over the canvas's corners: a fitted map is kept clear of them. */
const OVERLAYS = [".legend-panel", ".react-flow__controls"];
/** What floats over the map from outside the canvas (Find's list): a target under it is not in sight. */
const COVERS_CANVAS = "[data-covers-canvas]";
const PRO_OPTIONS = { hideAttribution: true };
const NO_TAGS: readonly PeerTagPlace[] = [];
/**
 * What the canvas draws of the others: the cards they select, edit or drag. Their cursors (PeerCursors) and views
 * change up to 20 times a second each and draw nothing here.
 */
const ON_CARDS = peerParts(["selection", "editing", "dragging"]);
/** Which name a screen reader hears for each kind of node that can be a Tab stop. */
const ROLE_OF: Partial<Record<MapNode["type"], Role>> = { card: "card", stageHeader: "stage", laneHeader: "lane" };

/** What a screen reader calls the map's parts, in the interface's language. */
function roleNames(t: (key: string) => string): RoleNames {
  return {
    card: t("canvas.role.card"),
    stage: t("canvas.role.stage"),
    lane: t("canvas.role.lane"),
    path: t("canvas.role.path"),
  };
}

function applySelect(
  selection: SelectionState,
  changes: readonly { id: string; selected: boolean }[],
  kindOf: (id: string) => [keyof SelectionState, string] | null,
): SelectionState {
  // A list the changes leave alone stays the same array, so what depends on it alone (the paths, for a click on a
  // card) is not made again.
  const next: SelectionState = { ...selection };
  for (const c of changes) {
    const kind = kindOf(c.id);
    if (!kind) continue;
    const [key, id] = kind;
    next[key] = next[key].filter((x) => x !== id);
    if (c.selected) next[key].push(id);
  }
  return next;
}

function nodeKind(id: string): [keyof SelectionState, string] | null {
  if (id.startsWith("stage:")) return ["stages", id.slice(6)];
  if (id.startsWith("lane:")) return ["lanes", id.slice(5)];
  if (id.startsWith("cell:") || id.startsWith("curve:") || id.startsWith("visibility:")) return null;
  return ["cards", id];
}

export function Canvas({ awareness = null }: CanvasProps) {
  const store = useMapStoreApi();
  const journey = useMapStore((s) => s.journey);
  const doc = useMapStore((s) => s.doc);
  const canEdit = useMapStore((s) => s.canEdit);
  const selection = useMapStore((s) => s.ui.selection);
  const focusRequest = useMapStore((s) => s.ui.focusRequest);
  const tool = useMapStore((s) => s.ui.tool);
  const editingCardId = useMapStore((s) => s.ui.editingCardId);
  const activeCell = useMapStore((s) => s.ui.activeCell);
  const actions = useMapStore((s) => s.actions);
  const { t } = useTranslation();
  const ariaLabels = useAriaLabels(canEdit);
  const { setCenter, getZoom, getViewport, screenToFlowPosition, fitView, setViewport } = useReactFlow();
  const flowStore = useStoreApi<MapNode, PathEdge>();
  const ownAwareness = useMemo(() => awareness ?? new Awareness(doc), [awareness, doc]);
  const peers = usePeersPick(ownAwareness, ON_CARDS);
  useCanvasKeys();

  const previous = useRef<ReadonlyMap<string, MapNode>>(new Map());
  const flow = useMemo(() => {
    const pathName = (from: string, to: string, label: string | undefined) =>
      label ? t("canvas.pathNameLabelled", { from, to, label }) : t("canvas.pathName", { from, to });
    return toFlow(journey, { canEdit, pathName, roleNames: roleNames(t) }, previous.current);
  }, [journey, canEdit, t]);
  const attributes = attributeTable(roleNames(t));
  useEffect(() => {
    previous.current = new Map(flow.nodes.map((n) => [n.id, n]));
  }, [flow]);

  // Shown as data-fitted on the canvas, so tests (and anything else) can tell the first view has settled.
  const [settled, setSettled] = useState(false);
  const hasContent = flow.nodes.length > 0;
  // Until the map is in view, cards are drawn as they will be once it is (openingViewport, below): in full unless
  // the map is too big to read. The zoom until then is React Flow's default, 1; going by it, the first render of a
  // big map would hand every card to React Flow only to take most back a frame later.
  const fitting = hasContent && !settled;
  const { width: mapWidth, height: mapHeight } = flow.grid;
  const openingDetailed = useStore(
    useCallback(
      (s: ReactFlowState): boolean | null =>
        fitting && s.width > 0 && s.height > 0
          ? !tooBigToRead({ width: mapWidth, height: mapHeight }, { width: s.width, height: s.height }, DETAIL_ZOOM)
          : null,
      [fitting, mapWidth, mapHeight],
    ),
  );
  const zoomDetailed = useDetailedZoom();
  const detailed = openingDetailed ?? zoomDetailed;

  const [dragging, setDragging] = useState<ReadonlyMap<string, Point>>(new Map());
  // A card someone else deletes while I drag it ends no drag (React Flow forgets a node that is gone): its place would
  // stay in my drag and in my presence, and the card, brought back by their undo, would float there for everyone.
  const cards = journey.cards;
  useEffect(() => {
    if (dragging.size === 0) return;
    const present = new Set(cards.map((c) => c.id));
    const gone = [...dragging.keys()].filter((id) => !present.has(id));
    if (gone.length === 0) return;
    setDragging((prev) => new Map([...prev].filter(([id]) => present.has(id))));
    // With other dragged cards left, the next move or the drop puts one of them into my presence.
    if (gone.length === dragging.size) setLocalPresence(ownAwareness, { dragging: null });
  }, [cards, dragging, ownAwareness]);
  // The same maps while what they hold stays the same (a peer's drag changes no outline), so the nodes and far-away
  // cells below are not made again for nothing. A peer dragging several cards moves each from its place here
  // (peerDragPositions).
  const cardPlaces = flow.grid.cardRects;
  const peerDrags = useSameContent(useMemo(() => peerDragPositions(peers, cardPlaces), [peers, cardPlaces]));
  const peerColors = useSameContent(useMemo(() => peerSelectionColors(peers), [peers]));
  const tags = useSameContent(useMemo(() => peerTags(peers), [peers]));
  // The paths among what colleagues selected (their selections hold cards and paths), for the bands drawn under them.
  const connections = journey.connections;
  const peerPathColors = useSameContent(
    useMemo(() => {
      const colors = new Map<string, string>();
      for (const c of connections) {
        const color = peerColors.get(c.id);
        if (color) colors.set(c.id, color);
      }
      return colors;
    }, [connections, peerColors]),
  );

  // Each tag goes where its card is drawn right now: dragged here, dragged by a peer, or in its place.
  const tagPlaces = useMemo(() => {
    if (tags.size === 0) return NO_TAGS;
    const places: PeerTagPlace[] = [];
    for (const [cardId, onCard] of tags) {
      const at = dragging.get(cardId) ?? peerDrags.get(cardId) ?? flow.grid.cardRects.get(cardId);
      if (at) places.push({ cardId, x: at.x, y: at.y, tags: onCard });
    }
    return places;
  }, [tags, dragging, peerDrags, flow.grid]);

  const selected = useMemo(
    () => new Set([...selection.cards, ...selection.stages.map(stageNodeId), ...selection.lanes.map(laneNodeId)]),
    [selection],
  );

  // One Tab stop per kind (tabStops.ts); the card that is one is a node even far away, so Tab always finds it.
  const order = useMemo(() => stopOrder(journey, flow.grid), [journey, flow.grid]);
  const stops = useStore(
    useCallback(
      (s: ReactFlowState) => tabStops(order, flow.grid, selection, activeCell, viewOf(s.transform, s.width, s.height)),
      [order, flow.grid, selection, activeCell],
    ),
    shallow,
  );
  const stopIds = useMemo(
    () =>
      new Set([
        stops.card,
        stops.stage === undefined ? undefined : stageNodeId(stops.stage),
        stops.lane === undefined ? undefined : laneNodeId(stops.lane),
      ]),
    [stops],
  );

  // Far away, only promoted cards (and cards on a path) are nodes; cells draw the others (nodes/farCards.ts).
  const far = useFarCards({ detailed, grid: flow.grid, dragging, peerDrags, peerColors, tabStop: stops.card });
  const promoted = far.promoted;
  const nodes = useMemo(
    () =>
      flow.nodes.flatMap((n): MapNode[] => {
        if (!detailed && n.type === "card" && !n.data.linked && !promoted.has(n.id)) return [];
        const isSelected = selected.has(n.id);
        const local = dragging.get(n.id);
        // Peers drag and select cards only: an id of a header or cell in their state must not move or mark it.
        const isCard = n.type === "card";
        // The card I am typing a title into stays where it is while a colleague drags it: moved out of view, its
        // node (and the field with what I typed) would be taken off the map.
        const remote = local || !isCard || n.id === editingCardId ? undefined : peerDrags.get(n.id);
        const color = isCard ? (peerColors.get(n.id) ?? remote?.color) : undefined;
        const isStop = stopIds.has(n.id);
        if (!isSelected && !local && !remote && !color && !isStop) return [n];
        return [
          {
            ...n,
            ...(isStop ? { domAttributes: attributes[ROLE_OF[n.type] ?? "card"].stop } : {}),
            ...(isStop && n.type !== "card" ? { data: { ...n.data, tabStop: true } } : {}),
            selected: isSelected,
            position: local ?? (remote ? { x: remote.x, y: remote.y } : n.position),
            ...(color ? { style: { boxShadow: `0 0 0 2px ${color}`, borderRadius: 8 } } : {}),
          } as MapNode,
        ];
      }),
    [flow.nodes, selected, dragging, peerDrags, peerColors, detailed, promoted, stopIds, attributes, editingCardId],
  );
  const edges = useMemo(
    () =>
      flow.edges.map((e): PathEdge => {
        const isSelected = selection.connections.includes(e.id);
        const isStop = e.id === stops.path;
        if (!isSelected && !isStop) return e;
        return {
          ...e,
          ...(isSelected ? { selected: true } : {}),
          ...(isStop ? { domAttributes: attributes.path.stop } : {}),
        };
      }),
    [flow.edges, selection.connections, stops.path, attributes],
  );

  usePublishSelection(ownAwareness);
  // ... and which card's title I am typing, so they see who is editing it.
  useEffect(() => {
    setLocalPresence(ownAwareness, { editing: editingCardId });
  }, [ownAwareness, editingCardId]);

  // Fitting the map into view keeps every card clear of the legend and the zoom buttons, and of the header rails
  // when the fit zooms out so far that they show (fitPadding.ts): measured as the fit happens, as they wrap and grow.
  const container = useRef<HTMLDivElement>(null);
  // My view goes into my presence; the view of whom I follow comes onto my canvas until I move it myself.
  const stopFollowing = useFollow(ownAwareness, container, ZOOM_LIMITS);
  const measureFit = useCallback((): { view: { width: number; height: number }; fit: Fit } | null => {
    const canvas = container.current;
    if (!canvas) return null;
    const origin = canvas.getBoundingClientRect();
    // React Flow's own measure where the canvas reports none (jsdom): it is the same box.
    const flowSize = flowStore.getState();
    const view = {
      width: canvas.clientWidth || flowSize.width,
      height: canvas.clientHeight || flowSize.height,
    };
    const overlays: Box[] = [];
    for (const selector of OVERLAYS) {
      const r = canvas.querySelector(selector)?.getBoundingClientRect();
      if (r) overlays.push({ x: r.x - origin.x, y: r.y - origin.y, width: r.width, height: r.height });
    }
    const map = { x: 0, y: 0, width: flow.grid.width, height: flow.grid.height };
    const zoom = { min: MIN_ZOOM, max: FIT_VIEW_OPTIONS.maxZoom };
    let fit = fitClearOf(map, view, overlays, zoom);
    // With the rails the zoom buttons move beside the lane rail (ZoomControls.tsx): the map keeps clear of them there.
    if (fit.zoom < RAIL_ZOOM) fit = fitClearOf(map, view, [...overlays.map(besideLaneRail), ...railBoxes(view)], zoom);
    return { view, fit };
  }, [flow.grid, flowStore]);
  const fitOptions = useCallback((): FitViewOptions => {
    const measured = measureFit();
    if (!measured) return FIT_VIEW_OPTIONS;
    return { padding: measured.fit.padding, maxZoom: FIT_VIEW_OPTIONS.maxZoom, minZoom: MIN_ZOOM };
  }, [measureFit]);
  const fitOptionsRef = useRef(fitOptions);
  useEffect(() => {
    fitOptionsRef.current = fitOptions;
  }, [fitOptions]);
  // The zoom buttons' fit: React Flow queues a fit with its own options; this one, queued right after, replaces it.
  const onFitButton = useCallback(() => void fitView(fitOptionsRef.current()), [fitView]);

  // The map arrives after the first render (sync); it is put into view once it has content, before that is drawn:
  // fitted, or drawn in full from its top-left corner when a fit would sketch cards that could be read with a
  // little scrolling (openingViewport). React Flow fits nothing itself (no fitView prop): its fit, in the first
  // frame, and this one, a frame later, made the map jump. The layout effect runs before the frame is drawn; when
  // the content is there from the first render, React Flow's pan and zoom are made in its own effects, which run
  // before this component's, so the plain effect places it then.
  const openingView = useCallback((): Viewport | null => {
    const measured = measureFit();
    if (!measured || measured.view.width <= 0 || measured.view.height <= 0) return null;
    const map = { x: 0, y: 0, width: flow.grid.width, height: flow.grid.height };
    // Drawn in full, the map is zoomed below the rails' zoom: it starts clear of them.
    const rails = DETAIL_ZOOM < RAIL_ZOOM;
    const topLeft = { x: FIT_MARGIN + (rails ? RAIL_LEFT_W : 0), y: FIT_MARGIN + (rails ? RAIL_TOP_H : 0) };
    const zoom = { min: MIN_ZOOM, max: FIT_VIEW_OPTIONS.maxZoom };
    return openingViewport(map, measured.view, measured.fit, DETAIL_ZOOM, zoom, topLeft);
  }, [flow.grid, measureFit]);
  const fitted = useRef<"no" | "placed" | "done">("no");
  const openView = useCallback(() => {
    if (fitted.current !== "no" || !flowStore.getState().panZoom) return;
    const view = openingView();
    if (!view) return;
    fitted.current = "placed";
    void setViewport(view);
    setSettled(true);
  }, [flowStore, openingView, setViewport]);
  useLayoutEffect(() => {
    if (hasContent) openView();
  }, [hasContent, openView]);
  useEffect(() => {
    if (hasContent) openView();
  }, [hasContent, openView]);
  // Placed far out, the map brings the header rails, which move the zoom buttons beside the lane rail and narrow
  // the legend: measured before, they stood elsewhere. Measured again once they are where this view puts them (this
  // render follows the placing before anything is drawn), the map is put where it keeps clear of them there.
  useLayoutEffect(() => {
    if (!settled || fitted.current !== "placed") return;
    fitted.current = "done";
    const view = openingView();
    const now = getViewport();
    if (view && (view.x !== now.x || view.y !== now.y || view.zoom !== now.zoom)) void setViewport(view);
  }, [settled, openingView, getViewport, setViewport]);

  // Centre what someone asked to focus (the checks and comments panels, arrow keys), unless it is in full sight.
  const gridRef = useRef(flow.grid);
  useEffect(() => {
    gridRef.current = flow.grid;
  }, [flow.grid]);
  useEffect(() => {
    if (!focusRequest?.id) return;
    const grid = gridRef.current;
    const { kind, id } = focusRequest;
    let point: Point | null = null;
    // What must be in sight for the view to stay: the card, both ends of a path, a stage's or lane's header.
    let sight: Rect | null = null;
    if (kind === "card") {
      const r = grid.cardRects.get(id);
      if (r) point = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      sight = r ?? null;
    } else if (kind === "stage") {
      const x = grid.stageX.get(id);
      if (x !== undefined) point = { x: x + 135, y: grid.height / 2 };
      sight = headerRect(grid, stageNodeId(id)) ?? null;
    } else if (kind === "connection") {
      const connection = store.getState().journey.connections.find((c) => c.id === id);
      const a = connection ? grid.cardRects.get(connection.from) : undefined;
      const b = connection ? grid.cardRects.get(connection.to) : undefined;
      if (a && b)
        point = { x: (a.x + a.width / 2 + b.x + b.width / 2) / 2, y: (a.y + a.height / 2 + b.y + b.height / 2) / 2 };
      if (a && b) sight = around(a, b);
    } else if (kind === "lane") {
      const row = grid.rows.get(id);
      if (row) point = { x: grid.width / 2, y: row.y + row.height / 2 };
      sight = headerRect(grid, laneNodeId(id)) ?? null;
    }
    if (!point) return;
    const { transform, width, height } = flowStore.getState();
    const origin = container.current?.getBoundingClientRect();
    const covers = [...document.querySelectorAll(COVERS_CANVAS)].map((element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x - (origin?.x ?? 0), y: r.y - (origin?.y ?? 0), width: r.width, height: r.height };
    });
    if (sight && focusInSight(sight, transform, width, height, covers)) return;
    void setCenter(point.x, point.y, { zoom: Math.max(getZoom(), FOCUS_ZOOM), duration: 250 });
  }, [focusRequest, setCenter, getZoom, store, flowStore]);

  // The card whose title I type, and the stage or lane whose name I type, stay in view (useKeepTypingInView.ts).
  // Added by the toolbar or N, a card is on its way into view already (focusTarget, above).
  const editedRect = editingCardId ? flow.grid.cardRects.get(editingCardId) : undefined;
  const cardOnItsWay = useCallback(
    () => store.getState().ui.focusRequest?.id === editingCardId,
    [store, editingCardId],
  );
  useKeepTypingInView(editingCardId && `card:${editingCardId}`, editedRect, container, cardOnItsWay);
  const [renaming, setRenaming] = useState<string | null>(null);
  const renamingHeader = useMemo<RenamingHeader>(
    () => ({
      nodeId: renaming,
      start: (nodeId) => setRenaming(nodeId),
      end: (nodeId) => setRenaming((current) => (current === nodeId ? null : current)),
    }),
    [renaming],
  );
  // A header deleted meanwhile (or a page that may no longer edit) renames nothing: brought back by an undo, the
  // header shows its name, not a field.
  const renamedRect = useMemo(
    () => (renaming ? headerNameRect(flow.grid, renaming) : undefined),
    [renaming, flow.grid],
  );
  const renamed = canEdit && renamedRect ? renaming : null;
  useEffect(() => {
    if (renaming !== null && renamed === null) setRenaming(null);
  }, [renaming, renamed]);
  useKeepTypingInView(renamed, renamedRect, container);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      const selects: { id: string; selected: boolean }[] = [];
      const moved = new Map<string, Point>();
      const letGo = new Set<string>();
      for (const c of changes) {
        if (c.type === "select") selects.push(c);
        else if (c.type === "position" && c.position && c.dragging) moved.set(c.id, c.position);
        else if (c.type === "position" && c.dragging === false) letGo.add(c.id);
      }
      if (selects.length) afterSelect(store, applySelect(store.getState().ui.selection, selects, nodeKind));
      // A drag React Flow gives up (a second finger on a touch screen) ends with its cards let go but no drag stop:
      // they go back to their places, here and on the others' screens. A drag that ends is dropped right after.
      if (letGo.size) {
        setDragging((prev) => new Map([...prev].filter(([id]) => !letGo.has(id))));
        setLocalPresence(ownAwareness, { dragging: null });
      }
      if (moved.size) {
        setDragging((prev) => new Map([...prev, ...moved]));
        const held = draggedToPublish(moved, store.getState().ui.selection.cards);
        if (held) setLocalPresence(ownAwareness, { dragging: held });
      }
    },
    [ownAwareness, store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<PathEdge>[]) => {
      const selects = changes.filter((c) => c.type === "select");
      if (!selects.length) return;
      const next = applySelect(store.getState().ui.selection, selects, (id) => ["connections", id]);
      actions.select(next);
    },
    [actions, store],
  );

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: MapNode, dragged: MapNode[]) => {
      const s = store.getState();
      const cards = dragged
        .filter((n) => n.type === "card")
        .map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
      const drop = dropOf(s.journey, flow.grid, cards);
      s.actions.run((d) => applyDrop(d, drop));
      setDragging(new Map());
      setLocalPresence(ownAwareness, { dragging: null });
    },
    [flow.grid, ownAwareness, store],
  );

  // A drop near a card's dot reaches onConnect; a drop anywhere else on a card reaches onConnectEnd (cardDrop.ts) and
  // draws the path to that card. A path from a card to itself is refused by connect with its sentence either way.
  // The card a path is being drawn from: deleted by someone else meanwhile, it is named by the title it had (the
  // map no longer knows it, and its id means nothing to a person).
  const drawingFrom = useRef<{ id: string; title: string } | null>(null);
  const onConnectStart = useCallback(
    (_event: globalThis.MouseEvent | TouchEvent, { nodeId }: OnConnectStartParams) => {
      const card = store.getState().journey.cards.find((c) => c.id === nodeId);
      drawingFrom.current = card ? { id: card.id, title: card.title } : null;
    },
    [store],
  );
  const drawPath = useCallback(
    (from: string, to: string) => {
      const start = drawingFrom.current;
      drawingFrom.current = null;
      const gone = start && !store.getState().journey.cards.some((c) => c.id === start.id);
      if (gone && (start.id === from || start.id === to)) {
        actions.setError({ code: "key", key: "presence.pathFromDeleted", values: { title: start.title } });
        return;
      }
      actions.run((d) => connect(d, from, to));
    },
    [actions, store],
  );
  const onConnect = useCallback(
    (c: FlowConnection) => {
      if (c.source && c.target) drawPath(c.source, c.target);
    },
    [drawPath],
  );
  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const path = cardDrop(event, state);
      if (path) drawPath(path.from, path.to);
      drawingFrom.current = null;
    },
    [drawPath],
  );

  // Cells let clicks through to the pane (so boxes can be drawn over them); the click picks the cell.
  const onPaneClick = useCallback(
    (e: MouseEvent) => {
      const p = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const grid = flow.grid;
      const inside = p.x >= LANE_HEADER_W && p.y >= STAGE_HEADER_H && p.x < grid.width && p.y < grid.height;
      actions.setActiveCell(inside ? cellAt(store.getState().journey, grid, p.x, p.y) : null);
    },
    [actions, flow.grid, screenToFlowPosition, store],
  );
  // While boxes can be drawn (the select tool), React Flow reports a click on the pane for a mouse only: a finger's
  // tap on a cell or on empty space picks the cell and clears the selection, as a click does.
  const onTap = useCallback(
    (e: MouseEvent) => {
      if (tool !== "select" || (e.nativeEvent as PointerEvent).pointerType !== "touch") return;
      if (!(e.target instanceof Element) || !e.target.classList.contains("react-flow__pane")) return;
      onPaneClick(e);
      flowStore.getState().resetSelectedElements();
    },
    [tool, onPaneClick, flowStore],
  );

  // Where the mouse is on screen: a pan or zoom by wheel or keys moves the map under a resting mouse, and
  // others must then see my cursor over what it now points at. A scroll pan reports only its start and end.
  const pointer = useRef<Point | null>(null);
  const onMouseMove = useCallback(
    (e: MouseEvent) => {
      pointer.current = { x: e.clientX, y: e.clientY };
      setLocalPresence(ownAwareness, { cursor: screenToFlowPosition(pointer.current) });
    },
    [ownAwareness, screenToFlowPosition],
  );
  const onMouseLeave = useCallback(() => {
    pointer.current = null;
    setLocalPresence(ownAwareness, { cursor: null });
  }, [ownAwareness]);
  const onMove = useCallback(() => {
    if (pointer.current) setLocalPresence(ownAwareness, { cursor: screenToFlowPosition(pointer.current) });
  }, [ownAwareness, screenToFlowPosition]);

  // Cards, names and paths are read in the map's language (a German map in an English interface is read with
  // German pronunciation): one attribute on the element that holds them all, nothing per card. React Flow takes
  // no attributes for it, and its controls and spoken hints outside it stay in the interface's language.
  const mapLanguage = journey.language;
  useEffect(() => {
    const viewport = container.current?.querySelector(".react-flow__viewport");
    if (mapLanguage) viewport?.setAttribute("lang", mapLanguage);
    else viewport?.removeAttribute("lang");
  }, [mapLanguage]);

  return (
    <div
      ref={container}
      className="canvas"
      data-testid="canvas"
      data-fitted={settled}
      onMouseMove={onMouseMove}
      onMouseLeave={onMouseLeave}
      onClick={onTap}
    >
      <DetailContext.Provider value={detailed}>
        <PromotedContext.Provider value={far.leftOut}>
          <FarCardActionsContext.Provider value={far.actions}>
            <PeerPathColorsContext.Provider value={peerPathColors}>
              <RenamingHeaderContext.Provider value={renamingHeader}>
                <ReactFlow<MapNode, PathEdge>
                  nodes={nodes}
                  edges={edges}
                  nodeTypes={nodeTypes}
                  edgeTypes={edgeTypes}
                  onNodesChange={onNodesChange}
                  onEdgesChange={onEdgesChange}
                  onNodeDragStart={stopFollowing}
                  onNodeDragStop={onNodeDragStop}
                  onConnectStart={onConnectStart}
                  onConnect={onConnect}
                  onConnectEnd={onConnectEnd}
                  onPaneClick={onPaneClick}
                  onMoveStart={onMove}
                  onMove={onMove}
                  onMoveEnd={onMove}
                  onSelectionStart={far.onSelectionStart}
                  onSelectionEnd={far.onSelectionEnd}
                  nodesDraggable={canEdit}
                  nodesConnectable={canEdit}
                  edgesFocusable
                  elementsSelectable
                  onlyRenderVisibleElements
                  deleteKeyCode={null}
                  multiSelectionKeyCode={MULTI_SELECT_KEYS}
                  selectionKeyCode="Shift"
                  selectionOnDrag={tool === "select"}
                  panOnDrag={tool === "select" ? PAN_BUTTONS : true}
                  panOnScroll={tool === "select"}
                  // A double-click renames a stage or lane or edits a card title; d3-zoom would swallow it to zoom.
                  zoomOnDoubleClick={false}
                  minZoom={MIN_ZOOM}
                  maxZoom={MAX_ZOOM}
                  proOptions={PRO_OPTIONS}
                  ariaLabelConfig={ariaLabels}
                >
                  <HeaderRails stages={journey.stages} lanes={journey.lanes} grid={flow.grid} />
                  <ZoomControls fitViewOptions={FIT_VIEW_OPTIONS} onFitView={onFitButton} />
                  <Panel position="bottom-right" className="legend-panel">
                    <Legend visibility={hasVisibilityLine(journey.lanes)} />
                  </Panel>
                  <PeerTags places={tagPlaces} />
                  <PeerCursors awareness={ownAwareness} />
                </ReactFlow>
              </RenamingHeaderContext.Provider>
            </PeerPathColorsContext.Provider>
          </FarCardActionsContext.Provider>
        </PromotedContext.Provider>
      </DetailContext.Provider>
      <FollowBar awareness={ownAwareness} />
    </div>
  );
}
