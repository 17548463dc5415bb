// The editor's error banner: the last failed action, in the interface language, until dismissed or the next success.
import { useTranslation } from "react-i18next";
import { messageText, useMapStore } from "../store";

export function ErrorBanner() {
  const { t, i18n } = useTranslation();
  const error = useMapStore((s) => s.ui.error);
  // Kept as a code and values where it can be: a language switch while the banner is open says it again.
  const message = useMapStore((s) => s.ui.errorMessage);
  const setError = useMapStore((s) => s.actions.setError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <span>{message ? messageText(message, t, i18n.resolvedLanguage ?? i18n.language) : error}</span>
      <button type="button" className="subtle" onClick={() => setError(null)} aria-label={t("common.dismiss")}>
        ✕
      </button>
    </div>
  );
}
