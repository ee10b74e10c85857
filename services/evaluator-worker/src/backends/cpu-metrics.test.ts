import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { nullLogger } from "../../../common/src/log";
import type { BackendCallContext, BackendInstance, DeviceLease, EvaluateRequest, EvaluateResponse } from "../../../worker-runtime/src/backend";
import { CpuMetricsBackendFactory, SUPPORTED_CPU_METRICS } from "./cpu-metrics";

const device: DeviceLease = { uuid: "cpu-test-0", name: "cpu", index: 0, source: "cpu", env: {} };

function ctx(progress: number[] = [], signal: AbortSignal = new AbortController().signal): BackendCallContext {
  return { signal, log: nullLogger, device, progress: (f) => progress.push(f) };
}

/** A wrapper that logs each call's argv, then runs the real tool: counts the decodes. */
async function countingWrapper(dir: string, tool: string): Promise<{ bin: string; calls: () => Promise<string[]> }> {
  const bin = path.join(dir, `counting-${tool}`);
  const log = path.join(dir, `${tool}.calls`);
  await writeFile(bin, `#!/bin/sh\necho "$*" >> '${log}'\nexec ${tool} "$@"\n`);
  await chmod(bin, 0o755);
  return { bin, calls: async () => (await readFile(log, "utf8").catch(() => "")).split("\n").filter(Boolean) };
}

