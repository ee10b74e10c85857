/**
 * A whole fleet on this machine, as separate processes: nats-server, coordinator, aggregator,
 * generator workers and an evaluator worker. `framefleet demo` and `framefleet up` use it, and
 * so do the integration tests: each service runs from its own folder, exactly as in a cluster.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, type WriteStream } from "node:fs";
import { connect as connectTcp, createServer } from "node:net";
import { join } from "node:path";
import { delay } from "../../common/src/abort";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { ControlClient, type ControlClientOptions } from "../../common/src/grpc/client";
import { urlHost } from "../../common/src/http";
import { startNatsServer, type NatsServerHandle } from "../../common/src/nats/server-process";
import { NodeState } from "../../common/src/proto";
import { PACKAGE_ROOT } from "../../common/src/version";

/** The built entry of a service: dist/services/<service>/src/main.js (tests run the built services too). */
export function serviceEntry(service: "coordinator" | "aggregator" | "generator-worker" | "evaluator-worker"): string {
  return join(PACKAGE_ROOT, "dist", "services", service, "src", "main.js");
}

export interface WorkerSpec {
  readonly role: "gen" | "eval";
  readonly node: string;
  readonly devices: string;
  /** Extra flags (e.g. `--backend synthetic:memory=30GiB`). */
  readonly args?: readonly string[];
}

export interface LocalFleetOptions {
  readonly outputRoot: string;
  /** Folder for each process's log file. */
  readonly logsDir: string;
  readonly workers: readonly WorkerSpec[];
  /** Existing NATS to use instead of starting one. */
  readonly natsUrl?: string;
  /** nats-server options when we start it (store folder, client port). */
  readonly natsStoreDir?: string;
  readonly natsPort?: number;
  /** Control API port; 0 picks a free one. */
  readonly apiPort?: number;
  /**
   * Address every listener binds: the Control API, the live page, each service's /metrics
   * server and nats-server. A local fleet is for this machine. @default "127.0.0.1"
   */
  readonly host?: string;
  /** The coordinator's HTTP port (live page, /metrics); 0 picks a free one. @default 0 */
  readonly coordinatorHttpPort?: number;
  /** The aggregator's HTTP port (/metrics); 0 picks a free one. @default 0 */
  readonly aggregatorHttpPort?: number;
  readonly logLevel?: string;
  /** Extra environment for every service. */
  readonly env?: NodeJS.ProcessEnv;
  readonly coordinatorArgs?: readonly string[];
  /** A config file every service reads (--config). */
  readonly configFile?: string;
  readonly workerArgs?: readonly string[];
  /** Token and TLS for calling the coordinator, when configFile gives it api.token / api.tls. */
  readonly clientOptions?: ControlClientOptions;
}

/** Where a started service answers, from the line it logs once its servers listen. */
export interface ServiceEndpoints {
  /** Its /metrics URL (every service). */
  readonly metrics: string;
  /** The live page (coordinator). */
  readonly live?: string;
  /** The Control API address (coordinator). */
  readonly api?: string;
}

