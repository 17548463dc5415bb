// The zoom buttons at the bottom left. When the lane rail shows (zoomed far out, or the lane headers scrolled out of
// view), they stand beside it instead of covering the names of the lowest lanes.
import { memo } from "react";
import { Controls, useStore, type FitViewOptions, type ReactFlowState } from "@xyflow/react";
import { RAIL_LEFT_W, railsShown } from "./HeaderRails";
import "./zoomControls.css";

const laneRailShown = (s: ReactFlowState): boolean => railsShown([s.transform[0], s.transform[1], s.transform[2]]).left;
const BESIDE_RAIL = { left: RAIL_LEFT_W } as const;

export interface ZoomControlsProps {
  fitViewOptions: FitViewOptions;
  onFitView: () => void;
}

export const ZoomControls = memo(function ZoomControls({ fitViewOptions, onFitView }: ZoomControlsProps) {
  // A boolean: panning and zooming draw the buttons again only when the rail comes or goes.
  const besideRail = useStore(laneRailShown);
  return (
    <Controls
      showInteractive={false}
      fitViewOptions={fitViewOptions}
      onFitView={onFitView}
      {...(besideRail ? { style: BESIDE_RAIL } : {})}
    />
  );
});

/** An overlay box at the left edge (the zoom buttons) as it stands once the lane rail shows. */
export function besideLaneRail<B extends { x: number }>(box: B): B {
  return box.x < RAIL_LEFT_W ? { ...box, x: box.x + RAIL_LEFT_W } : box;
}
