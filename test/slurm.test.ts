/**
 * FrameFleet workers as jobs on a real Slurm (Debian's slurm-wlm and munge, a one-node cluster
 * in a temp folder): a 2-job array from deploy/slurm/framefleet-worker.sbatch runs a synthetic
 * benchmark; one job is `scancel`led mid-run, the other runs into its time limit and gets the
 * script's `--signal=B:TERM@…`. Both drain and hand their running tasks back before Slurm ends
 * them; a job submitted afterwards finishes the run, every video committed exactly once.
 *
 * Needs Linux, root and the Slurm packages (scripts/setup.sh installs them; CI has all three);
 * elsewhere the suite is skipped and says why.
 */
import { dirname, join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { RunState, TaskKind } from "../services/common/src/proto";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { dumpLogs, finalReport, startTestFleet, submitSpec, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";
import { jsonLogLines } from "./helpers/log-lines";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";
import { itemRecords } from "./helpers/records";
import { slurmUnavailable, startSlurmCluster, type JobFields, type SlurmCluster } from "./helpers/slurm";

const unavailable = slurmUnavailable();
if (unavailable) console.warn(`slurm.test.ts skipped: ${unavailable}`);
const suite = unavailable ? describe.skip : describe;

const SCRIPT = join(PACKAGE_ROOT, "deploy", "slurm", "framefleet-worker.sbatch");
const ITEMS = 40;
const SHAPE = { frames: 9, fps: 8, width: 64, height: 48 };
/** Much shorter than a task (6 s), so a task that has just started is always handed back. */
const DRAIN = "1s";
/** The array's time limit (minutes) and how long before it Slurm is asked to signal the batch shell. */
const TIME_LIMIT_MIN = 2;
const SIGNAL_LEAD_S = 45;

interface LogLine {
  message: string;
  timestamp: string;
  node?: string;
  to?: string;
  reason?: string;
}

const at = (line: LogLine | undefined) => (line ? Date.parse(line.timestamp) : NaN);
/** Slurm prints times to the second, in the machine's local time. */
const slurmTime = (s: string | undefined) => new Date(s ?? "").getTime();

async function waitEnded(slurm: SlurmCluster, id: string, timeoutMs: number): Promise<JobFields> {
  return waitFor(
    async () => {
      const [job] = await slurm.jobs(id);
      return job && !["PENDING", "RUNNING", "COMPLETING", "CONFIGURING"].includes(job.JobState ?? "") ? job : undefined;
    },
    { timeoutMs, intervalMs: 500, what: `job ${id} to end` },
  );
}

/** What one job's worker logged: signal, hand-backs, state changes, exit. */
function workerLog(file: string) {
  const lines = jsonLogLines<LogLine>(file);
  return {
    lines,
    signal: lines.find((l) => l.message === "shutting down"),
    draining: lines.find((l) => l.message === "worker state" && l.to === "DRAINING"),
    handbacks: lines.filter((l) => l.message === "task handed back"),
    stopped: lines.find((l) => l.message === "worker state" && l.to === "STOPPED"),
  };
}

suite(`FrameFleet workers as Slurm jobs${unavailable ? ` (skipped: ${unavailable})` : ""}`, () => {
  let slurm: SlurmCluster | undefined;
  let t: TestFleet | undefined;
  afterEach(async () => {
    // Jobs first (their workers talk to the fleet), then the fleet; both also after a failure.
    await slurm?.stop().catch((err: unknown) => console.error(err));
    await t?.close();
  });

  test("scancel and the time limit drain: tasks handed back before the job ends, finished by a later job, each video once", async () => {
    slurm = await startSlurmCluster();
    t = await startTestFleet([]);
    const jobEnv = {
      FRAMEFLEET_BIN: join(PACKAGE_ROOT, "bin", "framefleet"),
      FRAMEFLEET_DRAIN_DEADLINE: DRAIN,
      PATH: `${dirname(process.execPath)}:${slurm.env.PATH ?? ""}`,
    };
    const workerArgs = (devices: string) => `--nats ${t?.fleet.natsUrl} --output-root ${t?.outputRoot} --devices ${devices} --log-level debug --http-host 127.0.0.1 --http-port 0`;
    const log = (name: string) => join(slurm?.dir ?? "", `${name}.log`);
    const diagnose = () => `${dumpLogs(join(t?.dir ?? "", "logs"))}\n${slurm?.logs() ?? ""}`;

    // 6 s per video: two workers with two simulated GPUs each are far from done when the jobs end.
    const spec = writeSpec(t.dir, "slurm", { items: ITEMS, frames: SHAPE.frames, simulated: "6s", evaluation: false });
    const sub = await submitSpec(t, spec);

    const arrayId = (
      await slurm.cmd(
        "sbatch",
        ["--parsable", "--array=0-1", "--cpus-per-task=1", `--time=${TIME_LIMIT_MIN}`, `--signal=B:TERM@${SIGNAL_LEAD_S}`, `--output=${log("array-%a")}`, `--chdir=${slurm.dir}`, SCRIPT],
        { ...jobEnv, FRAMEFLEET_WORKER_ARGS: workerArgs("sim:2x80GiB") },
      )
    ).trim();
    const tasks = await waitFor(
      async () => {
        const jobs = await slurm?.jobs(arrayId);
        return jobs?.length === 2 && jobs.every((j) => j.JobState === "RUNNING") ? jobs : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250, what: `array ${arrayId} to run` },
    );
    const nodeOf = (i: string) => `${slurm?.node}-j${tasks.find((j) => j.ArrayTaskId === i)?.JobId}`;
    const [nodeA, nodeB] = [nodeOf("0"), nodeOf("1")];

    // Cancel A as soon as both its simulated GPUs are busy: its tasks have just started, so
    // they cannot finish within the drain deadline and must be handed back.
    const runningOn = async (n: string) => ((await t?.client.getRun(sub.runId))?.running ?? []).filter((r) => r.kind === TaskKind.TASK_KIND_GEN && r.node === n).length;
    await waitFor(async () => (await runningOn(nodeA)) === 2, { timeoutMs: 60_000, intervalMs: 100, what: `two tasks running on ${nodeA}` }).catch((err: Error) => {
      throw new Error(`${err.message}\n${diagnose()}`);
    });

    const cancelAt = Date.now();
    await slurm.cmd("scancel", [`${arrayId}_0`]);
    const jobA = await waitEnded(slurm, `${arrayId}_0`, 60_000);
    const jobB = await waitEnded(slurm, `${arrayId}_1`, (TIME_LIMIT_MIN * 60 + 60) * 1000);

    // Everything handed back finishes on a job submitted now. Its limit is shorter than the
    // script's own signal lead (11 min), which Slurm would send at once: ask for less.
    const followId = (
      await slurm.cmd("sbatch", ["--parsable", "--cpus-per-task=1", "--time=10", "--signal=B:TERM@30", `--output=${log("follow-up")}`, `--chdir=${slurm.dir}`, SCRIPT], {
        ...jobEnv,
        FRAMEFLEET_WORKER_ARGS: workerArgs("sim:4x80GiB"),
      })
    ).trim();
    const final = await waitForRun(t.client, sub.runId, 240_000).catch((err: Error) => {
      throw new Error(`${err.message}\n${diagnose()}`);
    });
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    expect(report.counts).toMatchObject({ total: ITEMS, done: ITEMS, failed: 0 });
    await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, sub.runId), SHAPE);

    const a = workerLog(log("array-0"));
    const b = workerLog(log("array-1"));
    const endA = slurmTime(jobA.EndTime);
    const endB = slurmTime(jobB.EndTime);
    const limitB = slurmTime(jobB.StartTime) + TIME_LIMIT_MIN * 60_000;

    // scancel: the worker got the TERM, handed back what was running and stopped, all before
    // Slurm recorded the job's end (to the second).
    expect(jobA.JobState).toBe("CANCELLED");
    expect(a.signal?.reason).toBe("SIGTERM");
    expect(at(a.signal)).toBeGreaterThanOrEqual(cancelAt);
    expect(a.handbacks.length).toBeGreaterThan(0);
    expect(a.stopped).toBeDefined();
    expect(at(a.stopped)).toBeLessThan(endA + 1000);

    // The time limit: Slurm signalled the batch shell ahead of it, the worker drained, handed
    // back and exited 0, so the job completed before its limit instead of being killed.
    expect(jobB.JobState).toBe("COMPLETED");
    expect(jobB.ExitCode).toBe("0:0");
    expect(b.signal?.reason).toBe("SIGTERM");
    expect(at(b.signal)).toBeLessThan(limitB);
    expect(endB).toBeLessThan(limitB);
    expect(at(b.stopped)).toBeLessThan(endB + 1000);
    // B was busy when the signal came (the queue still held work for the follow-up job): each
    // task it was running then was either finished within the drain deadline or handed back,
    // all before the job ended. Which one depends on how far the task had got.
    const finishedInDrain = report.items.filter((i) => i.node === nodeB && Date.parse(i.finished_at ?? "") >= at(b.signal));
    expect(b.handbacks.length + finishedInDrain.length).toBeGreaterThan(0);
    for (const i of finishedInDrain) expect(Date.parse(i.finished_at ?? "")).toBeLessThan(endB + 1000);
    for (const h of b.handbacks) expect(at(h)).toBeLessThan(endB + 1000);

    // Each handed-back task finished on another node than the one that gave it back.
    const records = await itemRecords(await t.nc(), sub.runId);
    const handedBack = [...records.values()].flatMap((r) => r.errors.filter((e) => e.message.startsWith("handed back")).map((e) => ({ task: r.taskId, node: e.node })));
    expect(handedBack.filter((h) => h.node === nodeA)).toHaveLength(a.handbacks.length);
    expect(handedBack.filter((h) => h.node === nodeB)).toHaveLength(b.handbacks.length);
    const doneOn = new Map(report.items.map((i) => [i.task_id, i.node]));
    for (const h of handedBack) expect(doneOn.get(h.task)).not.toBe(h.node);
    const followNode = `${slurm.node}-j${followId}`;
    expect(report.items.filter((i) => i.node === followNode).length).toBeGreaterThan(0);

    console.log(
      [
        `slurm: scancel → worker SIGTERM ${at(a.signal) - cancelAt} ms → last hand-back ${Math.max(...a.handbacks.map(at)) - cancelAt} ms → worker stopped ${at(a.stopped) - cancelAt} ms → job end (s resolution) ${endA - cancelAt} ms; ${a.handbacks.length} handed back`,
        `slurm: time limit ${new Date(limitB).toISOString()}: B:TERM@${SIGNAL_LEAD_S} arrived ${limitB - at(b.signal)} ms before it → last hand-back +${Math.max(...b.handbacks.map(at)) - at(b.signal)} ms → worker stopped +${at(b.stopped) - at(b.signal)} ms → job end +${endB - at(b.signal)} ms (${b.handbacks.length} handed back, ${finishedInDrain.length} finished in the drain)`,
        `slurm: done by follow-up job ${followId}: ${report.items.filter((i) => i.node === followNode).length}, by ${nodeA}: ${report.items.filter((i) => i.node === nodeA).length}, by ${nodeB}: ${report.items.filter((i) => i.node === nodeB).length}`,
      ].join("\n"),
    );
  }, 420_000);
});
