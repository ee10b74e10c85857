import { ItemState, pb, type ItemRecord } from "../../../common/src/proto";
import { planResume } from "./resume";

const out = (path: string) => pb.OutputFile.create({ path, sha256: `sha-${path}`, sizeBytes: 10 });
const item = (taskId: string, state: ItemState, withVideo: boolean): ItemRecord =>
  pb.ItemRecord.create({
    taskId,
    itemKey: taskId,
    state,
    attempts: 2,
    node: "n1",
    output: withVideo ? out(`${taskId}.mp4`) : null,
    scores: state === ItemState.ITEM_STATE_DONE ? { temporal_flickering: 0.9 } : {},
    errors: state === ItemState.ITEM_STATE_FAILED ? [pb.TaskError.create({ code: "backend_failed", message: "boom" })] : [],
    evalTaskId: "e1",
  });

// Videos named "bad-*" no longer match their commit.
const check = async (i: ItemRecord) => !i.taskId.startsWith("bad");

test("valid videos are kept, missing or changed ones are redone, failures get a fresh start", async () => {
  const items = [
    item("done", ItemState.ITEM_STATE_DONE, true),
    item("bad-done", ItemState.ITEM_STATE_DONE, true),
    item("failed-gen", ItemState.ITEM_STATE_FAILED, false),
    item("failed-eval", ItemState.ITEM_STATE_FAILED, true),
    item("bad-failed-eval", ItemState.ITEM_STATE_FAILED, true),
    item("evaluating", ItemState.ITEM_STATE_EVALUATING, true),
    item("running", ItemState.ITEM_STATE_RUNNING, false),
  ];
  const plan = await planResume(items, check, { failedOnly: false });
  const byId = new Map(plan.changed.map((i) => [i.taskId, i]));
  expect([...byId.keys()].sort()).toEqual(["bad-done", "bad-failed-eval", "evaluating", "failed-eval", "failed-gen", "running"]);
  expect(plan.reused).toBe(3); // done, failed-eval, evaluating
  expect(byId.get("bad-done")).toMatchObject({ state: ItemState.ITEM_STATE_QUEUED, output: null, scores: {}, attempts: 0, node: "" });
  expect(byId.get("failed-gen")).toMatchObject({ state: ItemState.ITEM_STATE_QUEUED, errors: [] });
  expect(byId.get("failed-eval")).toMatchObject({ state: ItemState.ITEM_STATE_GENERATED, errors: [], evalTaskId: "" });
  expect(byId.get("failed-eval")?.output?.path).toBe("failed-eval.mp4");
  expect(byId.get("evaluating")?.state).toBe(ItemState.ITEM_STATE_GENERATED);
  expect(byId.get("running")?.state).toBe(ItemState.ITEM_STATE_QUEUED);
});

test("failedOnly touches only failed items and checks no other video", async () => {
  const checked: string[] = [];
  const plan = await planResume(
    [item("done", ItemState.ITEM_STATE_DONE, true), item("bad-done", ItemState.ITEM_STATE_DONE, true), item("failed-gen", ItemState.ITEM_STATE_FAILED, false)],
    async (i) => {
      checked.push(i.taskId);
      return true;
    },
    { failedOnly: true },
  );
  expect(plan.changed.map((i) => i.taskId)).toEqual(["failed-gen"]);
  expect(checked).toEqual([]);
});
