import { createLogger } from "../../../common/src/log";
import { ItemState, pb, type ItemRecord } from "../../../common/src/proto";
import { ItemWriter } from "./item-writer";

const log = createLogger("test", "silent");
const item = (taskId: string, state: ItemState): ItemRecord => pb.ItemRecord.create({ taskId, runId: "r", state });

describe("ItemWriter", () => {
  it("writes the latest record of each item once per batch, in one flush", async () => {
    const puts: [string, ItemState][] = [];
    const w = new ItemWriter(async (items) => {
      for (const i of items) puts.push([i.taskId, i.state]);
    }, log);
    const a1 = w.write(item("a", ItemState.ITEM_STATE_RUNNING));
    const a2 = w.write(item("a", ItemState.ITEM_STATE_DONE));
    const b = w.write(item("b", ItemState.ITEM_STATE_RUNNING));
    await Promise.all([a1, a2, b]);
    expect(puts).toEqual([
      ["a", ItemState.ITEM_STATE_DONE],
      ["b", ItemState.ITEM_STATE_RUNNING],
    ]);
  });

  it("retries a failed write and resolves only once it is durable", async () => {
    let failures = 2;
    const stored = new Map<string, ItemState>();
    const w = new ItemWriter(async (items) => {
      if (failures-- > 0) throw new Error("KV away");
      for (const i of items) stored.set(i.taskId, i.state);
    }, log);
    let settled = false;
    const p = w.write(item("a", ItemState.ITEM_STATE_DONE)).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    expect(w.pending).toBe(1);
    await p;
    expect(stored.get("a")).toBe(ItemState.ITEM_STATE_DONE);
  });

  it("never lets an older record overwrite a newer one of the same item", async () => {
    const stored = new Map<string, ItemState>();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const w = new ItemWriter(async (items) => {
      for (const i of items) {
        if (i.state === ItemState.ITEM_STATE_RUNNING) await gate; // the first flush is slow
        stored.set(i.taskId, i.state);
      }
    }, log);
    const first = w.write(item("a", ItemState.ITEM_STATE_RUNNING));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    const second = w.write(item("a", ItemState.ITEM_STATE_DONE)); // queued behind the slow flush
    let secondDone = false;
    void second.then(() => (secondDone = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(secondDone).toBe(false);
    expect(w.settled("a")).not.toBe(undefined);
    release();
    await Promise.all([first, second, w.flushed()]);
    expect(stored.get("a")).toBe(ItemState.ITEM_STATE_DONE);
  });

  it("passes each durable flush on before its writes resolve, and never a failed one", async () => {
    let fail = true;
    const passed: string[][] = [];
    const w = new ItemWriter(
      async () => {
        if (fail) {
          fail = false;
          throw new Error("KV away");
        }
      },
      log,
      async (items) => {
        passed.push(items.map((i) => i.taskId));
      },
    );
    await w.writeAll([item("a", ItemState.ITEM_STATE_DONE), item("b", ItemState.ITEM_STATE_FAILED)]);
    // The failed flush told no one; the retry that stored both told once, before the writes resolved.
    expect(passed).toEqual([["a", "b"]]);
  });

  it("a lazy change waits, and a later change of the same item replaces it: one write", async () => {
    const puts: [string, boolean][] = [];
    const w = new ItemWriter(async (items) => {
      for (const i of items) puts.push([i.taskId, i.admitted]);
    }, log);
    const admitted = w.write(pb.ItemRecord.create({ taskId: "a", runId: "r", state: ItemState.ITEM_STATE_QUEUED, admitted: true }), true);
    await new Promise((r) => setTimeout(r, 50));
    expect(puts).toEqual([]);
    await w.write(pb.ItemRecord.create({ taskId: "a", runId: "r", state: ItemState.ITEM_STATE_DONE }));
    await admitted;
    expect(puts).toEqual([["a", false]]);
  });

  it("a lazy change alone is written within a second, and at once by flushed()", async () => {
    const puts: string[] = [];
    const w = new ItemWriter(async (items) => {
      for (const i of items) puts.push(i.taskId);
    }, log);
    const a = w.write(item("a", ItemState.ITEM_STATE_QUEUED), true);
    await a;
    expect(puts).toEqual(["a"]);
    void w.write(item("b", ItemState.ITEM_STATE_QUEUED), true);
    await w.flushed();
    expect(puts).toEqual(["a", "b"]);
  });
});
