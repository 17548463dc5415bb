// Serves the built browser app from dist/: index.html for / and the /m/:id routes, no path outside the folder; for a
// page a browser asks for at an address that holds nothing, the app with status 404, which says so in the user's
// language with a way to the start page (scripts keep the JSON answer).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

const SPA_ROUTE = /^\/(m\/[A-Za-z0-9_-]+\/?)?$/;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Answers a GET/HEAD for a static file; returns false when nothing matches (the caller sends 404). */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  staticDir: string | undefined,
): Promise<boolean> {
  if (!staticDir) return false;
  const root = resolve(staticDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (decoded.includes("\0")) return false;
  const file = SPA_ROUTE.test(decoded) ? join(root, "index.html") : resolve(root, "." + normalize("/" + decoded));
  if (file !== root && !file.startsWith(root + sep)) return false;
  if (!(await isFile(file))) return false;
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  const immutable = decoded.startsWith("/assets/");
  sendFile(req, res, file, 200, type, immutable ? "public, max-age=31536000, immutable" : "no-cache");
  return true;
}

/** Sends a file's bytes (none for HEAD) with its status and headers. */
function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  status: number,
  type: string,
  cacheControl: string,
): void {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": cacheControl });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

/** Whether the request is a browser asking for a page (not a script, an image or a script file). */
export function wantsPage(req: IncomingMessage): boolean {
  return /\btext\/html\b/.test(req.headers.accept ?? "");
}

/** Answers with the app's page and `status` (its own not-found page for an unknown address); false without a build. */
export async function serveAppPage(
  req: IncomingMessage,
  res: ServerResponse,
  staticDir: string | undefined,
  status: number,
): Promise<boolean> {
  if (!staticDir) return false;
  const file = join(resolve(staticDir), "index.html");
  if (!(await isFile(file))) return false;
  sendFile(req, res, file, status, TYPES[".html"]!, "no-cache");
  return true;
}
