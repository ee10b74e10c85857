/**
 * A local fleet in a temp folder, the one set-up the benchmarks and the integration tests share:
 * nats-server on a free port with its store in the folder and the built services as child
 * processes (LocalFleet, as `framefleet up` starts them), a Control API client, and a close that
 * stops it all and removes the folder. Also the waits on a run that both make.
 *
 * It lives in bench/ because the benchmarks run from dist/ (tsconfig.build.json builds bench/,
 * never test/); the tests compile it from source with ts-jest like the rest of bench/lib.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../../services/common/src/abort";
import { LocalFleet, type LocalFleetOptions } from "../../services/cli/src/local-fleet";
import type { ControlClient } from "../../services/common/src/grpc/client";
import { RunState, type RunStatus } from "../../services/common/src/proto";
import type { RunReport } from "../../services/reports/src";

export interface TempFleet {
  readonly fleet: LocalFleet;
  readonly dir: string;
  /** Where the runs' folders are (`<dir>/runs` unless the config put them elsewhere). */
  readonly outputRoot: string;
  readonly client: ControlClient;
  close(): Promise<void>;
}

/**
 * The fleet's options. The logs are always in the temp folder; the runs are too unless
 * `outputRoot` puts them elsewhere (a test's small filesystem).
 */
export type TempFleetConfig = Omit<LocalFleetOptions, "outputRoot" | "logsDir"> & { readonly outputRoot?: string };

export interface TempFleetOptions {
  /** Start of the temp folder's name (ff-bench-, ff-test-): says whose a left-over folder is. */
  readonly prefix: string;
  /** Environment variable that, set to "1", keeps the folder after close (logs and store, for debugging). */
  readonly keepDirEnv: string;
  /** How long close lets each service drain before killing it; LocalFleet's default when absent. */
  readonly stopTimeoutMs?: number;
  /** The fleet's options, given the temp folder (a config file may be written into it first). */
  readonly configure: (dir: string) => TempFleetConfig;
}

export async function startTempFleet(opts: TempFleetOptions): Promise<TempFleet> {
  const dir = mkdtempSync(join(tmpdir(), opts.prefix));
  const logsDir = join(dir, "logs");
  const config = opts.configure(dir);
  const outputRoot = config.outputRoot ?? join(dir, "runs");
  const fleet = new LocalFleet({ ...config, outputRoot, logsDir });
  try {
    await fleet.start();
  } catch (err) {
    // start() has stopped whatever did start; the folder stays, and the logs say why.
    throw new Error(`${(err as Error).message}\n${dumpLogs(logsDir)}`);
  }
  // The gRPC client reconnects by itself, also to a restarted coordinator on the same address.
  const client = fleet.client();
  return {
    fleet,
    dir,
    outputRoot,
    client,
    async close() {
      client.close();
      await fleet.stop(opts.stopTimeoutMs === undefined ? {} : { timeoutMs: opts.stopTimeoutMs });
      if (process.env[opts.keepDirEnv] !== "1") rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The last `lines` lines of every process's log, for an error message. Empty if there are none. */
export function dumpLogs(logsDir: string, lines = 40): string {
  try {
    return readdirSync(logsDir)
      .map((f) => {
        const text = readFileSync(join(logsDir, f), "utf8");
        return `--- ${f}\n${text.trim().split("\n").slice(-lines).join("\n")}`;
      })
      .join("\n");
  } catch {
    return "";
  }
}

/** How long to poll, and how often. */
export interface Polling {
  readonly timeoutMs: number;
  readonly intervalMs: number;
}

/** Polls a run until it has ended (completed, cancelled or failed); returns that status. */
export async function waitForRunEnd(client: ControlClient, runId: string, poll: Polling): Promise<RunStatus> {
  return waitFor(
    async () => {
      const s = await client.getRun(runId);
      const st = s.run?.state;
      return st === RunState.RUN_STATE_COMPLETED || st === RunState.RUN_STATE_CANCELLED || st === RunState.RUN_STATE_FAILED ? s : undefined;
    },
    { ...poll, what: `run ${runId} to finish` },
  );
}

/** The final report over GetReport, once the aggregator has written it. */
export async function waitForFinalReport(client: ControlClient, runId: string, poll: Polling): Promise<RunReport> {
  return waitFor(
    async () => {
      const r = await client.getReport(runId, "json");
      // A path means the aggregator has written this round's report (into the run folder too).
      return r.path ? (JSON.parse(r.content) as RunReport) : undefined;
    },
    { ...poll, what: `the final report of ${runId}` },
  );
}
