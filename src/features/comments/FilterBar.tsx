// The filters of the thread list: all, open, resolved, mine, mentions of me.
import { useTranslation } from "react-i18next";
import { FILTERS, type ThreadFilter } from "./threads";

export function FilterBar({ filter, onChange }: { filter: ThreadFilter; onChange(filter: ThreadFilter): void }) {
  const { t } = useTranslation();
  return (
    <div className="thread-filters" role="group" aria-label={t("comments.filter.label")}>
      {FILTERS.map((f) => (
        <button
          key={f}
          type="button"
          className={f === filter ? "filter active" : "filter"}
          aria-pressed={f === filter}
          data-testid={`filter-${f}`}
          onClick={() => onChange(f)}
        >
          {t(`comments.filter.${f}`)}
        </button>
      ))}
    </div>
  );
}
