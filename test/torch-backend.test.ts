/**
 * Real torch (Debian's python3-torch, CPU) through the whole fleet: the SDK's torch examples as
 * backends of a real fleet. The model loads once per device; its measured memory (Info.memory_mib)
 * is what the device's accounting counts; a cancel stops the forward loop within one step; the
 * CPU allocator's real failure is handed back as resource_exhausted until the item gives up; and
 * gRPC's threads, torch's pools and ffmpeg's fork+exec coexist (every run below needs all three).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { RunState } from "../services/common/src/proto";
import { completedRun, finalReport, startTestFleet, submitSpec, waitForRunWithLogs, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";
import { PYTHON_PACKAGES, requirePython } from "./helpers/python";

const SHAPE = { frames: 9, fps: 8, width: 64, height: 48 };

let t: TestFleet;
let dir: string;

interface Load {
  pid: number;
  device: string;
  memoryMiB: number;
}

function loads(file: string): Load[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [pid, device, mib] = l.split(" ");
      return { pid: Number(pid), device: device ?? "", memoryMiB: Number(mib) };
    });
}

interface TaskRecord {
  steps_total: number;
  steps_done: number;
  steps_at_cancel: number | null;
}

function taskRecords(): TaskRecord[] {
  const file = join(dir, "gen-tasks.log");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TaskRecord);
}

async function submit(name: string, body: string): Promise<string> {
  const spec = join(dir, `${name}.yaml`);
  writeFileSync(spec, `name: ${name}\nbenchmark: synthetic\nvideo: { frames: ${SHAPE.frames}, fps: ${SHAPE.fps}, width: ${SHAPE.width}, height: ${SHAPE.height} }\n${body}\n`);
  const sub = await submitSpec(t, spec, dir);
  return sub.runId;
}

function requireTorch(python: string): void {
  const r = spawnSync(python, ["-c", "import torch, torchvision"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${python} cannot import torch/torchvision: run scripts/setup.sh (apt python3-torch python3-torchvision)\n${r.stderr}`);
}

beforeAll(async () => {
  const python = requirePython();
  requireTorch(python);
  dir = mkdtempSync(join(tmpdir(), "ff-torch-"));
  const env = { PYTHONPATH: PYTHON_PACKAGES, TORCH_THREADS: "2" };
  const config = {
    worker: {
      advert_interval: "300ms",
      // Two devices: the allocator failure meets both, then the item gives up.
      oom_device_limit: 2,
      oom_cooldown: "1s",
      backends: {
        "torch-gen": {
          type: "grpc",
          kind: "gen",
          command: [python, "-m", "framefleet_backend.examples.torch_generator"],
          env: { ...env, TORCH_LOAD_LOG: join(dir, "gen-loads.log"), TORCH_TASK_LOG: join(dir, "gen-tasks.log"), TORCH_TEST_HOOKS: "1" },
          // Deliberately not what the process holds: the device must count the measured value.
          memory: "4GiB",
          hang_timeout: "60s",
        },
        "torch-eval": {
          type: "grpc",
          kind: "eval",
          command: [python, "-m", "framefleet_backend.examples.torch_evaluator"],
          env: { ...env, TORCH_LOAD_LOG: join(dir, "eval-loads.log") },
        },
      },
    },
  };
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  t = await startTestFleet(
    [
      { role: "gen", node: "gpu-a", devices: "sim:2x80GiB" },
      { role: "eval", node: "eval-a", devices: "cpu:1" },
    ],
    { configFile },
  );
});

afterAll(async () => {
  await t?.close();
  if (dir && process.env.FRAMEFLEET_KEEP_TEST_DIRS !== "1") rmSync(dir, { recursive: true, force: true });
});

test("a torch generator and a torch evaluator run a run through the fleet, loading once per device; the device counts the memory the backend measured", async () => {
  const runId = await submit(
    "torch-run",
    [
      "generator: { backend: torch-gen, params: { steps: '3' } }",
      "evaluation: { backend: torch-eval, metrics: [torch_temporal_psnr, torch_sharpness] }",
      'synthetic: { items: 4, prompts: ["a red kite over a beach", "waves on a lighthouse"] }',
    ].join("\n"),
  );
  const { report } = await completedRun(t, runId);
  expect(report.counts).toMatchObject({ total: 4, done: 4, failed: 0 });
  for (const item of report.items) {
    // The recurrent state moves every frame: finite PSNR, and frames with edges.
    expect(item.scores.torch_temporal_psnr).toBeGreaterThan(0);
    expect(item.scores.torch_temporal_psnr).toBeLessThan(100);
    expect(item.scores.torch_sharpness).toBeGreaterThan(0);
  }
  const gen = loads(join(dir, "gen-loads.log"));
  const used = new Set(report.items.map((i) => i.device));
  expect(gen.map((l) => l.device).sort()).toEqual([...used].sort());
  expect(loads(join(dir, "eval-loads.log"))).toHaveLength(1);
  // Torch alone keeps far more than 50 MiB resident, and far less than the configured 4 GiB.
  for (const l of gen) {
    expect(l.memoryMiB).toBeGreaterThan(50);
    expect(l.memoryMiB).toBeLessThan(4096);
  }
  // What the worker advertises as our process on each device is the backend's own measure.
  await waitFor(
    async () => {
      const advert = (await t.client.listNodes()).nodes.find((n) => n.advert?.node === "gpu-a")?.advert;
      const ours = new Map((advert?.devices ?? []).map((d) => [d.uuid, d.processes.filter((p) => p.ours).reduce((s, p) => s + Number(p.usedMib), 0)]));
      return gen.every((l) => ours.get(l.device) === l.memoryMiB) ? true : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 200, what: `each device's own usage to equal the measured ${gen.map((l) => `${l.device}=${l.memoryMiB}`).join(", ")} MiB` },
  );
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, runId), SHAPE);
});

test("cancelling a run stops the backend's forward loop within one step", async () => {
  const before = taskRecords().length;
  const runId = await submit("torch-cancel", ["generator: { backend: torch-gen, params: { steps: '1000000' } }", 'synthetic: { items: 1, prompts: ["a slow dolly shot"] }'].join("\n"));
  await waitFor(
    async () => (await t.client.getRun(runId)).running.find((r) => r.progress > 0),
    { timeoutMs: 60_000, intervalMs: 100, what: "the forward loop to make progress" },
  );
  await t.client.cancelRun(runId);
  expect((await t.client.getRun(runId)).run?.state).toBe(RunState.RUN_STATE_CANCELLED);
  const rec = await waitFor(() => taskRecords()[before], { timeoutMs: 30_000, intervalMs: 100, what: "the cancelled task's record" });
  expect(rec.steps_at_cancel).not.toBeNull();
  expect(rec.steps_done).toBeLessThan(rec.steps_total);
  expect(rec.steps_done - (rec.steps_at_cancel ?? 0)).toBeLessThanOrEqual(1);
});

test("the CPU allocator's real failure is resource_exhausted: handed back to the other device, then the item fails with it; the backends stay loaded", async () => {
  const runId = await submit("torch-oom", ["generator: { backend: torch-gen, params: { torch_test_alloc: absurd } }", 'synthetic: { items: 1, prompts: ["too big"] }'].join("\n"));
  const final = await waitForRunWithLogs(t, runId);
  expect(final.run?.counters).toMatchObject({ total: 1, failed: 1 });
  const report = await finalReport(t.client, runId);
  expect(report.items[0]?.state).toBe("failed");
  expect(report.failures).toHaveLength(1);
  const errors = report.failures[0]?.errors ?? [];
  // Once per device (the limit is 2), and never spent as an ordinary failure.
  expect(errors.map((e) => e.code)).toEqual(["resource_exhausted", "resource_exhausted"]);
  expect(new Set(errors.map((e) => e.device)).size).toBe(2);
  for (const e of errors) expect(e.message).toMatch(/DefaultCPUAllocator: can't allocate memory/);
  // Out of memory (and, before it, a cancel) is the task's problem, not the process's: still one
  // load per device over every run of this file.
  const devices = loads(join(dir, "gen-loads.log")).map((l) => l.device);
  expect(devices).toHaveLength(2);
  expect(new Set(devices).size).toBe(2);
});
