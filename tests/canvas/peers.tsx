// A canvas with other people on it: the map of the comments tests, and an awareness whose peers' states tests set.
import type { ReactNode } from "react";
import { act } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { Awareness } from "y-protocols/awareness";
import { Canvas } from "../../src/canvas";
import { makeCommentsMap, renderWith } from "../features/comments/helpers";

/** `extra`: more children of the React Flow provider, such as tests/canvas/zoom.tsx's ZoomControl. */
export function renderCanvasWithPeers(extra?: ReactNode): {
  map: ReturnType<typeof makeCommentsMap>;
  awareness: Awareness;
} {
  const map = makeCommentsMap("editor");
  const awareness = new Awareness(map.store.getState().doc);
  renderWith(
    map.store,
    <ReactFlowProvider>
      <Canvas awareness={awareness} />
      {extra}
    </ReactFlowProvider>,
  );
  return { map, awareness };
}

/** Sets a peer's whole state as a remote awareness update would. */
export function setPeerState(awareness: Awareness, clientId: number, state: Record<string, unknown>): void {
  act(() => {
    const known = awareness.states.has(clientId);
    awareness.states.set(clientId, state);
    const change = { added: known ? [] : [clientId], updated: known ? [clientId] : [], removed: [] };
    awareness.emit("change", [change, "remote"]);
  });
}
