// Small helpers to answer HTTP requests: JSON bodies, error sentences, the security headers.
import type { IncomingMessage, ServerResponse } from "node:http";

export type Issue = { path: string; message: string };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export const NOT_FOUND = "There is no map here, or this link is not valid (any more).";

export const securityHeaders = (connectSrc: string): Record<string, string> => ({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  // React Flow positions nodes with style attributes, hence 'unsafe-inline' for styles only.
  "Content-Security-Policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self' ${connectSrc}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; "),
});

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, error.issues ? { error: error.message, issues: error.issues } : { error: error.message });
}

export function bearerToken(req: IncomingMessage): string {
  const header = req.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}

export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}

/**
 * `attachment` with the exact UTF-8 name in `filename*` (RFC 5987/6266) for every client that reads it, and an
 * ASCII `filename` for those that do not.
 */
export function contentDisposition(asciiFallback: string, fileName: string = asciiFallback): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "_") || "download";
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
