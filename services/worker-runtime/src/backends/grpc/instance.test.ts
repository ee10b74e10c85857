import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GrpcBackendConfig } from "../../../../common/src/config/schema";
import { CancelReason, TaskCancelledError } from "../../../../common/src/errors";
import { eventually } from "../../../../common/src/testing/eventually";
import { processGone } from "../../../../common/src/testing/process-gone";
import { recordingLogger } from "../../../../common/src/testing/recording-logger";
import type { EvaluateRequest, GenerateRequest } from "../../backend";
import { GrpcBackendFactory } from "./factory";
import type { GrpcBackendInstance } from "./instance";
import { callContext, fakeConfig, testDevice } from "../../testing/grpc-backend";

let dir: string;
const opened: GrpcBackendInstance[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ffg-"));
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((i) => i.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(over: Parameters<typeof fakeConfig>[0] = {}): Promise<GrpcBackendInstance> {
  const config: GrpcBackendConfig = fakeConfig(over);
  const inst = (await new GrpcBackendFactory("fake", config, { socketDir: dir }).load(testDevice, { signal: new AbortController().signal, log: recordingLogger() })) as GrpcBackendInstance;
  opened.push(inst);
  return inst;
}

function genRequest(params: Record<string, string> = {}, over: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    taskId: "t1",
    runId: "r1",
    prompt: "a cat",
    seed: 42,
    video: { frames: 49, fps: 16, width: 832, height: 480 },
    outputFile: join(dir, "out.mp4"),
    inputs: {},
    params,
    simulatedMs: 0,
    ...over,
  };
}

function generate(inst: GrpcBackendInstance, req: GenerateRequest, ctx = callContext().ctx): Promise<void> {
  if (!inst.generate) throw new Error("not a generator");
  return inst.generate(req, ctx);
}

describe("GrpcBackendInstance.generate", () => {
  it("streams progress into ctx.progress, writes the output and passes the request verbatim", async () => {
    const loads = join(dir, "loads");
    const requests = join(dir, "requests.jsonl");
    const inst = await start({ fakeEnv: { FAKE_LOADS_FILE: loads, FAKE_REQUESTS_FILE: requests } });
    const prompt = `a cat"; rm -rf ~ # $(touch ${join(dir, "pwned")}) \`id\` 'q' \n ünïcode`;
    const { ctx, progress } = callContext();
    const req = genRequest({ steps: "4", behaviour: "ok" }, { prompt, seed: 2 ** 40, inputs: { image: "/data/first frame.png" } });
    await generate(inst, req, ctx);
    expect(readFileSync(req.outputFile, "utf8")).toBe(`fake video for ${prompt}`);
    expect(progress.map(([f]) => f)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(progress[1]).toEqual([0.25, "step 2/4"]);
    const sent = JSON.parse(readFileSync(requests, "utf8").trim()) as Record<string, unknown>;
    expect(sent).toMatchObject({ prompt, seed: 2 ** 40, outputFile: req.outputFile, inputs: { image: "/data/first frame.png" }, video: { frames: 49, fps: 16, width: 832, height: 480 } });
    expect(existsSync(join(dir, "pwned"))).toBe(false);
    // A second task reuses the loaded process.
    await generate(inst, genRequest({ behaviour: "ok" }, { taskId: "t2" }));
    expect(readFileSync(loads, "utf8").trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ["oom", "resource_exhausted", /backend fake: generate task t1: CUDA out of memory/],
    ["invalid", "invalid_input", /first-frame image is not a PNG/],
    ["fail", "backend_failed", /sampler diverged/],
    ["wrong_output", "backend_failed", /result names "\/tmp\/somewhere-else.mp4"/],
    ["no_result", "backend_failed", /ended without a result/],
  ])("maps behaviour %s to %s and keeps serving", async (behaviour, code, message) => {
    const inst = await start();
    await expect(generate(inst, genRequest({ behaviour }))).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(inst.alive()).toBe(true);
    await generate(inst, genRequest({ behaviour: "ok" }, { taskId: "t2" }));
  });

  it("kills a hung backend after hang_timeout: BACKEND_CRASHED, not alive, no process left", async () => {
    const pidFile = join(dir, "child.pid");
    const inst = await start({ hang_timeout: 300, fakeEnv: { FAKE_CHILD_PID_FILE: pidFile } });
    const t0 = Date.now();
    await expect(generate(inst, genRequest({ behaviour: "hang" }))).rejects.toMatchObject({
      code: "backend_crashed",
      message: expect.stringMatching(/no progress for 300 ms \(hang_timeout\); killed backend process/),
    });
    const took = Date.now() - t0;
    expect(took).toBeGreaterThanOrEqual(300);
    expect(took).toBeLessThan(1500);
    // Settled only once the process is gone, so the pool never hands the dying one a task.
    expect(inst.alive()).toBe(false);
    expect(processGone(inst.pid)).toBe(true);
    expect(await eventually(() => processGone(Number(readFileSync(pidFile, "utf8"))))).toBe(true);
  });

  it("lets a task run longer than hang_timeout while progress keeps coming", async () => {
    const inst = await start({ hang_timeout: 300 });
    const t0 = Date.now();
    await generate(inst, genRequest({ behaviour: "ok", steps: "8", step_ms: "100" }));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(800);
    expect(inst.alive()).toBe(true);
  });

  it("reports a crash mid-task as BACKEND_CRASHED with the exit code and stderr", async () => {
    const inst = await start();
    const { ctx, progress } = callContext();
    await expect(generate(inst, genRequest({ behaviour: "crash" }), ctx)).rejects.toMatchObject({
      code: "backend_crashed",
      message: expect.stringMatching(/exited during the task \(exit code 3; last stderr lines:\n.*illegal memory access/),
    });
    expect(progress).toEqual([[0.2, "denoising"]]);
    expect(inst.alive()).toBe(false);
    await expect(generate(inst, genRequest())).rejects.toMatchObject({ code: "backend_crashed", message: expect.stringContaining("is not running") });
  });

  it("on abort cancels the call, rejects with the reason, and the backend keeps serving", async () => {
    const inst = await start();
    const ac = new AbortController();
    const reason = new TaskCancelledError(CancelReason.RUN_CANCELLED);
    const { ctx, progress } = callContext(ac.signal);
    const running = generate(inst, genRequest({ behaviour: "slow", step_ms: "20" }), ctx);
    expect(await eventually(() => progress.length >= 3)).toBe(true);
    ac.abort(reason);
    await expect(running).rejects.toBe(reason);
    expect(inst.alive()).toBe(true);
    await generate(inst, genRequest({ behaviour: "ok" }, { taskId: "t2" }));
  });

  it("kills a backend that ignores the cancel for stop_grace", async () => {
    const inst = await start({ stop_grace: 300 });
    const ac = new AbortController();
    const reason = new TaskCancelledError(CancelReason.DRAIN_DEADLINE);
    const { ctx, progress } = callContext(ac.signal);
    const running = generate(inst, genRequest({ behaviour: "ignore_cancel", step_ms: "20" }), ctx);
    expect(await eventually(() => progress.length >= 2)).toBe(true);
    const t0 = Date.now();
    ac.abort(reason);
    await expect(running).rejects.toBe(reason);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(inst.alive()).toBe(false);
    expect(processGone(inst.pid)).toBe(true);
  });

  it("refuses a second task while one runs", async () => {
    const inst = await start();
    const first = generate(inst, genRequest({ behaviour: "ok", steps: "5" }));
    await expect(generate(inst, genRequest({}, { taskId: "t2" }))).rejects.toMatchObject({ code: "illegal_state", message: expect.stringContaining("one task at a time") });
    await first;
  });
});

describe("GrpcBackendInstance.evaluate", () => {
  it("returns the finite scores and drops the others with a warning", async () => {
    const inst = await start({ kind: "eval" });
    expect(inst.generate).toBeUndefined();
    const log = recordingLogger();
    const { ctx, progress } = callContext(undefined, log);
    const req: EvaluateRequest = {
      taskId: "e1",
      runId: "r1",
      videoFile: join(dir, "v.mp4"),
      expected: { frames: 49, fps: 16, width: 832, height: 480 },
      metrics: ["sa", "pc"],
      prompt: "a cat",
      inputs: {},
      params: { scores: JSON.stringify({ sa: 1, pc: 0.25 }), nan_metric: "rule" },
    };
    if (!inst.evaluate) throw new Error("not an evaluator");
    await expect(inst.evaluate(req, ctx)).resolves.toEqual({ scores: { sa: 1, pc: 0.25 } });
    expect(progress.at(-1)).toEqual([1, "done"]);
    expect(log.lines.some((l) => l.level === "warn" && l.metric === "rule" && /not a finite number/.test(l.msg))).toBe(true);
  });
});

describe("GrpcBackendInstance.close", () => {
  it("shuts the process down, kills its children, removes the socket, and is idempotent", async () => {
    const pidFile = join(dir, "child.pid");
    const inst = await start({ fakeEnv: { FAKE_CHILD_PID_FILE: pidFile } });
    const child = Number(readFileSync(pidFile, "utf8"));
    expect(processGone(child)).toBe(false);
    expect(readdirSync(dir).some((f) => f.endsWith(".sock"))).toBe(true);
    await Promise.all([inst.close(), inst.close()]);
    await inst.close();
    expect(inst.alive()).toBe(false);
    expect(processGone(inst.pid)).toBe(true);
    expect(await eventually(() => processGone(child))).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith(".sock"))).toBe(false);
  });

  it("escalates to SIGKILL when the process ignores Shutdown and SIGTERM", async () => {
    const inst = await start({ stop_grace: 200, fakeEnv: { FAKE_IGNORE_SHUTDOWN: "1" } });
    const t0 = Date.now();
    await inst.close();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(processGone(inst.pid)).toBe(true);
  });

  it("ends a task in flight: the call fails as BACKEND_CRASHED and nothing is left", async () => {
    const inst = await start({ stop_grace: 200 });
    const { ctx, progress } = callContext();
    const running = expect(generate(inst, genRequest({ behaviour: "slow" }), ctx)).rejects.toMatchObject({ code: "backend_crashed" });
    expect(await eventually(() => progress.length >= 1)).toBe(true);
    await inst.close();
    await running;
    expect(processGone(inst.pid)).toBe(true);
  });
});
