/**
 * What an evaluator worker does with a placed task: run the loaded evaluator on the committed
 * video and return its scores (the runtime publishes them with the result).
 */
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { assertSafeRelative, resolveInside } from "../../common/src/paths";
import { assertRunId } from "../../common/src/subjects";
import type { Task } from "../../common/src/proto";
import type { HandlerResult, TaskContext, TaskHandler } from "../../worker-runtime/src/handler";

export class EvaluateHandler implements TaskHandler {
  readonly kind = "eval" as const;

  constructor(private readonly outputRoot: string) {}

  async handle(task: Task, ctx: TaskContext): Promise<HandlerResult> {
    const e = task.evaluate;
    const expected = e?.expected;
    if (!e || !expected) throw new FleetError(FleetErrorCode.INVALID_INPUT, `task ${task.taskId} has no evaluation body`);
    const videoFile = resolveInside(this.outputRoot, assertRunId(task.runId), assertSafeRelative(e.videoPath, "video_path"));
    const backend = await ctx.backend();
    if (!backend.evaluate) throw new FleetError(FleetErrorCode.INVALID_INPUT, "backend cannot evaluate videos");
    const t0 = Date.now();
    const res = await backend.evaluate(
      {
        taskId: task.taskId,
        runId: task.runId,
        videoFile,
        expected: { frames: expected.frames, fps: expected.fps, width: expected.width, height: expected.height },
        metrics: e.metrics,
        prompt: e.prompt,
        inputs: e.inputs,
        params: e.params,
      },
      ctx,
    );
    return { outcome: "done", scores: res.scores, backendMs: Date.now() - t0 };
  }
}
