// Stage and lane names that stay readable and in sight: when the map is zoomed out so far that its own headers are
// too small to read, or scrolled so far that they left the view, a rail along the top names the stage columns and
// one along the left names the lane rows, at a fixed size, each name over its column or row. The rails follow pan
// and zoom only (a handful of names per frame); a card drag does not touch them.
import { memo } from "react";
import { useStore, type ReactFlowState } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { shallow } from "zustand/shallow";
import type { Lane, Stage } from "../doc";
import { LANE_HEADER_W, STAGE_HEADER_H, STAGE_W, type Grid } from "./layout";
import { visibilityBoundaries } from "./visibilityLine";

/** Below this zoom the headers' 14 px names are under 10 px on screen: the rails name them instead. */
export const RAIL_ZOOM = 0.7;
export const RAIL_TOP_H = 26;
export const RAIL_LEFT_W = 128;
/** A column narrower than this on screen shows its stage's number, not a name cut to a letter or two. */
const NAME_MIN_W = 48;

export interface RailsShown {
  top: boolean;
  left: boolean;
}

/** A lane name's line on the rail (12 px type, line height 1.2), and the most lines it may take. */
const RAIL_LINE_H = 14.4;
const RAIL_MAX_LINES = 3;

/**
 * How many lines a lane's name may take on the rail in a row this tall on screen: a long name ("Where I meet the
 * brand", „Hinter den Kulissen“) wraps where the row has room, and is cut with an ellipsis only after that.
 */
export function railLines(rowHeight: number): number {
  return Math.max(1, Math.min(RAIL_MAX_LINES, Math.floor((rowHeight - 6) / RAIL_LINE_H)));
}

/** Which rails show at this view: a header too small to read, or more than half out of the view. */
export function railsShown([x, y, zoom]: readonly [number, number, number]): RailsShown {
  const small = zoom < RAIL_ZOOM;
  return {
    top: small || y + (STAGE_HEADER_H * zoom) / 2 < 0,
    left: small || x + (LANE_HEADER_W * zoom) / 2 < 0,
  };
}

/** The rails' boxes in the canvas (for fitting the map clear of them). */
export function railBoxes(view: { width: number; height: number }) {
  return [
    { x: 0, y: 0, width: view.width, height: RAIL_TOP_H },
    { x: 0, y: 0, width: RAIL_LEFT_W, height: view.height },
  ];
}

const viewOf = (s: ReactFlowState) => [s.transform[0], s.transform[1], s.transform[2], s.width, s.height] as const;

export interface HeaderRailsProps {
  stages: readonly Stage[];
  lanes: readonly Lane[];
  grid: Grid;
}

export const HeaderRails = memo(function HeaderRails({ stages, lanes, grid }: HeaderRailsProps) {
  const { t } = useTranslation();
  const [x, y, zoom, width, height] = useStore(viewOf, shallow);
  const shown = railsShown([x, y, zoom]);
  if (!shown.top && !shown.left) return null;
  const insetX = shown.left ? RAIL_LEFT_W : 0;
  const insetY = shown.top ? RAIL_TOP_H : 0;
  return (
    // The headers on the map are what keyboards and screen readers use; the rails only repeat their names.
    <div className="header-rails" aria-hidden="true" data-testid="header-rails">
      {shown.top && (
        <div className="rail rail-top" style={{ left: insetX, height: RAIL_TOP_H }} data-testid="rail-stages">
          {stages.map((stage, index) => {
            const start = x + (grid.stageX.get(stage.id) ?? 0) * zoom;
            const end = start + STAGE_W * zoom;
            // Sticks to the rail's start while its column is partly scrolled away, as a frozen header does.
            const from = Math.max(start, insetX);
            const to = Math.min(end, width);
            if (to - from < 12) return null;
            return (
              <div
                key={stage.id}
                className="rail-name"
                style={{ transform: `translateX(${from - insetX}px)`, width: to - from }}
              >
                {end - start < NAME_MIN_W ? index + 1 : stage.name}
              </div>
            );
          })}
        </div>
      )}
      {shown.left && (
        <div className="rail rail-left" style={{ top: insetY, width: RAIL_LEFT_W }} data-testid="rail-lanes">
          {lanes.map((lane) => {
            const row = grid.rows.get(lane.id);
            if (!row) return null;
            const start = y + row.y * zoom;
            const end = start + row.height * zoom;
            const from = Math.max(start, insetY);
            const to = Math.min(end, height);
            if (to - from < 10) return null;
            return (
              <div
                key={lane.id}
                className={`rail-name kind-${lane.kind}`}
                style={{ transform: `translateY(${from - insetY}px)`, height: to - from }}
              >
                <span className="rail-text" style={{ WebkitLineClamp: railLines(to - from) }}>
                  {lane.name}
                </span>
              </div>
            );
          })}
        </div>
      )}
      {shown.left && (
        // The line of visibility goes on across the lane rail, which covers the map's own line and its name there.
        <div className="rail-visibility-lines" style={{ top: insetY, width: RAIL_LEFT_W }}>
          {visibilityBoundaries(grid).map((boundary) => {
            const at = y + boundary.y * zoom - insetY;
            if (at < 0 || at > height - insetY) return null;
            return (
              <div
                key={boundary.below}
                className="rail-visibility"
                style={{ transform: `translateY(${at}px)` }}
                data-testid="rail-visibility"
              >
                <span className="rail-visibility-label">{t("canvas.lineOfVisibility")}</span>
              </div>
            );
          })}
        </div>
      )}
      {shown.top && shown.left && (
        <div className="rail rail-corner" style={{ width: RAIL_LEFT_W, height: RAIL_TOP_H }} />
      )}
    </div>
  );
});
