// Placeholder of the checks tab, until the checks panel takes its place.
import { useTranslation } from "react-i18next";

export function ChecksTab() {
  const { t } = useTranslation();
  return (
    <p className="hint" data-testid="checks-placeholder">
      {t("panel.checksSoon")}
    </p>
  );
}
