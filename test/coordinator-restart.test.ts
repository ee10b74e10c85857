/**
 * Fault: the coordinator is killed with SIGKILL mid-run and restarted. Its state is in KV and
 * its events wait in a durable consumer, so the run completes with every item exactly once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { RunState } from "../services/common/src/proto";
import { stopProcess } from "../services/cli/src/local-fleet";
import { dumpLogs, finalReport, startTestFleet, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";

let t: TestFleet;

beforeAll(async () => {
  t = await startTestFleet([
    { role: "gen", node: "gen-a", devices: "sim:2x80GiB" },
    { role: "gen", node: "gen-b", devices: "sim:2x80GiB" },
    { role: "eval", node: "eval-a", devices: "cpu:2" },
  ]);
});

afterAll(async () => {
  await t?.close();
});

test("coordinator SIGKILLed mid-run and restarted: the run completes, every item exactly once", async () => {
  const spec = writeSpec(t.dir, "crash", { items: 30, simulated: "300ms-900ms" });
  const sub = await t.client.submitRun({ specYaml: readFileSync(spec, "utf8"), baseDir: t.dir, specSource: spec, resumeRunId: "" });

  // Kill it while work is in flight: some items done, most not.
  await waitFor(async () => ((await t.client.getRun(sub.runId)).run?.counters?.done ?? 0) >= 5, { timeoutMs: 60_000, what: "5 items done" });
  const coordinator = t.fleet.services.get("coordinator");
  if (!coordinator) throw new Error("no coordinator");
  await stopProcess(coordinator.child, 1000, "SIGKILL");
  expect(coordinator.child.signalCode).toBe("SIGKILL");

  // Workers carry on meanwhile: their results wait in the coordinator's durable consumer.
  await new Promise((r) => setTimeout(r, 2000));
  t.fleet.restart("coordinator");

  const final = await waitForRun(t.client, sub.runId).catch((err: Error) => {
    throw new Error(`${err.message}\n${dumpLogs(join(t.dir, "logs"))}`);
  });
  expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  expect(final.run?.counters).toMatchObject({ total: 30, done: 30, failed: 0, queued: 0, running: 0 });

  const report = await finalReport(t.client, sub.runId);
  expect(report.counts).toMatchObject({ total: 30, done: 30, failed: 0 });
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, sub.runId), { frames: 17, fps: 8, width: 64, height: 48 });
  // The restarted coordinator resumed the run rather than starting over.
  expect(readFileSync(join(t.dir, "logs", "coordinator.log"), "utf8")).toContain('"message":"resumed run"');
});
