// Other people's cursors on the canvas; a child of <ReactFlow>, so it follows pan and zoom. It reads the cursors
// itself, so that their moves draw the cursors again and nothing else.
import { memo } from "react";
import { useViewport } from "@xyflow/react";
import type { Awareness } from "y-protocols/awareness";
import { peerParts, usePeersPick, type Peer } from "../../sync";
import { LABEL_ROW, stackLabels } from "./stackLabels";

/** Of each peer, who they are and their cursor. */
const CURSORS = peerParts(["cursor"]);

/** The cursors of the people in the map of `awareness`. */
export function PeerCursors({ awareness }: { awareness: Awareness }) {
  return <PresenceCursors peers={usePeersPick(awareness, CURSORS)} />;
}

export interface PresenceCursorsProps {
  peers: readonly Peer[];
}

/** Peers' cursors are in flow coordinates; the viewport maps them onto the screen. */
export const PresenceCursors = memo(function PresenceCursors({ peers }: PresenceCursorsProps) {
  const { x, y, zoom } = useViewport();
  const shown = peers.flatMap((peer) =>
    peer.cursor ? [{ peer, x: peer.cursor.x * zoom + x, y: peer.cursor.y * zoom + y }] : [],
  );
  // Cursors close together would hide each other's names: later labels step down below earlier ones.
  const rows = stackLabels(shown.map((c) => ({ x: c.x + 14, y: c.y + 14, name: c.peer.name })));
  return (
    <div
      data-testid="presence-cursors"
      aria-hidden="true"
      style={{ position: "absolute", inset: 0, pointerEvents: "none", overflow: "hidden", zIndex: 10 }}
    >
      {shown.map(({ peer, x: left, y: top }, i) => (
        <div
          key={peer.clientId}
          data-testid="peer-cursor"
          data-peer={peer.name}
          style={{
            position: "absolute",
            left: 0,
            top: 0,
            transform: `translate(${left}px, ${top}px)`,
            transition: "transform 60ms linear",
          }}
        >
          <svg width="16" height="20" viewBox="0 0 16 20" style={{ display: "block" }}>
            <path
              d="M1 1 L1 17 L5.5 13 L8.5 19 L11 18 L8 12 L14 12 Z"
              fill={peer.color}
              stroke="#fff"
              strokeWidth="1.2"
            />
          </svg>
          <span
            style={{
              position: "absolute",
              left: 14,
              top: 14 + (rows[i] ?? 0) * LABEL_ROW,
              maxWidth: 150,
              overflow: "hidden",
              textOverflow: "ellipsis",
              whiteSpace: "nowrap",
              fontSize: 12,
              lineHeight: "16px",
              padding: "1px 6px",
              borderRadius: 4,
              color: "#fff",
              background: peer.color,
            }}
          >
            {peer.name}
          </span>
        </div>
      ))}
    </div>
  );
});
