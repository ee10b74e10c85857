/**
 * Starts a real nats-server child process with JetStream on free ports (the demo, `framefleet up`
 * and every integration test use this; nothing mocks NATS). Ports are chosen by the server
 * (`-p -1 -m -1`) and read back from its ports file, so parallel runs never collide.
 *
 * The server pings its clients every SERVER_PING_INTERVAL and drops one after SERVER_PING_MAX
 * unanswered pings (nats-server's own 2 minutes kept a partitioned worker's dead connection, and
 * its interest, for minutes). These have no command-line flags, so they go in a config file,
 * unless the caller brings its own (`-c`), which then decides.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetError, FleetErrorCode } from "../errors";
import { delay } from "../abort";

export interface NatsServerOptions {
  /** JetStream store folder; a fresh temp folder when omitted (removed on stop). */
  readonly storeDir?: string;
  /** Address the client and monitoring ports bind. @default "127.0.0.1" */
  readonly host?: string;
  /** Client port; -1 picks a free one. @default -1 */
  readonly port?: number;
  /** Monitoring port; -1 picks a free one. @default -1 */
  readonly httpPort?: number;
  readonly binary?: string;
  readonly serverName?: string;
  /** Extra arguments (cluster routes, auth config …). */
  readonly args?: readonly string[];
  readonly startTimeoutMs?: number;
}

export interface NatsServerHandle {
  readonly url: string;
  readonly monitorUrl: string;
  readonly storeDir: string;
  readonly pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s); removes a temp store unless keepStore. */
  stop(opts?: { keepStore?: boolean }): Promise<void>;
  /** SIGKILL, keeping the store: for crash tests. */
  kill(): Promise<void>;
  /** Starts the server again on the same ports with the same store. */
  restart(): Promise<NatsServerHandle>;
}

interface PortsFile {
  nats?: string[];
  monitoring?: string[];
}

/** How often the server pings each client (nats-server config key `ping_interval`). */
export const SERVER_PING_INTERVAL = "10s";
/** Unanswered pings after which the server closes a client's connection (`ping_max`). */
export const SERVER_PING_MAX = 2;

/**
 * The server's ping settings as a config file in `dir` (read once at start: nats-server 2.9 takes
 * a duration string here; a bare number is refused), or no arguments when `args` names its own.
 */
function pingConfigArgs(dir: string, args: readonly string[]): string[] {
  if (args.some((a) => a === "-c" || a === "--config" || a.startsWith("--config="))) return [];
  const file = join(dir, "ping.conf");
  writeFileSync(file, `ping_interval: "${SERVER_PING_INTERVAL}"\nping_max: ${SERVER_PING_MAX}\n`);
  return ["-c", file];
}

export function natsServerBinary(explicit?: string): string {
  if (explicit) return explicit;
  if (process.env.FRAMEFLEET_NATS_SERVER) return process.env.FRAMEFLEET_NATS_SERVER;
  for (const p of ["/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server"]) {
    if (existsSync(p)) return p;
  }
  return "nats-server";
}

/** What nats-server said when it failed: its fatal and error lines, not the start-up banner. */
export function failureLines(stderr: string): string {
  const bad = stderr.split("\n").filter((l) => /\[(FTL|ERR)\]/.test(l));
  return (bad.length > 0 ? bad.join("\n") : stderr).trim();
}

export async function startNatsServer(opts: NatsServerOptions = {}): Promise<NatsServerHandle> {
  return launch(opts, opts.storeDir === undefined);
}

