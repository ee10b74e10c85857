/**
 * The guard on the control plane's cost (issue 17): a run of zero-work tasks on a real fleet, its
 * NATS messages counted by the server itself (/varz), from submit to the status that says the run
 * completed. Every message a task costs is listed in docs/performance.md; one more per task (a
 * start event, a read back of every item, an unbatched write) fails this test.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { natsMessageCounter } from "../bench/lib/nats-counters";
import { RunState } from "../services/common/src/proto";
import { startTestFleet, waitForRun, type TestFleet } from "./helpers/fleet";

/** NATS messages (in + out at the server) per task, at most. */
const BUDGET = 8;
const TASKS = 2000;

let t: TestFleet;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "ff-budget-"));
  const configFile = join(dir, "fleet.yaml");
  writeFileSync(configFile, ["worker:", "  backends:", "    noop-0: { type: noop }", ""].join("\n"));
  t = await startTestFleet(
    [
      { role: "gen", node: "budget-a", devices: "sim:8x80GiB" },
      { role: "gen", node: "budget-b", devices: "sim:8x80GiB" },
    ],
    { configFile, logLevel: "warn" },
  );
});

afterAll(async () => {
  await t?.close();
});

test(`a run of ${TASKS} zero-work tasks costs at most ${BUDGET} NATS messages per task, counted by the server`, async () => {
  const monitor = t.fleet.nats?.monitorUrl;
  expect(monitor).toBeTruthy();
  const counter = await natsMessageCounter(monitor as string);
  const spec = [
    "name: budget",
    "benchmark: synthetic",
    "video: { frames: 8, fps: 8, width: 64, height: 48 }",
    "generator: { backend: noop-0, simulated_time: 0ms }",
    `synthetic: { items: ${TASKS}, prompts: ["a red kite over a beach", "waves on a lighthouse"] }`,
  ].join("\n");
  const { runId } = await t.client.submitRun({ specYaml: spec, baseDir: t.dir, specSource: "budget" });
  const status = await waitForRun(t.client, runId, 300_000);
  const used = await counter.delta();
  expect(status.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  expect(status.run?.counters?.done).toBe(TASKS);
  const perTask = (used.in + used.out) / TASKS;
  // Printed so a failure (or a win) says by how much.
  console.log(`messages per task: ${perTask.toFixed(2)} (in ${(used.in / TASKS).toFixed(2)}, out ${(used.out / TASKS).toFixed(2)})`);
  expect(perTask).toBeLessThanOrEqual(BUDGET);
  // And not trivially: the task publish, its delivery and its ack are three messages that must exist.
  expect(perTask).toBeGreaterThanOrEqual(3);
});
