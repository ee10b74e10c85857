/**
 * A real one-node Slurm cluster for a test (Debian's slurm-wlm 22.05 and munge): a munge key and
 * a slurm.conf in a temp folder, munged, slurmctld and slurmd in the foreground as children of
 * the test, and the client commands pointed at it with SLURM_CONF. Nothing of the machine's own
 * /etc/slurm or /run/munge is used or touched.
 *
 * Configured for containers: proctrack/linuxproc and task/none (no cgroups), no accounting
 * database, no gres. `stop()` cancels every job and kills whatever still carries this cluster's
 * SLURM_CONF in its environment (slurmstepd and job processes are not the daemons' children).
 */
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { waitFor } from "../../services/common/src/abort";
import { freePort } from "../../services/cli/src/local-fleet";
import { findOnPath } from "../../services/worker-runtime/src/devices";
import { processesWithEnv } from "./procs";

const run = promisify(execFile);

const DAEMONS = ["munged", "slurmctld", "slurmd"] as const;
const CLIENTS = ["sbatch", "scancel", "scontrol", "squeue", "sinfo"] as const;
/** Daemons live in sbin, which a non-login root shell may lack on its PATH. */
const SEARCH_PATH = [process.env.PATH ?? "", "/usr/sbin", "/sbin"].join(delimiter);

/** Why this machine cannot run the cluster, or undefined when it can. */
export function slurmUnavailable(): string | undefined {
  if (process.platform !== "linux") return `Slurm runs on Linux only (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return "not running as root (slurmd runs the jobs and must be root; munged's key must be owned by the user running it)";
  const missing = [...DAEMONS, ...CLIENTS].filter((b) => !findOnPath(b, SEARCH_PATH));
  if (missing.length > 0) return `${missing.join(", ")} not found: scripts/setup.sh installs slurmctld, slurmd, slurm-client and munge with apt`;
  return undefined;
}

/** One job as `scontrol show job -o` prints it: its KEY=VALUE fields. */
export type JobFields = Record<string, string>;

export interface SlurmCluster {
  readonly dir: string;
  readonly node: string;
  /** SLURM_CONF for the client commands and the jobs. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs a Slurm client command against this cluster; resolves with its stdout. */
  cmd(name: (typeof CLIENTS)[number], args: readonly string[], env?: NodeJS.ProcessEnv): Promise<string>;
  /** `scontrol show job -o ID` of each job it lists (an array id lists every task). */
  jobs(id: string): Promise<JobFields[]>;
  /** The tails of the daemons' logs and of every job's output file (*.log in `dir`), for a failure message. */
  logs(): string;
  stop(): Promise<void>;
}

function parseJobLine(line: string): JobFields {
  const out: JobFields = {};
  // Values may hold spaces only in a few fields we do not read (Command, WorkDir are paths).
  for (const m of line.matchAll(/(\w+)=(\S*)/g)) out[m[1] as string] ??= m[2] as string;
  return out;
}

function slurmConf(dir: string, node: string, ports: { ctld: number; slurmd: number }): string {
  return [
    "ClusterName=fftest",
    `SlurmctldHost=${node}(127.0.0.1)`,
    `SlurmctldPort=${ports.ctld}`,
    `SlurmdPort=${ports.slurmd}`,
    "SlurmUser=root",
    "SlurmdUser=root",
    "AuthType=auth/munge",
    "CredType=cred/munge",
    `AuthInfo=socket=${dir}/munge/munge.socket`,
    `StateSaveLocation=${dir}/state`,
    `SlurmdSpoolDir=${dir}/spool`,
    `SlurmctldPidFile=${dir}/slurmctld.pid`,
    `SlurmdPidFile=${dir}/slurmd.pid`,
    `SlurmctldLogFile=${dir}/log/slurmctld.log`,
    `SlurmdLogFile=${dir}/log/slurmd.log`,
    "SlurmctldDebug=info",
    "SlurmdDebug=info",
    // No cgroups in a container: track job processes by parentage, bind nothing.
    "ProctrackType=proctrack/linuxproc",
    "TaskPlugin=task/none",
    "JobAcctGatherType=jobacct_gather/none",
    "AccountingStorageType=accounting_storage/none",
    "MpiDefault=none",
    "SchedulerType=sched/backfill",
    "SelectType=select/cons_tres",
    "SelectTypeParameters=CR_CPU",
    // Four CPUs whatever the machine has, so two worker jobs and a follow-up fit on a 2-core box.
    "SlurmdParameters=config_overrides",
    "ReturnToService=2",
    "KillWait=30",
    "MinJobAge=3600",
    `NodeName=${node} NodeAddr=127.0.0.1 CPUs=4 RealMemory=1000 State=UNKNOWN`,
    `PartitionName=ff Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
    "",
  ].join("\n");
}

