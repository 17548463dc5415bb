// The zustand store of one open map: document snapshots, role, undo state and the ui slice.
// Views read snapshots from here and change the map only through `run(op)`, never the doc itself.
import type * as Y from "yjs";
import { createStore, type StoreApi } from "zustand/vanilla";
import { immer } from "zustand/middleware/immer";
import {
  OpError,
  createUndoManager,
  redoLatest,
  undoLatest,
  type StepOutcome,
  type Comment,
  type Journey,
  type Role,
} from "../doc";
import { rehomeOrphanCards, renumberAutoNames } from "../doc/ops";
import { bindDoc } from "./bind";
import { errorMessageOf, errorText, messageSentence, type ErrorMessage } from "./errorText";
import { recordsOfKind, type KeptText, type NewKeptText } from "./keptTexts";
import { EMPTY_SELECTION, selectionOf, selectionWithin, type SelectionState, type TargetKind } from "./selection";

export type Panel = "inspector" | "journey" | "comments" | "checks";
export type Tool = "select" | "pan";

export interface FocusRequest {
  kind: TargetKind;
  id?: string;
  /** Grows with every request, so asking twice for the same target centres twice. */
  nonce: number;
}

export interface UiState {
  selection: SelectionState;
  focusRequest: FocusRequest | null;
  tool: Tool;
  panel: Panel;
  /** The side panel folded away for a bigger canvas; opening a panel (a thread, a finding, the journey) unfolds it. */
  panelHidden: boolean;
  /** The card whose title is being edited in place. */
  editingCardId: string | null;
  /** The cell new cards go into from the toolbar: the last cell clicked or the selected card's cell. */
  activeCell: { stageId: string; laneId: string } | null;
  /** The last error sentence of an action, shown until dismissed or the next success. */
  error: string | null;
  /** The same error as a code and values, so the banner says it again after a language switch; null for a sentence. */
  errorMessage: ErrorMessage | null;
  /** The comment thread shown in the comments panel; null shows the list of threads. */
  openThreadId: string | null;
  /** Texts being typed into cards that were deleted meanwhile, kept until copied, put back or let go. */
  keptTexts: KeptText[];
}

export interface MapActions {
  /** Runs an op (src/doc/ops) on the map document; an OpError becomes `ui.error` and changes nothing. */
  run<T>(op: (doc: Y.Doc) => T): T | undefined;
  /**
   * Selects; with `shown`, also makes that cell the active one and shows the inspector in place of the journey
   * panel, in the same update (a click on a card: one update, so every view's selector runs once, not three times).
   */
  select(selection: Partial<SelectionState>, shown?: { activeCell: { stageId: string; laneId: string } }): void;
  clearSelection(): void;
  /** Selects the target, opens the matching panel and asks the canvas to centre it. */
  focusTarget(target: { kind: TargetKind; id?: string }): void;
  setPanel(panel: Panel): void;
  setPanelHidden(hidden: boolean): void;
  setTool(tool: Tool): void;
  editCardTitle(cardId: string | null): void;
  setActiveCell(cell: { stageId: string; laneId: string } | null): void;
  /** Shows a sentence, or a message the banner says again in the language switched to; null hides it. */
  setError(error: string | ErrorMessage | null): void;
  /** Shows a comment thread in the comments panel (and opens that panel); null goes back to the list. */
  openThread(commentId: string | null): void;
  /**
   * A field went away holding a typed text it did not save: when its card, stage, lane or connection is gone from
   * the map (deleted meanwhile), the text is kept and shown until dropped (src/store/keptTexts.ts makes `kept`).
   * A text a colleague's change at the same moment won over (`kept.lostTo`) is kept with its record still there.
   */
  keepIfDeleted(kept: NewKeptText): void;
  /** Lets a kept text go (copied, put back, or dismissed by its writer). */
  dropKeptText(id: number): void;
  /** The link was rotated or the map is gone: the page becomes read-only and writes nothing more. */
  loseAccess(): void;
  undo(): void;
  redo(): void;
}

