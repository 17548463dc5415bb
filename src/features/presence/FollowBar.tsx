// Over the canvas while I follow someone: a bar in their colour that says whose view I see, with Stop following, and
// a frame in that colour around the canvas. While my connection is lost the bar says following goes on once it is
// back. A polite live region tells a screen reader that, and when the leader left the map.
import { useTranslation } from "react-i18next";
import type { Awareness } from "y-protocols/awareness";
import { stopFollowing, useFollowState } from "./follow";

const FRAME = {
  position: "absolute",
  inset: 0,
  pointerEvents: "none",
  zIndex: 20,
  boxShadow: "inset 0 0 0 3px var(--leader)",
} as const;
const BAR = {
  position: "absolute",
  top: 8,
  left: "50%",
  transform: "translateX(-50%)",
  zIndex: 21,
  display: "flex",
  alignItems: "center",
  gap: 10,
  maxWidth: "calc(100% - 32px)",
  padding: "4px 6px 4px 12px",
  borderRadius: 6,
  background: "var(--leader)",
  color: "#fff",
  fontSize: 14,
  boxShadow: "0 1px 4px rgba(0, 0, 0, 0.25)",
} as const;
/** The button keeps the page's own ink: the bar's white text on its white face would hide its name. */
const STOP = { color: "var(--ink, #1f2328)", background: "#fff", flex: "none" } as const;
const NAME = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 } as const;

export interface FollowBarProps {
  awareness: Awareness;
}

export function FollowBar({ awareness }: FollowBarProps) {
  const { t } = useTranslation();
  const { leader, waiting, left } = useFollowState(awareness);
  const shown = leader
    ? t(waiting ? "presence.follow.waiting" : "presence.follow.following", { name: leader.name })
    : "";
  // A screen reader hears when following waits for my connection, and why it ended.
  const said = left ? t("presence.follow.left", { name: left }) : waiting ? shown : "";
  return (
    <>
      <p className="visually-hidden" aria-live="polite" data-testid="follow-said">
        {said}
      </p>
      {leader && (
        <div style={{ ["--leader" as string]: leader.color }}>
          <div style={FRAME} aria-hidden="true" />
          <div data-testid="follow-bar" data-waiting={waiting} style={BAR}>
            <span style={NAME} title={shown}>
              {shown}
            </span>
            <button type="button" data-testid="stop-following" style={STOP} onClick={() => stopFollowing(awareness)}>
              {t("presence.follow.stop")}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