function tail(file: string, lines = 30): string {
  try {
    return `--- ${file}\n${readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n")}`;
  } catch {
    return `--- ${file}: none`;
  }
}

export async function startSlurmCluster(): Promise<SlurmCluster> {
  const dir = mkdtempSync(join(tmpdir(), "ff-slurm-"));
  // munged refuses a socket whose folders are not searchable by everyone.
  chmodSync(dir, 0o755);
  for (const d of ["munge", "state", "spool", "log"]) mkdirSync(join(dir, d), { mode: 0o755 });
  const node = hostname().split(".")[0] as string;
  const conf = join(dir, "slurm.conf");
  const env: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: conf, PATH: SEARCH_PATH };
  const children: ChildProcess[] = [];
  const logs = () =>
    [join(dir, "munge", "munged.log"), join(dir, "log", "slurmctld.log"), join(dir, "log", "slurmd.log"), ...readdirSync(dir).filter((f) => f.endsWith(".log")).map((f) => join(dir, f))]
      .map((f) => tail(f))
      .join("\n");

  const cmd: SlurmCluster["cmd"] = async (name, args, extra) => {
    try {
      return (await run(name, [...args], { env: { ...env, ...extra }, timeout: 30_000 })).stdout;
    } catch (err) {
      const e = err as Error & { stderr?: string };
      throw new Error(`${name} ${args.join(" ")} failed: ${e.stderr?.trim() || e.message}`);
    }
  };
  const stop = async () => {
    await cmd("scancel", ["--full", "--partition=ff"]).catch(() => undefined);
    // Jobs end through KillWait at most; then the daemons go.
    await waitFor(async () => (await cmd("squeue", ["-h"]).catch(() => "")).trim() === "", { timeoutMs: 45_000, intervalMs: 500, what: "jobs to end" }).catch(() => undefined);
    for (const c of children.reverse()) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
    await waitFor(async () => children.every((c) => c.exitCode !== null || c.signalCode !== null), { timeoutMs: 10_000, intervalMs: 100, what: "Slurm daemons to exit" }).catch(() => undefined);
    // slurmstepd and the job processes were reparented away from slurmd: found by SLURM_CONF.
    for (const p of processesWithEnv(`SLURM_CONF=${conf}`)) {
      try {
        process.kill(p, "SIGKILL");
      } catch {
        // gone meanwhile
      }
    }
    if (process.env.FRAMEFLEET_KEEP_TEST_DIRS !== "1") rmSync(dir, { recursive: true, force: true });
  };

  const daemon = (bin: string, args: string[]): ChildProcess => {
    const c = spawn(bin, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    c.stderr?.on("data", (b: Buffer) => (err = (err + b.toString()).slice(-2000)));
    c.once("exit", (code, sig) => {
      if (!stopping.value) failures.push(`${bin} exited (${code ?? sig}) ${err.trim()}`);
    });
    children.push(c);
    return c;
  };
  const stopping = { value: false };
  const failures: string[] = [];

  try {
    writeFileSync(join(dir, "munge.key"), randomBytes(1024), { mode: 0o400 });
    const ports = { ctld: await freePort(), slurmd: await freePort() };
    writeFileSync(conf, slurmConf(dir, node, ports));
    const m = join(dir, "munge");
    daemon("munged", ["-F", `--key-file=${dir}/munge.key`, `--socket=${m}/munge.socket`, `--pid-file=${m}/munged.pid`, `--log-file=${m}/munged.log`, `--seed-file=${m}/munged.seed`]);
    await waitFor(async () => failures.length > 0 || existsSync(join(m, "munge.socket")), { timeoutMs: 10_000, intervalMs: 100, what: "munged's socket" });
    if (failures[0]) throw new Error(failures[0]);
    daemon("slurmctld", ["-D", "-i"]);
    daemon("slurmd", ["-D"]);
    // The node is up once slurmd registered and slurmctld marked it idle.
    await waitFor(
      async () => {
        if (failures[0]) return failures[0];
        const state = (await cmd("sinfo", ["-h", "-n", node, "-o", "%t"]).catch(() => "")).trim();
        return state === "idle" ? state : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250, what: `node ${node} to be idle` },
    ).then((v) => {
      if (v !== "idle") throw new Error(v);
    });
  } catch (err) {
    const msg = `could not start a one-node Slurm cluster in ${dir}: ${(err as Error).message}\n${logs()}`;
    stopping.value = true;
    await stop();
    throw new Error(msg);
  }

  return {
    dir,
    node,
    env,
    cmd,
    logs,
    async jobs(id) {
      const out = await cmd("scontrol", ["show", "job", "-o", id]);
      return out
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map(parseJobLine);
    },
    async stop() {
      stopping.value = true;
      await stop();
    },
  };
}
