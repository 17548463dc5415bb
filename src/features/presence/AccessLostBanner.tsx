// Full-width notice that this link no longer opens the map, with the reason the session gave.
import { useTranslation } from "react-i18next";
import { sessionMessage } from "./sessionMessage";

export interface AccessLostBannerProps {
  /** The sentence from MapSession.onAccessLost (shown in the interface language); nothing while it is null. */
  message: string | null;
  onReload?: () => void;
}

export function AccessLostBanner({ message, onReload }: AccessLostBannerProps) {
  const { t } = useTranslation();
  if (message === null) return null;
  return (
    <div
      role="alert"
      data-testid="access-lost"
      style={{
        width: "100%",
        boxSizing: "border-box",
        padding: "10px 16px",
        background: "#fff5f5",
        borderBottom: "1px solid #ffa8a8",
        color: "#862e2e",
        display: "flex",
        gap: 12,
        alignItems: "center",
      }}
    >
      <strong>{t("presence.accessLostTitle")}</strong>
      <span style={{ flex: 1 }}>{sessionMessage(message, t)}</span>
      {onReload && (
        <button type="button" onClick={onReload}>
          {t("presence.reload")}
        </button>
      )}
    </div>
  );
}
