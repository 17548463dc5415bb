// Adds a card to the active cell and opens its title for typing: the toolbar's Add card and the N key.
import type { TFunction } from "i18next";
import { addCard } from "../../doc/ops";
import type { MapStore } from "../../store";
import { inMapLanguage } from "./contentLanguage";

/** The new card's id; undefined (with a sentence in the error banner) when no cell is active or it failed. */
export function addCardInActiveCell(store: MapStore, t: TFunction): string | undefined {
  const s = store.getState();
  const cell = s.ui.activeCell;
  if (!cell) {
    s.actions.setError({ code: "key", key: "toolbar.pickCellOrCard" });
    return undefined;
  }
  const kind = s.journey.lanes.find((l) => l.id === cell.laneId)?.kind;
  const extra = kind === "emotions" ? { emotion: 0 as const } : {};
  const title = t("card.newTitle", inMapLanguage(s.journey.language));
  const id = s.actions.run((doc) => addCard(doc, { ...cell, title, ...extra }));
  if (id) {
    s.actions.focusTarget({ kind: "card", id });
    s.actions.editCardTitle(id);
  }
  return id;
}
