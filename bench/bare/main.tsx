// The floor React Flow allows: plain default nodes at the rectangles our layout gives the cards of the same map,
// joined by the same paths, with the same viewport options as our canvas, and nothing else. The benchmark writes
// nodes-N.json beside it.
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";

type Rect = { id: string; x: number; y: number; width: number; height: number; title: string };
type Bench = { rects: Rect[]; edges: Edge[] };

function Bare({ file }: { file: string }) {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  useEffect(() => {
    void fetch(file)
      .then((r) => r.json() as Promise<Bench>)
      .then(({ rects, edges }) => {
        setEdges(edges);
        setNodes(
          rects.map((r) => ({
            id: r.id,
            position: { x: r.x, y: r.y },
            data: { label: r.title },
            style: { width: r.width, height: r.height },
          })),
        );
      });
  }, [file]);
  const onNodesChange = (changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns));
  if (nodes.length === 0) return null;
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onlyRenderVisibleElements
      minZoom={0.1}
      maxZoom={2}
      fitView
      fitViewOptions={{ padding: 0.05, maxZoom: 1 }}
      proOptions={{ hideAttribution: true }}
    />
  );
}

const n = new URLSearchParams(location.search).get("n") ?? "100";
const root = document.getElementById("root");
if (root) createRoot(root).render(<Bare file={`nodes-${n}.json`} />);
