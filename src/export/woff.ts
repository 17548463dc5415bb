// A WOFF 1.0 font unpacked into the plain TrueType/OpenType (sfnt) file it wraps, for PDFKit.
// fontkit reads a WOFF table by inflating it again on every read and keeps nothing, so each glyph looked up in a
// large font (DejaVu Sans, for symbols, Arabic and Hebrew) inflated its whole glyph table: seconds per export.

/** Inflates one zlib-compressed table; `size` is the length the font says it has once inflated. */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

const WOFF = 0x774f4646; // "wOFF"
const HEADER = 44;
const ENTRY = 20;

const padded = (n: number) => (n + 3) & ~3;

/** The sfnt inside `woff`; anything that is not a WOFF 1.0 file is returned as it is. Throws on a broken one. */
export function woffToSfnt(woff: Uint8Array, inflate: Inflate): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < HEADER || view.getUint32(0) !== WOFF) return woff;
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  if (HEADER + count * ENTRY > woff.byteLength) throw new Error("The WOFF font is cut short.");
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = HEADER + i * ENTRY;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const size = view.getUint32(at + 12);
    if (offset + compressed > woff.byteLength || compressed > size) throw new Error("The WOFF font is broken.");
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < size ? inflate(stored, size) : stored;
    if (data.byteLength !== size) throw new Error("A table of the WOFF font does not inflate to its size.");
    tables.push({ tag, checksum: view.getUint32(at + 16), data });
  }
  let total = 12 + 16 * count;
  for (const t of tables) total += padded(t.data.byteLength);
  const out = new Uint8Array(total);
  const w = new DataView(out.buffer);
  // The table directory's search fields, as the OpenType spec defines them.
  let log2 = 0;
  while (2 ** (log2 + 1) <= count) log2++;
  const searchRange = 2 ** log2 * 16;
  w.setUint32(0, flavor);
  w.setUint16(4, count);
  w.setUint16(6, searchRange);
  w.setUint16(8, log2);
  w.setUint16(10, count * 16 - searchRange);
  let position = 12 + 16 * count;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    w.setUint32(at, t.tag);
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, position);
    w.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, position);
    position += padded(t.data.byteLength);
  });
  return out;
}
