/**
 * Fault: the coordinator is killed with SIGKILL mid-run and restarted. Its state is in KV and
 * its events wait in a durable consumer, so the run completes with every item exactly once.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { stopProcess } from "../services/cli/src/local-fleet";
import { completedRun, startTestFleet, submitSpec, TWO_GEN_ONE_EVAL, writeSpec, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";

let t: TestFleet;

beforeAll(async () => {
  t = await startTestFleet(TWO_GEN_ONE_EVAL);
});

afterAll(async () => {
  await t?.close();
});

test("coordinator SIGKILLed mid-run and restarted: the run completes, every item exactly once", async () => {
  const spec = writeSpec(t.dir, "crash", { items: 30, simulated: "300ms-900ms" });
  const sub = await submitSpec(t, spec);

  // Kill it while work is in flight: some items done, most not.
  await waitFor(async () => ((await t.client.getRun(sub.runId)).run?.counters?.done ?? 0) >= 5, { timeoutMs: 60_000, what: "5 items done" });
  const coordinator = t.fleet.services.get("coordinator");
  if (!coordinator) throw new Error("no coordinator");
  await stopProcess(coordinator.child, 1000, "SIGKILL");
  expect(coordinator.child.signalCode).toBe("SIGKILL");

  // Workers carry on meanwhile: their results wait in the coordinator's durable consumer.
  await new Promise((r) => setTimeout(r, 2000));
  t.fleet.restart("coordinator");

  const { status: final, report } = await completedRun(t, sub.runId);
  expect(final.run?.counters).toMatchObject({ total: 30, done: 30, failed: 0, queued: 0, running: 0 });

  expect(report.counts).toMatchObject({ total: 30, done: 30, failed: 0 });
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, sub.runId), { frames: 17, fps: 8, width: 64, height: 48 });
  // The restarted coordinator resumed the run rather than starting over.
  expect(readFileSync(join(t.dir, "logs", "coordinator.log"), "utf8")).toContain('"message":"resumed run"');
});
