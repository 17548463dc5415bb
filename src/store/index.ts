// The store of an open map.
//
// Create: `createMapStore({ doc, commentsDoc?, role, mapId?, token?, preview?, commentsSynced?, onRefusedAfterLoss? }): MapStore`
// (call `store.destroy()` when done), provide with `<MapStoreProvider store={store}>`. `preview`: the server's snapshot of
// a map on its way, shown (state `opening`: true, `run` refused) until the document has synced. `onRefusedAfterLoss`:
// told of each save refused after `loseAccess()`, with the op and the state (src/app/keepRefused.ts keeps its texts).
// Read: `useMapStore(selector)` — state: `journey: Journey` (snapshot, structurally shared),
// `comments: Comment[]`, `role`, `canEdit`, `canComment`, `canUndo`, `canRedo`, `doc`, `commentsDoc`, `commentsSynced`,
// `mapId`, `token` (for HTTP API calls such as comments; null outside a live session),
// `ui: { selection: { cards, connections, stages, lanes }, focusRequest, tool, panel, panelHidden, editingCardId,
// activeCell, error, errorMessage, openThreadId, keptTexts }` (errorMessage: the error as a code and values that `messageText`
// words in any language; openThreadId: the comment thread shown in the comments panel, or null),
// `actions`. Hooks: `useJourney()`, `useActions()`, `useCard(id)`, `useSelectedCardIds()`, `useShallow`.
// Actions (`s.actions`): `run(op)` runs a src/doc op on the doc (OpError -> ui.error), `select(partial)`,
// `clearSelection()`, `focusTarget({ kind: "card"|"connection"|"stage"|"lane"|"map", id? })` selects and
// centres it on the canvas, `setPanel("inspector"|"journey"|"comments"|"checks")` (unfolds the panel, as focusTarget and
// openThread do), `setPanelHidden(boolean)`, `setTool`,
// `editCardTitle(id|null)`, `setActiveCell(cell|null)`, `setError(sentence|message|null)`, `loseAccess()` (read-only from
// then on), `keepIfDeleted(kept)` / `dropKeptText(id)` (text typed into a card deleted meanwhile, src/store/keptTexts.ts), `openThread(commentId|null)` (shows that thread in the comments panel), `undo()`, `redo()`.
// Checks: `useFindings()`, `useFindingsFor(targetId)`, `useJourneyHealth()`, `findingsOf(journey)` — one
// runChecks per journey snapshot and interface language (the map's before i18next starts); the hooks read state `checked`, which is `journey`
// except after a change that adds CHECK_AFTER_PAINT_CARDS cards or more (a map arriving): it follows after the next paint.
export {
  createMapStore,
  CHECK_AFTER_PAINT_CARDS,
  type MapStore,
  type CreateMapStoreOptions,
  type MapPreview,
  type MapState,
  type MapActions,
  type UiState,
  type Panel,
  type Tool,
  type FocusRequest,
} from "./store";
export { MapStoreProvider, useMapStore, useMapStoreApi } from "./context";
export { useJourney, useActions, useCard, useSelectedCardIds, selectJourney } from "./hooks";
export {
  EMPTY_SELECTION,
  selectionOf,
  isEmptySelection,
  sameSelection,
  type SelectionState,
  type TargetKind,
} from "./selection";
export { bindDoc, type Snapshots } from "./bind";
export { shareJourney, shareList, deepEqual } from "./share";
export { findingsOf, useFindings, useFindingsFor, useJourneyHealth, type MapFindings } from "./findings";
export { messageText, type ErrorMessage } from "./errorText";
export {
  KEPT_FIELD_LABELS,
  keptCardText,
  keptLaneText,
  keptStageText,
  type KeptCardField,
  type KeptField,
  type KeptText,
  type NewKeptText,
  type PutBack,
} from "./keptTexts";
export { useShallow } from "zustand/react/shallow";
