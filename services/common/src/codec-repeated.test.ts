import { pb } from "./proto";
import { repeatedField } from "./codec";

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

describe("repeatedField for the aggregator's feed", () => {
  test("gives the bytes ItemOutcomes.encode gives", () => {
    const items = [pb.ItemRecord.create({ taskId: "a", runId: "r", scores: { x: 1 } }), pb.ItemRecord.create({ taskId: "b", runId: "r" })];
    const mine = repeatedField(items.map((i) => pb.ItemRecord.encode(i).finish()));
    expect(Buffer.from(mine).equals(Buffer.from(pb.ItemOutcomes.encode({ items }).finish()))).toBe(true);
  });
});
