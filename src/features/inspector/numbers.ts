// Numbers as the interface language writes them: shown with its decimal separator and every digit the map holds,
// read with either "," or "." as the decimal separator, and refused when a reader could take them two ways.

import { plainNumber as format } from "../../i18n/formats";

/** The separator the language writes between whole and fraction ("," in German, "." in English). */
export function decimalSeparator(language: string): string {
  return (
    format(language)
      .formatToParts(1.5)
      .find((p) => p.type === "decimal")?.value ?? "."
  );
}

/** The number as the language writes it, without thousands separators and without losing a digit. */
export function formatNumber(value: number, language: string): string {
  // -0 (from a negated 0 somewhere) is 0 to every reader.
  const shown = format(language).format(value === 0 ? 0 : value);
  if (Number(shown.replace(decimalSeparator(language), ".").replace("−", "-")) === value) return shown;
  // Beyond 20 fraction digits (1e-21) the exponent form is the only one that keeps the number.
  return String(value).replace(".", decimalSeparator(language));
}

export type NumberReading =
  | { ok: true; value: number }
  /** notNumber: no number at all; separators: more than one "," or "."; ambiguous: "4.125" in German. */
  | { ok: false; problem: "notNumber" | "separators" }
  | { ok: false; problem: "ambiguous"; decimal: number; whole: number };

/**
 * Reads a typed number (the caller handles the empty field): "4,2" and "4.2" are both 4.2 in every language, but a
 * single separator the language uses to group thousands, between one to three digits and exactly three ("1.000" in
 * German, "1,000" in English), could be either, so it is refused rather than guessed.
 */
export function readNumber(text: string, language: string): NumberReading {
  const match = /^([-−+]?)(\d*)(?:([.,])(\d+))?$/.exec(text.trim());
  if (!match) {
    const several = /^[-−+]?[\d.,]+$/.test(text.trim()) && (text.match(/[.,]/g) ?? []).length > 1;
    return { ok: false, problem: several ? "separators" : "notNumber" };
  }
  const [, sign = "", whole = "", separator, fraction = ""] = match;
  if (whole === "" && fraction === "") return { ok: false, problem: "notNumber" };
  const negative = sign === "-" || sign === "−";
  const value = Number(`${negative ? "-" : ""}${whole || "0"}.${fraction || "0"}`);
  if (!Number.isFinite(value)) return { ok: false, problem: "notNumber" };
  const grouping = separator !== undefined && separator !== decimalSeparator(language);
  if (grouping && /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
    const thousands = Number(`${negative ? "-" : ""}${whole}${fraction}`);
    return { ok: false, problem: "ambiguous", decimal: value, whole: thousands };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A percent sign at the end, with or without a space before it (also a no-break or narrow no-break space). */
const TRAILING_PERCENT = /\s*%\s*$/u;

/**
 * Reads a typed target: a number as readNumber reads it, also with a trailing percent sign, which a percentage
 * scale's target is often written with ("95 %", "95%", "95,5 %"): the number is the target, the sign says nothing
 * more. Any other text around the number is still refused.
 */
export function readTarget(text: string, language: string): NumberReading {
  return readNumber(text.replace(TRAILING_PERCENT, ""), language);
}
