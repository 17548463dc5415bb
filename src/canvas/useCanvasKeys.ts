// Keyboard shortcuts of the editor: delete, undo/redo, duplicate, arrow movement (the focus follows the
// selected card, stage, lane or path: each kind is one Tab stop, see tabStops.ts), Alt+arrow to move a card (see
// keyboardMove.ts), Enter or F2 to edit a card's title or rename a header, C to open the comment thread of a card or
// header, N to add a card to the active cell.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { deleteSelection, duplicateCards, moveCards, updateCard } from "../doc/ops";
import { addCardInActiveCell } from "../features/toolbar/addCardInActiveCell";
import { isEmptySelection, useMapStoreApi } from "../store";
import type { Journey } from "../doc";
import { cellKey, computeGrid, type Grid } from "./layout";
import { focusedTarget, neighbourCard, neighbourIn, type Direction } from "./keyboard";
import { cardStep } from "./keyboardMove";
import { openNewestThread } from "./nodes/CommentBadge";
import { startRenaming } from "./nodes/InlineName";
import { laneNodeId, stageNodeId } from "./toFlow";

const ARROWS: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Keys that act on the map: pressed on the map itself or with nothing focused, not in a menu, tab list or panel. */
function onMap(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return target === document.body || target.closest(".react-flow") !== null;
}

/**
 * Moves the keyboard focus to a node (or, with `edge`, a path) once it is drawn (after the map has scrolled to
 * it), so a screen reader reads what the arrow keys picked. A newer request replaces an older one.
 */
function focusCardNode(id: string, wanted: { id: string | null }, kind: "node" | "edge" = "node"): void {
  wanted.id = id;
  let frames = 60;
  const attempt = () => {
    if (wanted.id !== id) return;
    const node = [...document.querySelectorAll<HTMLElement | SVGElement>(`.react-flow__${kind}`)].find(
      (n) => n.dataset["id"] === id,
    );
    if (node) {
      wanted.id = null;
      if (document.activeElement !== node) node.focus({ preventScroll: true });
    } else if (--frames > 0) requestAnimationFrame(attempt);
    else wanted.id = null;
  };
  attempt();
}

/** Where the keyboard goes when the card it was on is deleted: a card left in its cell (the next, else the one before). */
function stayAfterDelete(
  journey: Journey,
  grid: Grid,
  cardId: string,
  deleted: ReadonlySet<string>,
): { cell: { stageId: string; laneId: string }; card?: string } | null {
  const card = journey.cards.find((c) => c.id === cardId);
  if (!card) return null;
  const cell = { stageId: card.stageId, laneId: card.laneId };
  const list = grid.cells.get(cellKey(card.stageId, card.laneId)) ?? [];
  const at = list.findIndex((c) => c.id === cardId);
  const left = (c: { id: string } | undefined) => c !== undefined && !deleted.has(c.id);
  const next = list.slice(at + 1).find(left) ?? list.slice(0, Math.max(0, at)).reverse().find(left);
  return next ? { cell, card: next.id } : { cell };
}

/**
 * Where the keyboard goes when the stage or lane header it was on (or its ✕, or the question the ✕ asked) is deleted,
 * by my Delete or ✕ or by a colleague: the next header of its kind, else the one before, else the first header of the
 * other kind; the node id, or null while the header is still there.
 */
function headerAfterDelete(before: Journey, after: Journey, kind: "stage" | "lane", id: string): string | null {
  const list = (j: Journey) => (kind === "stage" ? j.stages : j.lanes);
  const left = new Set(list(after).map((x) => x.id));
  if (left.has(id)) return null;
  const was = list(before);
  const at = was.findIndex((x) => x.id === id);
  if (at < 0) return null;
  const stays = (x: { id: string } | undefined) => x !== undefined && left.has(x.id);
  const next = was.slice(at + 1).find(stays) ?? was.slice(0, at).reverse().find(stays);
  if (next) return kind === "stage" ? stageNodeId(next.id) : laneNodeId(next.id);
  const other = kind === "stage" ? after.lanes[0] : after.stages[0];
  if (!other) return null;
  return kind === "stage" ? laneNodeId(other.id) : stageNodeId(other.id);
}

