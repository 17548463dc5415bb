// The tiny router: "/" is the start page, "/m/:id" a map; the token stays in the fragment.
export type Route = { kind: "start" } | { kind: "map"; id: string; token: string | null } | { kind: "notFound" };

/** What a sentence puts after a link: never part of a token, which the server writes in base64url. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>'"»«“”„‘’]+$/u;

export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === "/" || pathname === "" || pathname === "/index.html") return { kind: "start" };
  // A mail program or chat that escaped the link's "#" as %23 sent the fragment along in the path: it is still the link.
  const escaped = /^(\/m\/[^/]*?)%23(.*)$/i.exec(pathname);
  if (escaped?.[1] !== undefined && escaped[2] !== undefined && !hash) {
    return parseRoute(escaped[1], `#${decodeFragment(escaped[2])}`);
  }
  const match = /^\/m\/([A-Za-z0-9_.:-]{1,200})\/?$/.exec(pathname);
  if (!match?.[1]) return { kind: "notFound" };
  // A token never holds white space: a space, tab or line break a mail program put at its end or inside it (a
  // link copied with the blank after it, or wrapped at the line's end) is not part of it; nor are the sentence's
  // full stop, a closing bracket or quote copied with a link at the end of a sentence (tokens are base64url).
  const token =
    new URLSearchParams(hash.replace(/^#/, "")).get("token")?.replace(/\s+/g, "").replace(TRAILING_PUNCTUATION, "") ??
    null;
  return { kind: "map", id: match[1], token: token && token.length <= 500 ? token : null };
}

function decodeFragment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The path and fragment of a map's share link, as the server writes it (`/m/ID#token=TOKEN`). */
export function mapAddress(id: string, token: string): string {
  return `/m/${id}#${new URLSearchParams({ token }).toString()}`;
}

/** Path and fragment of a link (absolute or not), for in-app navigation. */
export function localHref(link: string): string {
  const url = new URL(link, window.location.origin);
  return `${url.pathname}${url.hash}`;
}
