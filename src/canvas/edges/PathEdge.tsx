// One step of the customer's path: an arrow from card to card, with its label if it has one.
import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps, type EdgeTypes } from "@xyflow/react";
import type { PathEdge as PathEdgeType } from "../types";

export const PathEdge = memo(function PathEdge(props: EdgeProps<PathEdgeType>) {
  const [path, labelX, labelY] = getBezierPath(props);
  const label = props.data?.connection.label;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
        className={props.selected ? "path-edge selected" : "path-edge"}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="edge-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes: EdgeTypes = { path: PathEdge };
