import { mkdtempSync, rmSync, statfsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Gauge, Registry } from "prom-client";
import { DiskFullError, FleetError, FleetErrorCode, isDiskFullHandBack } from "../../common/src/errors";
import { nullLogger } from "../../common/src/log";
import { mountSmallFs, type SmallFs } from "../../common/src/testing/small-fs";
import { OutputSpace } from "./output-space";

const GiB = 2 ** 30;

/** A real ENOSPC from the kernel (/dev/full fails every write with it). */
async function realEnospc(): Promise<unknown> {
  return writeFile("/dev/full", "video bytes").then(
    () => {
      throw new Error("writing /dev/full succeeded");
    },
    (err: unknown) => err,
  );
}

let root: string;
let free: number;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "ff-space-"));
  const s = statfsSync(root);
  free = s.bavail * s.bsize;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * `low`: a minimum far above what the disk has free, so the folder really is below it (the
 * comparison is with the real statfs figure); otherwise a minimum of 1 byte.
 */
function space(low: boolean | "off", gauge?: Gauge<"path">): OutputSpace {
  const minFreeBytes = low === "off" ? 0 : low ? free + 1024 * GiB : 1;
  return new OutputSpace({ root, minFreeBytes, log: nullLogger, ...(gauge ? { gauge } : {}) });
}

describe("pauseReason", () => {
  test("below worker.min_free_space: disk_full, saying where, how much and what to do; the gauge has the figure", async () => {
    const gauge = new Gauge({ name: "t_free", help: "t", labelNames: ["path"] as const, registers: [new Registry()] });
    const reason = await space(true, gauge).pauseReason();
    expect(reason?.code).toBe(FleetErrorCode.DISK_FULL);
    expect(reason?.message).toMatch(new RegExp(`^the output folder ${root} has .+ free, less than worker.min_free_space \\(.+\\): free space there; the node takes work again by itself once there is$`));
    const value = (await gauge.get()).values[0];
    expect(value?.labels).toEqual({ path: root });
    expect(Math.abs((value?.value ?? 0) - free)).toBeLessThan(64 * 2 ** 20);
  });

  test("enough space, or the check turned off (0): no pause", async () => {
    expect(await space(false).pauseReason()).toBeUndefined();
    expect(await space("off").pauseReason()).toBeUndefined();
  });
});

describe("explain", () => {
  test("a real ENOSPC while the output folder is below the minimum: disk_full, handed back", async () => {
    const err = await space(true).explain(await realEnospc());
    expect(isDiskFullHandBack(err)).toBe(true);
    expect((err as DiskFullError).message).toMatch(/^the output folder .+ is full \(.+ free, less than worker.min_free_space .+\): the task is handed back and runs again once space is freed there. The attempt failed with: .*ENOSPC/);
  });

  test("a real ENOSPC while the output folder has room: disk_full but counted (another filesystem is full)", async () => {
    const err = await space(false).explain(await realEnospc());
    expect((err as FleetError).code).toBe(FleetErrorCode.DISK_FULL);
    expect(isDiskFullHandBack(err)).toBe(false);
    expect((err as Error).message).toMatch(/^no space left on a filesystem this task writes to \(the output folder .+ free now, at least worker.min_free_space: .*temp folder \(TMPDIR\)\)/);
    const off = await space("off").explain(await realEnospc());
    expect(isDiskFullHandBack(off)).toBe(false);
    expect((off as Error).message).toContain("worker.min_free_space is 0, so the node does not pause for space");
  });

  test("an undecodable (truncated) video while the folder is below the minimum is put down to the disk", async () => {
    const probe = new FleetError(FleetErrorCode.OUTPUT_INVALID, "/runs/r/.a.mp4.tmp is not a decodable video: moov atom not found");
    const low = await space(true).explain(probe);
    expect(isDiskFullHandBack(low)).toBe(true);
    expect((low as Error).message).toContain("The attempt failed with: /runs/r/.a.mp4.tmp is not a decodable video: moov atom not found");
    // With room to spare the same failure is the video's own.
    expect(await space(false).explain(probe)).toBe(probe);
  });

  test("failures a full disk cannot cause stay as they are", async () => {
    const invalid = new FleetError(FleetErrorCode.INVALID_INPUT, "bad prompt");
    const timeout = new FleetError(FleetErrorCode.TIMEOUT, "ran too long");
    expect(await space(true).explain(invalid)).toBe(invalid);
    expect(await space(true).explain(timeout)).toBe(timeout);
  });

  test("an error already explained is not explained again", async () => {
    const done = new DiskFullError("x", { path: root, freeBytes: 0, handBack: false });
    expect(await space(true).explain(done)).toBe(done);
  });
});

describe("on a small real filesystem", () => {
  const fs: SmallFs | string = mountSmallFs(8);
  if (typeof fs === "string") {
    // Never a silent pass: say why these did not run (the /dev/full tests above cover the logic).
    console.warn(`SKIPPED output-space tests on a full filesystem: ${fs}`);
    test.skip(`a filled filesystem (skipped: ${fs})`, () => undefined);
    return;
  }
  afterAll(() => fs.dispose());

  test("filled up: a write fails with ENOSPC, the node pauses, the failure is disk_full and handed back; freed: it takes work again", async () => {
    const s = new OutputSpace({ root: fs.dir, minFreeBytes: 2 * 2 ** 20, log: nullLogger });
    expect(await s.pauseReason()).toBeUndefined();
    fs.fill(0);
    const err = await writeFile(join(fs.dir, "video.mp4"), Buffer.alloc(2 ** 20)).then(
      () => new Error("the write succeeded on a full filesystem"),
      (e: unknown) => e,
    );
    expect((err as NodeJS.ErrnoException).code).toBe("ENOSPC");
    expect((await s.pauseReason())?.code).toBe(FleetErrorCode.DISK_FULL);
    expect(isDiskFullHandBack(await s.explain(err))).toBe(true);
    fs.release();
    expect(await s.pauseReason()).toBeUndefined();
  });
});
