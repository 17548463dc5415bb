// The checks tab of the side panel: the map's live findings.
import { useTranslation } from "react-i18next";

export function ChecksPanel() {
  const { t } = useTranslation();
  return <h2 className="panel-title">{t("checks.title")}</h2>;
}
