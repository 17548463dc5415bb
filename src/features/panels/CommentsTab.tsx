// Placeholder of the comments tab, until the comments panel takes its place.
import { useTranslation } from "react-i18next";

export function CommentsTab() {
  const { t } = useTranslation();
  return (
    <p className="hint" data-testid="comments-placeholder">
      {t("panel.commentsSoon")}
    </p>
  );
}
