// The filters of the thread list: all, open, resolved, mine, mentions of me (with how many are open).
import { useTranslation } from "react-i18next";
import { FILTERS, type ThreadFilter } from "./threads";

export interface FilterBarProps {
  filter: ThreadFilter;
  onChange(filter: ThreadFilter): void;
  /** Open threads that mention me, shown on the "mention me" filter so a person notices them. */
  openMentions: number;
}

export function FilterBar({ filter, onChange, openMentions }: FilterBarProps) {
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
          {f === "mentions" && openMentions > 0 && (
            <>
              <span className="filter-count" aria-hidden="true" data-testid="open-mentions">
                {openMentions}
              </span>
              <span className="visually-hidden">{`, ${t("comments.filter.openMentions", { count: openMentions })}`}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
