import { pb } from "../../common/src/proto";
import { repeatedField } from "./result-outbox";

describe("repeatedField", () => {
  test("gives the bytes TaskResults.encode gives, for small and large results", () => {
    const results = [
      pb.TaskResult.create({ taskId: "t1", runId: "r", attempt: 1 }),
      pb.TaskResult.create({ taskId: "t2", runId: "r", scores: { a: 0.5 }, errors: Array.from({ length: 200 }, (_, i) => pb.TaskError.create({ code: "internal", message: `error ${i} `.repeat(20) })) }),
      pb.TaskResult.create({}),
    ];
    const parts = results.map((r) => pb.TaskResult.encode(r).finish());
    const mine = repeatedField(parts);
    expect(Buffer.from(mine).equals(Buffer.from(pb.TaskResults.encode({ results }).finish()))).toBe(true);
    // A length over 2^14 needs a three-byte varint: the large one above is.
    expect((parts[1] as Uint8Array).length).toBeGreaterThan(16_384);
    expect(pb.TaskResults.decode(mine).results.map((r) => r.taskId)).toEqual(["t1", "t2", ""]);
  });
});
