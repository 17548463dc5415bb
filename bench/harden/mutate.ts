// Seeded mutations of valid y-websocket frames: flipped, inserted, dropped and repeated bytes, truncation,
// splices, and lying lengths (varints that claim far more bytes than follow, or never end).
import * as encoding from "lib0/encoding";

/** Mulberry32: a small seeded generator, so a failing run can be repeated with its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LYING_VARINTS = [
  [0xff, 0xff, 0xff, 0xff, 0x0f],
  [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],
  [0xff, 0xff, 0xff],
  [0xfe, 0xff, 0x7f],
];

function varint(n: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, n);
  return encoding.toUint8Array(e);
}

export function mutate(frame: Uint8Array, random: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  const bytes = Array.from(frame);
  const rounds = 1 + pick(3);
  for (let r = 0; r < rounds; r++) {
    const at = pick(bytes.length + 1);
    switch (pick(8)) {
      case 0:
        if (bytes.length) bytes[Math.min(at, bytes.length - 1)] = pick(256);
        break;
      case 1:
        bytes.splice(at, 0, ...Array.from({ length: 1 + pick(8) }, () => pick(256)));
        break;
      case 2:
        bytes.splice(at, 1 + pick(8));
        break;
      case 3:
        bytes.length = Math.min(bytes.length, at);
        break;
      case 4: {
        const lie = LYING_VARINTS[pick(LYING_VARINTS.length)] ?? [];
        bytes.splice(at, 1 + pick(2), ...lie);
        break;
      }
      case 5:
        bytes.splice(at, 1, ...varint(2 ** (8 + pick(24))));
        break;
      case 6: {
        const from = pick(bytes.length + 1);
        bytes.splice(at, 0, ...bytes.slice(from, from + 1 + pick(16)));
        break;
      }
      default: {
        const i = Math.min(at, bytes.length - 1);
        if (i >= 0) bytes[i] = (bytes[i] ?? 0) ^ (1 << pick(8));
      }
    }
  }
  return Uint8Array.from(bytes);
}
