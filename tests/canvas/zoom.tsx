// Zooming a rendered canvas in component tests: put <ZoomControl /> inside the ReactFlowProvider, wait until
// the canvas has fitted the map into view (it does so on an animation frame once it has content), then zoom.
import { act, screen, waitFor } from "@testing-library/react";
import { useReactFlow } from "@xyflow/react";

let setZoom: (zoom: number) => void = () => {
  throw new Error("ZoomControl is not rendered.");
};

export function ZoomControl() {
  const { setViewport } = useReactFlow();
  setZoom = (zoom) => void setViewport({ x: 0, y: 0, zoom });
  return null;
}

export async function waitFitted(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await waitFor(() => expect(screen.getByTestId("canvas")).toHaveAttribute("data-fitted", "true"));
}

export function zoomTo(zoom: number): void {
  act(() => setZoom(zoom));
}