export interface MapState {
  /** The map's id and this page's token, for HTTP API calls (comments); null outside a live session. */
  mapId: string | null;
  token: string | null;
  doc: Y.Doc;
  commentsDoc: Y.Doc | null;
  /**
   * True once the comments document holds every comment the server has (false after `timeoutMs` or when no answer
   * can come); null outside a live session, where the comments document is all there is.
   */
  commentsSynced: ((timeoutMs: number) => Promise<boolean>) | null;
  role: Role;
  canEdit: boolean;
  canComment: boolean;
  journey: Journey;
  /**
   * The snapshot the outside-in checks speak about: `journey` itself, except right after a whole map
   * arrived in one change (opening it, an import), when the checks follow once the map is drawn.
   */
  checked: Journey;
  /**
   * The map shown is the server's snapshot of a map still on its way (src/doc/snapshotMessage.ts): drawn, not yet
   * editable; the document's reading replaces it once the document has synced.
   */
  opening: boolean;
  comments: Comment[];
  canUndo: boolean;
  canRedo: boolean;
  ui: UiState;
  actions: MapActions;
}

export type MapStore = StoreApi<MapState> & { destroy(): void };

/** The server's snapshot of the map while its document is on its way (a live session's, src/sync/session.ts). */
export interface MapPreview {
  /** The snapshot, until the document has synced or cannot come any more; null otherwise. */
  journey(): Journey | null;
  /** Calls back when a snapshot arrives or ends. */
  subscribe(cb: () => void): () => void;
}

export interface CreateMapStoreOptions {
  doc: Y.Doc;
  commentsDoc?: Y.Doc | null;
  role: Role;
  mapId?: string;
  token?: string;
  preview?: MapPreview;
  /** A live session's comments answer (src/sync/session.ts). */
  commentsSynced?: (timeoutMs: number) => Promise<boolean>;
  /**
   * Told of each save refused because this page lost its access (it could edit before), with the state it was
   * refused in: what the save would have written can be kept (src/app/keepRefused.ts). The map stays as it is.
   */
  onRefusedAfterLoss?: (op: (doc: Y.Doc) => unknown, state: MapState) => void;
}

/**
 * Cards one change may add before its checks wait for the next paint. Checking a map of 2,000 cards the
 * first time takes tens of milliseconds that would otherwise delay its first picture; edits are checked
 * at once (the checks reuse what they found for unchanged texts, a few milliseconds).
 */
export const CHECK_AFTER_PAINT_CARDS = 200;

/** The sentences of a dropped undo or redo step. */
const OVERWRITTEN: ReadonlySet<string> = new Set(["toolbar.undoOverwritten", "toolbar.redoOverwritten"]);

/** Runs `fn` once the browser has painted the next frame (soon, outside a browser). */
function afterPaint(fn: () => void): void {
  const later = (): void => void setTimeout(fn, 0);
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(later);
  else later();
}

/**
 * What is checked first. A map that is already whole when the store is made (it arrived before the editor
 * mounted) is checked after its first paint, like one that arrives whole later; until then it counts as
 * empty, as it did before it arrived.
 */
function initiallyChecked(journey: Journey): Journey {
  if (journey.cards.length < CHECK_AFTER_PAINT_CARDS) return journey;
  return { ...journey, stages: [], lanes: [], cards: [], connections: [] };
}

