// Calendar dates as the interface language writes them (30.09.2026, Sep 30, 2026); the map keeps ISO (2026-09-30).
// A day is typed into a text field as the language writes it, not into the browser's date field, whose order of
// day and month follows the browser's own language: typed as 01.11.2026 into an English browser's field it became
// 11 January.
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

const writesDayFirst = (language: string) => language.toLowerCase().startsWith("de");

/** The ISO day as its field shows it to be typed: 05.12.2026 in German, 2026-12-05 in English. */
export function typedDay(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || !writesDayFirst(language)) return iso;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** Today on this computer's calendar (not in UTC: just after midnight in Berlin, UTC still has yesterday). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type DayReading =
  | { ok: true; iso: string }
  /** empty: nothing typed; format: no day in a form read here; noSuchDay: 31.02.2026 */
  | { ok: false; problem: "empty" | "format" | "noSuchDay" }
  /** 01/11/2026: 1 November to some readers, 11 January to others. */
  | { ok: false; problem: "ambiguous"; dayFirst: string; monthFirst: string };

function dayOf(year: string, month: string, day: string): DayReading {
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isDay(iso) ? { ok: true, iso } : { ok: false, problem: "noSuchDay" };
}

/**
 * Reads a typed day in any interface language: 2026-11-01 (ISO), 1.11.2026 and 01.11.2026 (day first, as dots
 * are written everywhere), and 01/11/2026 only when it can be read one way (a part over 12, or both the same):
 * whether the day or the month comes first there depends on the writer, so it is refused rather than guessed.
 */
export function readDay(text: string): DayReading {
  const typed = text.trim();
  if (typed === "") return { ok: false, problem: "empty" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) return dayOf(iso[1] as string, iso[2] as string, iso[3] as string);
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(typed);
  if (dotted) return dayOf(dotted[3] as string, dotted[2] as string, dotted[1] as string);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed);
  if (!slashed) return { ok: false, problem: "format" };
  const [, a, b, year] = slashed as unknown as [string, string, string, string];
  const dayFirst = dayOf(year, b, a);
  const monthFirst = dayOf(year, a, b);
  if (dayFirst.ok && monthFirst.ok && dayFirst.iso !== monthFirst.iso)
    return { ok: false, problem: "ambiguous", dayFirst: dayFirst.iso, monthFirst: monthFirst.iso };
  return dayFirst.ok ? dayFirst : monthFirst;
}
