// Which pages may use the server. A browser names the page a request comes from (Origin); only this server's own
// pages may open the collaboration socket or change anything through the API: PUBLIC_URL, the address it listens
// on, or the host the request reached (the page came through a proxy such as the Vite dev server). A request
// without Origin is not from a page (a script, curl) and is judged by its token alone.
import type { IncomingMessage } from "node:http";
import type { ServerContext } from "./context";

/** The page was served by whoever the browser thinks it is talking to (e.g. the Vite dev proxy on :5173). */
function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request comes from a page another site served (a form or script there posting to this server). */
export function fromForeignPage(ctx: Pick<ServerContext, "allowedOrigins">, req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && !ctx.allowedOrigins.has(origin) && !sameHost(origin, req.headers.host);
}
