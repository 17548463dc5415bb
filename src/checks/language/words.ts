// Unicode-aware word boundaries: JS \b is ASCII-only and breaks on German umlauts and ß.
/** Not preceded by a letter or digit. */
export const START = "(?<![\\p{L}\\p{N}])";
/** Not followed by a letter or digit. */
export const END = "(?![\\p{L}\\p{N}])";
/** One or more whitespace characters between words. */
export const SP = "\\s+";

/** Alternatives joined for a regex group; multi-word entries may use a plain space. */
export const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, "\\s+")).join("|");

/**
 * A whole word (or phrase); `compound` lets German compounds match: "before" accepts letters in
 * front (Schadensachbearbeiter), "after" behind (Vorgangsnummer), "both" either side.
 */
export function word(words: readonly string[], compound?: "before" | "after" | "both"): string {
  const before = compound === "before" || compound === "both" ? "\\p{L}*" : "";
  const after = compound === "after" || compound === "both" ? "\\p{L}*" : END;
  return `${START}${before}(?:${alt(words)})${after}`;
}

export const regex = (source: string) => new RegExp(source, "giu");
