import { parseRunSpec } from "../../../benchmarks/src";
import { decode } from "../../../common/src/codec";
import { ItemState, RunState, TaskKind, pb } from "../../../common/src/proto";
import { ActiveRun } from "../runs/run-store";
import { taskMessage } from "./publish-task";

const SPEC = [
  "name: t",
  "benchmark: synthetic",
  "video: { frames: 9, fps: 8, width: 64, height: 48 }",
  "generator: { backend: synthetic, max_attempts: 4 }",
  "evaluation: { backend: cpu-metrics, metrics: [video_check] }",
  "synthetic: { items: 1 }",
].join("\n");

function runAt(generation: number): ActiveRun {
  const record = pb.RunRecord.create({ runId: "r", state: RunState.RUN_STATE_RUNNING, generation });
  return new ActiveRun(record, parseRunSpec(SPEC, { name: "test", baseDir: "/tmp" }));
}

const item = (fields: object = {}) => pb.ItemRecord.create({ taskId: "g1", runId: "r", itemKey: "k", state: ItemState.ITEM_STATE_QUEUED, ...fields });

describe("taskMessage", () => {
  test("a generation task goes to its backend's subject under the plain task id", () => {
    const msg = taskMessage(runAt(0), item(), "gen");
    expect([msg?.subject, msg?.msgID]).toEqual(["ff.task.gen.synthetic.r", "g1"]);
    const task = decode(pb.Task, msg!.data);
    expect([task.taskId, task.kind, task.maxAttempts]).toEqual(["g1", TaskKind.TASK_KIND_GEN, 4]);
  });

  test("a resumed run's generation and a preempted item's count make new ids (the duplicate window would drop the old)", () => {
    expect(taskMessage(runAt(2), item(), "gen")?.msgID).toBe("g1.g2");
    expect(taskMessage(runAt(2), item({ preemptions: 1 }), "gen")?.msgID).toBe("g1.g2.p1");
  });

  test("no evaluation task before the video is committed", () => {
    expect(taskMessage(runAt(0), item(), "eval")).toBeUndefined();
    const withVideo = taskMessage(runAt(0), item({ output: { path: "v.mp4", sha256: "ab" } }), "eval");
    expect(withVideo?.subject).toBe("ff.task.eval.cpu-metrics.r");
  });
});
