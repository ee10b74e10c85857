/**
 * A poison task (its model kills the worker process every time) reaches max_deliver; JetStream
 * only raises an advisory, and the coordinator must turn it into a failed item so the run completes.
 */
import { readFileSync } from "node:fs";
import { RunState } from "../services/common/src/proto";
import { finalReport, startTestFleet, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";

let t: TestFleet;
// Short leases so that a dead worker's task comes back quickly; two deliveries at most.
const ARGS = ["--ack-wait", "2s", "--max-deliver", "2"];

beforeAll(async () => {
  t = await startTestFleet([
    { role: "gen", node: "gen-a", devices: "sim:1x80GiB", args: ARGS },
    { role: "gen", node: "gen-b", devices: "sim:1x80GiB", args: ARGS },
    { role: "eval", node: "eval-a", devices: "cpu:1" },
  ]);
});
afterAll(async () => t?.close());

test("a task that kills its worker every time is dead-lettered after max_deliver; the run completes with it failed", async () => {
  // Restart workers as a supervisor (systemd, Kubernetes) would.
  const restarts: string[] = [];
  const supervisor = setInterval(() => {
    for (const name of ["worker-gen-a", "worker-gen-b"]) {
      const s = t.fleet.services.get(name);
      if (s && (s.child.exitCode !== null || s.child.signalCode !== null)) {
        restarts.push(name);
        t.fleet.restart(name);
      }
    }
  }, 200);
  try {
    const spec = writeSpec(t.dir, "poison", { items: 4, frames: 9, simulated: "200ms" });
    const yaml = readFileSync(spec, "utf8")
      .replace("generator: { backend: synthetic, simulated_time: 200ms }", "generator: { backend: synthetic, simulated_time: 200ms, params: { simulate_crash_prompt: '[crash]' } }")
      .replace('"waves on a lighthouse"', '"[crash] a prompt the model dies on"');
    const sub = await t.client.submitRun({ specYaml: yaml, baseDir: t.dir, specSource: spec, resumeRunId: "" });
    const final = await waitForRun(t.client, sub.runId);
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    const report = await finalReport(t.client, sub.runId);
    expect(report.counts).toMatchObject({ total: 4, done: 3, failed: 1 });
    expect(report.failures[0]?.item_key).toBe("item-0001");
    const last = report.failures[0]?.errors.at(-1);
    expect(last?.code).toBe("retries_exhausted");
    expect(last?.message).toMatch(/delivered 2 times/);
    // The worker died on each delivery.
    expect(restarts.length).toBeGreaterThanOrEqual(2);
    const metrics = await (await fetch(t.fleet.metricsUrls().coordinator as string)).text();
    expect(metrics).toMatch(/^framefleet_dead_letters_total\{kind="gen",backend="synthetic"[^}]*\} 1$/m);
  } finally {
    clearInterval(supervisor);
  }
});
