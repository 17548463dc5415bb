// The custom node types of the canvas, as one constant so React Flow never sees a new object.
import type { NodeTypes } from "@xyflow/react";
import { CardNode } from "./CardNode";
import { CellNode } from "./CellNode";
import { EmotionCurveNode } from "./EmotionCurveNode";
import { LaneHeaderNode } from "./LaneHeaderNode";
import { StageHeaderNode } from "./StageHeaderNode";
import { VisibilityLineNode } from "./VisibilityLineNode";

export const nodeTypes: NodeTypes = {
  card: CardNode,
  cell: CellNode,
  emotionCurve: EmotionCurveNode,
  laneHeader: LaneHeaderNode,
  stageHeader: StageHeaderNode,
  visibilityLine: VisibilityLineNode,
};

export { CardView } from "./CardView";
