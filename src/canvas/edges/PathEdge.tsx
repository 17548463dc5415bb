// One step of the customer's path: an arrow from card to card, with its label if it has one, and a
// mark when the outside-in checks find something on it (a channel break names both channels).
import { memo, useCallback } from "react";
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
import type { PathEdge as PathEdgeType } from "../types";
import { pathGeometry, type Span } from "./pathGeometry";
import "../nodes/findingMark.css";

/** A card's top or bottom on the canvas once it is measured (numbers, so a move elsewhere draws nothing again). */
function useEdgeOf(id: string, side: "top" | "bottom"): number | null {
  const select = useCallback(
    (s: ReactFlowState): number | null => {
      const node = s.nodeLookup.get(id);
      const height = node?.measured.height;
      if (node === undefined || height === undefined) return null;
      const top = node.internals.positionAbsolute.y;
      return side === "top" ? top : top + height;
    },
    [id, side],
  );
  return useStore(select);
}

function useSpan(id: string): Span | null {
  const top = useEdgeOf(id, "top");
  const bottom = useEdgeOf(id, "bottom");
  return top === null || bottom === null ? null : { top, bottom };
}

export const PathEdge = memo(function PathEdge(props: EdgeProps<PathEdgeType>) {
  const { t } = useTranslation();
  const { path, labelX, labelY } = pathGeometry(props, useSpan(props.source), useSpan(props.target));
  const label = props.data?.connection.label;
  const findings = useFindingsFor(props.id);
  const severity = findings.length > 0 ? worstSeverity(findings) : null;
  const markLabel = severity
    ? t("checks.mark", { count: findings.length, list: findings.map((f) => f.message).join("\n") })
    : "";
  // The label sits just above the path (drawn over the cards it may reach, it must leave their handles free at the
  // path's height); with a label the mark sits just above it, so neither hides the other.
  const labelShift = -6;
  const markShift = label ? -36 : 0;
  let className = "path-edge";
  if (props.selected) className += " selected";
  if (severity) className += " has-finding";
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
        className={className}
      />
      {(label || severity) && (
        <EdgeLabelRenderer>
          {label && (
            <div
              className="edge-label"
              style={{ transform: `translate(-50%, -100%) translate(${labelX}px, ${labelY + labelShift}px)` }}
            >
              {label}
            </div>
          )}
          {severity && (
            <span
              className={`edge-finding severity-${severity}`}
              role="img"
              aria-label={markLabel}
              title={markLabel}
              data-testid={`edge-finding-${props.id}`}
              style={{
                transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px) translateY(${markShift}px)`,
              }}
            >
              !
            </span>
          )}
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes: EdgeTypes = { path: PathEdge };
