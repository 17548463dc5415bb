// A WOFF 1.0 font unpacked into the plain TrueType/OpenType (sfnt) file it wraps, for PDFKit.
// fontkit reads a WOFF table by inflating it again on every read and keeps nothing, so each glyph looked up in a
// large font (DejaVu Sans, for symbols, Arabic and Hebrew) inflated its whole glyph table: seconds per export.

/** Inflates one zlib-compressed table; `size` is the length the font says it has once inflated. */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;
/** The same, for the browser's DecompressionStream, which answers later. */
export type InflateLater = (data: Uint8Array, size: number) => Promise<Uint8Array>;

const WOFF = 0x774f4646; // "wOFF"
const HEADER = 44;
const ENTRY = 20;

type Entry = { tag: number; checksum: number; stored: Uint8Array; size: number };

const padded = (n: number) => (n + 3) & ~3;

/** The font's flavor and table entries, or undefined for a file that is not WOFF 1.0. Throws on a broken one. */
function directory(woff: Uint8Array): { flavor: number; entries: Entry[] } | undefined {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < HEADER || view.getUint32(0) !== WOFF) return undefined;
  const count = view.getUint16(12);
  if (HEADER + count * ENTRY > woff.byteLength) throw new Error("The WOFF font is cut short.");
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const at = HEADER + i * ENTRY;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const size = view.getUint32(at + 12);
    if (offset + compressed > woff.byteLength || compressed > size) throw new Error("The WOFF font is broken.");
    entries.push({
      tag: view.getUint32(at),
      checksum: view.getUint32(at + 16),
      stored: woff.subarray(offset, offset + compressed),
      size,
    });
  }
  return { flavor: view.getUint32(4), entries };
}

/** The sfnt file: its table directory, with the search fields the OpenType spec defines, then the tables. */
function assemble(flavor: number, entries: readonly Entry[], tables: readonly Uint8Array[]): Uint8Array {
  const count = entries.length;
  let total = 12 + 16 * count;
  tables.forEach((data, i) => {
    if (data.byteLength !== entries[i]?.size) throw new Error("A table of the WOFF font does not inflate to its size.");
    total += padded(data.byteLength);
  });
  const out = new Uint8Array(total);
  const w = new DataView(out.buffer);
  let log2 = 0;
  while (2 ** (log2 + 1) <= count) log2++;
  const searchRange = 2 ** log2 * 16;
  w.setUint32(0, flavor);
  w.setUint16(4, count);
  w.setUint16(6, searchRange);
  w.setUint16(8, log2);
  w.setUint16(10, count * 16 - searchRange);
  let position = 12 + 16 * count;
  tables.forEach((data, i) => {
    const at = 12 + 16 * i;
    w.setUint32(at, entries[i]?.tag ?? 0);
    w.setUint32(at + 4, entries[i]?.checksum ?? 0);
    w.setUint32(at + 8, position);
    w.setUint32(at + 12, data.byteLength);
    out.set(data, position);
    position += padded(data.byteLength);
  });
  return out;
}

const isCompressed = (e: Entry) => e.stored.byteLength < e.size;

/** The sfnt inside `woff`; anything that is not a WOFF 1.0 file is returned as it is. Throws on a broken one. */
export function woffToSfnt(woff: Uint8Array, inflate: Inflate): Uint8Array {
  const dir = directory(woff);
  if (dir === undefined) return woff;
  const tables = dir.entries.map((e) => (isCompressed(e) ? inflate(e.stored, e.size) : e.stored));
  return assemble(dir.flavor, dir.entries, tables);
}

/** The same with an inflater that answers later, such as the browser's DecompressionStream. */
export async function woffToSfntLater(woff: Uint8Array, inflate: InflateLater): Promise<Uint8Array> {
  const dir = directory(woff);
  if (dir === undefined) return woff;
  const tables = await Promise.all(dir.entries.map((e) => (isCompressed(e) ? inflate(e.stored, e.size) : e.stored)));
  return assemble(dir.flavor, dir.entries, tables);
}