/** `tempStore`: the store was made here, so stop() removes it (also after restarts). */
async function launch(opts: NatsServerOptions, tempStore: boolean): Promise<NatsServerHandle> {
  const storeDir = opts.storeDir ?? mkdtempSync(join(tmpdir(), "ff-nats-"));
  mkdirSync(storeDir, { recursive: true });
  const portsDir = mkdtempSync(join(tmpdir(), "ff-nats-ports-"));
  const binary = natsServerBinary(opts.binary);
  const args = [
    "-js",
    "-sd", storeDir,
    "-a", opts.host ?? "127.0.0.1",
    "-p", String(opts.port ?? -1),
    "-m", String(opts.httpPort ?? -1),
    "--ports_file_dir", portsDir,
    ...(opts.serverName ? ["-n", opts.serverName] : []),
    ...pingConfigArgs(portsDir, opts.args ?? []),
    ...(opts.args ?? []),
  ];
  const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));

  const portsFile = (): PortsFile | undefined => {
    const f = join(portsDir, `nats-server_${child.pid}.ports`);
    if (!existsSync(f)) return undefined;
    try {
      return JSON.parse(readFileSync(f, "utf8")) as PortsFile;
    } catch {
      return undefined; // being written
    }
  };

  const deadline = Date.now() + (opts.startTimeoutMs ?? 15_000);
  let ports: PortsFile | undefined;
  while (!ports?.nats?.[0]) {
    const early = await Promise.race([exited.then((c) => `exited with code ${c}`), spawnError.then((e) => e), delay(50).then(() => undefined)]);
    if (early instanceof Error) {
      rmSync(portsDir, { recursive: true, force: true });
      throw new FleetError(
        FleetErrorCode.DEPENDENCY_MISSING,
        `cannot start ${binary}: ${early.message}. Install it (Debian/Ubuntu: apt-get install nats-server) or set FRAMEFLEET_NATS_SERVER`,
      );
    }
    if (typeof early === "string") throw new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `nats-server ${early}: ${failureLines(stderr)}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new FleetError(FleetErrorCode.TIMEOUT, `nats-server did not start in time: ${stderr.trim()}`);
    }
    ports = portsFile();
  }
  rmSync(portsDir, { recursive: true, force: true });
  const url = (ports.nats[0] as string).replace("0.0.0.0", "127.0.0.1");
  const monitorUrl = (ports.monitoring?.[0] ?? "").replace("0.0.0.0", "127.0.0.1");
  return makeHandle(child, exited, { ...opts, storeDir }, url, monitorUrl, tempStore);
}

function makeHandle(
  child: ChildProcess,
  exited: Promise<number | null>,
  opts: NatsServerOptions & { storeDir: string },
  url: string,
  monitorUrl: string,
  tempStore: boolean,
): NatsServerHandle {
  const portOf = (u: string) => Number(new URL(u).port);
  const alive = () => child.exitCode === null && child.signalCode === null;
  const handle: NatsServerHandle = {
    url,
    monitorUrl,
    storeDir: opts.storeDir,
    pid: child.pid ?? -1,
    async stop(o = {}) {
      if (alive()) {
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(t);
      }
      if (tempStore && !o.keepStore) rmSync(opts.storeDir, { recursive: true, force: true });
    },
    async kill() {
      if (alive()) {
        child.kill("SIGKILL");
        await exited;
      }
    },
    restart() {
      return launch({ ...opts, port: portOf(url), httpPort: monitorUrl ? portOf(monitorUrl) : -1 }, tempStore);
    },
  };
  return handle;
}

export interface NatsClusterHandle {
  readonly servers: NatsServerHandle[];
  /** All client URLs, comma-separated, for --nats. */
  readonly url: string;
  /** Server name → index, for finding a stream leader. */
  readonly names: readonly string[];
  stop(): Promise<void>;
}

/**
 * A JetStream cluster of `size` servers on this machine (unique names, one cluster name, routes to
 * each other), ready once every member sees the same meta leader.
 */
export async function startNatsCluster(size = 3, opts: { binary?: string; freePort: () => Promise<number> }): Promise<NatsClusterHandle> {
  const ports = await Promise.all(Array.from({ length: size }, async () => ({ client: await opts.freePort(), route: await opts.freePort(), http: await opts.freePort() })));
  const routes = ports.map((p) => `nats://127.0.0.1:${p.route}`).join(",");
  const names = ports.map((_, i) => `n${i + 1}`);
  const servers = await Promise.all(
    ports.map((p, i) =>
      startNatsServer({
        ...(opts.binary ? { binary: opts.binary } : {}),
        port: p.client,
        httpPort: p.http,
        serverName: names[i] as string,
        args: ["--cluster_name", "ffc", "--cluster", `nats://127.0.0.1:${p.route}`, "--routes", routes],
      }),
    ),
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    const leaders = await Promise.all(
      servers.map(async (s) => {
        try {
          const jsz = (await (await fetch(`${s.monitorUrl}/jsz`)).json()) as { meta_cluster?: { leader?: string; cluster_size?: number } };
          return jsz.meta_cluster?.cluster_size === size ? (jsz.meta_cluster.leader ?? "") : "";
        } catch {
          return "";
        }
      }),
    );
    if (leaders.every((l) => l !== "" && l === leaders[0])) break;
    if (Date.now() > deadline) {
      await Promise.all(servers.map((s) => s.stop()));
      throw new FleetError(FleetErrorCode.TIMEOUT, "the NATS cluster did not elect a JetStream meta leader in 30 s");
    }
    await delay(200);
  }
  return {
    servers,
    url: servers.map((s) => s.url).join(","),
    names,
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()));
    },
  };
}
