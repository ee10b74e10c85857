/**
 * A redis-server for the BullMQ peer: Debian's binary, started by the bench on a free loopback
 * port with a temp folder, the append-only file on and fsynced every second (Redis's durable
 * setting short of fsync per write), no RDB snapshots.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../../services/cli/src/local-fleet";

export interface RedisServer {
  readonly host: string;
  readonly port: number;
  readonly pid: number;
  /** `INFO <section>` as key → value. */
  info(section: string): Promise<Map<string, string>>;
  stop(): Promise<void>;
}

export function redisServerBinary(): string {
  if (process.env.FRAMEFLEET_REDIS_SERVER) return process.env.FRAMEFLEET_REDIS_SERVER;
  for (const p of ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]) if (existsSync(p)) return p;
  return "redis-server";
}

export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), "ff-bench-redis-"));
  const port = await freePort();
  const host = "127.0.0.1";
  const binary = redisServerBinary();
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", host, "--dir", dir, "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--daemonize", "no", "--loglevel", "warning"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const keep = (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const server: RedisServer = { host, port, pid: child.pid ?? 0, info: (section) => redisInfo(host, port, section), stop };
  const deadline = Date.now() + 15_000;
  for (;;) {
    const early = await Promise.race([spawnError, exited.then(() => "exited"), new Promise((r) => setTimeout(r, 50, undefined))]);
    if (early instanceof Error) throw new Error(`cannot start ${binary}: ${early.message}. Install it (Debian/Ubuntu: apt-get install redis-server) or set FRAMEFLEET_REDIS_SERVER`);
    if (early === "exited") throw new Error(`redis-server exited at start: ${log.trim()}`);
    try {
      await server.info("server");
      return server;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`redis-server did not answer on ${host}:${port} in 15 s: ${log.trim()}`);
      }
    }
  }
}

/**
 * `INFO <section>` over a plain socket (one inline command, one bulk reply): the bench's own
 * reads of the counters stay outside BullMQ's client and count as one command each.
 */
export function redisInfo(host: string, port: number, section: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const sock = createConnection({ host, port });
    let buf = Buffer.alloc(0);
    sock.setTimeout(5000, () => sock.destroy(new Error("INFO timed out")));
    sock.on("error", reject);
    sock.on("connect", () => sock.write(`INFO ${section}\r\n`));
    sock.on("data", (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      const head = buf.indexOf("\r\n");
      if (head < 0) return;
      if (buf[0] !== 0x24 /* $ */) {
        sock.destroy(new Error(`INFO answered ${buf.toString().slice(0, 200)}`));
        return;
      }
      const len = Number(buf.subarray(1, head).toString());
      if (buf.length < head + 2 + len) return;
      const body = buf.subarray(head + 2, head + 2 + len).toString();
      sock.end();
      const out = new Map<string, string>();
      for (const line of body.split("\r\n")) {
        const i = line.indexOf(":");
        if (i > 0 && !line.startsWith("#")) out.set(line.slice(0, i), line.slice(i + 1));
      }
      resolve(out);
    });
  });
}