export function createMapStore({
  doc,
  commentsDoc = null,
  role,
  mapId,
  token,
  preview,
  commentsSynced,
  onRefusedAfterLoss,
}: CreateMapStoreOptions): MapStore {
  const undoManager = createUndoManager(doc);
  let nonce = 0;
  let unbind = (): void => {};
  let follow = (): void => {};
  let destroyed = false;
  const store = createStore<MapState>()(
    immer((set) => {
      // The checks of a map that arrived whole follow once it is drawn; those of the server's snapshot once its
      // document has synced, as reading that document is what makes the map editable.
      const checkLater = (): void =>
        afterPaint(() => {
          if (!destroyed && !store.getState().opening) set({ checked: store.getState().journey });
        });
      const bound = bindDoc(doc, commentsDoc, ({ journey, comments }) => {
        if (comments) set({ comments });
        if (!journey) return;
        // A card, path, stage or lane a peer deleted leaves the selection (and the title editor) here too.
        const { selection, editingCardId } = store.getState().ui;
        const within = selectionWithin(selection, journey);
        const editingGone = editingCardId !== null && !journey.cards.some((c) => c.id === editingCardId);
        if (within !== selection || editingGone) {
          set((s) => {
            s.ui.selection = within;
            if (editingGone) s.ui.editingCardId = null;
          });
        }
        if (journey.cards.length - store.getState().checked.cards.length < CHECK_AFTER_PAINT_CARDS) {
          set({ journey, checked: journey });
          return;
        }
        set({ journey });
        checkLater();
      });
      unbind = bound.unbind;
      // A snapshot is shown while the document is on its way, and replaced by the document's reading after.
      follow = (): void => {
        const shown = preview?.journey() ?? null;
        if (shown !== null && !store.getState().opening) {
          if (bound.hold(shown)) set({ opening: true });
        } else if (shown === null && store.getState().opening) {
          set({ opening: false });
          bound.release();
          if (store.getState().checked !== store.getState().journey) checkLater();
        }
      };
      if (bound.initial.journey.cards.length >= CHECK_AFTER_PAINT_CARDS) checkLater();
      const canEdit = role === "owner" || role === "editor";
      /** This page could edit until loseAccess (a rotated link, a replaced or deleted map). */
      let accessLost = false;
      const actions: MapActions = {
        run(op) {
          if (store.getState().opening) {
            set((s) => {
              s.ui.errorMessage = { code: "opening" };
              s.ui.error = messageSentence(s.ui.errorMessage);
            });
            return undefined;
          }
          if (!store.getState().canEdit) {
            if (accessLost) onRefusedAfterLoss?.(op, store.getState());
            // An editor's page that lost its access is told so, not that it may only look.
            const message: ErrorMessage = { code: accessLost ? "accessLost" : "readOnly" };
            set((s) => {
              s.ui.error = messageSentence(message);
              s.ui.errorMessage = message;
            });
            return undefined;
          }
          try {
            // Each command is its own undo step: Yjs would otherwise merge changes less than 500 ms apart, and a
            // quick Ctrl+Z after adding a measurement point took the card it was added to along with it.
            undoManager.stopCapturing();
            const result = op(doc);
            set((s) => {
              s.ui.error = null;
              s.ui.errorMessage = null;
            });
            return result;
          } catch (error) {
            if (!(error instanceof OpError) && !(error instanceof Error)) throw error;
            set((s) => {
              s.ui.error = errorText(error);
              s.ui.errorMessage = errorMessageOf(error);
            });
            return undefined;
          }
        },
        select(selection, shown) {
          set((s) => {
            s.ui.selection = { ...EMPTY_SELECTION, ...selection };
            if (!shown) return;
            const cell = shown.activeCell;
            const active = s.ui.activeCell;
            if (active?.stageId !== cell.stageId || active.laneId !== cell.laneId) s.ui.activeCell = cell;
            if (s.ui.panel === "journey") {
              s.ui.panel = "inspector";
              s.ui.panelHidden = false;
            }
          });
        },
        clearSelection() {
          set((s) => {
            s.ui.selection = { ...EMPTY_SELECTION };
          });
        },
        focusTarget(target) {
          nonce += 1;
          set((s) => {
            s.ui.selection = selectionOf(target.kind, target.id);
            s.ui.focusRequest = target.id === undefined ? { kind: target.kind, nonce } : { ...target, nonce };
            if (target.kind === "map") s.ui.panel = "journey";
            else if (s.ui.panel === "journey") s.ui.panel = "inspector";
            s.ui.panelHidden = false;
          });
        },
        setPanel(panel) {
          set((s) => {
            s.ui.panel = panel;
            s.ui.panelHidden = false;
          });
        },
        setPanelHidden(hidden) {
          set((s) => {
            s.ui.panelHidden = hidden;
          });
        },
        setTool(tool) {
          set((s) => {
            s.ui.tool = tool;
          });
        },
        editCardTitle(cardId) {
          set((s) => {
            s.ui.editingCardId = s.canEdit ? cardId : null;
          });
        },
        setActiveCell(cell) {
          set((s) => {
            s.ui.activeCell = cell;
          });
        },
        setError(error) {
          set((s) => {
            s.ui.error = typeof error === "object" && error !== null ? messageSentence(error) : error;
            s.ui.errorMessage = typeof error === "object" ? error : null;
          });
        },
        openThread(commentId) {
          set((s) => {
            s.ui.openThreadId = commentId;
            if (commentId !== null) {
              s.ui.panel = "comments";
              s.ui.panelHidden = false;
            }
          });
        },
        keepIfDeleted(kept) {
          const { journey } = store.getState();
          const records = recordsOfKind(journey, kept.putBack.kind);
          // A text of mine that a colleague's change at the same moment replaced is kept with its record still there.
          if (kept.text.trim() === "" || (!kept.lostTo && records.some((r) => r.id === kept.targetId))) return;
          nonce += 1;
          const id = nonce;
          set((s) => {
            s.ui.keptTexts.push({ ...kept, id });
          });
        },
        dropKeptText(id) {
          set((s) => {
            s.ui.keptTexts = s.ui.keptTexts.filter((k) => k.id !== id);
          });
        },
        loseAccess() {
          accessLost = store.getState().canEdit;
          set((s) => {
            s.canEdit = false;
            s.canComment = false;
            // A title being typed stays open with its text: saving it is refused with the access-lost sentence and
            // the text stays in the field to copy, instead of vanishing with the field (nothing typed is lost).
          });
        },
        undo() {
          if (store.getState().canEdit) step(undoLatest(undoManager, commentsDoc), "toolbar.undoOverwritten");
        },
        redo() {
          if (store.getState().canEdit) step(redoLatest(undoManager, commentsDoc), "toolbar.redoOverwritten");
        },
      };
      return {
        mapId: mapId ?? null,
        token: token ?? null,
        doc,
        commentsDoc,
        commentsSynced: commentsSynced ?? null,
        role,
        canEdit,
        canComment: role !== "viewer",
        journey: bound.initial.journey,
        checked: initiallyChecked(bound.initial.journey),
        opening: false,
        comments: bound.initial.comments,
        canUndo: false,
        canRedo: false,
        ui: {
          selection: { ...EMPTY_SELECTION },
          focusRequest: null,
          tool: "select",
          panel: "inspector",
          panelHidden: false,
          editingCardId: null,
          activeCell: null,
          error: null,
          errorMessage: null,
          openThreadId: null,
          keptTexts: [],
        },
        actions,
      };
    }),
  );
  // One press takes back (or redoes) the latest step only; a step someone else has overtaken is dropped and said.
  const step = (outcome: StepOutcome, overwritten: string): void => {
    syncUndo();
    const { actions, ui } = store.getState();
    if (outcome === "overwritten") actions.setError({ code: "key", key: overwritten });
    // The next step that works takes the sentence about the dropped one away.
    else if (outcome === "done" && ui.errorMessage?.code === "key" && OVERWRITTEN.has(ui.errorMessage.key)) {
      actions.setError(null);
    }
  };
  const syncUndo = (): void => {
    const canUndo = undoManager.canUndo();
    const canRedo = undoManager.canRedo();
    const s = store.getState();
    if (s.canUndo !== canUndo || s.canRedo !== canRedo) store.setState({ canUndo, canRedo });
  };
  undoManager.on("stack-item-added", syncUndo);
  undoManager.on("stack-item-popped", syncUndo);
  undoManager.on("stack-cleared", syncUndo);
  // A remote change can leave a card without its stage or lane (deleted concurrently), and so can my undo or
  // redo, which brings back a card whose stage or lane a peer deleted meanwhile; an editor's page gives such
  // cards a home right after, so they never silently vanish. Two stages or lanes added at the same moment with the
  // same name meet the same way: the later one takes the next number (renumberAutoNames).
  const rehome = (transaction: Y.Transaction): void => {
    const mayOrphan = !transaction.local || transaction.origin === undoManager;
    if (store.getState().canEdit && mayOrphan)
      queueMicrotask(() => {
        rehomeOrphanCards(doc);
        renumberAutoNames(doc);
      });
  };
  doc.on("afterTransaction", rehome);
  const unfollow = preview?.subscribe(follow) ?? ((): void => {});
  follow();
  return Object.assign(store, {
    destroy() {
      destroyed = true;
      unfollow();
      unbind();
      doc.off("afterTransaction", rehome);
      undoManager.destroy();
    },
  });
}
