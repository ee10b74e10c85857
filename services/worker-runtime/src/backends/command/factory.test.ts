import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { backendConfigSchema } from "../../../../common/src/config";
import type { CommandBackendConfig } from "../../../../common/src/config/schema";
import { CancelReason, FleetErrorCode, TaskCancelledError } from "../../../../common/src/errors";
import { probeVideo } from "../../../../common/src/media";
import type { BackendCallContext, BackendInstance, DeviceLease, EvaluateRequest, GenerateRequest } from "../../backend";
import { CommandBackendFactory } from "./factory";
import { processGone } from "../../../../common/src/testing/process-gone";
import { readPid } from "../../../../common/src/testing/read-pid";
import { recordingLogger } from "../../../../common/src/testing/recording-logger";

const TESTDATA = path.join(__dirname, "testdata");
const script = (name: string): string => path.join(TESTDATA, name);
const device: DeviceLease = {
  uuid: "GPU-test-1",
  name: "test GPU",
  index: 1,
  source: "sim",
  env: { CUDA_VISIBLE_DEVICES: "GPU-test-1", CUDA_DEVICE_ORDER: "PCI_BUS_ID" },
};

/** A config as the worker gets it: through the real schema, with its defaults. */
function commandConfig(raw: Record<string, unknown>): CommandBackendConfig {
  const cfg = backendConfigSchema.parse({ type: "command", kind: "gen", ...raw });
  if (cfg.type !== "command") throw new Error("not a command config");
  return cfg;
}

async function load(raw: Record<string, unknown>, opts?: { killGraceMs?: number }): Promise<BackendInstance> {
  return new CommandBackendFactory("fake", commandConfig(raw), opts).load(device, { signal: new AbortController().signal, log: recordingLogger() });
}

function context(signal = new AbortController().signal) {
  const progress: [number, string | undefined][] = [];
  const log = recordingLogger();
  const ctx: BackendCallContext = { signal, log, device, progress: (f, stage) => progress.push([f, stage]) };
  return { ctx, progress, log };
}

