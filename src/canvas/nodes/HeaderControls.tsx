// Reorder and delete buttons shared by stage and lane headers; deleting a header that
// holds cards asks first (undo brings everything back either way).
import { useLayoutEffect, useRef, useState, type CSSProperties, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useConfirmQuestion } from "../../features/dialog/useConfirmQuestion";
import "./headerControls.css";

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

/**
 * The question is read and answered at the map's zoom: fitted to a 1280 px window its words were 5 px high. Drawn
 * below full size, it is drawn at full size, growing over the cells (down from a stage, right from a lane). The zoom
 * is measured from the header when the question opens (React Flow's store is not asked, so the question works outside
 * a canvas too, and the map's many headers do not follow every zoom step).
 */
function useReadableAtZoom(kind: "stage" | "lane") {
  const box = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<CSSProperties | undefined>(undefined);
  useLayoutEffect(() => {
    const header = box.current?.parentElement;
    const drawn = header?.getBoundingClientRect().width ?? 0;
    const laidOut = header?.offsetWidth ?? 0;
    const zoom = drawn > 0 && laidOut > 0 ? drawn / laidOut : 1;
    if (zoom < 0.99)
      setStyle({ transform: `scale(${1 / zoom})`, transformOrigin: kind === "stage" ? "top left" : "bottom left" });
  }, [kind]);
  return { box, style };
}

function Question({
  kind,
  name,
  cardCount,
  onDelete,
  onCancel,
}: {
  kind: "stage" | "lane";
  name: string;
  cardCount: number;
  onDelete: (e: MouseEvent) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { box, style } = useReadableAtZoom(kind);
  return (
    <div
      ref={box}
      className="header-confirm nodrag"
      style={style}
      lang={i18n.language}
      role="alertdialog"
      aria-label={t(`${kind}.deleteTitle`)}
      onKeyDown={(e) => {
        // Escape answers the question only; the map's own Escape (clear the selection) stays out of it.
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <span>{t(`${kind}.deleteConfirm`, { name, count: cardCount })}</span>
      <button type="button" className="danger" onClick={onDelete}>
        {t("common.delete")}
      </button>
      {/* The safe choice takes the focus, so an Enter by mistake deletes nothing. */}
      <button type="button" autoFocus onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
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
      <Question
        kind={props.kind}
        name={props.name}
        cardCount={props.cardCount}
        onDelete={deleteNow}
        onCancel={question.cancel}
      />
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
