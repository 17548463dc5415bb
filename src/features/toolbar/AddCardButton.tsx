// The toolbar's Add card. Without a chosen cell it looks disabled but stays focusable and pressable, so that why it
// adds nothing is told without hovering (a tooltip never shows on a touch screen and is not reliably read out): the
// reason is the button's description, and a press (a tap) shows it under the button and says it.
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMapStore, useMapStoreApi } from "../../store";
import { addCardInActiveCell } from "./addCardInActiveCell";
import "./addCardButton.css";

export function AddCardButton({ onSay }: { onSay: (sentence: string) => void }) {
  const { t } = useTranslation();
  const store = useMapStoreApi();
  const activeCell = useMapStore((s) => s.ui.activeCell);
  const [whyShown, setWhyShown] = useState(false);
  if (whyShown && activeCell) setWhyShown(false);
  const whyId = useId();
  // Gone at the next press or key anywhere, as a popover goes (the tap on a cell that it asks for among them).
  useEffect(() => {
    if (!whyShown) return;
    const hide = () => setWhyShown(false);
    document.addEventListener("pointerdown", hide, true);
    document.addEventListener("keydown", hide, true);
    return () => {
      document.removeEventListener("pointerdown", hide, true);
      document.removeEventListener("keydown", hide, true);
    };
  }, [whyShown]);
  const press = () => {
    if (store.getState().ui.activeCell) {
      addCardInActiveCell(store, t);
      return;
    }
    setWhyShown(true);
    onSay(t("toolbar.pickCell"));
  };
  return (
    <span className="add-card">
      <button
        type="button"
        onClick={press}
        aria-disabled={activeCell ? undefined : true}
        aria-describedby={activeCell ? undefined : whyId}
        aria-keyshortcuts="N"
        title={activeCell ? t("toolbar.addCardHint") : t("toolbar.pickCellOrCard")}
      >
        {t("toolbar.addCard")}
      </button>
      {/* Read with the button: every way to choose a cell, the keyboard's too. */}
      {!activeCell && (
        <span id={whyId} hidden>
          {t("toolbar.pickCellOrCard")}
        </span>
      )}
      {/* Said through the toolbar's status when shown, and read with the button already: not read a third time. */}
      {whyShown && (
        <span className="add-card-why" aria-hidden="true" data-testid="add-card-why">
          {t("toolbar.pickCell")}
        </span>
      )}
    </span>
  );
}