describe("CpuMetricsBackendFactory", () => {
  let dir: string;
  let video: string;
  let backend: BackendInstance;
  const request = (over: Partial<EvaluateRequest> = {}): EvaluateRequest => ({
    taskId: "t1",
    runId: "r1",
    videoFile: video,
    expected: { frames: 17, fps: 12, width: 64, height: 48 },
    metrics: ["temporal_flickering", "video_check"],
    prompt: "a synthetic test pattern",
    inputs: {},
    params: {},
    ...over,
  });
  const evaluate = (inst: BackendInstance, r: EvaluateRequest, c: BackendCallContext = ctx()): Promise<EvaluateResponse> =>
    (inst.evaluate as NonNullable<BackendInstance["evaluate"]>).call(inst, r, c);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-cpu-metrics-"));
    video = path.join(dir, "synthetic.mp4");
    const res = spawnSync("ffmpeg", [
      "-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=64x48:r=12", "-frames:v", "17",
      "-c:v", "libx264", "-pix_fmt", "yuv420p", video,
    ]);
    expect(res.status).toBe(0);
    backend = await new CpuMetricsBackendFactory().load(device, { signal: new AbortController().signal, log: nullLogger });
  });
  afterAll(async () => {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("is an eval backend needing no GPU memory", () => {
    const f = new CpuMetricsBackendFactory();
    expect([f.name, f.kind, f.memoryMiB]).toEqual(["cpu-metrics", "eval", 0]);
  });

  it("computes temporal_flickering and video_check on a synthetic video", async () => {
    const progress: number[] = [];
    const { scores } = await evaluate(backend, request(), ctx(progress));
    expect(Object.keys(scores).sort()).toEqual(
      ["duration_s", "fps", "fps_ok", "frames", "frames_ok", "height", "size_ok", "temporal_flickering", "width"].sort(),
    );
    expect(scores).toMatchObject({ frames: 17, fps: 12, width: 64, height: 48, frames_ok: 1, fps_ok: 1, size_ok: 1 });
    expect(scores["duration_s"]).toBeCloseTo(17 / 12, 1);
    expect(scores["temporal_flickering"]).toBeGreaterThan(0);
    expect(scores["temporal_flickering"]).toBeLessThanOrEqual(1);
    expect(progress.at(-1)).toBe(1);
  });

  it("decodes the video once for both metrics, and only probes for video_check alone", async () => {
    const ffmpeg = await countingWrapper(dir, "ffmpeg");
    const ffprobe = await countingWrapper(dir, "ffprobe");
    const inst = await new CpuMetricsBackendFactory({ ffmpegPath: ffmpeg.bin, ffprobePath: ffprobe.bin }).load(device, {
      signal: new AbortController().signal,
      log: nullLogger,
    });
    await evaluate(inst, request());
    const decodes = (await ffmpeg.calls()).filter((a) => a.includes(" -i "));
    expect(decodes).toHaveLength(1);
    expect((await ffprobe.calls()).filter((a) => a.includes("-count_frames"))).toEqual([]);

    const { scores } = await evaluate(inst, request({ metrics: ["video_check"] }));
    expect(scores).toMatchObject({ frames: 17, frames_ok: 1 });
    expect((await ffmpeg.calls()).filter((a) => a.includes(" -i "))).toHaveLength(1);
    expect((await ffprobe.calls()).filter((a) => a.includes("-count_frames"))).toHaveLength(1);
    await inst.close();
  });

  it("reports mismatches as 0 flags", async () => {
    const { scores } = await evaluate(backend, request({ metrics: ["video_check"], expected: { frames: 16, fps: 16, width: 64, height: 64 } }));
    expect(scores).toMatchObject({ frames: 17, frames_ok: 0, fps_ok: 0, size_ok: 0 });
  });

  it("an unknown metric is INVALID_INPUT naming it and listing the supported ones", async () => {
    const err: unknown = await evaluate(backend, request({ metrics: ["video_check", "aesthetic_quality"] })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: FleetErrorCode.INVALID_INPUT });
    expect((err as Error).message).toContain("aesthetic_quality");
    for (const m of SUPPORTED_CPU_METRICS) expect((err as Error).message).toContain(m);
  });

  it("a 1-frame video has no temporal_flickering: OUTPUT_INVALID, or INVALID_INPUT when 1 frame was asked for", async () => {
    const one = path.join(dir, "one.mp4");
    spawnSync("ffmpeg", ["-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=64x48:r=12", "-frames:v", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p", one]);
    await expect(evaluate(backend, request({ videoFile: one, metrics: ["temporal_flickering"] }))).rejects.toMatchObject({
      code: FleetErrorCode.OUTPUT_INVALID,
    });
    const expected = { frames: 1, fps: 12, width: 64, height: 48 };
    await expect(evaluate(backend, request({ videoFile: one, metrics: ["temporal_flickering"], expected }))).rejects.toMatchObject({
      code: FleetErrorCode.INVALID_INPUT,
    });
    await expect(evaluate(backend, request({ videoFile: one, metrics: ["video_check"], expected }))).resolves.toMatchObject({
      scores: { frames: 1, frames_ok: 1 },
    });
  });

  it("honours the signal and reports missing or broken videos", async () => {
    const reason = new Error("run cancelled (test)");
    await expect(evaluate(backend, request(), ctx([], AbortSignal.abort(reason)))).rejects.toBe(reason);
    await expect(evaluate(backend, request({ videoFile: path.join(dir, "missing.mp4") }))).rejects.toMatchObject({ code: FleetErrorCode.NOT_FOUND });
    const junk = path.join(dir, "junk.mp4");
    await writeFile(junk, "definitely not an mp4");
    await expect(evaluate(backend, request({ videoFile: junk }))).rejects.toMatchObject({ code: FleetErrorCode.OUTPUT_INVALID });
  });

  describe("revisit_consistency", () => {
    let steps: string;
    let trajectories: string;
    beforeAll(async () => {
      // 8 lossless frames of 16x16 at 16 fps; frame k is flat gray 10*k (pair indices need no remap).
      steps = path.join(dir, "steps.mkv");
      const raw = Buffer.concat(Array.from({ length: 8 }, (_, k) => Buffer.alloc(16 * 16 * 3, 10 * k)));
      const res = spawnSync("ffmpeg", ["-nostdin", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "16x16", "-r", "16", "-i", "pipe:0", "-c:v", "ffv1", steps], {
        input: raw,
      });
      expect(res.status).toBe(0);
      trajectories = path.join(dir, "scene_trajectories_v2.json");
      await writeFile(
        trajectories,
        JSON.stringify({
          scenes: [
            { scene_id: "indoor_001", evaluation_pairs: [{ frame_a: 1, frame_b: 2, quality_score: 0.1 }, { frame_a: 0, frame_b: 4, quality_score: 0.2 }] },
            { scene_id: "indoor_002", evaluation_pairs: [{ frame_a: 3, frame_b: 3 }] },
          ],
        }),
      );
    });
    const revisitRequest = (sceneId: string, over: Partial<EvaluateRequest> = {}): EvaluateRequest =>
      request({
        videoFile: steps,
        expected: { frames: 8, fps: 16, width: 16, height: 16 },
        metrics: ["revisit_consistency", "video_check"],
        inputs: { trajectories },
        params: { scene_id: sceneId, max_pairs: "5", ref_fps: "16", skip_first_frame: "false" },
        ...over,
      });

    it("scores the scene's pairs: PSNR/SSIM means and the pair count", async () => {
      const { scores } = await evaluate(backend, revisitRequest("indoor_001"));
      // Pair (1, 2): gray 10 vs 20, mse 100 → 28.1308 dB; SSIM (400 + C1)/(500 + C1).
      // Pair (0, 4): gray 0 vs 40, mse 1600 → 16.0896 dB; SSIM (0 + C1)/(1600 + C1). C1 = 6.5025.
      const psnr = (10 * Math.log10(65025 / 100) + 10 * Math.log10(65025 / 1600)) / 2;
      const ssim = ((400 + 6.5025) / (500 + 6.5025) + 6.5025 / (1600 + 6.5025)) / 2;
      expect(scores["revisit_pairs"]).toBe(2);
      expect(scores["revisit_psnr"]).toBeCloseTo(psnr, 10);
      expect(scores["revisit_ssim"]).toBeCloseTo(ssim, 12);
      expect(scores).toMatchObject({ frames: 8, frames_ok: 1 });
    });

    it("a scene whose only pair is degenerate reports 0 pairs and no means", async () => {
      const { scores } = await evaluate(backend, revisitRequest("indoor_002", { metrics: ["revisit_consistency"] }));
      expect(scores).toEqual({ revisit_pairs: 0 });
    });

    it("missing inputs, a bad parameter or an unknown scene are INVALID_INPUT saying what", async () => {
      const noInputs: unknown = await evaluate(backend, revisitRequest("indoor_001", { inputs: {}, params: { max_pairs: "0" } })).catch((e: unknown) => e);
      expect(noInputs).toMatchObject({ code: FleetErrorCode.INVALID_INPUT });
      expect((noInputs as Error).message).toMatch(/inputs\.trajectories.*params\.scene_id.*params\.max_pairs "0"/);
      const unknown: unknown = await evaluate(backend, revisitRequest("outdoor_009")).catch((e: unknown) => e);
      expect(unknown).toMatchObject({ code: FleetErrorCode.INVALID_INPUT });
      expect((unknown as Error).message).toContain(`"outdoor_009" is not in ${trajectories}`);
    });
  });
});
