// Where a JSON text goes wrong, and why, in words: V8's own message names no position for some mistakes
// (a trailing comma) and quotes raw lines of the file, so the first mistake is found again here.
// The reasons are worded by the caller's language (English unless told otherwise).
//
// The scanner follows JSON (RFC 8259) exactly as JSON.parse reads it and keeps its own stack, so no nesting
// depth can overflow it. It only runs once JSON.parse has failed.

import { english } from "./english";
import type { JsonReasons } from "./wording";

export type JsonError = { offset: number; reason: string };

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const NUMBER_START = /[-0-9]/;
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** Quotes a word processor puts where JSON has its straight double quote. */
const TYPOGRAPHIC_QUOTES = new Set([..."„“”‟‘’‚‛«»‹›″＂"]);
/** A bare word, quoted in a message at most 20 characters long. */
const WORD = /[A-Za-z_$][A-Za-z0-9_$]{0,19}/y;

/** One character, short, single-line and harmless, for a reason to quote: printable as itself, anything else as \uXXXX. */
export function shownCharacter(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const invisible =
    code < 0x20 || (code >= 0x7f && code <= 0x9f) || /[\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/.test(ch);
  return invisible ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
}

type State = "value" | "firstValue" | "firstKey" | "key" | "colon" | "next" | "done";

/** The first place where `text` is not JSON, or undefined when it is JSON. */
export function findJsonError(text: string, says: JsonReasons = english.json): JsonError | undefined {
  const stack: ("{" | "[")[] = [];
  let state: State = "value";
  let i = 0;
  const fail = (offset: number, reason: string): JsonError => ({ offset, reason });
  const afterValue = (): State => (stack.length === 0 ? "done" : "next");

  /** Scans the string that starts at i (a quote); returns the error or moves i past the closing quote. */
  const string = (): JsonError | undefined => {
    const start = i;
    for (i++; i < text.length; i++) {
      const ch = text[i] ?? "";
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch === "\\") {
        const next = text[i + 1];
        if (next === "u") {
          if (!HEX4.test(text.slice(i + 2, i + 6))) return fail(i, says.badUnicodeEscape);
          i += 5;
        } else if (next !== undefined && ESCAPES.has(next)) i++;
        else {
          return fail(i, says.badEscape(next === undefined ? undefined : shownCharacter(next)));
        }
      } else if (ch.charCodeAt(0) < 0x20) {
        return fail(i, says.controlCharacter(shownCharacter(ch)));
      }
    }
    return fail(start, says.unclosedString);
  };

  /** Scans the value that starts at i; returns the error, or the state after it (or after its opening bracket). */
  const value = (ch: string): JsonError | State => {
    if (ch === "{" || ch === "[") {
      stack.push(ch);
      i++;
      return ch === "{" ? "firstKey" : "firstValue";
    }
    if (ch === '"') return string() ?? afterValue();
    if (NUMBER_START.test(ch)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      const end = m ? i + m[0].length : i;
      if (!m || /[0-9.eE+-]/.test(text[end] ?? "")) {
        return fail(i, says.badNumber);
      }
      i = end;
      return afterValue();
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i) && !/[A-Za-z0-9_$]/.test(text[i + literal.length] ?? "")) {
        i += literal.length;
        return afterValue();
      }
    }
    if (ch === "'") return fail(i, says.singleQuotedString);
    if (TYPOGRAPHIC_QUOTES.has(ch)) return fail(i, says.typographicQuote(ch));
    if (ch === "/") return fail(i, says.comment);
    if (ch === "}" || ch === "]") return fail(i, says.missingValue(ch));
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word !== undefined) return fail(i, says.bareWord(word));
    const found = shownCharacter(String.fromCodePoint(text.codePointAt(i) ?? 0));
    return fail(i, says.unexpected(found));
  };

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] ?? "")) i++;
    if (i >= text.length) {
      if (state === "done") return undefined;
      const why = stack.length === 0 ? says.noValue : says.unclosed;
      return fail(text.length, why);
    }
    const ch = text[i] ?? "";
    const open = stack[stack.length - 1];
    switch (state) {
      case "done":
        return fail(i, says.trailingText);
      case "firstValue":
      case "value": {
        if (state === "firstValue" && ch === "]") {
          stack.pop();
          i++;
          state = afterValue();
          break;
        }
        const next = value(ch);
        if (typeof next !== "string") return next;
        state = next;
        break;
      }
      case "firstKey":
      case "key":
        if (ch === '"') {
          const problem = string();
          if (problem) return problem;
          state = "colon";
        } else if (ch === "}" && state === "firstKey") {
          stack.pop();
          i++;
          state = afterValue();
        } else if (ch === "}") return fail(i, says.trailingCommaInObject);
        else if (ch === "'") return fail(i, says.singleQuotedName);
        else if (TYPOGRAPHIC_QUOTES.has(ch)) return fail(i, says.typographicQuote(ch));
        else return fail(i, says.nameExpected(shownCharacter(ch)));
        break;
      case "colon":
        if (ch !== ":") return fail(i, says.colonExpected(shownCharacter(ch)));
        i++;
        state = "value";
        break;
      case "next":
        if (ch === ",") {
          i++;
          state = open === "{" ? "key" : "value";
          let j = i;
          while (j < text.length && WHITESPACE.has(text[j] ?? "")) j++;
          if (open === "[" && text[j] === "]") return fail(j, says.trailingCommaInArray);
        } else if ((ch === "}" && open === "{") || (ch === "]" && open === "[")) {
          stack.pop();
          i++;
          state = afterValue();
        } else {
          return fail(i, says.commaExpected(open === "{" ? "}" : "]", shownCharacter(ch)));
        }
        break;
    }
  }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Line and column (both from 1, the column in characters) of an offset; \n, \r\n and \r end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(offset, text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    // The second half of a surrogate pair (an emoji, say) is not a character of its own.
    if (!(i > lineStart && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)))) column++;
  }
  return { line, column };
}
