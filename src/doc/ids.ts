// Record ids: a short prefix that says what the record is, and enough randomness to never collide.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export type IdPrefix = "st" | "ln" | "cd" | "cn" | "cm" | "rp" | "jr";

export function newId(prefix: IdPrefix): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let s = "";
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${s}`;
}
