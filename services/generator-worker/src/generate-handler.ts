/**
 * What a generator worker does with a placed task: produce the video with the loaded backend,
 * validate it (it decodes; frames, fps and size as asked), make its poster frame, and commit both
 * exactly once. The poster is a nicety: without one the video is committed all the same.
 *
 * A full output folder is named as such (`disk_full`, output-space.ts) whichever step ran into it,
 * and the worker takes no new work while the folder is below `worker.min_free_space`.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { isNoSpaceError } from "../../common/src/disk-space";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { errorFields } from "../../common/src/log";
import { makePoster, posterPathFor, probeVideo, sha256File, type VideoProbe } from "../../common/src/media";
import { assertSafeRelative, resolveInside } from "../../common/src/paths";
import { assertRunId } from "../../common/src/subjects";
import { sweepTempSiblings, tempNameFor } from "../../common/src/temp-files";
import { pb, type Task, type VideoParams } from "../../common/src/proto";
import type { HandlerResult, PauseReason, TaskContext, TaskHandler } from "../../worker-runtime/src/handler";
import { fsyncPath, relativeTo, type OutputStore } from "./output-store";
import type { OutputSpace } from "./output-space";

export class GenerateHandler implements TaskHandler {
  readonly kind = "gen" as const;

  constructor(
    private readonly outputRoot: string,
    private readonly outputs: OutputStore,
    private readonly space: OutputSpace,
  ) {}

  async handle(task: Task, ctx: TaskContext): Promise<HandlerResult> {
    const g = task.generate;
    const video = g?.video;
    if (!g || !video) throw new FleetError(FleetErrorCode.INVALID_INPUT, `task ${task.taskId} has no generation body`);
    const runDir = resolveInside(this.outputRoot, assertRunId(task.runId));
    const rel = assertSafeRelative(g.outputPath, "output_path");
    const finalPath = resolveInside(runDir, rel);

    // No file to look for, validate or commit (the noop backend), so no poster either.
    if (!ctx.writesOutput) return this.generateNothing(task, ctx);
    const poster = posterTarget(task.taskId, runDir, ctx);
    // Beside the final file (same filesystem, so the rename is atomic), hidden, unique per attempt.
    // The poster's temporary file shares the suffix, so a commit names both (OutputStore.finish).
    const suffix = randomBytes(4).toString("hex");
    const tmp = tempNameFor(finalPath, ctx.attempt, suffix);
    const posterTmp = poster ? tempNameFor(poster.final, ctx.attempt, suffix) : undefined;
    try {
      // Resume and duplicate deliveries: a committed output that is still in place is the answer.
      const already = await this.outputs.existing(task.taskId, runDir, ctx.signal);
      if (already) {
        ctx.log.info("output already committed; nothing to generate", { path: already.path });
        await this.sweep([finalPath, poster?.final], ctx);
        return { outcome: "duplicate", output: already, backendMs: 0 };
      }
      await mkdir(dirname(finalPath), { recursive: true });
      const backendMs = await this.runBackend(task, tmp, ctx);
      // Checking the video, its poster and the commit need no GPU: the next task can have it.
      ctx.backendDone();
      await fsyncPath(tmp).catch((err: unknown) => {
        // Only a missing file means the backend wrote none; ENOSPC or EIO from fsync (NFS reports
        // write errors there) say something else and travel as they are.
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
        throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `backend wrote no file at ${tmp}`, { cause: err });
      });
      // The poster's ffmpeg runs while the video is checked and hashed (all only read the file),
      // so it adds no time; a video that fails its check takes its poster with it. Both settle
      // before anything fails, so no ffmpeg is left writing after the clean-up below.
      const [checked, postered] = await Promise.allSettled([
        this.check(tmp, video, rel, ctx),
        posterTmp ? this.posterOf(tmp, posterTmp, video, rel, ctx) : false,
      ]);
      if (checked.status === "rejected") throw checked.reason;
      if (postered.status === "rejected") throw postered.reason;
      const { probe, sha256, size } = checked.value;
      const posterMade = postered.value;
      const output = pb.OutputFile.create({
        path: rel,
        sha256,
        sizeBytes: size,
        video: { frames: probe.frames, fps: probe.fps, width: probe.width, height: probe.height },
        durationS: probe.durationS,
        posterPath: poster && posterMade ? poster.rel : "",
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
      const c = await this.outputs.commit(commit, tmp, runDir, ctx.signal);
      if (!c.output) throw new FleetError(FleetErrorCode.BACKEND_FAILED, "lost the commit race and the winner's output is gone; retrying");
      await this.sweep([finalPath, poster?.final], ctx);
      return { outcome: c.won ? "done" : "duplicate", output: c.output, backendMs };
    } catch (err) {
      // Whichever step failed (the backend's write, ffprobe on a truncated file, fsync, rename),
      // a full output folder is reported as such; measured before the clean-up frees anything.
      throw ctx.signal.aborted ? err : await this.space.explain(err);
    } finally {
      // Whatever happened, no temporary file of this attempt stays behind (committed ones were renamed).
      // A poster's clean-up cannot fail the task either (its folder may be what broke it).
      await Promise.all([rm(tmp, { force: true }), posterTmp ? rm(posterTmp, { force: true }).catch(() => undefined) : undefined]);
    }
  }

  /** Why this worker must take no new work now: its output folder is below worker.min_free_space. */
  pauseReason(): Promise<PauseReason | undefined> {
    return this.space.pauseReason();
  }

  /** The video decodes with the shape asked for; then its hash and size for the commit. */
  private async check(file: string, want: VideoParams, rel: string, ctx: TaskContext): Promise<{ probe: VideoProbe; sha256: string; size: number }> {
    const probe = await probeVideo(file, { signal: ctx.signal });
    checkShape(probe, want, rel);
    const [sha256, size] = await Promise.all([sha256File(file), stat(file).then((s) => s.size)]);
    return { probe, sha256, size };
  }

  /**
   * The video's poster frame into `out` (fsynced, like the video), taken a third of the way into
   * the length asked for (the check makes sure the video has it). A poster never fails or
   * retries the task: any failure is logged and the video is committed without one.
   */
  private async posterOf(video: string, out: string, want: VideoParams, rel: string, ctx: TaskContext): Promise<boolean> {
    const t0 = Date.now();
    try {
      await mkdir(dirname(out), { recursive: true });
      await makePoster(video, out, { durationS: want.fps > 0 ? want.frames / want.fps : 0, signal: ctx.signal });
      await fsyncPath(out);
      ctx.log.debug("poster made", { path: rel, ms: Date.now() - t0 });
      return true;
    } catch (err) {
      // A cancelled task stops here like anywhere else; that is not a poster problem.
      if (ctx.signal.aborted) throw err;
      // A full disk costs the poster, not the video (redoing a GPU's work for a thumbnail would be
      // worse); the worker's free-space check then stops it taking more work.
      const why = isNoSpaceError(err) ? { ...errorFields(err), code: FleetErrorCode.DISK_FULL } : errorFields(err);
      ctx.log.warn("no poster frame for this video; committing it without one", { path: rel, ...why });
      await rm(out, { force: true }).catch(() => undefined);
      return false;
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
  private async sweep(finals: readonly (string | undefined)[], ctx: TaskContext): Promise<void> {
    const counts = await Promise.all(finals.map((p) => (p ? sweepTempSiblings(p).catch(() => 0) : 0)));
    const n = counts.reduce((a, b) => a + b, 0);
    if (n > 0) ctx.log.info("removed temporary files of earlier attempts", { count: n });
  }
}

/**
 * Where the task's poster goes: `.previews/<task id>.jpg`, inside the run folder. A task id that
 * cannot name a file gets no poster (logged), never a failed task.
 */
function posterTarget(taskId: string, runDir: string, ctx: TaskContext): { rel: string; final: string } | undefined {
  try {
    const rel = posterPathFor(taskId);
    return { rel, final: resolveInside(runDir, rel) };
  } catch (err) {
    ctx.log.warn("this task gets no poster frame", errorFields(err));
    return undefined;
  }
}

function checkShape(probe: VideoProbe, want: VideoParams, rel: string): void {
  const problems: string[] = [];
  if (probe.frames !== want.frames) problems.push(`${probe.frames} frames instead of ${want.frames}`);
  if (Math.abs(probe.fps - want.fps) > 0.01) problems.push(`${probe.fps} fps instead of ${want.fps}`);
  if (probe.width !== want.width || probe.height !== want.height) problems.push(`${probe.width}x${probe.height} instead of ${want.width}x${want.height}`);
  if (problems.length > 0) throw new FleetError(FleetErrorCode.OUTPUT_INVALID, `video ${rel} has ${problems.join(", ")}`);
}
