// The JSON scanner that says where a file stops being JSON: it must agree with JSON.parse on every text.
import { findJsonError, lineAndColumn } from "../../src/format/jsonError";

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("findJsonError", () => {
  it("finds an error exactly when JSON.parse refuses the text, over many small mutations", () => {
    const base = JSON.stringify(
      { a: [1, -2.5e3, 0, 0.5, 'q"u\\o\u00fc\u0001', true, false, null, { b: {}, c: [] }], "d e": "\ud83d\ude00" },
      null,
      1,
    );
    const alphabet = " ,:{}[]\"\\0123456789-+.eEtrufalsnx\n\t'/u";
    const random = seeded(7);
    const disagreements: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      let text = base;
      for (let m = 0; m < 1 + Math.floor(random() * 3); m++) {
        const at = Math.floor(random() * text.length);
        const ch = alphabet[Math.floor(random() * alphabet.length)] ?? " ";
        const op = random();
        if (op < 1 / 3) text = text.slice(0, at) + text.slice(at + 1);
        else if (op < 2 / 3) text = text.slice(0, at) + ch + text.slice(at);
        else text = text.slice(0, at) + ch + text.slice(at + 1);
      }
      if (parses(text) !== (findJsonError(text) === undefined)) disagreements.push(text);
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
  });

  it("keeps its own stack, so no depth of nesting overflows it", () => {
    const deep = `${"[".repeat(300_000)}}`;
    expect(findJsonError(deep)).toEqual({ offset: 300_000, reason: 'a value is missing before "}"' });
    expect(findJsonError(`${"[".repeat(300_000)}${"]".repeat(300_000)}`)).toBeUndefined();
  });
});

describe("lineAndColumn", () => {
  it("counts lines ended by \\n, \\r\\n or \\r and columns in characters", () => {
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\rcd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("\ud83d\ude00x", 2)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn("", 0)).toEqual({ line: 1, column: 1 });
  });
});
