// Rename, reorder and delete buttons shared by stage and lane headers; deleting a header that
// holds cards asks first (undo brings everything back either way).
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

export interface HeaderControlsProps {
  kind: "stage" | "lane";
  name: string;
  cardCount: number;
  canMoveBack: boolean;
  canMoveForward: boolean;
  /** The header is the map's Tab stop among its kind: only then are its buttons Tab stops (canvas/tabStops.ts). */
  tabStop: boolean;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}

export function HeaderControls(props: HeaderControlsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // After the question closes, the focus goes back to the ✕ that asked it (it would drop to the page).
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [focusDelete, setFocusDelete] = useState(false);
  useEffect(() => {
    if (!focusDelete || confirming) return;
    deleteButton.current?.focus();
    setFocusDelete(false);
  }, [focusDelete, confirming]);
  const cancel = () => {
    setConfirming(false);
    setFocusDelete(true);
  };
  const tabIndex = props.tabStop ? 0 : -1;
  const back = props.kind === "stage" ? "◀" : "▲";
  const forward = props.kind === "stage" ? "▶" : "▼";
  if (confirming) {
    return (
      <div
        className="header-confirm nodrag"
        role="alertdialog"
        aria-label={t(`${props.kind}.deleteTitle`)}
        onKeyDown={(e) => {
          // Escape answers the question only; the map's own Escape (clear the selection) stays out of it.
          if (e.key !== "Escape") return;
          e.stopPropagation();
          cancel();
        }}
      >
        <span>{t(`${props.kind}.deleteConfirm`, { name: props.name, count: props.cardCount })}</span>
        <button type="button" className="danger" onClick={props.onDelete}>
          {t("common.delete")}
        </button>
        {/* The safe choice takes the focus, so an Enter by mistake deletes nothing. */}
        <button type="button" autoFocus onClick={cancel}>
          {t("common.cancel")}
        </button>
      </div>
    );
  }
  return (
    <div className="header-controls nodrag">
      <button
        type="button"
        aria-label={t(`${props.kind}.moveBack`, { name: props.name })}
        title={t(`${props.kind}.moveBack`, { name: props.name })}
        tabIndex={tabIndex}
        disabled={!props.canMoveBack}
        onClick={() => props.onMove(-1)}
      >
        {back}
      </button>
      <button
        type="button"
        aria-label={t(`${props.kind}.moveForward`, { name: props.name })}
        title={t(`${props.kind}.moveForward`, { name: props.name })}
        tabIndex={tabIndex}
        disabled={!props.canMoveForward}
        onClick={() => props.onMove(1)}
      >
        {forward}
      </button>
      <button
        ref={deleteButton}
        type="button"
        aria-label={t(`${props.kind}.delete`, { name: props.name })}
        title={t(`${props.kind}.delete`, { name: props.name })}
        tabIndex={tabIndex}
        onClick={() => (props.cardCount > 0 ? setConfirming(true) : props.onDelete())}
      >
        ✕
      </button>
    </div>
  );
}
