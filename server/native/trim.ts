// The idle server's malloc_trim (trim.c, built on `npm install` by build.mjs). Where it could not be built,
// `trimAvailable` is false and trimMemory does nothing.
import { createRequire } from "node:module";

type Native = { trim(): boolean };

function load(): Native | null {
  try {
    return createRequire(import.meta.url)("./build/Release/trim.node") as Native;
  } catch {
    return null;
  }
}

const native = load();

export const trimAvailable = native !== null;

/** Hands what the allocator holds freed back to the system; true when it gave any back. */
export function trimMemory(): boolean {
  return native?.trim() ?? false;
}
