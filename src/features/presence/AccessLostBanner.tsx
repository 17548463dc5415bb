// Full-width notice that this link no longer opens the map, with the reason the session gave.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { sessionMessage } from "./sessionMessage";

export interface AccessLostBannerProps {
  /** The sentence from MapSession.onAccessLost (shown in the interface language); nothing while it is null. */
  message: string | null;
  onReload?: () => void;
  /** Comments typed on this page and not sent, which this browser keeps for the map (said so, so nobody retypes them). */
  unsentComments?: number;
}

/** How long after the banner appears focus that fell to the page (its field went with the access) is brought here. */
const FOCUS_RESCUE_MS = [0, 100, 400];

export function AccessLostBanner({ message, onReload, unsentComments = 0 }: AccessLostBannerProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // The comment box one was typing in leaves with the right to comment, and the keyboard's place with it: the
  // focus then lands here, where the reason is (not on Reload, which a keystroke still meant for the box would press).
  useEffect(() => {
    if (message === null) return;
    const rescue = () => {
      const active = document.activeElement;
      if (active === null || active === document.body) box.current?.focus();
    };
    const timers = FOCUS_RESCUE_MS.map((ms) => setTimeout(rescue, ms));
    return () => timers.forEach(clearTimeout);
  }, [message]);
  if (message === null) return null;
  return (
    <div
      ref={box}
      role="alert"
      tabIndex={-1}
      data-testid="access-lost"
      style={{
        width: "100%",
        boxSizing: "border-box",
        padding: "10px 16px",
        background: "#fff5f5",
        borderBottom: "1px solid #ffa8a8",
        color: "#862e2e",
        display: "flex",
        flexWrap: "wrap",
        gap: "4px 12px",
        alignItems: "center",
      }}
    >
      <strong>{t("presence.accessLostTitle")}</strong>
      <span style={{ flex: "1 1 20em" }}>
        {sessionMessage(message, t)}
        {unsentComments > 0 && (
          <>
            {" "}
            <span data-testid="access-lost-drafts">{t("share.unsentComments", { count: unsentComments })}</span>
          </>
        )}
      </span>
      {onReload && (
        <button type="button" onClick={onReload}>
          {t("presence.reload")}
        </button>
      )}
    </div>
  );
}
