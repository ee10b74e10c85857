import { pb } from "./proto";
import { decode, encode } from "./codec";

test("64-bit fields decode as plain numbers, and defaults are 0 (not a truthy Long)", () => {
  const t = decode(pb.Task, encode(pb.Task, { seed: 12345, publishedAtMs: 1763000000000 }));
  expect(t.seed).toBe(12345);
  expect(t.publishedAtMs).toBe(1763000000000);
  expect(pb.RunRecord.create({}).finishedAtMs).toBe(0);
  expect(typeof decode(pb.ItemRecord, encode(pb.ItemRecord, {})).seed).toBe("number");
});

test("a payload that is not the message type fails with a typed error", () => {
  expect(() => decode(pb.Task, new Uint8Array([0xff, 0xff, 0xff]))).toThrow(/cannot decode/);
});
