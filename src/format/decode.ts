// Journey files are JSON, and JSON travels as UTF-8 (RFC 8259). Bytes that are not UTF-8, such as a file saved as
// Windows-1252 with umlauts, are refused with a sentence that says where, instead of being read with replacement
// characters that would turn "Prüfung" into "Pr�fung" in the map for good.
import { lineAndColumn } from "./jsonError";
import { wordingFor, type ReadOptions } from "./wording";

/** Refused: the sentence for a file, and where the first byte that is not UTF-8 sits (line 1, column 1 for UTF-16). */
export type Decoded = { ok: true; text: string } | { ok: false; error: string; line: number; column: number };

const UTF16_LE = [0xff, 0xfe];
const UTF16_BE = [0xfe, 0xff];
const startsWith = (bytes: Uint8Array, mark: number[]) => mark.every((b, i) => bytes[i] === b);

/**
 * UTF-16 saved without its byte order mark (as some Windows tools and .NET's Encoding.Unicode write it): a JSON text
 * starts with an ASCII character, so its first two bytes are that character and a zero byte, one way round or the
 * other. No UTF-8 JSON starts with a zero byte, so this never refuses a file that could be read.
 */
const isBareUtf16 = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0) && (bytes[0]! | bytes[1]!) < 0x80;

/** The text of a journey file's bytes, or the sentence that refuses them when they are not UTF-8. */
export function decodeJourneyBytes(bytes: Uint8Array, options: ReadOptions = {}): Decoded {
  const says = wordingFor(options);
  if (startsWith(bytes, UTF16_LE) || startsWith(bytes, UTF16_BE) || isBareUtf16(bytes)) {
    return { ok: false, error: says.utf16, line: 1, column: 1 };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    // Where: the first character the lenient reading had to replace (a file that is not UTF-8 has one).
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const at = lenient.indexOf("\ufffd");
    const { line, column } = lineAndColumn(lenient, at === -1 ? 0 : at);
    return { ok: false, error: says.notUtf8(line, column), line, column };
  }
}
