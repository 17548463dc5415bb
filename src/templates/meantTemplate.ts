// Which template an unknown template id most likely means, for a refusal that can say "did you mean": the id
// written by its name or in another case ("Motor Claim"), its words in another order or form ("open-bank-account"),
// a letter or two off ("moter-claim"), or a word of its English or German name ("Girokonto").
import { TEMPLATES, type TemplateInfo } from "./index";

export type MeantTemplate =
  /** The id itself, written in another case or with spaces, dashes or underscores. */
  | { kind: "spelling"; id: string }
  /** The template's English or German name ("Girokonto eröffnen"), in any case. */
  | { kind: "name"; id: string }
  /** The one template whose id or name shares most of the written words. */
  | { kind: "close"; id: string };

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** Lower case without accents (ö → o, ß → ss), so "eröffnen" and "eroeffnen" are a letter apart. */
const plain = (s: string): string => s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").toLowerCase();

const squash = (s: string): string => plain(s).replace(/[\s_-]+/g, "");

/** Words that say nothing about which template is meant. */
const FILLERS = new Set(["a", "an", "the", "and", "with", "of", "for", "my", "mit", "und", "der", "die", "das", "ein"]);

const words = (s: string): string[] =>
  plain(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !FILLERS.has(w));

/** Two words are alike when one begins the other (open, opening) or they are a letter or two apart (moter, motor). */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  if (short.length < 4) return false;
  return editDistance(a, b) <= (short.length >= 7 ? 2 : 1);
}

const vocabulary = (t: TemplateInfo): string[] => [...words(t.id), ...words(t.name.en), ...words(t.name.de)];

/** The template `written` most likely means, or undefined when none is close or two are as close. */
export function meantTemplate(
  written: string,
  templates: readonly TemplateInfo[] = TEMPLATES,
): MeantTemplate | undefined {
  const squashed = squash(written);
  if (squashed === "") return undefined;
  const same = templates.find((t) => squash(t.id) === squashed);
  if (same) return { kind: "spelling", id: same.id };
  const named = templates.find((t) => squash(t.name.en) === squashed || squash(t.name.de) === squashed);
  if (named) return { kind: "name", id: named.id };
  const given = words(written);
  if (given.length === 0) return undefined;
  const scored = templates.map((t) => {
    const known = vocabulary(t);
    return { id: t.id, score: given.filter((w) => known.some((k) => alike(w, k))).length };
  });
  const best = Math.max(...scored.map((s) => s.score));
  // At least half the written words must belong to the template: "garden-party-return" is not a return.
  if (best === 0 || best * 2 < given.length) return undefined;
  const closest = scored.filter((s) => s.score === best);
  return closest.length === 1 ? { kind: "close", id: closest[0]!.id } : undefined;
}
