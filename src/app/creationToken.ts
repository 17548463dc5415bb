// The server's creation token (README "Configuration", CREATE_TOKEN): kept in sessionStorage for this browser
// session once the server accepted it, and checked for a shape the server's Bearer header can carry at all.
const KEY = "outside-in.creationToken";
// Both start page forms follow the kept token: once one form's token is accepted, the other asks no more.
const listeners = new Set<() => void>();

export function onCreationTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const changed = () => listeners.forEach((listener) => listener());

// Where the token is kept when the browser refuses storage: for this page only, so its other form still knows it.
let inPage: string | undefined;

export function keptCreationToken(): string | undefined {
  let kept: string | null | undefined;
  try {
    kept = sessionStorage.getItem(KEY);
  } catch {
    kept = inPage;
  }
  return kept && creationTokenProblem(kept) === null ? kept : undefined;
}

export function keepCreationToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage disabled: kept on this page only; after a reload the next map asks for the token again.
    inPage = token;
  }
  changed();
}

export function forgetCreationToken(): void {
  inPage = undefined;
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept there, nothing to forget.
  }
  changed();
}

/**
 * Why a typed token cannot be the server's (an i18n key), or null. The server reads `Bearer (\S+)`, so a token
 * with a space inside never matches; a header carries only Latin-1 without control characters, so fetch would
 * fail before sending one with an emoji, say, and that would read as a network failure.
 */
export function creationTokenProblem(token: string): string | null {
  if (!token) return "start.token.missing";
  if (/\s/.test(token)) return "start.token.spaces";
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  if (/[\u0000-\u001f\u007f]|[^\u0000-\u00ff]/.test(token)) return "start.token.characters";
  return null;
}
