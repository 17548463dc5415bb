// Intl formatters made once per language and style: making one takes far longer than formatting with it
// (selecting a card on a big map made dozens for its measurement point).

const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function once<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = made.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    made.set(key, format);
  }
  return format;
}

/** Every fraction digit a number holds (Intl allows twenty everywhere), no thousands separators. */
export const plainNumber = (language: string): Intl.NumberFormat =>
  once(`number:${language}`, () => new Intl.NumberFormat(language, { maximumFractionDigits: 20, useGrouping: false }));

/** A calendar day in the medium style, read in UTC so that it never slips by a time zone. */
export const utcDay = (language: string): Intl.DateTimeFormat =>
  once(`day:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }));

/** A moment in the medium date and short time style, in the reader's time zone. */
export const dayAndTime = (language: string): Intl.DateTimeFormat =>
  once(`time:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }));

/**
 * Makes the formats the inspector shows numbers and days with. The first number format a page makes loads its
 * locale data (some 15 ms), which fell on the first click on a card with a measurement point; the editor calls
 * this once the map is editable and the page is idle.
 */
export function warmFormats(language: string): void {
  plainNumber(language).format(1.5);
  utcDay(language).format(0);
}
