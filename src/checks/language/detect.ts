// Finds the inside-out phrases in a text, English and German alike (maps mix both, and jargon crosses languages).
import { EN_PATTERNS } from "./en";
import { DE_PATTERNS } from "./de";

const PATTERNS: readonly RegExp[] = [...EN_PATTERNS, ...DE_PATTERNS];

/**
 * The company-side phrases in `text`, in reading order, each once (case-insensitive). Overlapping
 * hits merge into one phrase, so "Der Kunde erhält" is reported whole, not as two halves.
 */
export function insideOutPhrases(text: string): string[] {
  // The checks re-run on every edit, and a map's texts rarely change between runs: remember the answers.
  const known = cache.get(text);
  if (known) return [...known];
  const found = findPhrases(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, found);
  return [...found];
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, readonly string[]>();

function findPhrases(text: string): string[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { start, end } of merged) {
    const phrase = text.slice(start, end).replace(/\s+/g, " ").trim();
    const key = phrase.toLocaleLowerCase();
    if (phrase === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out;
}
