// The custom node types of the canvas, as one constant so React Flow never sees a new object.
import type { NodeTypes } from "@xyflow/react";
import { CardNode } from "./CardNode";
import { CellNode } from "./CellNode";
import { EmotionCurveNode } from "./EmotionCurveNode";
import { LaneHeaderNode } from "./LaneHeaderNode";
import { StageHeaderNode } from "./StageHeaderNode";

export const nodeTypes: NodeTypes = {
  card: CardNode,
  cell: CellNode,
  emotionCurve: EmotionCurveNode,
  laneHeader: LaneHeaderNode,
  stageHeader: StageHeaderNode,
};

export { CardView } from "./CardView";
