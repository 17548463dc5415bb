// The language a journey is written in: a BCP 47 language tag (RFC 5646), such as en, de, de-CH,
// en-US-u-ca-gregory or de-CH-x-phonebk. Checked by the RFC's grammar (less the primary subtags of 4 to 8 letters,
// which no registered language has), not by what one runtime's Intl knows.

const ALNUM = "[a-z0-9]";
// Two or three letters, with up to three extended language subtags. The grammar also allows 4 (reserved) to 8
// letters, but no such language is registered, and what people write there is a language's name ("German",
// "Deutsch"), which would leave a German map checked as English: refused (see languageNames.ts for the hint).
const LANGUAGE = "[a-z]{2,3}(?:-[a-z]{3}){0,3}";
const SCRIPT = "[a-z]{4}";
const REGION = "(?:[a-z]{2}|[0-9]{3})";
const VARIANT = `(?:${ALNUM}{5,8}|[0-9]${ALNUM}{3})`;
const EXTENSION = `[0-9a-wyz](?:-${ALNUM}{2,8})+`; // a singleton other than x, then its subtags
const PRIVATE_USE = `x(?:-${ALNUM}{1,8})+`;
const LANGTAG = `${LANGUAGE}(?:-${SCRIPT})?(?:-${REGION})?(?:-${VARIANT})*(?:-${EXTENSION})*(?:-${PRIVATE_USE})?`;

/** Tags from before RFC 4646 that the grammar does not cover; the regular ones already fit it. */
const IRREGULAR = new Set(
  [
    "en-GB-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "sgn-BE-FR",
    "sgn-BE-NL",
    "sgn-CH-DE",
  ].map((t) => t.toLowerCase()),
);

const WELL_FORMED = new RegExp(`^(?:${LANGTAG}|${PRIVATE_USE})$`, "i");

/** RFC 5646 2.2.5 and 2.2.6: no variant twice, no extension singleton twice (private use aside). */
function hasRepeats(tag: string): boolean {
  const subtags = tag.toLowerCase().split("-");
  const privateUse = subtags.indexOf("x");
  const before = privateUse === -1 ? subtags : subtags.slice(0, privateUse);
  const firstSingleton = before.findIndex((s, i) => i > 0 && s.length === 1);
  const variants = before
    .slice(1, firstSingleton === -1 ? before.length : firstSingleton)
    .filter((s) => s.length >= 5 || (s.length === 4 && /^[0-9]/.test(s)));
  const singletons = before.filter((s, i) => i > 0 && s.length === 1);
  return new Set(variants).size !== variants.length || new Set(singletons).size !== singletons.length;
}

/** Whether `tag` is a well-formed BCP 47 language tag (any letter case), without repeated variants or extensions. */
export function isLanguageTag(tag: string): boolean {
  if (IRREGULAR.has(tag.toLowerCase())) return true;
  return WELL_FORMED.test(tag) && !hasRepeats(tag);
}
