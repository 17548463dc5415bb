// Reorder and delete buttons shared by stage and lane headers; deleting a header that
// holds cards asks first (undo brings everything back either way).
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useConfirmQuestion } from "../../features/dialog/useConfirmQuestion";

export interface HeaderControlsProps {
  kind: "stage" | "lane";
  name: string;
  cardCount: number;
  canMoveBack: boolean;
  canMoveForward: boolean;
  /** The header is the map's Tab stop among its kind: only then are its buttons Tab stops (canvas/tabStops.ts). */
  tabStop: boolean;
  onMove: (delta: -1 | 1) => void;
  /** Deletes the header, which the node makes its selection first (see StageHeaderNode). */
  onDelete: () => void;
}

export function HeaderControls(props: HeaderControlsProps) {
  const { t, i18n } = useTranslation();
  // The buttons and the question are the interface's words inside the map, whose content is read in the map's
  // language: they say which they are.
  const lang = i18n.language;
  // After the question is cancelled, the focus goes back to the ✕ that asked it.
  const question = useConfirmQuestion();
  const tabIndex = props.tabStop ? 0 : -1;
  const back = props.kind === "stage" ? "◀" : "▲";
  const forward = props.kind === "stage" ? "▶" : "▼";
  // Each name once for the button's label and its tooltip: a 2,000-card map has 32 headers to draw.
  const moveBack = t(`${props.kind}.moveBack`, { name: props.name });
  const moveForward = t(`${props.kind}.moveForward`, { name: props.name });
  const remove = t(`${props.kind}.delete`, { name: props.name });
  // The header is gone: the node's own click handler, next in line, must not select it again.
  const deleteNow = (e: MouseEvent) => {
    e.stopPropagation();
    props.onDelete();
  };
  if (question.open) {
    return (
      <div
        className="header-confirm nodrag"
        lang={lang}
        role="alertdialog"
        aria-label={t(`${props.kind}.deleteTitle`)}
        onKeyDown={(e) => {
          // Escape answers the question only; the map's own Escape (clear the selection) stays out of it.
          if (e.key !== "Escape") return;
          e.stopPropagation();
          question.cancel();
        }}
      >
        <span>{t(`${props.kind}.deleteConfirm`, { name: props.name, count: props.cardCount })}</span>
        <button type="button" className="danger" onClick={deleteNow}>
          {t("common.delete")}
        </button>
        {/* The safe choice takes the focus, so an Enter by mistake deletes nothing. */}
        <button type="button" autoFocus onClick={question.cancel}>
          {t("common.cancel")}
        </button>
      </div>
    );
  }
  return (
    <div className="header-controls nodrag" lang={lang}>
      <button
        type="button"
        aria-label={moveBack}
        title={moveBack}
        tabIndex={tabIndex}
        disabled={!props.canMoveBack}
        onClick={() => props.onMove(-1)}
      >
        {back}
      </button>
      <button
        type="button"
        aria-label={moveForward}
        title={moveForward}
        tabIndex={tabIndex}
        disabled={!props.canMoveForward}
        onClick={() => props.onMove(1)}
      >
        {forward}
      </button>
      <button
        ref={question.trigger}
        type="button"
        aria-label={remove}
        title={remove}
        tabIndex={tabIndex}
        onClick={(e) => (props.cardCount > 0 ? question.ask() : deleteNow(e))}
      >
        ✕
      </button>
    </div>
  );
}
