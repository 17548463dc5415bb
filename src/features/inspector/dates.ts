// Calendar dates as the interface language writes them (30.09.2026, Sep 30, 2026); the map keeps ISO (2026-09-30).
import { utcDay } from "../../i18n/formats";

/** The ISO day in the language's medium date style; anything that is not an ISO day is shown as it is. */
export function formatDay(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-31 is no day: Date would roll it over into March.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  // UTC on both sides, so the shown day never slips by a time zone.
  return utcDay(language).format(date);
}

/** Whether the text is a real ISO day (2026-09-30; not 2026-02-31, not empty). */
export function isDay(iso: string): boolean {
  return formatDay(iso, "en") !== iso;
}
