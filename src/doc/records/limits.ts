// Maximum lengths shared by every record validator, so an import, an HTTP body and an op agree.
import { z } from "zod";
import { rule } from "./rules";

export const MAX = {
  id: 100,
  name: 200,
  title: 200,
  text: 2000,
  longText: 5000,
  short: 100,
  /** A BCP-47 language tag; RFC 5646 asks for room for 35 characters, more with extensions. */
  language: 100,
  /** A date or a date and time: generous, so a wrong date is told it is not a date rather than too long. */
  date: 100,
  items: 50,
  cards: 20000,
  observations: 1000,
} as const;

// Letters and digits of any script (with their combining marks, so "prüfung" is an id whether its ü is one character
// or u and a combining diaeresis), and _ . : -. Spaces, slashes, quotes, other punctuation and symbols, and control
// and invisible characters are not: an id goes into addresses, CSS selectors, attributes and file names.
const ID_CHARACTERS = /^[\p{L}\p{M}\p{N}_.:-]+$/u;
const ASCII_ID_CHARACTERS = /^[A-Za-z0-9_.:-]+$/;
const ID_CHARACTER = /^[\p{L}\p{M}\p{N}_.:-]$/u;

/** Whether every character of `s` (not empty) may be in an id; most ids are ASCII, checked first as the faster. */
export const hasIdCharacters = (s: string): boolean => ASCII_ID_CHARACTERS.test(s) || ID_CHARACTERS.test(s);

/** Whether one character (a code point) may be in an id. */
export const isIdCharacter = (ch: string): boolean => ID_CHARACTER.test(ch);

/** A record id: short, printable, no whitespace. */
export const idSchema = z
  .string()
  // One problem per id: an empty or overlong id is not also told which characters it may hold.
  .min(1, { error: "must not be empty", abort: true })
  .max(MAX.id, { error: `must be at most ${MAX.id} characters`, abort: true })
  // A refinement rather than .regex, so the issue carries its rule's key.
  .refine(hasIdCharacters, rule("idCharacters"));

export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
/** A string whose length is checked before its form, so a huge value gets one short message and no costly check. */
export const boundedText = (max: number) =>
  z.string().max(max, { error: `must be at most ${max} characters`, abort: true });
export const requiredText = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/**
 * Characters that take no room of their own: zero-width space, non-joiner and joiner, direction marks, word joiner
 * and invisible operators, byte order mark, soft hyphen, Mongolian vowel separator. (Whitespace is trimmed.)
 */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;

/** Whether a text shows anything: more than whitespace and invisible characters. */
export const isVisibleText = (s: string): boolean => s.replace(INVISIBLE, "") !== "";

/**
 * A title or name: required text that must also show something. One made only of invisible characters is refused
 * like an empty one (a too_small issue, so every language words it the same way); an empty one is told once.
 */
export const requiredName = (max: number) =>
  requiredText(max).superRefine((s, ctx) => {
    if (s !== "" && !isVisibleText(s))
      ctx.addIssue({
        code: "too_small",
        origin: "string",
        minimum: 1,
        inclusive: true,
        input: s,
        message: "must not be empty",
      });
  });
