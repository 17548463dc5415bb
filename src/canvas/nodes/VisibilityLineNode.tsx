// The line of visibility: one dashed line across the whole map (lane headers and every stage) where backstage lanes
// meet the lanes the customer sees, named at its left end, in the lane header column. It takes no pointer and is
// not read out (the lane headers say which lanes are backstage). Its thickness follows the zoom so that far out,
// over sketched cards, it stays a line of 2 px on screen; its name is drawn by the lane rail then (HeaderRails).
// Its name grows as the map is zoomed out so that it stays readable; when it is then too wide for the room beside
// the buttons of the header above (shown on hover), it stands above their row, never over a card.
import { memo, useLayoutEffect, useRef, useState } from "react";
import { useStore, type NodeProps, type ReactFlowState } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { RAIL_ZOOM } from "../HeaderRails";
import type { VisibilityLineNode as VisibilityLineNodeType } from "../types";
import { labelSize, VISIBILITY_LABEL_H, VISIBILITY_NAME } from "../visibilityLine";

/** 2 px on screen at any zoom (or more, zoomed in past 1), rounded to half map pixels: not a render per zoom frame. */
const thickness = (s: ReactFlowState): number => Math.max(2, Math.round(4 / s.transform[2]) / 2);
/** Below the rails' zoom the name would be a speck; the lane rail names the line then. */
const named = (s: ReactFlowState): boolean => s.transform[2] >= RAIL_ZOOM;
const nameSize = (s: ReactFlowState): number => labelSize(s.transform[2]);

export const VisibilityLineNode = memo(function VisibilityLineNode({ data }: NodeProps<VisibilityLineNodeType>) {
  const { t, i18n } = useTranslation();
  const width = useStore(thickness);
  const showName = useStore(named);
  const size = useStore(nameSize);
  const label = t("canvas.lineOfVisibility");
  const name = useRef<HTMLSpanElement>(null);
  const [lifted, setLifted] = useState(false);
  // The name's width in map pixels at its size (layout pixels, which the canvas's zoom does not change).
  useLayoutEffect(() => {
    const element = name.current;
    if (element !== null) setLifted(element.scrollWidth > VISIBILITY_NAME.besideButtons);
  }, [size, label, showName]);
  return (
    <div className="visibility-line" data-testid="visibility-line" data-above={data.above} data-below={data.below}>
      {/* The interface's words among the map's content. */}
      {showName && (
        <span
          ref={name}
          className="visibility-line-label"
          lang={i18n.language}
          data-lifted={lifted ? "true" : undefined}
          style={{
            fontSize: size,
            lineHeight: `${Math.ceil(size * VISIBILITY_NAME.lineHeight)}px`,
            ...(lifted ? { bottom: VISIBILITY_NAME.aboveButtons, maxWidth: VISIBILITY_NAME.wide } : {}),
          }}
        >
          {label}
        </span>
      )}
      <div className="visibility-line-rule" style={{ top: VISIBILITY_LABEL_H, borderTopWidth: width }} />
    </div>
  );
});
