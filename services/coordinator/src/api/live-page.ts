/**
 * The coordinator's read-only live page on its HTTP port: `/` and `/runs` (HTML) and `/api/runs`
 * (the JSON the page polls). With a Control API token (`api.token` / `api.token_file`) every
 * request needs it, like the gRPC API: `Authorization: Bearer <token>`, or for a browser
 * `?token=<token>` once, which sets an HttpOnly cookie and redirects to the same page without it.
 * /metrics, /healthz and /readyz stay open (probes and Prometheus carry no token).
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RouteHandler } from "../../../common/src/http";
import { renderLivePage } from "./live-page-html";
import { buildLiveView, type LiveSource } from "./live-view";

/** Name of the cookie a browser gets after `?token=`. */
export const LIVE_COOKIE = "ff_live";

export interface LivePageOptions {
  /** The Control API's token; none = the page is open, as the gRPC API is. */
  readonly token?: string;
}

// Hashing both sides gives equal lengths for timingSafeEqual: neither content nor length leaks.
const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();
const same = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/**
 * The cookie holds a value derived from the token, not the token: a cookie that leaks (it is not
 * Secure on plain HTTP) opens this page only, never the Control API.
 */
function cookieValue(token: string): string {
  return createHmac("sha256", token).update("framefleet live page").digest("base64url");
}

function cookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

type Access = "ok" | "denied" | { redirect: string; cookie: string };

function access(req: IncomingMessage, token: string | undefined): Access {
  if (token === undefined) return "ok";
  const auth = req.headers.authorization;
  if (auth !== undefined) return same(auth, `Bearer ${token}`) ? "ok" : "denied";
  const url = new URL(req.url ?? "/", "http://coordinator");
  const given = url.searchParams.get("token");
  if (given !== null) {
    if (!same(given, token)) return "denied";
    // Drop the token from the address bar (history, screenshots, Referer) once the cookie is set.
    url.searchParams.delete("token");
    return { redirect: `${url.pathname}${url.search}`, cookie: cookieValue(token) };
  }
  const c = cookies(req).get(LIVE_COOKIE);
  return c !== undefined && same(c, cookieValue(token)) ? "ok" : "denied";
}

const COMMON_HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" };

function deny(res: ServerResponse): void {
  res.writeHead(401, { ...COMMON_HEADERS, "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="framefleet"' });
  res.end("401: this coordinator requires its Control API token: send Authorization: Bearer <token>, or open this page once with ?token=<token>\n");
}

/** Wraps a handler with the token check (and the ?token= → cookie exchange). */
function guarded(token: string | undefined, handler: RouteHandler): RouteHandler {
  return async (req, res) => {
    const a = access(req, token);
    if (a === "denied") return deny(res);
    if (a !== "ok") {
      res.writeHead(303, { ...COMMON_HEADERS, location: a.redirect, "set-cookie": `${LIVE_COOKIE}=${a.cookie}; HttpOnly; SameSite=Strict; Path=/` });
      res.end();
      return;
    }
    await handler(req, res);
  };
}

/** The routes to pass to startHttpServer. */
export function liveRoutes(source: LiveSource, opts: LivePageOptions = {}): Record<string, RouteHandler> {
  const page: RouteHandler = (_req, res) => {
    res.writeHead(200, { ...COMMON_HEADERS, "content-type": "text/html; charset=utf-8", "content-security-policy": "frame-ancestors 'none'" });
    res.end(renderLivePage());
  };
  const api: RouteHandler = async (_req, res) => {
    const body = JSON.stringify(await buildLiveView(source));
    res.writeHead(200, { ...COMMON_HEADERS, "content-type": "application/json; charset=utf-8" });
    res.end(body);
  };
  return { "/": guarded(opts.token, page), "/runs": guarded(opts.token, page), "/api/runs": guarded(opts.token, api) };
}