describe("CommandBackendFactory", () => {
  let dir: string;
  const genReq = (over: Partial<GenerateRequest> = {}): GenerateRequest => ({
    taskId: "task-1",
    runId: "run-1",
    prompt: "a cat surfing",
    seed: 42,
    video: { frames: 9, fps: 8, width: 64, height: 48 },
    outputFile: path.join(dir, "out.mp4"),
    inputs: {},
    params: {},
    simulatedMs: 0,
    ...over,
  });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-cmd-test-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe("generation end to end", () => {
    const GEN_COMMAND = [
      "bash",
      script("fake-gen.sh"),
      "--prompt-file",
      "{prompt_file}",
      "--prompt",
      "{prompt}",
      "--out={output}",
      "--frames",
      "{frames}",
      "--fps",
      "{fps}",
      "--size",
      "{width}x{height}",
      "--seed",
      "{seed}",
      "--device={device}",
      "--task={task_id}/{run_id}",
    ];

    it("passes a hostile prompt verbatim as one argv item and as a file, harming nothing, and writes a real MP4", async () => {
      const tag = randomBytes(6).toString("hex");
      const pwned = `/tmp/pwned-${tag}`;
      const prompt = `a "quoted"; rm -rf ~ # $(touch ${pwned}) \`id\` 'x'`;
      const home = path.join(dir, "home");
      const record = path.join(dir, "record");
      await mkdir(home);
      await mkdir(record);
      await writeFile(path.join(home, "canary"), "still here");
      const backend = await load({ command: GEN_COMMAND, env: { HOME: home, RECORD_DIR: record, FAKE_MODEL_FLAVOUR: "mint" } });
      const { ctx, progress, log } = context();

      process.env["FRAMEFLEET_NATS_TOKEN"] = "worker-secret";
      try {
        await backend.generate?.(genReq({ prompt }), ctx);
      } finally {
        delete process.env["FRAMEFLEET_NATS_TOKEN"];
      }

      const probe = await probeVideo(path.join(dir, "out.mp4"));
      expect(probe).toMatchObject({ frames: 9, fps: 8, width: 64, height: 48 });
      const argv = (await readFile(path.join(record, "argv"), "utf8")).split("\0").slice(0, -1);
      expect(argv).toEqual([
        "--prompt-file",
        expect.stringMatching(/prompt\.txt$/),
        "--prompt",
        prompt,
        `--out=${path.join(dir, "out.mp4")}`,
        "--frames",
        "9",
        "--fps",
        "8",
        "--size",
        "64x48",
        "--seed",
        "42",
        "--device=GPU-test-1",
        "--task=task-1/run-1",
      ]);
      expect(await readFile(path.join(record, "prompt_arg"))).toEqual(Buffer.from(prompt, "utf8"));
      expect(await readFile(path.join(record, "prompt_file"))).toEqual(Buffer.from(prompt, "utf8"));
      expect(existsSync(pwned)).toBe(false);
      expect(await readdir(home)).toEqual(["canary"]);
      expect(await readFile(path.join(home, "canary"), "utf8")).toBe("still here");

      const env = await readFile(path.join(record, "env"), "utf8");
      expect(env).toContain("CUDA_VISIBLE_DEVICES=GPU-test-1\n");
      expect(env).toContain("FRAMEFLEET_BACKEND_NAME=fake\n");
      expect(env).toContain("FRAMEFLEET_TASK_ID=task-1\n");
      expect(env).toContain("FAKE_MODEL_FLAVOUR=mint\n");
      expect(env).toContain("FRAMEFLEET_NATS_TOKEN=unset\n");
      const workDir = /FRAMEFLEET_WORK_DIR=(.*)\n/.exec(env)?.[1] ?? "";
      expect(argv[1]).toBe(path.join(workDir, "prompt.txt"));
      expect(existsSync(workDir)).toBe(false);

      expect(progress).toEqual([
        [0.25, "loading weights"],
        [0.9, "encoding"],
        [1, undefined],
      ]);
      const output = log.lines.filter((l) => l.msg === "backend output");
      expect(output).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ stream: "stdout", line: "fake-gen: sampling" }),
          expect.objectContaining({ stream: "stderr", line: "fake-gen: a note on stderr" }),
        ]),
      );
      expect(output.some((l) => String(l["line"]).includes("FRAMEFLEET_PROGRESS"))).toBe(false);
    });

    it("runs in the configured cwd", async () => {
      const record = path.join(dir, "record");
      await mkdir(record);
      const backend = await load({ command: GEN_COMMAND, env: { RECORD_DIR: record }, cwd: dir });
      await backend.generate?.(genReq(), context().ctx);
      expect(await readFile(path.join(record, "env"), "utf8")).toContain(`PWD=${dir}\n`);
    });
  });

  it("writes {params_file} and fills {input:<role>}, {param:<key>} and {work_dir}", async () => {
    // The "model" is a one-line bash program given as argv items: the values arrive as $1…$5.
    const program = 'cat -- "$1" > "$4"; printf "\\n%s\\n%s\\n%s" "$2" "$3" "$5" >> "$4"';
    const backend = await load({ command: ["bash", "-c", program, "inline", "{params_file}", "--cam={input:camera}", "{param:action}", "{output}", "{work_dir}"] });
    const params = { action: "turn left; then $(id)", caption_segments: '["a","b"]' };
    await backend.generate?.(genReq({ inputs: { camera: "/data/scene 1.npz" }, params }), context().ctx);
    const [json, cam, action, workDir] = (await readFile(path.join(dir, "out.mp4"), "utf8")).split("\n");
    expect(JSON.parse(json ?? "")).toEqual(params);
    expect([cam, action]).toEqual(["--cam=/data/scene 1.npz", "turn left; then $(id)"]);
    expect(workDir).toMatch(/framefleet-cmd-/);
    expect(existsSync(workDir ?? "")).toBe(false);
  });

  describe("failures", () => {
    it("maps a CUDA OOM on stderr to RESOURCE_EXHAUSTED and removes the partial output", async () => {
      const backend = await load({ command: ["bash", script("oom.sh"), "{output}"] });
      const err = await backend.generate?.(genReq(), context().ctx).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: FleetErrorCode.RESOURCE_EXHAUSTED, message: expect.stringContaining("CUDA out of memory") });
      expect(existsSync(path.join(dir, "out.mp4"))).toBe(false);
    });

    it("maps configured exit codes to RESOURCE_EXHAUSTED and INVALID_INPUT, and others to BACKEND_FAILED with stderr", async () => {
      const backend = await load({
        command: ["bash", script("exit-code.sh"), "{param:code}", "{output}"],
        oom_exit_codes: [7],
        invalid_input_exit_codes: [3],
      });
      const run = (code: string): Promise<unknown> => backend.generate!(genReq({ params: { code } }), context().ctx).then(() => "ok", (e: unknown) => e);
      expect(await run("7")).toMatchObject({ code: FleetErrorCode.RESOURCE_EXHAUSTED });
      expect(await run("3")).toMatchObject({ code: FleetErrorCode.INVALID_INPUT, message: expect.stringContaining("exited with code 3") });
      const failed = await run("5");
      expect(failed).toMatchObject({ code: FleetErrorCode.BACKEND_FAILED });
      expect((failed as Error).message).toContain("exited with code 5");
      expect((failed as Error).message).toContain("exit-code.sh: something went wrong\nexit-code.sh: exiting with code 5");
    });

    it("is BACKEND_FAILED naming the output file when the command exits 0 without writing it", async () => {
      const backend = await load({ command: ["bash", script("exit-code.sh"), "0", "{output}"] });
      const err = await backend.generate?.(genReq(), context().ctx).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: FleetErrorCode.BACKEND_FAILED, message: expect.stringContaining(path.join(dir, "out.mp4")) });
    });

    it("is INVALID_INPUT naming a missing input role, without starting the command", async () => {
      const backend = await load({ command: ["bash", script("spawn-sleeper.sh"), dir, "--cam={input:camera}", "{output}"] });
      const err = await backend.generate?.(genReq({ inputs: { image: "/x.png" } }), context().ctx).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: FleetErrorCode.INVALID_INPUT, message: expect.stringContaining('input "camera"') });
      expect(existsSync(path.join(dir, "self.pid"))).toBe(false);
    });

    it("kills the whole group and fails with TIMEOUT past the timeout", async () => {
      const backend = await load({ command: ["bash", script("spawn-sleeper.sh"), dir, "-", "{output}"], timeout: "700ms" });
      const started = Date.now();
      const err = await backend.generate?.(genReq(), context().ctx).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: FleetErrorCode.TIMEOUT, message: expect.stringContaining("700 ms") });
      expect(Date.now() - started).toBeLessThan(4_000);
      const pids = [Number(await readFile(path.join(dir, "self.pid"), "utf8")), Number(await readFile(path.join(dir, "child.pid"), "utf8"))];
      expect(pids.map(processGone)).toEqual([true, true]);
    });
  });

  describe("abort", () => {
    it("SIGTERMs the group and rejects with the signal's reason", async () => {
      const backend = await load({ command: ["bash", script("spawn-sleeper.sh"), dir, "-", "{output}"] });
      const ac = new AbortController();
      const running = backend.generate!(genReq(), context(ac.signal).ctx).catch((e: unknown) => e);
      const child = await readPid(path.join(dir, "child.pid"));
      const self = await readPid(path.join(dir, "self.pid"));
      expect(processGone(child)).toBe(false);
      const reason = new TaskCancelledError(CancelReason.RUN_CANCELLED);
      ac.abort(reason);
      expect(await running).toBe(reason);
      expect([processGone(self), processGone(child)]).toEqual([true, true]);
    });

    it("SIGKILLs a group that ignores SIGTERM once the grace is over", async () => {
      const backend = await load({ command: ["bash", script("spawn-sleeper.sh"), dir, "ignore-term", "{output}"] }, { killGraceMs: 400 });
      const ac = new AbortController();
      const running = backend.generate!(genReq(), context(ac.signal).ctx).catch((e: unknown) => e);
      const child = await readPid(path.join(dir, "child.pid"));
      const self = await readPid(path.join(dir, "self.pid"));
      const started = Date.now();
      ac.abort(new TaskCancelledError(CancelReason.DRAIN_DEADLINE));
      expect(await running).toMatchObject({ code: FleetErrorCode.CANCELLED });
      expect(Date.now() - started).toBeGreaterThanOrEqual(350);
      expect([processGone(self), processGone(child)]).toEqual([true, true]);
    });

    it("close() kills a running task and waits for it", async () => {
      const backend = await load({ command: ["bash", script("spawn-sleeper.sh"), dir, "-", "{output}"] });
      const running = backend.generate!(genReq(), context().ctx).catch((e: unknown) => e);
      const child = await readPid(path.join(dir, "child.pid"));
      await backend.close();
      expect(processGone(child)).toBe(true);
      expect(await running).toMatchObject({ code: FleetErrorCode.ILLEGAL_STATE });
      expect(backend.alive()).toBe(false);
    });
  });

  describe("evaluation", () => {
    const video = (): string => path.join(dir, "in.mp4");
    const evalReq = (over: Partial<EvaluateRequest> = {}): EvaluateRequest => ({
      taskId: "eval-1",
      runId: "run-1",
      videoFile: video(),
      expected: { frames: 9, fps: 8, width: 64, height: 48 },
      metrics: ["sa", "pc"],
      prompt: "a cat",
      inputs: {},
      params: {},
      ...over,
    });
    const evalBackend = (mode: string): Promise<BackendInstance> =>
      load({ kind: "eval", command: ["bash", script("fake-eval.sh"), "--video", "{video}", "--metrics", "{metrics}", "--scores", "{scores_file}", "--mode", mode] });

    beforeEach(async () => {
      const record = path.join(dir, "record");
      await mkdir(record);
      const gen = await load({ command: ["bash", script("fake-gen.sh"), "--prompt-file", "{prompt_file}", "--out={output}", "--frames", "{frames}", "--fps", "{fps}", "--size", "{width}x{height}"], env: { RECORD_DIR: record } });
      await gen.generate?.(genReq({ outputFile: video() }), context().ctx);
    });

    it("returns the scores the command wrote", async () => {
      const backend = await evalBackend("good");
      const { ctx, progress } = context();
      expect(await backend.evaluate?.(evalReq(), ctx)).toEqual({ scores: { frames: 9, sa: 1.5, pc: 2.5 } });
      expect(progress).toEqual([
        [0.5, "scoring"],
        [1, undefined],
      ]);
    });

    it("is BACKEND_FAILED naming the scores file for bad JSON or a value that is not a number", async () => {
      const bad = await (await evalBackend("bad-json")).evaluate?.(evalReq(), context().ctx).catch((e: unknown) => e);
      expect(bad).toMatchObject({ code: FleetErrorCode.BACKEND_FAILED, message: expect.stringMatching(/scores file \S*scores\.json is not valid JSON/) });
      const nan = await (await evalBackend("not-number")).evaluate?.(evalReq(), context().ctx).catch((e: unknown) => e);
      expect(nan).toMatchObject({ code: FleetErrorCode.BACKEND_FAILED, message: expect.stringContaining('"frames": "9"') });
    });
  });

  describe("config and load", () => {
    it("rejects a bad template at construction, naming the item", () => {
      const make = (raw: Record<string, unknown>): unknown => {
        try {
          return new CommandBackendFactory("fake", commandConfig(raw));
        } catch (err) {
          return err;
        }
      };
      expect(make({ command: ["run", "{output}", "--x={bogus}"] })).toMatchObject({
        code: FleetErrorCode.CONFIG_INVALID,
        message: expect.stringContaining('worker.backends.fake.command[2] "--x={bogus}": unknown placeholder {bogus}'),
      });
      expect(make({ command: ["{prompt}", "{output}"] })).toMatchObject({ code: FleetErrorCode.CONFIG_INVALID, message: expect.stringContaining("command[0]") });
      expect(make({ command: ["run", "{prompt}"] })).toMatchObject({ code: FleetErrorCode.CONFIG_INVALID, message: expect.stringContaining("{output}") });
      expect(make({ kind: "eval", command: ["run", "{video}"] })).toMatchObject({ code: FleetErrorCode.CONFIG_INVALID, message: expect.stringContaining("{scores_file}") });
      expect(make({ command: ["run", "{output}"], oom_pattern: "(" })).toMatchObject({ code: FleetErrorCode.CONFIG_INVALID, message: expect.stringContaining("oom_pattern") });
      expect(make({ command: ["run", "{output}"], env: { CUDA_VISIBLE_DEVICES: "0" } })).toMatchObject({
        message: expect.stringContaining("env.CUDA_VISIBLE_DEVICES"),
      });
      const ok = make({ command: ["run", "{output}"], memory: "20GiB" });
      expect(ok).toMatchObject({ name: "fake", kind: "gen", memoryMiB: 20480 });
    });

    it("load() is DEPENDENCY_MISSING for a program that is missing or not executable", async () => {
      const notExec = path.join(dir, "not-exec.sh");
      await writeFile(notExec, "#!/bin/sh\n");
      await chmod(notExec, 0o644);
      for (const program of ["framefleet-no-such-program", "/nonexistent/dir/prog", notExec]) {
        await expect(load({ command: [program, "{output}"] })).rejects.toMatchObject({
          code: FleetErrorCode.DEPENDENCY_MISSING,
          message: expect.stringContaining(JSON.stringify(program)),
        });
      }
      await expect(load({ command: ["bash", "{output}"] })).resolves.toMatchObject({});
    });
  });
});
