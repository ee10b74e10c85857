/**
 * A worker whose device discovery fails, through the real bin with a fake `nvidia-smi` that
 * answers from a real H100 capture and fails as nvidia-smi does without a driver (exit 9) while a
 * flag file exists:
 * - at start the worker exits 1 with nvidia-smi's message, before it connects to NATS;
 * - while it runs it keeps running and takes no new work until discovery works again, then it
 *   takes the work that waited (docs/configuration.md, "nvidia: real GPUs").
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { RunState } from "../services/common/src/proto";
import { DRIVER_DOWN_MESSAGE, fakeLog, loadCapture, writeFakeNvidiaSmi } from "../services/worker-runtime/src/testing/nvidia-captures";
import { framefleet } from "./helpers/cli";
import { startTestFleet, submitSpec, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";

const H100 = loadCapture("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt");

let dir: string;
let fake: string;
let broken: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-discovery-"));
  broken = join(dir, "driver-down");
  fake = writeFakeNvidiaSmi(dir, H100, "idle", { failWhileExists: broken });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test("at start: the worker exits 1 with nvidia-smi's message, before connecting to NATS", async () => {
  writeFileSync(broken, "");
  try {
    const r = await framefleet(["worker", "--role", "gen", "--node", "gpu-x", "--devices", `nvidia:${fake}`, "--nats", "nats://127.0.0.1:1"], {
      timeoutMs: 60_000,
      env: { FRAMEFLEET_CONFIG: "" },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("failed (exit code 9)");
    expect(r.stderr).toContain(DRIVER_DOWN_MESSAGE);
    expect(r.stderr).not.toContain("connecting to NATS");
  } finally {
    rmSync(broken, { force: true });
  }
});

describe("while running", () => {
  let t: TestFleet;
  const log = () => readFileSync(join(t.dir, "logs", "worker-gpu-x.log"), "utf8");
  const lines = (message: string) => log().split("\n").filter((l) => l.includes(`"message":"${message}"`));

  beforeAll(async () => {
    t = await startTestFleet([{ role: "gen", node: "gpu-x", devices: `nvidia:${fake}`, args: ["--advert-interval", "300ms"] }]);
  });
  afterAll(async () => {
    rmSync(broken, { force: true });
    await t?.close();
  });

  test("a failing nvidia-smi stops new work, not the worker; once it works again the waiting work is done", async () => {
    writeFileSync(broken, "");
    await waitFor(() => lines("device discovery failed; taking no work until it works again").length > 0, {
      timeoutMs: 60_000,
      intervalMs: 100,
      what: "the worker to log that discovery fails",
    });
    const spec = writeSpec(t.dir, "blind", { items: 2, evaluation: false, simulated: "100ms" });
    const { runId } = await submitSpec(t, spec);
    // The worker goes on trying to read its devices (every second while none is free, and with
    // each advert); after several failed reads with work queued, none of it has been taken.
    const before = fakeLog(dir, "calls.log").length;
    await waitFor(() => fakeLog(dir, "calls.log").length >= before + 6, { timeoutMs: 60_000, intervalMs: 100, what: "six more nvidia-smi calls" });
    const waiting = (await t.client.getRun(runId)).run?.counters;
    expect({ queued: waiting?.queued, running: waiting?.running, done: waiting?.done }).toEqual({ queued: 2, running: 0, done: 0 });
    // Still running, still advertising itself as active, counting the failed reads.
    const worker = t.fleet.services.get("worker-gpu-x");
    expect(worker?.child.exitCode).toBeNull();
    const nodes = JSON.parse((await framefleet(["nodes", "--json", "--api", t.fleet.apiAddress], { timeoutMs: 60_000 })).stdout) as { node: string; state: string }[];
    expect(nodes).toEqual([expect.objectContaining({ node: "gpu-x", state: "active" })]);
    const metrics = await (await fetch(t.fleet.metricsUrls()["worker-gpu-x"] as string)).text();
    expect(Number(/^framefleet_device_read_errors_total(?:\{[^}]*\})? (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);

    rmSync(broken);
    expect(existsSync(broken)).toBe(false);
    const final = await waitForRun(t.client, runId);
    expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    expect(final.run?.counters?.done).toBe(2);
    // Said once when it broke and once when it mended, not on every failed read.
    expect(lines("device discovery failed; taking no work until it works again")).toHaveLength(1);
    expect(lines("device discovery works again")).toHaveLength(1);
  });
});
