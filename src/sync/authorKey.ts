// This browser's author key: a random secret sent as X-Author-Key with every comment request, so the
// server knows which comments are mine (it keeps only a hash). Kept in localStorage, never in a document.

export const AUTHOR_KEY_STORAGE = "outside-in.author-key";
const VALID = /^[A-Za-z0-9_-]{16,200}$/;

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function freshKey(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

let cached: string | null = null;

/** The stored key, or a new one (48 hex characters) saved for later visits; a damaged stored value is replaced. */
export function getAuthorKey(): string {
  if (cached) return cached;
  const stored = storage()?.getItem(AUTHOR_KEY_STORAGE);
  if (stored && VALID.test(stored)) {
    cached = stored;
    return stored;
  }
  const key = freshKey();
  cached = key;
  try {
    storage()?.setItem(AUTHOR_KEY_STORAGE, key);
  } catch {
    // Without storage the key lasts for this page only: comments written now stay mine until reload.
  }
  return key;
}

/** Forgets the in-memory copy, so tests re-read storage. */
export function reloadAuthorKey(): void {
  cached = null;
}
