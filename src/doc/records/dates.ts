// Dates in a journey: when a comment was written or a file exported, and the day a figure was observed.
// Both are checked as real dates: no 2026-13-45, no 30 February, no "1" that a lenient date parser reads as 2001.
import { MAX, boundedText } from "./limits";
import { rule } from "./rules";

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isDay = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** A calendar date written YYYY-MM-DD that exists (leap years included). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

// ISO 8601 extended format with a time zone: what toISOString writes (2026-11-22T10:00:00.000Z, or
// +010000-01-01T00:00:00.000Z beyond the year 9999), seconds and fractions optional, Z or an offset like +01:00.
const DATE_TIME =
  /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An ISO 8601 date and time with its time zone (Z or an offset), that exists and that a Date can hold. */
export function isIsoDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (m === null || m[1] === "-000000") return false;
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = m.slice(1).map((p) => Number(p ?? 0));
  return (
    isDay(year ?? 0, month ?? 0, day ?? 0) &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 59 &&
    (offsetHour ?? 0) <= 23 &&
    (offsetMinute ?? 0) <= 59 &&
    !Number.isNaN(Date.parse(s))
  );
}

/** A date and time, as `new Date().toISOString()` writes it; an offset like +01:00 is also accepted. */
export const dateTimeSchema = boundedText(MAX.date).refine(isIsoDateTime, rule("isoDateTime"));

/** A day, written YYYY-MM-DD. */
export const calendarDateSchema = boundedText(MAX.date).refine(isCalendarDate, rule("calendarDate"));
