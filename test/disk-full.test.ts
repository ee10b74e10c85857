/**
 * A full output folder, for real: the fleet's output root is a small tmpfs (or loop-mounted ext4)
 * that the test fills up. Scripts held at gates (test/fixtures/gated-*.sh) let the test fill the
 * disk exactly while a video is being written, and again just before a run's report is written.
 *
 * Needs root to mount the filesystem; where that is not possible the test is skipped with the
 * reason printed (the logic is covered with real ENOSPC from /dev/full in the unit tests:
 * output-space.test.ts, report-builds.test.ts, disk-space.test.ts).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { sha256File } from "../services/common/src/media";
import { RunState } from "../services/common/src/proto";
import type { RunReport } from "../services/reports/src";
import { mountSmallFs, type SmallFs } from "../services/common/src/testing/small-fs";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { framefleet } from "./helpers/cli";
import { dumpLogs, finalReport, startTestFleet, submitSpec, waitForRun, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";

const SHAPE = { frames: 9, fps: 8, width: 64, height: 48 };
const BIG = { frames: 24, fps: 8, width: 256, height: 192 };
const fs: SmallFs | string = mountSmallFs(32);

/** Runs ffmpeg quietly; resolves with its exit code. */
function framefleetFfmpeg(args: readonly string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const p = spawn("ffmpeg", ["-nostdin", "-hide_banner", "-v", "error", ...args], { stdio: "ignore" });
    p.once("error", reject);
    p.once("exit", resolve);
  });
}

/** A metric's value from a service's /metrics, summed over series whose labels include `labels`. */
async function metric(url: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(url)).text();
  let sum = 0;
  for (const line of text.split("\n")) {
    const m = /^(\w+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    if (Object.entries(labels).every(([k, v]) => (m[2] ?? "").includes(`${k}="${v}"`))) sum += Number(m[3]);
  }
  return sum;
}

