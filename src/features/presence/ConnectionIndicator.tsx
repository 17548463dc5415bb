// Shows whether my changes are shared live, and a read-only badge for viewers and commenters.
import { useTranslation } from "react-i18next";
import type { Role } from "../../doc";
import type { ConnectionStatus } from "../../sync";

const DOT: Record<ConnectionStatus, string> = {
  connecting: "#adb5bd",
  online: "#2f9e44",
  reconnecting: "#e67700",
  offline: "#c92a2a",
};

export interface ConnectionIndicatorProps {
  status: ConnectionStatus;
  role: Role;
}

export function ConnectionIndicator({ status, role }: ConnectionIndicatorProps) {
  const { t } = useTranslation();
  const readOnly = role === "viewer" || role === "commenter";
  return (
    <div style={{ display: "inline-flex", alignItems: "center", gap: 8, fontSize: 13 }}>
      <span
        role="status"
        data-testid="connection-status"
        data-status={status}
        title={t(`presence.${readOnly ? "statusHintReadOnly" : "statusHint"}.${status}`)}
        style={{ display: "inline-flex", alignItems: "center", gap: 6 }}
      >
        <span
          aria-hidden="true"
          style={{ width: 8, height: 8, borderRadius: "50%", background: DOT[status], display: "inline-block" }}
        />
        {t(`presence.status.${status}`)}
      </span>
      {readOnly && (
        <span
          data-testid="read-only-badge"
          title={t(`presence.readOnlyHint.${role}`)}
          style={{ padding: "1px 8px", borderRadius: 10, background: "#f1f3f5", border: "1px solid #ced4da" }}
        >
          {t(`presence.readOnly.${role}`)}
        </span>
      )}
    </div>
  );
}
