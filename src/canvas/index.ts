// The map canvas and the pure pieces others may reuse (grid geometry, snapshot -> flow).
export { Canvas, type CanvasProps } from "./Canvas";
export { CardView } from "./nodes/CardView";
export { Legend } from "./Legend";
export { toFlow } from "./toFlow";
export { computeGrid } from "./layout";
export { dropOf, applyDrop, cellAt } from "./changesToOps";
