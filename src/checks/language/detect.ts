// Finds the inside-out phrases in a text, English and German alike (maps mix both, and jargon crosses languages),
// and lets a sentence worded as the customer ("I …", „Ich …“, a we that is the customer) excuse what it may.
import { dePatterns, deVoice } from "./de";
import { enPatterns, enVoice } from "./en";
import { quotedRanges } from "./quotes";
import { once, type Kind, type Pattern, type Voice } from "./words";

const patterns = once((): readonly Pattern[] => [...enPatterns(), ...dePatterns()]);
const voices = once((): readonly Voice[] => [enVoice(), deVoice()]);

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

type Span = { start: number; end: number; kind: Kind };

const WORDS = /\p{L}+/gu;

function findPhrases(text: string): string[] {
  let spans: Span[] = [];
  let words: readonly string[] | undefined;
  for (const { re, kind, gate } of patterns()) {
    if (gate !== undefined && !gate((words ??= text.toLowerCase().match(WORDS) ?? []))) continue;
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  if (spans.length === 0) return [];
  // A quotation is the customer's words, or the company's words as the customer meets them: never reworded.
  const quotes = quotedRanges(text);
  if (quotes.length > 0) spans = spans.filter((s) => !quotes.some((q) => s.start >= q.start && s.start < q.end));
  if (spans.length === 0) return [];
  if (spans.some((s) => s.kind !== "jargon")) spans = spans.filter(judge(text, spans));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
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

/** Short words before a full stop that do not end a sentence: z. B., d. h., e.g., bzw., Nr. */
const ABBREVIATIONS = new Set([
  "ca",
  "bzw",
  "nr",
  "dr",
  "hr",
  "fr",
  "etc",
  "usw",
  "ggf",
  "evtl",
  "inkl",
  "vgl",
  "zzgl",
  "vs",
  "tel",
  "str",
  "mr",
  "mrs",
  "ms",
  "no",
  "approx",
]);

/** Where each sentence of `text` starts and ends: at . ! ? ; : before a space or the end, and at line breaks. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?;:]+(?=\s|$)|\n/g)) {
    if (m[0] === ".") {
      let w = m.index;
      while (w > 0 && /\p{L}/u.test(text[w - 1] ?? "")) w--;
      const before = text.slice(w, m.index);
      if (before.length === 1 || ABBREVIATIONS.has(before.toLowerCase())) continue;
    }
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const found = (re: RegExp, s: string) => s.search(re) >= 0;
const WE = /(?<![\p{L}\p{N}])(?:we|wir)(?![\p{L}\p{N}])/giu;

/**
 * Which spans stand, sentence by sentence. Jargon always does. In a sentence with the customer as a subject, company
 * terms do not, nor does any company subject, passive or third-person customer after the customer spoke first.
 */
function judge(text: string, spans: readonly Span[]): (span: Span) => boolean {
  const bounds = sentences(text);
  const verdicts = new Map<number, (span: Span) => boolean>();
  const sentenceOf = (at: number) => {
    let i = 0;
    while (i < bounds.length - 1 && (bounds[i]?.end ?? 0) <= at) i++;
    return i;
  };
  return (span) => {
    if (span.kind === "jargon") return true;
    const i = sentenceOf(span.start);
    let verdict = verdicts.get(i);
    if (verdict === undefined) {
      const bound = bounds[i] ?? { start: 0, end: text.length };
      const we = spans.filter((w) => w.kind === "we" && w.start >= bound.start && w.start < bound.end);
      verdict = judgeSentence(text, bound, we);
      verdicts.set(i, verdict);
    }
    return verdict(span);
  };
}

/**
 * Verbs of reaching someone or hearing from them: a we that calls, writes to or sends to the bank or the hotline, or
 * gets a letter from them, is the customer.
 */
const REACHING =
  /(?<![\p{L}\p{N}])(?:call|called|contact|contacted|e-?mail|e-?mailed|mail|mailed|write|wrote|written|phone|phoned|ring|message|messaged|ask|asked|visit|visited|send|sent|post|posted|receive|received|get|got|rufen|angerufen|kontaktieren|kontaktiert|schreiben|geschrieben|schicken|geschickt|senden|gesendet|fragen|gefragt|besuchen|besucht|erhalten|bekommen|melden)(?![\p{L}\p{N}])/iu;

function judgeSentence(
  text: string,
  { start, end }: { start: number; end: number },
  we: readonly Span[],
): (span: Span) => boolean {
  const s = text.slice(start, end);
  const addressed = voices().some((v) => found(v.addressed, s));
  const together = !addressed && voices().some((v) => found(v.together, s));
  const counterpart = !addressed && voices().some((v) => found(v.counterpart, s));
  const customerWe = new Set(we.filter((w) => together || (counterpart && REACHING.test(text.slice(w.start, w.end)))));
  const inCompanyWe = (at: number) => we.some((w) => !customerWe.has(w) && at >= w.start && at < w.end);
  let first = Infinity;
  for (const v of voices())
    for (const m of s.matchAll(v.customer)) if (!inCompanyWe(start + m.index)) first = Math.min(first, start + m.index);
  for (const w of customerWe) first = Math.min(first, w.start);
  if (together) for (const m of s.matchAll(WE)) first = Math.min(first, start + m.index);
  // A question is the customer asking („Wie ist der Stand meines Vorgangs?“, „Wann wird mein Paket zugestellt?“), in
  // the customer's words for it.
  const question = s.trimEnd().endsWith("?");
  return (span) => {
    if (span.kind === "term") return first === Infinity && !question;
    if (span.kind === "passive" && question) return false;
    if (customerWe.has(span)) return false;
    return !(first < span.start);
  };
}
