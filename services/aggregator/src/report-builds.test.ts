import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { JsMsg } from "@nats-io/jetstream";
import type { ObjectStore } from "@nats-io/obj";
import { Counter, Gauge, Registry } from "prom-client";
import { pb, RunState, type RunStateChanged } from "../../common/src/proto";
import { recordingLogger } from "../../common/src/testing/recording-logger";
import { mountSmallFs, type SmallFs } from "../../common/src/testing/small-fs";
import { DISK_FULL_MAX_DELAY_MS, ReportBuilds, diskFullDelayMs } from "./report-builds";
import { writeFileAtomic } from "./report-writer";

/** The parts of a delivery ReportBuilds uses, recording what it was told. */
class Delivery {
  naks: (number | undefined)[] = [];
  acks = 0;
  working(): void {}
  ack(): void {
    this.acks++;
  }
  nak(delay?: number): void {
    this.naks.push(delay);
  }
  get msg(): JsMsg {
    return this as unknown as JsMsg;
  }
}

function builds(write: () => Promise<void>) {
  const registers = [new Registry()];
  const metrics = {
    built: new Counter({ name: "t_built", help: "t", registers }),
    writeFailures: new Counter({ name: "t_failures", help: "t", labelNames: ["reason"] as const, registers }),
    waitingForSpace: new Gauge({ name: "t_waiting", help: "t", registers }),
  };
  const log = recordingLogger();
  // No report is in the object store yet: every delivery builds.
  const reports = { info: async () => null } as unknown as ObjectStore;
  const b = new ReportBuilds({
    reports,
    log,
    build: async () => {
      await write();
      return true;
    },
    ackWaitMs: async () => 30_000,
    ...metrics,
  });
  return { b, log, metrics };
}

const EV: RunStateChanged = pb.RunStateChanged.create({ runId: "r-space", generation: 1, state: RunState.RUN_STATE_COMPLETED });

/** One delivery of the completion, built to the end. */
async function deliver(b: ReportBuilds): Promise<Delivery> {
  const d = new Delivery();
  b.submit(d.msg, EV);
  await b.idle();
  return d;
}

test("the delay doubles from 5 s and stops at 5 min", () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 100].map(diskFullDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, DISK_FULL_MAX_DELAY_MS, DISK_FULL_MAX_DELAY_MS, DISK_FULL_MAX_DELAY_MS]);
});

test("a report that hits a real ENOSPC backs off with a growing delay, logged once per try, and is written once space returns", async () => {
  // /dev/full fails every write with ENOSPC, as a full disk does; "space returns" = a real folder.
  let target = "/dev/full";
  const { b, log, metrics } = builds(() => writeFile(target, "# report\n"));
  const delays: (number | undefined)[] = [];
  for (let i = 0; i < 3; i++) {
    const d = await deliver(b);
    expect(d.acks).toBe(0);
    delays.push(...d.naks);
  }
  expect(delays).toEqual([5_000, 10_000, 20_000]);
  const tries = log.lines.filter((l) => l.msg.startsWith("no space to write the report"));
  expect(tries.map((l) => [l.level, l.code, l.tries, l.retryInMs])).toEqual([
    ["error", "disk_full", 1, 5_000],
    ["error", "disk_full", 2, 10_000],
    ["error", "disk_full", 3, 20_000],
  ]);
  expect((await metrics.writeFailures.get()).values).toEqual([expect.objectContaining({ labels: { reason: "disk_full" }, value: 3 })]);
  expect((await metrics.waitingForSpace.get()).values[0]?.value).toBe(1);

  const dir = join(process.env.TMPDIR ?? "/tmp", `ff-report-space-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  target = join(dir, "report.md");
  const ok = await deliver(b);
  expect(ok.acks).toBe(1);
  expect(ok.naks).toEqual([]);
  expect(readFileSync(target, "utf8")).toBe("# report\n");
  expect(log.lines.some((l) => l.msg === "report written now that there is space again" && l.triesWithoutSpace === 3)).toBe(true);
  expect((await metrics.waitingForSpace.get()).values[0]?.value).toBe(0);
  expect((await metrics.built.get()).values[0]?.value).toBe(1);
  rmSync(dir, { recursive: true, force: true });
});

test("other failures keep the short fixed retry", async () => {
  const { b, metrics } = builds(async () => {
    throw new Error("object store unavailable");
  });
  expect((await deliver(b)).naks).toEqual([2000]);
  expect((await deliver(b)).naks).toEqual([2000]);
  expect((await metrics.writeFailures.get()).values).toEqual([]);
});

describe("on a small real filesystem", () => {
  const fs: SmallFs | string = mountSmallFs(4);
  if (typeof fs === "string") {
    console.warn(`SKIPPED report back-off test on a full filesystem: ${fs}`);
    test.skip(`a filled filesystem (skipped: ${fs})`, () => undefined);
    return;
  }
  afterAll(() => fs.dispose());

  test("the report files cannot be written while the filesystem is full, and are once it is freed", async () => {
    const file = join(fs.dir, "run-1", "report.json");
    const { b } = builds(() => writeFileAtomic(file, `${JSON.stringify({ items: "x".repeat(64 * 1024) })}\n`));
    fs.fill(0);
    expect((await deliver(b)).naks).toEqual([5_000]);
    expect((await deliver(b)).naks).toEqual([10_000]);
    fs.release();
    expect((await deliver(b)).acks).toBe(1);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ items: "x".repeat(64 * 1024) });
  });
});
