// The badge with the number of open comment threads on a card, stage or lane.
import { useTranslation } from "react-i18next";
import { useMapStore } from "../../store";
import { openThreadCounts } from "../commentCounts";

export function CommentBadge({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const threads = useMapStore((s) => openThreadCounts(s.comments).get(targetId) ?? 0);
  if (threads === 0) return null;
  return (
    <span className="card-comments" data-testid="card-comments" title={t("card.openThreads", { count: threads })}>
      <svg width="11" height="11" viewBox="0 0 12 12" aria-hidden="true">
        <path d="M1 2h10v6H5l-3 3V8H1z" fill="currentColor" />
      </svg>
      <span className="visually-hidden">{t("card.openThreads", { count: threads })}</span>
      <span aria-hidden="true">{threads}</span>
    </span>
  );
}
