// A map's canvas rendered for a component test, inside the React Flow provider it needs, with what the test puts
// beside it (a <ZoomControl />, see ./zoom.tsx) and the canvas's own props (a presence's awareness).
import type { ReactNode } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import { Canvas, type CanvasProps } from "../../src/canvas";
import type { MapStore } from "../../src/store";
import { renderWithStore } from "../features/helpers";

export function renderCanvas(store: MapStore, beside?: ReactNode, props: CanvasProps = {}) {
  return renderWithStore(
    store,
    <ReactFlowProvider>
      <Canvas {...props} />
      {beside}
    </ReactFlowProvider>,
  );
}