/** Moves the keyboard to a cell's "+" once it is drawn (it is a Tab stop once its cell is the active one). */
function focusCellAdd(cell: { stageId: string; laneId: string }): void {
  let frames = 30;
  const attempt = () => {
    const add = document.querySelector<HTMLElement>(`[data-testid="cell-${cell.stageId}-${cell.laneId}"] .cell-add`);
    if (add) add.focus({ preventScroll: true });
    else if (--frames > 0) requestAnimationFrame(attempt);
  };
  attempt();
}

/** Moves the keyboard to the thread the comments panel shows once it is drawn, so its words are read next. */
function focusOpenThread(): void {
  let frames = 30;
  const attempt = () => {
    const first = document.querySelector<HTMLElement>("section.thread button");
    if (first) first.focus();
    else if (--frames > 0) requestAnimationFrame(attempt);
  };
  attempt();
}

export function useCanvasKeys(): void {
  const store = useMapStoreApi();
  const { t } = useTranslation();
  const deleteHint = t("canvas.deleteFullHint");
  useEffect(() => {
    const wanted: { id: string | null } = { id: null };
    // Capture phase: the arrows move the selection, so React Flow must not also "move" the focused node (it
    // would announce a new position that the map never takes).
    const onArrow = (e: KeyboardEvent) => {
      const dir = ARROWS[e.key];
      if (!dir || e.ctrlKey || e.metaKey || typingInto(e.target) || !onMap(e.target)) return;
      const s = store.getState();
      if (e.altKey) {
        // Alt+arrow moves the focused (else the one selected) card: the keyboard's drag. Never the browser's Back.
        const on = e.target instanceof Element ? e.target : null;
        const only = s.ui.selection.cards.length === 1 ? s.ui.selection.cards[0] : undefined;
        const id = on?.closest<HTMLElement>(".react-flow__node-card")?.dataset["id"] ?? only;
        if (!id || !s.canEdit) return;
        e.preventDefault();
        e.stopPropagation();
        const step = cardStep(s.journey, computeGrid(s.journey), id, dir);
        if (!step) return;
        const done = s.actions.run((doc) => {
          if (step.kind === "emotion") updateCard(doc, id, { emotion: step.emotion });
          else moveCards(doc, [{ id, stageId: step.stageId, laneId: step.laneId, index: step.index }]);
          return true;
        });
        if (!done) return;
        s.actions.focusTarget({ kind: "card", id });
        const card = store.getState().journey.cards.find((c) => c.id === id);
        if (card) s.actions.setActiveCell({ stageId: card.stageId, laneId: card.laneId });
        focusCardNode(id, wanted);
        return;
      }
      // On a stage header, left and right go to the next stage; on a lane header, up and down to the next lane;
      // on a path, to the next or previous path. The active cell follows the headers, so its "+" can be reached.
      const on = e.target instanceof Element ? e.target : null;
      const across = dir === "left" || dir === "right";
      const forward = dir === "right" || dir === "down";
      const kind = on?.closest(".react-flow__node-stageHeader")
        ? "stage"
        : on?.closest(".react-flow__node-laneHeader")
          ? "lane"
          : on?.closest(".react-flow__edge")
            ? "connection"
            : null;
      if (kind) {
        e.preventDefault();
        e.stopPropagation();
        if ((kind === "stage" && !across) || (kind === "lane" && across)) return;
        const list = kind === "stage" ? s.journey.stages : kind === "lane" ? s.journey.lanes : s.journey.connections;
        const selected =
          kind === "stage"
            ? s.ui.selection.stages
            : kind === "lane"
              ? s.ui.selection.lanes
              : s.ui.selection.connections;
        const nodeId = (on?.closest<HTMLElement | SVGElement>("[data-id]")?.dataset["id"] ?? "").replace(
          /^(stage|lane):/,
          "",
        );
        const next = neighbourIn(list, nodeId || (selected[selected.length - 1] ?? ""), forward);
        if (!next) return;
        s.actions.focusTarget({ kind, id: next });
        const cell = s.ui.activeCell;
        if (kind === "stage") {
          const laneId = cell?.laneId ?? s.journey.lanes[0]?.id;
          if (laneId) s.actions.setActiveCell({ stageId: next, laneId });
          focusCardNode(stageNodeId(next), wanted);
        } else if (kind === "lane") {
          const stageId = cell?.stageId ?? s.journey.stages[0]?.id;
          if (stageId) s.actions.setActiveCell({ stageId, laneId: next });
          focusCardNode(laneNodeId(next), wanted);
        } else focusCardNode(next, wanted, "edge");
        return;
      }
      // From the card the last arrow picked while the view still brings it in (keys pressed faster than the map
      // scrolls, or held down, each count), else the focused card (Tab may have landed on one in view while the
      // selected one is not), else the selected.
      const focusedCard = on?.closest<HTMLElement>(".react-flow__node-card")?.dataset["id"];
      const selectedCard = s.ui.selection.cards[s.ui.selection.cards.length - 1];
      // Still the selection: a click on another card since then goes on from there.
      const pending = wanted.id !== null && wanted.id === selectedCard ? wanted.id : undefined;
      const current = pending ?? focusedCard ?? selectedCard;
      const next = neighbourCard(s.journey, computeGrid(s.journey), current, dir);
      if (!next) return;
      e.preventDefault();
      e.stopPropagation();
      s.actions.focusTarget({ kind: "card", id: next });
      const card = s.journey.cards.find((c) => c.id === next);
      if (card) s.actions.setActiveCell({ stageId: card.stageId, laneId: card.laneId });
      focusCardNode(next, wanted);
    };
    // Capture phase too: React Flow blurs the node or path that Escape unselects, which drops the keyboard to the
    // top of the page. Escape on a focused card, header or path clears the selection and the focus stays there.
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.altKey || e.ctrlKey || e.metaKey) return;
      const on = e.target instanceof Element ? e.target : null;
      if (!on?.matches(".react-flow__node, .react-flow__edge")) return;
      e.stopPropagation();
      const s = store.getState();
      s.actions.editCardTitle(null);
      s.actions.clearSelection();
    };
    const onKey = (e: KeyboardEvent) => {
      if (typingInto(e.target) || e.altKey) return;
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === "z") {
        e.preventDefault();
        if (e.shiftKey) s.actions.redo();
        else s.actions.undo();
        return;
      }
      if (mod && key === "y") {
        e.preventDefault();
        s.actions.redo();
        return;
      }
      if (mod && key === "d") {
        e.preventDefault();
        const ids = s.ui.selection.cards;
        if (s.canEdit && ids.length) {
          const copies = s.actions.run((doc) => duplicateCards(doc, ids));
          if (copies) s.actions.select({ cards: copies });
        }
        return;
      }
      if (mod) return;
      if (e.key === "Escape") {
        s.actions.editCardTitle(null);
        s.actions.clearSelection();
        return;
      }
      // Enter, Delete and N act on the map only: on a button elsewhere, Enter must press that button.
      if (!onMap(e.target)) return;
      if (e.key === "Delete" || e.key === "Backspace") {
        if (!s.canEdit || isEmptySelection(s.ui.selection)) return;
        e.preventDefault();
        // A stage or lane that holds cards is deleted only through its header, which asks first.
        const { cards } = s.journey;
        const full = {
          stages: s.ui.selection.stages.filter((id) => cards.some((c) => c.stageId === id)),
          lanes: s.ui.selection.lanes.filter((id) => cards.some((c) => c.laneId === id)),
        };
        const selection = {
          ...s.ui.selection,
          stages: s.ui.selection.stages.filter((id) => !full.stages.includes(id)),
          lanes: s.ui.selection.lanes.filter((id) => !full.lanes.includes(id)),
        };
        // The keyboard stays on the map: a deleted card that had it hands it to a card left in its cell, else to the
        // cell's "+" (with the focus gone, the next key would start from the top of the page).
        const focusedCard = focusedTarget(e.target);
        const deleted = new Set(selection.cards);
        const handOver =
          focusedCard?.kind === "card" && deleted.has(focusedCard.id)
            ? stayAfterDelete(s.journey, computeGrid(s.journey), focusedCard.id, deleted)
            : null;
        if (!isEmptySelection(selection)) s.actions.run((doc) => deleteSelection(doc, selection));
        if (full.stages.length || full.lanes.length) {
          s.actions.select({ stages: full.stages, lanes: full.lanes });
          s.actions.setError(deleteHint);
        } else s.actions.clearSelection();
        if (handOver && !store.getState().journey.cards.some((c) => c.id === focusedCard?.id)) {
          s.actions.setActiveCell(handOver.cell);
          if (handOver.card) focusCardNode(handOver.card, wanted);
          else focusCellAdd(handOver.cell);
        }
        return;
      }
      if (e.key.toLowerCase() === "n" && !e.shiftKey && s.canEdit) {
        e.preventDefault();
        // On a stage or lane header, N adds in that stage or lane (in the active cell's lane or stage, else the
        // first), as the arrow keys there pick the cell: a blank map has no card to pick a cell by.
        const header = focusedTarget(e.target);
        if (header && header.kind !== "card") {
          const cell = s.ui.activeCell;
          const stageId = header.kind === "stage" ? header.id : (cell?.stageId ?? s.journey.stages[0]?.id);
          const laneId = header.kind === "lane" ? header.id : (cell?.laneId ?? s.journey.lanes[0]?.id);
          if (stageId && laneId) s.actions.setActiveCell({ stageId, laneId });
        }
        addCardInActiveCell(store, t);
        return;
      }
      const focused = focusedTarget(e.target);
      if (e.key.toLowerCase() === "c" && !e.shiftKey) {
        // The comment badges are not Tab stops: their card or header is, and C there opens the newest open thread.
        const last = (list: readonly string[]) => list[list.length - 1];
        const { cards, stages, lanes } = s.ui.selection;
        const id = focused?.id ?? last(cards) ?? last(stages) ?? last(lanes);
        if (id !== undefined && openNewestThread(store, id)) {
          e.preventDefault();
          focusOpenThread();
        }
        return;
      }
      // A button in the map (a header's ◀ ▶ ✕, a badge, a cell's +) presses itself on Enter; nothing else happens.
      if ((e.key === "Enter" || e.key === "F2") && s.canEdit && !(e.target instanceof HTMLButtonElement)) {
        // On a focused header, its name becomes a field.
        if (focused && focused.kind !== "card" && e.target === focused.node) {
          if (startRenaming(focused.node)) e.preventDefault();
          return;
        }
        const only = s.ui.selection.cards.length === 1 ? s.ui.selection.cards[0] : undefined;
        const card = focused?.kind === "card" ? focused.id : only;
        if (card) {
          e.preventDefault();
          s.actions.editCardTitle(card);
        }
      }
    };
    // The card the keyboard is on deleted by someone else (a colleague, or my own undo of its adding): the keyboard
    // goes where my own Delete would send it, instead of falling to the top of the page. Read as the change lands,
    // while the card's node still holds the focus; handed over once the node is gone.
    const unfollow = store.subscribe((s, prev) => {
      if (s.journey === prev.journey) return;
      const focused = focusedTarget(document.activeElement);
      if (focused && focused.kind !== "card") {
        const header = headerAfterDelete(prev.journey, s.journey, focused.kind, focused.id);
        if (header)
          requestAnimationFrame(() => {
            const active = document.activeElement;
            if (active === null || active === document.body || !active.isConnected) focusCardNode(header, wanted);
          });
        return;
      }
      if (focused?.kind !== "card" || s.journey.cards.some((c) => c.id === focused.id)) return;
      const left = new Set(s.journey.cards.map((c) => c.id));
      const deleted = new Set(prev.journey.cards.filter((c) => !left.has(c.id)).map((c) => c.id));
      const handOver = stayAfterDelete(prev.journey, computeGrid(prev.journey), focused.id, deleted);
      if (!handOver) return;
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active !== null && active !== document.body && active.isConnected) return;
        const now = store.getState();
        if (handOver.card && now.journey.cards.some((c) => c.id === handOver.card)) {
          focusCardNode(handOver.card, wanted);
          return;
        }
        if (!now.journey.lanes.some((l) => l.id === handOver.cell.laneId)) return;
        // A page that may add cards goes to the cell's "+"; one that may not has none, and goes to the lane's header.
        if (now.canEdit) {
          now.actions.setActiveCell(handOver.cell);
          focusCellAdd(handOver.cell);
        } else focusCardNode(laneNodeId(handOver.cell.laneId), wanted);
      });
    });
    document.addEventListener("keydown", onArrow, true);
    document.addEventListener("keydown", onEscape, true);
    document.addEventListener("keydown", onKey);
    return () => {
      unfollow();
      wanted.id = null;
      document.removeEventListener("keydown", onArrow, true);
      document.removeEventListener("keydown", onEscape, true);
      document.removeEventListener("keydown", onKey);
    };
  }, [store, deleteHint, t]);
}
