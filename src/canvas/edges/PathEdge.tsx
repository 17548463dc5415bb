// One step of the customer's path: an arrow from card to card, with its label if it has one, and a
// mark when the outside-in checks find something on it (a channel break names both channels).
import { memo, useCallback, type CSSProperties } from "react";
import {
  BaseEdge,
  EdgeLabelRenderer,
  useStore,
  type EdgeProps,
  type EdgeTypes,
  type ReactFlowState,
} from "@xyflow/react";
import { useTranslation } from "react-i18next";
import { useFindingsFor } from "../../store";
import { worstSeverity } from "../findingSeverity";
import { cellNodeId } from "../toFlow";
import { handTouchToPane } from "../nodes/touchToPane";
import type { CardNode, PathEdge as PathEdgeType } from "../types";
import { pathGeometry, type CardPlace } from "./pathGeometry";
import { usePeerPathColor } from "./peerPathColors";
import "../nodes/findingMark.css";

type Side = "top" | "bottom";

/** A node's top or bottom on the canvas once it is measured (numbers, so a move elsewhere draws nothing again). */
function edgeOf(s: ReactFlowState, id: string | undefined, side: Side): number | null {
  const node = id === undefined ? undefined : s.nodeLookup.get(id);
  const height = node?.measured.height;
  if (node === undefined || height === undefined) return null;
  const top = node.internals.positionAbsolute.y;
  return side === "top" ? top : top + height;
}

/** The card's stage and the id of its cell's node (whose top and bottom are its lane's). */
function cellOf(s: ReactFlowState, id: string): { stageId: string; cellId: string } | undefined {
  const node = s.nodeLookup.get(id);
  if (node?.type !== "card") return undefined;
  const { stageId, laneId } = (node.data as CardNode["data"]).card;
  return { stageId, cellId: cellNodeId(stageId, laneId) };
}

function useEdgeOf(id: string, side: Side): number | null {
  return useStore(useCallback((s: ReactFlowState) => edgeOf(s, id, side), [id, side]));
}

function useRowEdgeOf(id: string, side: Side): number | null {
  return useStore(useCallback((s: ReactFlowState) => edgeOf(s, cellOf(s, id)?.cellId, side), [id, side]));
}

function usePlace(id: string): CardPlace | null {
  const top = useEdgeOf(id, "top");
  const bottom = useEdgeOf(id, "bottom");
  const stageId = useStore(useCallback((s: ReactFlowState) => cellOf(s, id)?.stageId, [id]));
  const rowTop = useRowEdgeOf(id, "top");
  const rowBottom = useRowEdgeOf(id, "bottom");
  if (top === null || bottom === null) return null;
  return {
    top,
    bottom,
    ...(stageId === undefined ? {} : { stageId }),
    ...(rowTop === null || rowBottom === null ? {} : { row: { top: rowTop, bottom: rowBottom } }),
  };
}

export const PathEdge = memo(function PathEdge(props: EdgeProps<PathEdgeType>) {
  const { t } = useTranslation();
  const { path, labelX, labelY, around } = pathGeometry(props, usePlace(props.source), usePlace(props.target));
  const label = props.data?.connection.label;
  const findings = useFindingsFor(props.id);
  const peerColor = usePeerPathColor(props.id);
  const severity = findings.length > 0 ? worstSeverity(findings) : null;
  const markLabel = severity
    ? t("checks.mark", { count: findings.length, list: findings.map((f) => f.message).join("\n") })
    : "";
  let className = "path-edge";
  if (props.selected) className += " selected";
  if (severity) className += " has-finding";
  const mark = (style: CSSProperties | undefined) =>
    severity && (
      <span
        className={`edge-finding severity-${severity}${style ? "" : " in-label"}`}
        role="img"
        aria-label={markLabel}
        title={markLabel}
        data-testid={`edge-finding-${props.id}`}
        style={style}
      >
        !
      </span>
    );
  // A curve's label sits just above its middle (drawn over the cards it may reach, it must leave their handles
  // free at the path's height), with the mark above the label. A step that goes around crosses in the narrow gap
  // between two cards or along a lane's border: its label sits on the crossing with the mark in it, so that
  // neither covers the cards above the crossing.
  const labelShift = around ? 0 : -6;
  const labelStyle: CSSProperties = {
    transform: `translate(-50%, ${around ? "-50%" : "-100%"}) translate(${labelX}px, ${labelY + labelShift}px)`,
  };
  const markShift = label ? -36 : 0;
  return (
    <>
      {peerColor && (
        // Under the line, like the ring round a card a colleague selected: my own selection stays readable on it.
        <path
          d={path}
          className="path-edge-peer"
          data-testid={`peer-path-${props.id}`}
          fill="none"
          stroke={peerColor}
          strokeWidth={7}
          strokeOpacity={0.55}
          strokeLinecap="round"
          pointerEvents="none"
        />
      )}
      {/* A path is nopan for React Flow, for the mouse that selects it: a finger on it pans or pinches the map. */}
      <g onTouchStartCapture={handTouchToPane}>
        <BaseEdge
          id={props.id}
          path={path}
          {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
          className={className}
        />
      </g>
      {(label || severity) && (
        <EdgeLabelRenderer>
          {label && (
            <div className={around ? "edge-label around" : "edge-label"} style={labelStyle}>
              {label}
              {around && mark(undefined)}
            </div>
          )}
          {(!label || !around) &&
            mark({
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px) translateY(${markShift}px)`,
            })}
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes: EdgeTypes = { path: PathEdge };
