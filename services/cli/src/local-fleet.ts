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

  /** Starts everything; if anything fails to start, stops what did start before rethrowing. */
  async start(): Promise<void> {
    try {
      await this.startAll();
    } catch (err) {
      await this.stop().catch(() => undefined);
      throw err;
    }
  }

  private async startAll(): Promise<void> {
    mkdirSync(this.opts.logsDir, { recursive: true });
    mkdirSync(this.opts.outputRoot, { recursive: true });
    if (this.opts.natsUrl) this.natsUrl = this.opts.natsUrl;
    else {
      this.nats = await startNatsServer({
        ...(this.opts.natsStoreDir ? { storeDir: this.opts.natsStoreDir } : {}),
        ...(this.opts.natsPort !== undefined ? { port: this.opts.natsPort } : {}),
      });
      this.natsUrl = this.nats.url;
    }
    const apiPort = this.opts.apiPort || (await freePort());
    this.apiAddress = `127.0.0.1:${apiPort}`;
    this.spawnService("coordinator", "coordinator", ["--listen", this.apiAddress, "--http-port", "0", ...(this.opts.coordinatorArgs ?? [])]);
    // The API port was free when picked, but the others' HTTP servers take ephemeral ports too:
    // let the coordinator bind its port before anyone else can be handed the same one.
    await this.waitListening(apiPort, 30_000);
    this.spawnService("aggregator", "aggregator", ["--http-port", "0"]);
    for (const w of this.opts.workers) this.startWorker(w);
    await this.waitReady();
  }

  startWorker(w: WorkerSpec): ServiceProcess {
    const service = w.role === "gen" ? "generator-worker" : "evaluator-worker";
    return this.spawnService(`worker-${w.node}`, service, [
      "--node", w.node, "--devices", w.devices, "--http-port", "0", ...(this.opts.workerArgs ?? []), ...(w.args ?? []),
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
   * Each service's metrics URL, from the "... listening" line it logs once its HTTP server is up
   * (services pick a free port, so the log is where the port is told).
   */
  metricsUrls(): Record<string, string> {
    const out: Record<string, string> = {};
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
          const rec = JSON.parse(line) as { metrics?: string };
          if (rec.metrics) out[s.name] = rec.metrics;
        } catch {
          // not a JSON log line
        }
      }
    }
    return out;
  }

  client(): ControlClient {
    return new ControlClient(this.apiAddress, this.opts.clientOptions);
  }

  /** Ready = the API answers and every worker advertises itself as active; fails at once if a service exits. */
  async waitReady(timeoutMs = 30_000): Promise<void> {
    const client = this.client();
    const wanted = new Set(this.opts.workers.map((w) => w.node));
    const deadline = Date.now() + timeoutMs;
    let last = "";
    try {
      for (;;) {
        this.assertAlive();
        try {
          const { nodes } = await client.listNodes();
          const active = new Set(nodes.filter((n) => n.advert?.state === NodeState.NODE_STATE_ACTIVE && !n.lost).map((n) => n.advert?.node));
          const missing = [...wanted].filter((n) => !active.has(n));
          if (missing.length === 0) return;
          last = `waiting for ${missing.join(", ")}`;
        } catch (err) {
          last = (err as Error).message;
        }
        if (Date.now() > deadline) {
          throw new FleetError(FleetErrorCode.TIMEOUT, `the fleet did not start in ${timeoutMs} ms (${last}); logs in ${this.opts.logsDir}`);
        }
        await delay(200);
      }
    } finally {
      client.close();
    }
  }

  private async waitListening(port: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      this.assertAlive();
      const open = await new Promise<boolean>((resolveOpen) => {
        const sock = connectTcp({ host: "127.0.0.1", port }, () => {
          sock.destroy();
          resolveOpen(true);
        });
        sock.once("error", () => resolveOpen(false));
      });
      if (open) return;
      await delay(50);
    }
    throw new FleetError(FleetErrorCode.TIMEOUT, `the coordinator did not listen on port ${port} in ${timeoutMs} ms; logs in ${this.opts.logsDir}`);
  }

  private assertAlive(): void {
    for (const s of this.services.values()) {
      if (s.child.exitCode !== null) {
        throw new FleetError(FleetErrorCode.INTERNAL, `${s.name} exited with code ${s.child.exitCode}; see ${s.logFile}`);
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
