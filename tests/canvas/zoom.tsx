// Zooming (and moving) a rendered canvas in component tests: put <ZoomControl /> inside the ReactFlowProvider, wait until
// the canvas has fitted the map into view (it does so on an animation frame once it has content), then zoom.
import { act, screen, waitFor } from "@testing-library/react";
import { useReactFlow } from "@xyflow/react";

let setView: (x: number, y: number, zoom: number) => void = () => {
  throw new Error("ZoomControl is not rendered.");
};

export function ZoomControl() {
  const { setViewport } = useReactFlow();
  setView = (x, y, zoom) => void setViewport({ x, y, zoom });
  return null;
}

export async function waitFitted(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await waitFor(() => expect(screen.getByTestId("canvas")).toHaveAttribute("data-fitted", "true"));
}

export function zoomTo(zoom: number): void {
  act(() => setView(0, 0, zoom));
}

/** Shows the map from (x, y) in map coordinates at the given zoom. */
export function viewFrom(x: number, y: number, zoom: number): void {
  act(() => setView(-x * zoom, -y * zoom, zoom));
}
