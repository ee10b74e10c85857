/**
 * What every benchmark scenario shares: a real local fleet in a temp folder (temp-fleet.ts, the
 * set-up the integration tests use too) whose services read one config file, runs submitted over
 * the real Control API, process CPU/RSS read from /proc, and the result file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { delay, waitFor } from "../../services/common/src/abort";
import type { WorkerSpec } from "../../services/cli/src/local-fleet";
import type { ControlClient } from "../../services/common/src/grpc/client";
import { RunState } from "../../services/common/src/proto";
import type { RunReport } from "../../services/reports/src";
import { PACKAGE_ROOT, VERSION } from "../../services/common/src/version";
import { syntheticSpecYaml } from "./synthetic-spec";
import { startTempFleet, waitForFinalReport, waitForRunEnd, type TempFleet } from "./temp-fleet";

export const RESULTS_DIR = resolve(PACKAGE_ROOT, "bench", "results");

export type BenchFleet = TempFleet;

export interface BenchFleetOptions {
  readonly workers: readonly WorkerSpec[];
  /** Extra YAML appended to the fleet config (worker.backends is written from `backends`). */
  readonly worker?: Readonly<Record<string, string | number>>;
  /** Backend name → "type: noop, memory: 30GiB, load_time: 2s" style YAML flow mapping body. */
  readonly backends: Readonly<Record<string, string>>;
  /** YAML lines written under `coordinator:` (e.g. `teams: { a: { weight: 2 } }`). */
  readonly coordinator?: readonly string[];
  readonly logLevel?: string;
  /** Extra flags of the coordinator (e.g. `--max-videos-per-run`). */
  readonly coordinatorArgs?: readonly string[];
  /** Extra environment of every service (e.g. NODE_OPTIONS). */
  readonly env?: NodeJS.ProcessEnv;
}

/** A fleet whose services all read one config file (backends, leases) written into its folder. */
export async function startBenchFleet(opts: BenchFleetOptions): Promise<BenchFleet> {
  return startTempFleet({
    prefix: "ff-bench-",
    keepDirEnv: "FRAMEFLEET_KEEP_BENCH_DIRS",
    stopTimeoutMs: 20_000,
    configure: (dir) => {
      const config = join(dir, "fleet.yaml");
      const worker = Object.entries(opts.worker ?? {}).map(([k, v]) => `  ${k}: ${v}`);
      const backends = Object.entries(opts.backends).map(([name, body]) => `    ${name}: { ${body} }`);
      const coordinator = opts.coordinator && opts.coordinator.length > 0 ? ["coordinator:", ...opts.coordinator.map((l) => `  ${l}`)] : [];
      writeFileSync(config, ["worker:", ...worker, "  backends:", ...backends, ...coordinator, ""].join("\n"));
      return {
        workers: opts.workers,
        configFile: config,
        // Benchmarks measure the fleet, not its logging: warnings and errors only.
        logLevel: opts.logLevel ?? "warn",
        // A 100k-task submit plans and publishes the whole run inside the call: far past the CLI's 30 s.
        clientOptions: { timeoutMs: 30 * 60_000 },
        ...(opts.coordinatorArgs ? { coordinatorArgs: opts.coordinatorArgs } : {}),
        ...(opts.env ? { env: opts.env } : {}),
      };
    },
  });
}

/** A synthetic run spec of `items` 8-frame videos for the named (noop) backend, as YAML. */
export function noopSpec(name: string, items: number, backend: string, simulatedTime: string, extra = ""): string {
  return syntheticSpecYaml({ name, items, backend, simulatedTime, frames: 8, fps: 8, extra });
}

export async function submit(client: ControlClient, specYaml: string, dir: string): Promise<string> {
  const res = await client.submitRun({ specYaml, baseDir: dir, specSource: "bench" });
  return res.runId;
}

/** Waits for the run to complete; a cancelled or failed run is an error (its figures would mean nothing). */
export async function waitForRun(client: ControlClient, runId: string, timeoutMs: number): Promise<void> {
  const st = (await waitForRunEnd(client, runId, { timeoutMs, intervalMs: 200 })).run?.state;
  if (st !== RunState.RUN_STATE_COMPLETED) throw new Error(`run ${runId} ended ${st}`);
}

export async function finalReport(client: ControlClient, runId: string): Promise<RunReport> {
  return waitForFinalReport(client, runId, { timeoutMs: 60_000, intervalMs: 250 });
}

/**
 * The final report as the aggregator wrote it into the run's folder: GetReport answers with the
 * whole report in one message, which a client refuses past gRPC's 4 MiB (about 5,000 items).
 */
export async function finalReportFile(client: ControlClient, runId: string): Promise<RunReport> {
  const outputDir = (await client.getRun(runId)).run?.outputDir;
  if (!outputDir) throw new Error(`run ${runId} has no output folder`);
  const file = join(outputDir, "report.json");
  return waitFor(async () => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as RunReport) : undefined), {
    timeoutMs: 60_000,
    intervalMs: 250,
    what: `the final report of ${runId} in ${file}`,
  });
}

// ---- process figures ------------------------------------------------------------------------

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces; fields after ") " are fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU seconds each process has used so far, by pid (0 for a pid that is gone or not given). */
export function cpuByPid(pids: readonly number[]): Map<number, number> {
  return new Map(pids.map((pid) => [pid, pid > 0 && existsSync(`/proc/${pid}/stat`) ? cpuSeconds(pid) : 0]));
}

/** The fleet's processes by role: nats-server, coordinator, aggregator, workers (summed). */
export function fleetProcesses(bf: BenchFleet): Record<string, number[]> {
  const out: Record<string, number[]> = { "nats-server": [bf.fleet.nats?.pid ?? 0], coordinator: [], aggregator: [], workers: [] };
  for (const svc of bf.fleet.services.values()) {
    const role = svc.name.startsWith("worker-") ? "workers" : svc.name;
    (out[role] ??= []).push(svc.child.pid as number);
  }
  return out;
}

/** CPU seconds used so far, summed per role (role → its processes' pids). */
export function cpuByRole(pids: Readonly<Record<string, readonly number[]>>): Record<string, number> {
  const byPid = cpuByPid(Object.values(pids).flat());
  return Object.fromEntries(Object.entries(pids).map(([role, list]) => [role, list.reduce((a, pid) => a + (byPid.get(pid) ?? 0), 0)]));
}

/** The most memory a process has held resident since it started (VmHWM), MB (MiB). */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /VmHWM:\s+(\d+)\s+kB/.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Resident set size, MB (MiB). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** CPU use of a process over a window, as % of one core, and its RSS at the end. */
export async function sampleProcess(pid: number, windowMs: number): Promise<{ cpu_pct: number; rss_mb: number }> {
  const c0 = cpuSeconds(pid);
  const t0 = Date.now();
  await delay(windowMs);
  const c1 = cpuSeconds(pid);
  return { cpu_pct: (100 * (c1 - c0)) / ((Date.now() - t0) / 1000), rss_mb: rssMb(pid) };
}

// ---- numbers ----------------------------------------------------------------------------------

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function round(v: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

// ---- results ----------------------------------------------------------------------------------

/** The machine a result was measured on: figures are only comparable on the same one. */
export function machine(): Record<string, string | number> {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memory_gib: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    framefleet: VERSION,
  };
}

export function writeResult(scenario: string, result: Record<string, unknown>): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${scenario}.json`);
  const body = { scenario, measured_at: new Date().toISOString(), machine: machine(), ...result };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  return path;
}
