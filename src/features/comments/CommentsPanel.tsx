// The comments tab of the side panel: every thread of the map, filterable, with the open thread.
import { useTranslation } from "react-i18next";

export function CommentsPanel() {
  const { t } = useTranslation();
  return <h2 className="panel-title">{t("comments.title")}</h2>;
}
