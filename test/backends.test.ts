/**
 * Real backends through the whole fleet: a Python backend process per device (the SDK with a fake
 * model, over a real unix-socket gRPC), a command backend running a real script, and a backend
 * process SIGKILLed mid-task.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { waitFor } from "../services/common/src/abort";
import { RunState } from "../services/common/src/proto";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { framefleet } from "./helpers/cli";
import { completedRun, finalReport, startTestFleet, submitSpec, waitForRun, type TestFleet } from "./helpers/fleet";
import { expectEveryOutputExactlyOnce } from "./helpers/outputs";
import { PYTHON_PACKAGES, requirePython } from "./helpers/python";

const SHAPE = { frames: 17, fps: 8, width: 64, height: 48 };
const PWNED = join(tmpdir(), `ff-pwned-${randomBytes(4).toString("hex")}`);
const HOSTILE = `a "quoted"; rm -rf ~ # $(touch ${PWNED}) \`touch ${PWNED}\` 'x' && echo pwned > ${PWNED}`;

let t: TestFleet;
let dir: string;
let home: string;

function loads(file: string): { pid: number; device: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [pid, device] = l.split(" ");
      return { pid: Number(pid), device: device ?? "" };
    });
}

async function submit(name: string, body: string): Promise<string> {
  const spec = join(dir, `${name}.yaml`);
  writeFileSync(spec, `name: ${name}\nbenchmark: synthetic\nvideo: { frames: ${SHAPE.frames}, fps: ${SHAPE.fps}, width: ${SHAPE.width}, height: ${SHAPE.height} }\n${body}\n`);
  const sub = await submitSpec(t, spec, dir);
  return sub.runId;
}

beforeAll(async () => {
  const python = requirePython();
  dir = mkdtempSync(join(tmpdir(), "ff-backends-"));
  home = join(dir, "home");
  mkdirSync(home);
  writeFileSync(join(home, "canary"), "still here");
  const pyEnv = { PYTHONPATH: PYTHON_PACKAGES };
  const config = {
    worker: {
      advert_interval: "300ms",
      backends: {
        "fake-gen": {
          type: "grpc",
          kind: "gen",
          command: [python, "-m", "framefleet_backend.examples.fake_generator"],
          env: { ...pyEnv, FAKE_LOAD_LOG: join(dir, "gen-loads.log"), FAKE_STEP_MS: "150", FAKE_LOAD_MS: "300" },
          memory: "20GiB",
          hang_timeout: "20s",
        },
        "cmd-gen": {
          type: "command",
          kind: "gen",
          command: [join(PACKAGE_ROOT, "test", "fixtures", "cmd-generate.sh"), "{task_id}", "{prompt}", "{prompt_file}", "{output}", "{frames}", "{fps}", "{width}", "{height}", "{seed}"],
          env: { RECORD_DIR: dir },
          timeout: "60s",
        },
        "fake-eval": {
          type: "grpc",
          kind: "eval",
          command: [python, "-m", "framefleet_backend.examples.fake_evaluator"],
          env: { ...pyEnv, FAKE_LOAD_LOG: join(dir, "eval-loads.log") },
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
    { configFile, env: { HOME: home } },
  );
});

afterAll(async () => {
  await t?.close();
  if (dir && process.env.FRAMEFLEET_KEEP_TEST_DIRS !== "1") rmSync(dir, { recursive: true, force: true });
});

test("a Python backend with a fake model generates and evaluates a run through the whole fleet, loading once per device, its progress in framefleet status", async () => {
  const runId = await submit(
    "py-run",
    [
      "generator: { backend: fake-gen }",
      "evaluation: { backend: fake-eval, metrics: [fake_brightness, fake_frames] }",
      'synthetic: { items: 6, prompts: ["a red kite over a beach", "waves on a lighthouse", "a paper boat in the rain"] }',
    ].join("\n"),
  );
  // Progress as the backend reports it reaches `framefleet status` while tasks run.
  const seen = await waitFor(
    async () => {
      const r = await framefleet(["status", runId, "--json", "--api", t.fleet.apiAddress]);
      const s = JSON.parse(r.stdout || "{}") as { running?: { progress: number | null; stage: string; kind: string }[] };
      return s.running?.find((x) => x.kind === "gen" && (x.progress ?? 0) > 0 && (x.progress ?? 0) < 1);
    },
    { timeoutMs: 60_000, intervalMs: 200, what: "a running task with progress in framefleet status" },
  );
  expect(seen.stage).not.toBe("");
  const { report } = await completedRun(t, runId);
  expect(report.counts).toMatchObject({ total: 6, done: 6, failed: 0 });
  for (const item of report.items) {
    // 1 = the decoded video has the requested frame count.
    expect(item.scores.fake_frames).toBe(1);
    expect(item.scores.fake_brightness).toBeGreaterThan(0);
  }
  // One model load per device that ran tasks, kept for every later task.
  const gen = loads(join(dir, "gen-loads.log"));
  const used = new Set(report.items.map((i) => i.device));
  expect(gen.map((l) => l.device).sort()).toEqual([...used].sort());
  expect(loads(join(dir, "eval-loads.log"))).toHaveLength(1);
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, runId), SHAPE);
});

test("killing a backend process mid-task: the task comes back, the backend restarts, the item completes once", async () => {
  const before = loads(join(dir, "gen-loads.log"));
  const runId = await submit("py-kill", ['generator: { backend: fake-gen }', 'synthetic: { items: 1, prompts: ["a slow dolly shot"] }'].join("\n"));
  const running = await waitFor(
    async () => {
      const s = await t.client.getRun(runId);
      return s.running.find((r) => r.progress > 0.1);
    },
    { timeoutMs: 60_000, intervalMs: 100, what: "the task to make progress" },
  );
  const victim = [...loads(join(dir, "gen-loads.log"))].reverse().find((l) => l.device === running.deviceUuid);
  expect(victim).toBeDefined();
  process.kill(victim?.pid as number, "SIGKILL");
  const final = await waitForRun(t.client, runId);
  expect(final.run?.state).toBe(RunState.RUN_STATE_COMPLETED);
  const report = await finalReport(t.client, runId);
  const [item] = report.items;
  expect(item?.state).toBe("done");
  expect(item?.attempts).toBeGreaterThanOrEqual(2);
  expect(report.items[0]?.error ?? "").toMatch(/backend|exit|signal|crash/i);
  // A new process was started (the pool reloads a dead instance).
  expect(loads(join(dir, "gen-loads.log")).length).toBeGreaterThan(before.length);
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, runId), SHAPE);
});

test("a command backend runs a real script; a hostile prompt reaches it verbatim, as an argv item and as a file, and harms nothing", async () => {
  const runId = await submit("cmd-run", ["generator: { backend: cmd-gen }", `synthetic: { items: 2, prompts: [${JSON.stringify(HOSTILE)}, "a calm lake"] }`].join("\n"));
  const { report } = await completedRun(t, runId);
  const hostile = report.items.find((i) => i.prompt === HOSTILE);
  expect(hostile?.state).toBe("done");
  expect(readFileSync(join(dir, `${hostile?.task_id}.argv`), "utf8")).toBe(HOSTILE);
  expect(readFileSync(join(dir, `${hostile?.task_id}.file`), "utf8")).toBe(HOSTILE);
  expect(existsSync(PWNED)).toBe(false);
  expect(readFileSync(join(home, "canary"), "utf8")).toBe("still here");
  await expectEveryOutputExactlyOnce(await t.nc(), report, join(t.outputRoot, runId), SHAPE);
});
