import { mkdtempSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetError, FleetErrorCode, toFleetError } from "./errors";
import { formatBytes, freeBytes, isNoSpaceError } from "./disk-space";

/** A real ENOSPC from the kernel: /dev/full accepts opens and fails every write with it. */
async function realEnospc(): Promise<NodeJS.ErrnoException> {
  try {
    await writeFile("/dev/full", "x");
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
  throw new Error("writing /dev/full succeeded; this machine's /dev/full is not the full device");
}

describe("isNoSpaceError", () => {
  test("a real ENOSPC write error is one, and toFleetError names it disk_full", async () => {
    const err = await realEnospc();
    expect(err.code).toBe("ENOSPC");
    expect(isNoSpaceError(err)).toBe(true);
    expect(toFleetError(err).code).toBe(FleetErrorCode.DISK_FULL);
  });

  test("found through a chain of causes, and in a tool's stderr quoted in a message", async () => {
    const wrapped = new FleetError(FleetErrorCode.BACKEND_FAILED, "writing the video failed", { cause: new Error("copy", { cause: await realEnospc() }) });
    expect(isNoSpaceError(wrapped)).toBe(true);
    const ffmpeg = new FleetError(FleetErrorCode.BACKEND_FAILED, "ffmpeg failed (exit code 1) writing /runs/a.mp4: [out#0/mp4] Error writing trailer: No space left on device");
    expect(isNoSpaceError(ffmpeg)).toBe(true);
    expect(isNoSpaceError(new Error("OSError: [Errno 122] Disk quota exceeded: '/runs/x.mp4'"))).toBe(true);
  });

  test("other failures are not", () => {
    expect(isNoSpaceError(Object.assign(new Error("missing"), { code: "ENOENT" }))).toBe(false);
    expect(isNoSpaceError(new FleetError(FleetErrorCode.OUTPUT_INVALID, "/runs/a.mp4 is not a decodable video: moov atom not found"))).toBe(false);
    expect(isNoSpaceError("ENOSPACE-ish string that is not an error")).toBe(false);
  });
});

describe("freeBytes", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ff-free-"));
    writeFileSync(join(dir, "f"), "x");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("what statfs says is available, for a folder and for a path not created yet", async () => {
    const s = statfsSync(dir);
    const expected = s.bavail * s.bsize;
    // Other processes write to the same disk meanwhile: the figure is the same to within a few MiB.
    expect(Math.abs((await freeBytes(dir)) - expected)).toBeLessThan(64 * 2 ** 20);
    expect(Math.abs((await freeBytes(join(dir, "run-1", "videos"))) - expected)).toBeLessThan(64 * 2 ** 20);
  });
});

test("formatBytes", () => {
  expect(formatBytes(900)).toBe("900 B");
  expect(formatBytes(48 * 1024)).toBe("48 KiB");
  expect(formatBytes(1.5 * 2 ** 30)).toBe("1.5 GiB");
  expect(formatBytes(312 * 2 ** 20)).toBe("312 MiB");
});
