// Journey files are UTF-8: other encodings are refused with where, never read with replacement characters.
import { decodeJourneyBytes } from "../../src/format";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 / Latin-1 bytes of a text that only uses characters below U+0100. */
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

describe("decoding a journey file's bytes", () => {
  it("reads UTF-8 with umlauts, typographic quotes, € and emoji as written, a byte order mark included", () => {
    const text = '{"title": "„Prüfung“ für 5 € 🙂"}';
    expect(decodeJourneyBytes(utf8(text))).toEqual({ ok: true, text });
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const read = decodeJourneyBytes(withMark);
    expect(read.ok && read.text.replace(/^\uFEFF/, "")).toBe(text);
  });

  it("refuses Windows-1252 umlauts, naming the line and column of the first", () => {
    const read = decodeJourneyBytes(latin1('{\n  "title": "Schadenprüfung"\n}'));
    expect(read).toEqual({
      ok: false,
      error:
        "This file is not UTF-8 text (line 2, column 22); a journey file is UTF-8. Save it as UTF-8 and try again.",
      line: 2,
      column: 22,
    });
  });

  it("refuses UTF-16 with its byte order mark, either way round", () => {
    for (const mark of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const read = decodeJourneyBytes(new Uint8Array([...mark, 0x7b, 0x00, 0x7d, 0x00]));
      expect(read.ok).toBe(false);
      expect(!read.ok && read.error).toBe(
        "This file is UTF-16 text; a journey file is UTF-8. Save it as UTF-8 and try again.",
      );
    }
  });

  it("refuses UTF-16 saved without a byte order mark, either way round, as UTF-16", () => {
    const text = '{\n  "title": "Schadenprüfung"\n}';
    const little = Uint8Array.from(Buffer.from(text, "utf16le"));
    const big = Uint8Array.from(Buffer.from(text, "utf16le").swap16());
    for (const bytes of [little, big]) {
      expect(decodeJourneyBytes(bytes)).toEqual({
        ok: false,
        error: "This file is UTF-16 text; a journey file is UTF-8. Save it as UTF-8 and try again.",
        line: 1,
        column: 1,
      });
    }
    expect(decodeJourneyBytes(Uint8Array.from(Buffer.from(text, "utf16le")), { language: "de" })).toMatchObject({
      ok: false,
      error:
        "Diese Datei ist UTF-16-Text; eine Journey-Datei ist UTF-8. Speichern Sie sie als UTF-8 und versuchen Sie es noch einmal.",
    });
  });

  it("takes a replacement character the file really holds", () => {
    const text = '{"title": "a \ufffd b"}';
    expect(decodeJourneyBytes(utf8(text))).toEqual({ ok: true, text });
  });
});
