/**
 * Resume and retry: the same spec again keeps the videos that still match their commit and redoes
 * the rest; `retry --failed` gives failed items a fresh attempt budget.
 */
import { appendFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { RunState } from "../services/common/src/proto";
import type { ReportError } from "../services/reports/src";
import { finalReport, startTestFleet, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";
import { itemRecords } from "./helpers/records";

let t: TestFleet;
const MODEL = ["--backend", "synthetic:memory=30GiB", "--oom-cooldown", "500ms", "--oom-device-limit", "2"];

beforeAll(async () => {
  t = await startTestFleet([
    { role: "gen", node: "gen-a", devices: "sim:2x80GiB", args: MODEL },
    { role: "eval", node: "eval-a", devices: "cpu:2" },
  ]);
});
afterAll(async () => t?.close());

test("the same spec again: a running run is left alone; a finished one keeps valid videos and redoes deleted or changed ones", async () => {
  const spec = writeSpec(t.dir, "again", { items: 6, frames: 9, simulated: "300ms-500ms" });
  const yaml = readFileSync(spec, "utf8");
  const submit = () => t.client.submitRun({ specYaml: yaml, baseDir: t.dir, specSource: spec, resumeRunId: "" });
  const first = await submit();
  expect(first.disposition).toBe("new");
  const second = await submit();
  expect(second).toMatchObject({ runId: first.runId, disposition: "running", requeued: 0 });
  await waitForRun(t.client, first.runId);
  const before = await finalReport(t.client, first.runId);
  expect(before.counts.done).toBe(6);

  const runDir = join(t.outputRoot, first.runId);
  const [gone, changed] = before.items;
  rmSync(join(runDir, gone?.output_path as string));
  appendFileSync(join(runDir, changed?.output_path as string), "tampered");

  const third = await submit();
  expect(third).toMatchObject({ runId: first.runId, disposition: "resumed", requeued: 2, reused: 4 });
  const final = await waitForRun(t.client, first.runId);
  expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  expect(final.run?.generation).toBe(1);
  const after = await finalReport(t.client, first.runId);
  expect(after.counts).toMatchObject({ total: 6, done: 6, failed: 0 });
  // The untouched items were not generated again: same attempt start times.
  for (const item of after.items.slice(2)) {
    expect(item.started_at).toBe(before.items.find((b) => b.task_id === item.task_id)?.started_at);
  }
  await expectEveryOutputExactlyOnce(await t.nc(), after, runDir, { frames: 9, fps: 8, width: 64, height: 48 });
});

test("retry --failed queues failed items again with a fresh attempt budget", async () => {
  const spec = writeSpec(t.dir, "retry", { items: 3, frames: 9, simulated: "200ms" });
  const yaml = readFileSync(spec, "utf8")
    .replace("generator: { backend: synthetic, simulated_time: 200ms }", "generator: { backend: synthetic, simulated_time: 200ms, params: { simulate_oom_prompt: '[oom]' } }")
    .replace('"a red kite over a beach"', '"[oom] too big"');
  const sub = await t.client.submitRun({ specYaml: yaml, baseDir: t.dir, specSource: spec, resumeRunId: "" });
  await waitForRun(t.client, sub.runId);
  const first = await finalReport(t.client, sub.runId);
  expect(first.counts).toMatchObject({ done: 2, failed: 1 });
  // Given up once out of memory on both devices. A device may run it out of memory twice first:
  // its cooldown can end while the other device still works on another video.
  expect(oomDevices(first.failures[0]?.errors ?? [])).toEqual(2);

  const retriedAt = Date.now();
  const retry = await t.client.submitRun({ specYaml: "", baseDir: "", specSource: "", resumeRunId: sub.runId, failedOnly: true });
  expect(retry).toMatchObject({ disposition: "resumed", requeued: 1 });
  await waitForRun(t.client, sub.runId);
  const second = await finalReport(t.client, sub.runId);
  expect(second.counts).toMatchObject({ done: 2, failed: 1 });
  expect(second.run.state).toBe("completed");
  // It failed again with a fresh budget: out of memory on both devices again, every error of
  // this round. Without the reset, the old record (two devices already) would give it up after
  // one more OOM, listing the first round's errors with it.
  expect(oomDevices(second.failures[0]?.errors ?? [])).toEqual(2);
  const record = (await itemRecords(await t.nc(), sub.runId)).get(second.failures[0]?.task_id ?? "");
  expect(record?.errors.length).toBeGreaterThanOrEqual(2);
  for (const e of record?.errors ?? []) expect(Number(e.atMs)).toBeGreaterThanOrEqual(retriedAt);
});

/** The distinct devices the errors ran out of memory on; every error must be one. */
function oomDevices(errors: readonly ReportError[]): number {
  expect(errors.map((e) => e.code).filter((c) => c !== "resource_exhausted")).toEqual([]);
  return new Set(errors.map((e) => e.device)).size;
}