if (typeof fs === "string") {
  // Never a silent pass: the reason is printed and the test is reported as skipped.
  console.warn(`SKIPPED test/disk-full.test.ts: ${fs}`);
  test.skip(`a full output folder through a real fleet (skipped: ${fs})`, () => undefined);
} else {
  let t: TestFleet;
  let dir: string;
  let gate: string;
  const outputRoot = join(fs.dir, "runs");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ff-diskfull-"));
    gate = join(dir, "gate");
    mkdirSync(gate);
    const fixtures = join(PACKAGE_ROOT, "test", "fixtures");
    const config = {
      worker: {
        advert_interval: "300ms",
        min_free_space: "4MiB",
        backends: {
          "gate-gen": {
            type: "command",
            kind: "gen",
            command: [join(fixtures, "gated-generate.sh"), gate, "{task_id}", "{output}", "{frames}", "{fps}", "{width}", "{height}"],
            timeout: "120s",
          },
          "gate-eval": { type: "command", kind: "eval", command: [join(fixtures, "gated-evaluate.sh"), gate, "{video}", "{scores_file}"], timeout: "120s" },
          "trunc-gen": {
            type: "command",
            kind: "gen",
            command: [join(fixtures, "gated-truncating-generate.sh"), gate, "{task_id}", join(dir, "source.mp4"), "{output}"],
            timeout: "120s",
          },
        },
      },
    };
    // The video trunc-gen copies: 47 KB, so a copy cut short by a nearly full disk leaves a part of it.
    const made = await framefleetFfmpeg(["-f", "lavfi", "-i", `testsrc2=s=${BIG.width}x${BIG.height}:r=${BIG.fps}`, "-frames:v", String(BIG.frames), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-threads", "1", "-f", "mp4", "-y", join(dir, "source.mp4")]);
    expect(made).toBe(0);
    const configFile = join(dir, "config.yaml");
    writeFileSync(configFile, JSON.stringify(config));
    t = await startTestFleet(
      [
        { role: "gen", node: "gpu-a", devices: "sim:1x80GiB" },
        { role: "eval", node: "eval-a", devices: "cpu:1" },
      ],
      { configFile, outputRoot },
    );
  });

  afterAll(async () => {
    await t?.close();
    fs.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function submit(name: string, items: number, backend = "gate-gen", shape = SHAPE, evaluation = true): Promise<string> {
    const spec = join(dir, `${name}.yaml`);
    writeFileSync(
      spec,
      [
        `name: ${name}`,
        "benchmark: synthetic",
        `video: { frames: ${shape.frames}, fps: ${shape.fps}, width: ${shape.width}, height: ${shape.height} }`,
        `generator: { backend: ${backend} }`,
        evaluation ? "evaluation: { backend: gate-eval, metrics: [size_score] }" : "",
        `synthetic: { items: ${items}, prompts: ["a red kite", "a paper boat"] }`,
      ].join("\n"),
    );
    return (await submitSpec(t, spec, dir)).runId;
  }

  const node = async () => (await t.client.listNodes()).nodes.find((n) => n.advert?.node === "gpu-a")?.advert;

  test("a video hitting the full disk is handed back (no attempt spent), the node pauses and resumes by itself, the report waits for space; committed videos stay intact", async () => {
    const logs = join(t.dir, "logs");
    const fail = (err: Error) => {
      throw new Error(`${err.message}\n${dumpLogs(logs)}`);
    };
    // 1. A run that completes before the disk fills: its committed videos must survive all that follows.
    const before = await submit("before", 2);
    await waitForRun(t.client, before).catch(fail);
    const reportBefore = await finalReport(t.client, before);
    const hashes = new Map(reportBefore.items.map((i) => [i.output_path as string, i.sha256]));

    // 2. The next run's first video is held at its gate, then the disk is filled and the gate opened.
    // The first run's scripts passed the gate too: only a mark made from now on counts.
    for (const f of readdirSync(gate)) if (f.startsWith("started-")) unlinkSync(join(gate, f));
    writeFileSync(join(gate, "hold-gen"), "");
    writeFileSync(join(gate, "hold-eval"), "");
    const runId = await submit("during", 3);
    await waitFor(async () => readdirSync(gate).some((f) => f.startsWith("started-")) || undefined, { timeoutMs: 60_000, intervalMs: 50, what: "a generation to reach its gate" });
    fs.fill(0);
    unlinkSync(join(gate, "hold-gen"));

    // The node says it is paused and why, in its advert, framefleet nodes and its metrics.
    const paused = await waitFor(async () => ((await node())?.pausedReason ? await node() : undefined), { timeoutMs: 60_000, intervalMs: 100, what: "gpu-a to advertise a pause" }).catch(fail);
    expect(paused?.pausedReason).toMatch(new RegExp(`^the output folder ${outputRoot} has .* free, less than worker.min_free_space \\(4 MiB\\)`));
    const nodesOut = await framefleet(["nodes", "--api", t.fleet.apiAddress]);
    expect(nodesOut.stdout).toMatch(/^gpu-a\s+gen\s+paused\s/m);
    expect(nodesOut.stdout).toContain(`gpu-a is paused: the output folder ${outputRoot}`);
    const workerMetrics = paused?.metricsUrl as string;
    expect(await metric(workerMetrics, "framefleet_node_paused", { reason: "disk_full" })).toBe(1);
    await waitFor(async () => ((await metric(workerMetrics, "framefleet_disk_full_handbacks_total")) >= 1 ? true : undefined), { timeoutMs: 30_000, intervalMs: 100, what: "a disk-full hand-back" });
    const held = await t.client.getRun(runId);
    expect(held.run?.counters?.failed).toBe(0);

    // 3. Space returns: the node resumes by itself and makes every video (the evaluations wait at their gate).
    fs.release();
    await waitFor(async () => ((await node())?.pausedReason === "" ? true : undefined), { timeoutMs: 60_000, intervalMs: 100, what: "gpu-a to take work again" }).catch(fail);
    expect(await metric(workerMetrics, "framefleet_node_paused", { reason: "disk_full" })).toBe(0);
    await waitFor(
      async () => {
        const c = (await t.client.getRun(runId)).run?.counters;
        return c && c.generated + c.evaluating + c.done === 3 ? true : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 200, what: "every video of the run to be committed" },
    ).catch(fail);

    // 4. The disk fills again just before the run ends: the report cannot be written, and the
    // aggregator backs off instead of retrying every two seconds.
    fs.fill(0);
    unlinkSync(join(gate, "hold-eval"));
    const done = await waitForRun(t.client, runId).catch(fail);
    expect(done.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const aggMetrics = (t.fleet.endpoints().aggregator as { metrics: string }).metrics;
    await waitFor(async () => ((await metric(aggMetrics, "framefleet_report_write_failures_total", { reason: "disk_full" })) >= 1 ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 100,
      what: "the aggregator to fail a report write for want of space",
    }).catch(fail);
    expect(await metric(aggMetrics, "framefleet_reports_waiting_for_space")).toBe(1);
    expect((await t.client.getReport(runId, "json")).path).toBe("");
    expect(readFileSync(join(logs, "aggregator.log"), "utf8")).toMatch(/"message":"no space to write the report; trying again later: free space in the output folder".*"retryInMs":5000/);

    // 5. Space returns: the report is written on the next try.
    fs.release();
    const report: RunReport = await finalReport(t.client, runId);
    expect(report.counts).toMatchObject({ total: 3, done: 3, failed: 0 });
    expect(existsSync(join(outputRoot, runId, "report.md"))).toBe(true);
    expect(await metric(aggMetrics, "framefleet_reports_waiting_for_space")).toBe(0);
    // The video that hit the full disk was handed back with disk_full, not failed, and made again.
    const handedBack = report.items.filter((i) => i.error?.startsWith("the output folder"));
    expect(handedBack).toHaveLength(1);
    expect(handedBack[0]?.error).toMatch(/is full \(.* free, less than worker\.min_free_space 4 MiB\): the task is handed back .* No space left on device/s);
    await expectEveryOutputExactlyOnce(await t.nc(), report, join(outputRoot, runId), SHAPE);

    // 6. What was committed before the disk filled is as it was.
    await expectEveryOutputExactlyOnce(await t.nc(), reportBefore, join(outputRoot, before), SHAPE);
    for (const [path, sha] of hashes) expect(await sha256File(join(outputRoot, before, path))).toBe(sha);
  });

  test("a backend that exits 0 after a write cut short by the full disk: the undecodable video is put down to the disk, handed back and made again", async () => {
    const logs = join(t.dir, "logs");
    const fail = (err: Error) => {
      throw new Error(`${err.message}\n${dumpLogs(logs)}`);
    };
    const workerMetrics = (await node())?.metricsUrl as string;
    const handbacks = await metric(workerMetrics, "framefleet_disk_full_handbacks_total");
    writeFileSync(join(gate, "hold-trunc"), "");
    const runId = await submit("truncated", 1, "trunc-gen", BIG, false);
    await waitFor(async () => readdirSync(gate).some((f) => f.startsWith("trunc-started-")) || undefined, { timeoutMs: 60_000, intervalMs: 50, what: "the copy to reach its gate" }).catch(fail);
    // Room for the first 8 KiB of the 47 KB video only; the script does not notice and exits 0.
    fs.fill(8 * 1024);
    unlinkSync(join(gate, "hold-trunc"));
    await waitFor(async () => ((await metric(workerMetrics, "framefleet_disk_full_handbacks_total")) > handbacks ? true : undefined), { timeoutMs: 60_000, intervalMs: 100, what: "a disk-full hand-back" }).catch(fail);
    expect((await t.client.getRun(runId)).run?.counters?.failed).toBe(0);
    fs.release();
    const done = await waitForRun(t.client, runId).catch(fail);
    expect(done.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, runId);
    expect(report.counts).toMatchObject({ total: 1, done: 1, failed: 0 });
    expect(report.items[0]?.error).toMatch(/^the output folder .* is full .*The attempt failed with: .* is not a decodable video/s);
    await expectEveryOutputExactlyOnce(await t.nc(), report, join(outputRoot, runId), BIG);
  });
}
