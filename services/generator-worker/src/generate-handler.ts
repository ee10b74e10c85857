/**
 * What a generator worker does with a placed task: produce the video with the loaded backend,
 * validate it (it decodes; frames, fps and size as asked), and commit it exactly once.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { probeVideo, sha256File, type VideoProbe } from "../../common/src/media";
import { assertSafeRelative, resolveInside } from "../../common/src/paths";
import { assertRunId } from "../../common/src/subjects";
import { sweepTempSiblings, tempNameFor } from "../../common/src/temp-files";
import { pb, type Task, type VideoParams } from "../../common/src/proto";
import type { HandlerResult, TaskContext, TaskHandler } from "../../worker-runtime/src/handler";
import { fsyncPath, relativeTo, type OutputStore } from "./output-store";

export class GenerateHandler implements TaskHandler {
  readonly kind = "gen" as const;

  constructor(
    private readonly outputRoot: string,
    private readonly outputs: OutputStore,
  ) {}

  async handle(task: Task, ctx: TaskContext): Promise<HandlerResult> {
    const g = task.generate;
    const video = g?.video;
    if (!g || !video) throw new FleetError(FleetErrorCode.INVALID_INPUT, `task ${task.taskId} has no generation body`);
    const runDir = resolveInside(this.outputRoot, assertRunId(task.runId));
    const rel = assertSafeRelative(g.outputPath, "output_path");
    const finalPath = resolveInside(runDir, rel);

    // No file to look for, validate or commit (the noop backend).
    if (!ctx.writesOutput) return this.generateNothing(task, ctx);

    // Resume and duplicate deliveries: a committed output that is still in place is the answer.
    const already = await this.outputs.existing(task.taskId, runDir);
    if (already) {
      ctx.log.info("output already committed; nothing to generate", { path: already.path });
      await this.sweep(finalPath, ctx);
      return { outcome: "duplicate", output: already, backendMs: 0 };
    }

    await mkdir(dirname(finalPath), { recursive: true });
    // Beside the final file (same filesystem, so the rename is atomic), hidden, unique per attempt.
    const tmp = tempNameFor(finalPath, ctx.attempt, randomBytes(4).toString("hex"));
    try {
      const backendMs = await this.runBackend(task, tmp, ctx);
      await fsyncPath(tmp).catch((err: unknown) => {
        throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `backend wrote no file at ${tmp}`, { cause: err });
      });
      const probe = await probeVideo(tmp, { signal: ctx.signal });
      checkShape(probe, video, rel);
      const [sha256, size] = await Promise.all([sha256File(tmp), stat(tmp).then((s) => s.size)]);
      const output = pb.OutputFile.create({
        path: rel,
        sha256,
        sizeBytes: size,
        video: { frames: probe.frames, fps: probe.fps, width: probe.width, height: probe.height },
        durationS: probe.durationS,
      });
      const commit = pb.OutputCommit.create({
        taskId: task.taskId,
        runId: task.runId,
        attempt: ctx.attempt,
        output,
        tmpPath: relativeTo(runDir, tmp),
        node: ctx.node,
        deviceUuid: ctx.device.uuid,
        committedAtMs: Date.now(),
      });
      const c = await this.outputs.commit(commit, tmp, runDir);
      if (!c.output) throw new FleetError(FleetErrorCode.BACKEND_FAILED, "lost the commit race and the winner's output is gone; retrying");
      await this.sweep(finalPath, ctx);
      return { outcome: c.won ? "done" : "duplicate", output: c.output, backendMs };
    } finally {
      // Whatever happened, no temporary file of this attempt stays behind (a committed one was renamed).
      await rm(tmp, { force: true });
    }
  }

  /** A backend that writes no file (noop): the item is done once the backend returns. */
  private async generateNothing(task: Task, ctx: TaskContext): Promise<HandlerResult> {
    return { outcome: "done", backendMs: await this.runBackend(task, "", ctx) };
  }

  /** Loads (or reuses) the backend and has it generate into `outputFile`; returns the time it took. */
  private async runBackend(task: Task, outputFile: string, ctx: TaskContext): Promise<number> {
    const g = task.generate as NonNullable<Task["generate"]>;
    const video = g.video as VideoParams;
    const backend = await ctx.backend();
    if (!backend.generate) throw new FleetError(FleetErrorCode.INVALID_INPUT, "backend cannot generate videos");
    const t0 = Date.now();
    await backend.generate(
      {
        taskId: task.taskId,
        runId: task.runId,
        prompt: g.prompt,
        seed: task.seed,
        video: { frames: video.frames, fps: video.fps, width: video.width, height: video.height },
        outputFile,
        inputs: g.inputs,
        params: g.params,
        simulatedMs: g.simulatedMs,
      },
      ctx,
    );
    return Date.now() - t0;
  }

  /** The output is in place: earlier attempts killed mid-write left files nobody else will remove. */
  private async sweep(finalPath: string, ctx: TaskContext): Promise<void> {
    const n = await sweepTempSiblings(finalPath).catch(() => 0);
    if (n > 0) ctx.log.info("removed temporary files of earlier attempts", { count: n });
  }
}

function checkShape(probe: VideoProbe, want: VideoParams, rel: string): void {
  const problems: string[] = [];
  if (probe.frames !== want.frames) problems.push(`${probe.frames} frames instead of ${want.frames}`);
  if (Math.abs(probe.fps - want.fps) > 0.01) problems.push(`${probe.fps} fps instead of ${want.fps}`);
  if (probe.width !== want.width || probe.height !== want.height) problems.push(`${probe.width}x${probe.height} instead of ${want.width}x${want.height}`);
  if (problems.length > 0) throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `video ${rel} has ${problems.join(", ")}`);
}
