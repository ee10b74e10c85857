/**
 * The HTTP side every service has: `/metrics` (Prometheus), `/healthz` (the process is alive and
 * its loops turn) and `/readyz` (it is connected and will take work; false while draining).
 * Services may add read-only routes (the coordinator's live page).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "prom-client";

export interface Probe {
  ok: boolean;
  detail?: string;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServerOptions {
  readonly port: number;
  /** Address to bind. @default "0.0.0.0" so Prometheus can scrape the pod IP */
  readonly host?: string;
  readonly registry: Registry;
  readonly health: () => Probe;
  readonly ready: () => Probe;
  readonly routes?: Readonly<Record<string, RouteHandler>>;
}

export interface HttpServerHandle {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

function probe(res: ServerResponse, p: Probe): void {
  res.writeHead(p.ok ? 200 : 503, { "content-type": "text/plain" });
  res.end(`${p.ok ? "ok" : "not ok"}${p.detail ? `: ${p.detail}` : ""}\n`);
}

/** The host to put in a URL for a server bound to `host`: every-interface binds are reached on loopback. */
export function urlHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startHttpServer(opts: HttpServerOptions): Promise<HttpServerHandle> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const handle = async (): Promise<void> => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405).end();
        return;
      }
      if (path === "/metrics") {
        const body = await opts.registry.metrics();
        res.writeHead(200, { "content-type": opts.registry.contentType });
        res.end(body);
      } else if (path === "/healthz") {
        probe(res, opts.health());
      } else if (path === "/readyz") {
        probe(res, opts.ready());
      } else if (opts.routes?.[path]) {
        await opts.routes[path](req, res);
      } else {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      }
    };
    handle().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`error: ${(err as Error).message}\n`);
    });
  });
  const host = opts.host ?? "0.0.0.0";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${urlHost(host)}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
