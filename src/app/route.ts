// The tiny router: "/" is the start page, "/m/:id" a map; the token stays in the fragment.
export type Route = { kind: "start" } | { kind: "map"; id: string; token: string | null } | { kind: "notFound" };

export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === "/" || pathname === "" || pathname === "/index.html") return { kind: "start" };
  const match = /^\/m\/([A-Za-z0-9_.:-]{1,200})\/?$/.exec(pathname);
  if (!match?.[1]) return { kind: "notFound" };
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return { kind: "map", id: match[1], token: token && token.length <= 500 ? token : null };
}

/** Path and fragment of a link (absolute or not), for in-app navigation. */
export function localHref(link: string): string {
  const url = new URL(link, window.location.origin);
  return `${url.pathname}${url.hash}`;
}