export interface ServiceProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly args: readonly string[];
  readonly logFile: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export class LocalFleet {
  nats: NatsServerHandle | undefined;
  natsUrl = "";
  apiAddress = "";
  readonly services = new Map<string, ServiceProcess>();
  private readonly logs: WriteStream[] = [];

  constructor(readonly opts: LocalFleetOptions) {}

  /**
   * Starts everything and waits until it is ready. If anything fails to start, or `signal`
   * aborts the start, it stops whatever did start (nats-server included) before rethrowing:
   * a failed start leaves no process behind.
   */
  async start(opts: { signal?: AbortSignal } = {}): Promise<void> {
    try {
      await this.startAll(opts.signal);
    } catch (err) {
      await this.stop().catch(() => undefined);
      throw err;
    }
  }

  /** The address every listener binds. */
  get host(): string {
    return this.opts.host ?? "127.0.0.1";
  }

  private async startAll(signal: AbortSignal | undefined): Promise<void> {
    mkdirSync(this.opts.logsDir, { recursive: true });
    mkdirSync(this.opts.outputRoot, { recursive: true });
    if (this.opts.natsUrl) this.natsUrl = this.opts.natsUrl;
    else {
      this.nats = await startNatsServer({
        host: this.host,
        ...(this.opts.natsStoreDir ? { storeDir: this.opts.natsStoreDir } : {}),
        ...(this.opts.natsPort !== undefined ? { port: this.opts.natsPort } : {}),
      });
      this.natsUrl = this.nats.url;
    }
    signal?.throwIfAborted();
    const apiPort = this.opts.apiPort || (await freePort());
    // Clients reach an every-interface bind on loopback; the coordinator listens where it is told.
    this.apiAddress = `${urlHost(this.host)}:${apiPort}`;
    const listen = `${this.host.includes(":") ? `[${this.host}]` : this.host}:${apiPort}`;
    const http = (port: number | undefined) => ["--http-host", this.host, "--http-port", String(port ?? 0)];
    this.spawnService("coordinator", "coordinator", ["--listen", listen, ...http(this.opts.coordinatorHttpPort), ...(this.opts.coordinatorArgs ?? [])]);
    // The API port was free when picked, but the others' HTTP servers take ephemeral ports too:
    // let the coordinator bind its port before anyone else can be handed the same one.
    await this.waitListening(apiPort, 30_000, signal);
    this.spawnService("aggregator", "aggregator", http(this.opts.aggregatorHttpPort));
    for (const w of this.opts.workers) this.startWorker(w);
    await this.waitReady(30_000, signal);
  }

  startWorker(w: WorkerSpec): ServiceProcess {
    const service = w.role === "gen" ? "generator-worker" : "evaluator-worker";
    return this.spawnService(`worker-${w.node}`, service, [
      "--node", w.node, "--devices", w.devices, "--http-host", this.host, "--http-port", "0", ...(this.opts.workerArgs ?? []), ...(w.args ?? []),
    ]);
  }

  spawnService(name: string, service: Parameters<typeof serviceEntry>[0], args: string[]): ServiceProcess {
    const logFile = join(this.opts.logsDir, `${name}.log`);
    const log = createWriteStream(logFile, { flags: "a" });
    this.logs.push(log);
    const fullArgs = [
      serviceEntry(service),
      ...(this.opts.configFile ? ["--config", this.opts.configFile] : []),
      "--nats", this.natsUrl,
      "--output-root", this.opts.outputRoot,
      "--log-level", this.opts.logLevel ?? "info",
      ...args,
    ];
    const child = spawn(process.execPath, fullArgs, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...this.opts.env },
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const proc = { name, child, args: fullArgs, logFile };
    this.services.set(name, proc);
    return proc;
  }

  /** Restarts a service with the same arguments (after a kill in a fault test). */
  restart(name: string): ServiceProcess {
    const old = this.services.get(name);
    if (!old) throw new FleetError(FleetErrorCode.NOT_FOUND, `no service ${name}`);
    const log = createWriteStream(old.logFile, { flags: "a" });
    this.logs.push(log);
    const child = spawn(process.execPath, [...old.args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...this.opts.env } });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const proc = { ...old, child };
    this.services.set(name, proc);
    return proc;
  }

  /**
   * Where each started service answers, from the "... listening" line it logs once its servers
   * are up (services may pick free ports, so the log is where the ports are told).
   */
  endpoints(): Record<string, ServiceEndpoints> {
    const out: Record<string, ServiceEndpoints> = {};
    for (const s of this.services.values()) {
      let text = "";
      try {
        text = readFileSync(s.logFile, "utf8");
      } catch {
        continue;
      }
      for (const line of text.split("\n")) {
        if (!line.includes("listening")) continue;
        try {
          const rec = JSON.parse(line) as { metrics?: string; live?: string; api?: string };
          if (rec.metrics) out[s.name] = { metrics: rec.metrics, ...(rec.live ? { live: rec.live } : {}), ...(rec.api ? { api: rec.api } : {}) };
        } catch {
          // not a JSON log line
        }
      }
    }
    return out;
  }

  /** Whether the services log their "listening" lines (info and debug do). */
  logsListening(): boolean {
    return ["info", "debug"].includes(this.opts.logLevel ?? "info");
  }

  /** Each service's metrics URL (see {@link endpoints}). */
  metricsUrls(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.endpoints()).map(([name, e]) => [name, e.metrics]));
  }

  client(): ControlClient {
    return new ControlClient(this.apiAddress, this.opts.clientOptions);
  }

  /**
   * Ready = the API answers, every worker advertises itself as active and every service has
   * said where it listens. Fails at once when a service exits (with what it said last) or
   * `signal` aborts.
   */
  async waitReady(timeoutMs = 30_000, signal?: AbortSignal): Promise<void> {
    // Short calls: a probe must not outlast a service that dies meanwhile, nor the deadline.
    const client = new ControlClient(this.apiAddress, { ...this.opts.clientOptions, timeoutMs: 2000 });
    const wanted = new Set(this.opts.workers.map((w) => w.node));
    const deadline = Date.now() + timeoutMs;
    let last = "";
    try {
      for (;;) {
        signal?.throwIfAborted();
        this.assertAlive();
        try {
          const { nodes } = await client.listNodes();
          const active = new Set(nodes.filter((n) => n.advert?.state === NodeState.NODE_STATE_ACTIVE && !n.lost).map((n) => n.advert?.node));
          const missing = [...wanted].filter((n) => !active.has(n));
          // The "listening" lines are info: under a quieter log level nobody will write them.
          const endpoints = this.logsListening() ? this.endpoints() : undefined;
          const silent = endpoints ? [...this.services.keys()].filter((name) => !endpoints[name]) : [];
          if (missing.length === 0 && silent.length === 0) return;
          last = missing.length > 0 ? `waiting for ${missing.join(", ")}` : `waiting for ${silent.join(", ")} to listen`;
        } catch (err) {
          last = (err as Error).message;
        }
        if (Date.now() > deadline) {
          throw new FleetError(FleetErrorCode.TIMEOUT, `the fleet did not start in ${timeoutMs} ms (${last}); logs in ${this.opts.logsDir}`);
        }
        await delay(200, signal);
      }
    } finally {
      client.close();
    }
  }

  private async waitListening(port: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const host = urlHost(this.host).replace(/^\[|\]$/g, "");
    while (Date.now() < deadline) {
      signal?.throwIfAborted();
      this.assertAlive();
      const open = await new Promise<boolean>((resolveOpen) => {
        const sock = connectTcp({ host, port }, () => {
          sock.destroy();
          resolveOpen(true);
        });
        sock.once("error", () => resolveOpen(false));
      });
      if (open) return;
      await delay(50, signal);
    }
    throw new FleetError(FleetErrorCode.TIMEOUT, `the coordinator did not listen on port ${port} in ${timeoutMs} ms; logs in ${this.opts.logsDir}`);
  }

  /** Throws, with what the service said last, if a started service has exited. */
  private assertAlive(): void {
    for (const s of this.services.values()) {
      if (s.child.exitCode !== null || s.child.signalCode !== null) {
        const how = s.child.exitCode !== null ? `exited with code ${s.child.exitCode}` : `was killed by ${s.child.signalCode}`;
        const cause = lastWords(s.logFile);
        throw new FleetError(FleetErrorCode.INTERNAL, `${s.name} ${how}${cause ? `: ${cause}` : ""} (log: ${s.logFile})`);
      }
    }
  }

  /** SIGTERM to every service (workers drain), then nats-server. */
  async stop(opts: { keepStore?: boolean; timeoutMs?: number } = {}): Promise<void> {
    const order = [...this.services.values()].sort((a, b) => rank(a.name) - rank(b.name));
    // Workers first (they drain and report), then the aggregator and coordinator.
    for (const group of [order.filter((s) => s.name.startsWith("worker-")), order.filter((s) => !s.name.startsWith("worker-"))]) {
      await Promise.all(group.map((s) => stopProcess(s.child, opts.timeoutMs ?? 15_000)));
    }
    await this.nats?.stop({ keepStore: opts.keepStore ?? false });
    for (const l of this.logs) l.end();
  }
}

/**
 * What a service that exited said about why: the `framefleet: ...` message main-runner prints
 * (with the lines of a multi-line validation error), else its last error log line's message.
 */
export function lastWords(logFile: string): string {
  let lines: string[];
  try {
    lines = readFileSync(logFile, "utf8").trimEnd().split("\n");
  } catch {
    return "";
  }
  const at = lines.map((l) => l.startsWith("framefleet: ")).lastIndexOf(true);
  if (at >= 0) return lines.slice(at).join("\n").slice("framefleet: ".length);
  for (const line of [...lines].reverse()) {
    try {
      const rec = JSON.parse(line) as { level?: string; message?: string; error?: string };
      if (rec.level === "error") return [rec.message, rec.error].filter(Boolean).join(": ");
    } catch {
      // not a JSON line
    }
  }
  return "";
}

function rank(name: string): number {
  return name.startsWith("worker-") ? 0 : name === "aggregator" ? 1 : 2;
}

export async function stopProcess(child: ChildProcess, timeoutMs: number, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  child.kill(signal);
  const t = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const code = await exited;
  clearTimeout(t);
  return code;
}
