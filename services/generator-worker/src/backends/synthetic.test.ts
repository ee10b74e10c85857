import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import type { Logger } from "../../../common/src/log";
import { probeVideo } from "../../../common/src/media/ffprobe";
import { sha256File } from "../../../common/src/media/sha256";
import { processGone } from "../../../common/src/testing/process-gone";
import { recordingLogger } from "../../../common/src/testing/recording-logger";
import type { BackendCallContext, BackendInstance, DeviceLease, GenerateRequest } from "../../../worker-runtime/src/backend";
import { SyntheticBackendFactory, fpsToRational, syntheticFfmpegArgs } from "./synthetic";

const device: DeviceLease = { uuid: "cpu-test-0", name: "cpu", index: 0, source: "cpu", env: {} };

function context(signal: AbortSignal, log: Logger, progress: number[] = []): BackendCallContext {
  return { signal, log, device, progress: (f) => progress.push(f) };
}

describe("SyntheticBackendFactory", () => {
  let dir: string;
  let backend: BackendInstance;
  const req = (over: Partial<GenerateRequest> & { name: string }): GenerateRequest => ({
    taskId: "t1",
    runId: "r1",
    prompt: "a cat surfing a wave at sunset",
    seed: 42,
    video: { frames: 9, fps: 8, width: 64, height: 48 },
    inputs: {},
    params: {},
    simulatedMs: 0,
    outputFile: path.join(dir, over.name),
    ...over,
  });
  const generate = (r: GenerateRequest, ctx?: BackendCallContext): Promise<void> =>
    (backend.generate as NonNullable<BackendInstance["generate"]>).call(backend, r, ctx ?? context(new AbortController().signal, recordingLogger()));

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-synth-"));
    backend = await new SyntheticBackendFactory().load(device, { signal: new AbortController().signal, log: recordingLogger() });
  });
  afterAll(async () => {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("has the declared name, kind and memory", () => {
    const f = new SyntheticBackendFactory({ name: "synthetic-14b", memoryMiB: 40960 });
    expect([f.name, f.kind, f.memoryMiB]).toEqual(["synthetic-14b", "gen", 40960]);
    expect(() => new SyntheticBackendFactory({ name: "Bad Name" })).toThrow(expect.objectContaining({ code: FleetErrorCode.CONFIG_INVALID }));
  });

  it("writes an H.264 MP4 with exactly the requested frames, fps and size, reporting progress", async () => {
    const progress: number[] = [];
    const r = req({ name: "a.mp4", simulatedMs: 120 });
    await generate(r, context(new AbortController().signal, recordingLogger(), progress));
    await expect(probeVideo(r.outputFile)).resolves.toMatchObject({ frames: 9, fps: 8, width: 64, height: 48, codec: "h264" });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it("is deterministic: same prompt and seed give the same bytes; another seed or prompt does not", async () => {
    await generate(req({ name: "d1.mp4" }));
    await generate(req({ name: "d2.mp4" }));
    await generate(req({ name: "d3.mp4", seed: 43 }));
    await generate(req({ name: "d4.mp4", prompt: "a cat surfing a wave at dawn" }));
    const [h1, h2, h3, h4] = await Promise.all(["d1", "d2", "d3", "d4"].map((n) => sha256File(path.join(dir, `${n}.mp4`))));
    expect(h1).toBe(h2);
    expect(h3).not.toBe(h1);
    expect(h4).not.toBe(h1);
    expect(h4).not.toBe(h3);
  });

  it("every lavfi source the hash can pick makes a valid video (odd fps too)", async () => {
    const sources = new Map<string, number>();
    for (let seed = 0; sources.size < 5 && seed < 500; seed++) {
      const args = syntheticFfmpegArgs(req({ name: "x.mp4", seed }), { encoder: "libx264", crf: 23 });
      const graph = args[args.indexOf("-i") + 1] as string;
      const name = graph.slice(0, graph.indexOf("="));
      if (!sources.has(name)) sources.set(name, seed);
    }
    expect([...sources.keys()].sort()).toEqual(["cellauto", "gradients", "life", "mandelbrot", "testsrc2"]);
    for (const [name, seed] of sources) {
      const r = req({ name: `src-${name}.mp4`, seed, video: { frames: 11, fps: 23.976, width: 48, height: 32 } });
      await generate(r);
      const p = await probeVideo(r.outputFile);
      expect(p).toMatchObject({ frames: 11, width: 48, height: 32 });
      expect(Math.abs(p.fps - 23.976)).toBeLessThan(0.01);
    }
  }, 30_000);

  it("keeps a hostile prompt out of argv and runs nothing it says", async () => {
    const pwned = path.join(dir, "pwned");
    const victim = path.join(dir, "victim");
    await writeFile(victim, "still here");
    const prompt = `"; rm -rf ${victim} #$(touch ${pwned}) \`touch ${pwned}\` -vf drawtext=text=x -y /tmp/x.mp4`;
    const log = recordingLogger();
    const r = req({ name: "hostile.mp4", prompt });
    await generate(r, context(new AbortController().signal, log));
    await expect(probeVideo(r.outputFile)).resolves.toMatchObject({ frames: 9 });
    expect(existsSync(pwned)).toBe(false);
    expect(existsSync(victim)).toBe(true);
    const argv = log.lines.find((l) => l.msg === "synthetic: ffmpeg started")?.argv as string[];
    expect(argv).toBeDefined();
    for (const arg of argv) {
      expect(arg).not.toContain("touch");
      expect(arg).not.toContain("rm -rf");
      expect(arg).not.toContain("drawtext");
    }
  });

  it("abort during encoding kills ffmpeg, removes the partial file and rejects with the reason", async () => {
    const ac = new AbortController();
    const reason = new Error("task timeout (test)");
    let pid = 0;
    let partialExisted = false;
    const r = req({ name: "aborted.mp4", video: { frames: 3000, fps: 24, width: 1280, height: 720 } });
    // The backend logs ffmpeg's pid (and argv) at debug as it starts it.
    const log = recordingLogger((line) => {
      if (line.msg !== "synthetic: ffmpeg started") return;
      pid = line.pid as number;
      // Let ffmpeg get going (and write some of the file) before pulling the plug: on a loaded
      // machine it may take seconds to write its first bytes, so wait for them, not for a time.
      const started = Date.now();
      const poll = setInterval(() => {
        partialExisted = existsSync(r.outputFile);
        if (!partialExisted && Date.now() - started < 10_000) return;
        clearInterval(poll);
        ac.abort(reason);
      }, 50);
    });
    // Big enough (3000 frames of 720p) that the encode cannot finish before its first bytes are seen.
    await expect(generate(r, context(ac.signal, log))).rejects.toBe(reason);
    expect(pid).toBeGreaterThan(0);
    expect(partialExisted).toBe(true);
    expect(processGone(pid)).toBe(true);
    expect(existsSync(r.outputFile)).toBe(false);
  }, 20_000);

  it("abort during the simulated GPU time rejects with the reason and starts no ffmpeg", async () => {
    const ac = new AbortController();
    const reason = new Error("drain deadline (test)");
    const log = recordingLogger();
    setTimeout(() => ac.abort(reason), 50);
    const t0 = Date.now();
    const r = req({ name: "sim-aborted.mp4", simulatedMs: 10_000 });
    await expect(generate(r, context(ac.signal, log))).rejects.toBe(reason);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(log.lines).toEqual([]);
    expect(existsSync(r.outputFile)).toBe(false);
  });

  it("inputs reach the backend: the first frame's and the camera file's content and the item's params change the video", async () => {
    // Inputs live in their own folder: the last test checks the output folder holds only videos.
    const inputsDir = await mkdtemp(path.join(tmpdir(), "ff-synth-inputs-"));
    const image = path.join(inputsDir, "first.png");
    const camera = path.join(inputsDir, "cam.npz");
    await writeFile(image, "image bytes v1");
    await writeFile(camera, "camera bytes");
    const base = { inputs: { image, camera }, params: { action: "left_then_right" } };
    await generate(req({ name: "c1.mp4", ...base }));
    await generate(req({ name: "c2.mp4", ...base }));
    await generate(req({ name: "c0.mp4" }));
    await writeFile(image, "image bytes v2");
    await generate(req({ name: "c3.mp4", ...base }));
    await generate(req({ name: "c4.mp4", ...base, params: { action: "forward_then_backward" } }));
    await generate(req({ name: "c5.mp4", ...base, params: { action: "forward_then_backward", simulate_oom_prompt: "never" } }));
    const [c0, c1, c2, c3, c4, c5] = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => sha256File(path.join(dir, `c${i}.mp4`))));
    expect(c2).toBe(c1);
    expect(new Set([c0, c1, c3, c4]).size).toBe(4);
    // Simulation controls are not content.
    expect(c5).toBe(c4);
    await rm(inputsDir, { recursive: true, force: true });
  });

  it("an input that cannot be read is INVALID_INPUT naming its role and path", async () => {
    const missing = path.join(dir, "nope", "first.png");
    await expect(generate(req({ name: "m.mp4", inputs: { image: missing } }))).rejects.toMatchObject({
      code: FleetErrorCode.INVALID_INPUT,
      message: expect.stringContaining(`input "image" of task t1 cannot be read at ${missing}`),
    });
    expect(existsSync(path.join(dir, "m.mp4"))).toBe(false);
  });

  it("odd sizes and bad shapes are INVALID_INPUT", async () => {
    await expect(generate(req({ name: "odd.mp4", video: { frames: 9, fps: 8, width: 63, height: 48 } }))).rejects.toMatchObject({
      code: FleetErrorCode.INVALID_INPUT,
      message: expect.stringMatching(/width must be even/),
    });
    await expect(generate(req({ name: "zero.mp4", video: { frames: 0, fps: 8, width: 64, height: 48 } }))).rejects.toMatchObject({
      code: FleetErrorCode.INVALID_INPUT,
    });
  });

  it("an ffmpeg failure is BACKEND_FAILED with ffmpeg's message", async () => {
    const r = req({ name: path.join("no-such-dir", "f.mp4") });
    await expect(generate(r)).rejects.toMatchObject({ code: FleetErrorCode.BACKEND_FAILED, message: expect.stringMatching(/No such file or directory/) });
  });

  it("load waits loadMs, is abortable, and needs ffmpeg", async () => {
    const log = recordingLogger();
    const t0 = Date.now();
    const inst = await new SyntheticBackendFactory({ loadMs: 100 }).load(device, { signal: new AbortController().signal, log });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(90);
    expect(inst.alive()).toBe(true);
    await inst.close();
    expect(inst.alive()).toBe(false);
    await expect(inst.generate?.(req({ name: "closed.mp4" }), context(new AbortController().signal, log))).rejects.toMatchObject({
      code: FleetErrorCode.ILLEGAL_STATE,
    });
    const reason = new Error("shutdown (test)");
    await expect(new SyntheticBackendFactory({ loadMs: 10_000 }).load(device, { signal: AbortSignal.abort(reason), log })).rejects.toBe(reason);
    await expect(
      new SyntheticBackendFactory({ ffmpegPath: path.join(dir, "no-ffmpeg") }).load(device, { signal: new AbortController().signal, log }),
    ).rejects.toMatchObject({ code: FleetErrorCode.DEPENDENCY_MISSING, message: expect.stringContaining("apt-get install ffmpeg") });
  });

  it("leaves only the files it was asked for", async () => {
    const files = await readdir(dir);
    expect(files.filter((f) => !f.endsWith(".mp4") && f !== "victim")).toEqual([]);
  });
});

describe("fpsToRational", () => {
  it("keeps integers, maps NTSC rates to /1001 and approximates the rest", () => {
    expect(fpsToRational(24)).toBe("24");
    expect(fpsToRational(23.976)).toBe("24000/1001");
    expect(fpsToRational(29.97)).toBe("30000/1001");
    expect(fpsToRational(59.94)).toBe("60000/1001");
    expect(fpsToRational(12.5)).toBe("25/2");
    expect(fpsToRational(7.3)).toBe("73/10");
  });
});
