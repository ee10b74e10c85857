import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode, isFleetError } from "../errors";
import { probeVideo } from "./ffprobe";
import { makePoster, posterPathFor } from "./poster";

function ffmpeg(args: string[]): void {
  const res = spawnSync("ffmpeg", ["-nostdin", "-v", "error", ...args]);
  if (res.status !== 0) throw new Error(`ffmpeg failed: ${res.stderr.toString()}`);
}

const codeOf = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
  } catch (err) {
    return isFleetError(err) ? err.code : `not a FleetError: ${String(err)}`;
  }
  return undefined;
};

describe("makePoster", () => {
  let dir: string;
  let wide: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-poster-"));
    // Wider than a poster, and named like a hostile prompt would name it.
    wide = path.join(dir, "-y %d concat:a.mp4");
    ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=640x360:r=8", "-frames:v", "24", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-f", "mp4", `file:${wide}`]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("writes a JPEG at most 320 px wide that keeps the video's aspect, whatever the file names", async () => {
    const out = path.join(dir, ".previews", "..", "p %d.jpg");
    await makePoster(wide, out, { durationS: 3 });
    const jpeg = readFileSync(out);
    expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // ffprobe would read "%d" as a numbered pattern: look at a copy with a plain name.
    const plain = path.join(dir, "plain.jpg");
    writeFileSync(plain, jpeg);
    const probe = await probeVideo(plain, { countFrames: false });
    expect([probe.width, probe.height]).toEqual([320, 180]);
  });

  test("a file that is not a video fails with OUTPUT_INVALID and names the video", async () => {
    const bogus = path.join(dir, "bogus.mp4");
    writeFileSync(bogus, "not a video at all");
    const out = path.join(dir, "bogus.jpg");
    await expect(makePoster(bogus, out)).rejects.toThrow(/poster of .*bogus\.mp4/);
    expect(await codeOf(makePoster(bogus, out))).toBe(FleetErrorCode.OUTPUT_INVALID);
  });

  test("a missing ffmpeg is DEPENDENCY_MISSING, and a run past the time limit is TIMEOUT", async () => {
    const out = path.join(dir, "x.jpg");
    expect(await codeOf(makePoster(wide, out, { ffmpegPath: path.join(dir, "no-such-ffmpeg") }))).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    expect(await codeOf(makePoster(wide, out, { timeoutMs: 1 }))).toBe(FleetErrorCode.TIMEOUT);
  });
});

test("poster paths are .previews/<task>.jpg, and a task id that is not a plain name gets none", () => {
  expect(posterPathFor("g0a1b2c3d4e5f6a7b8")).toBe(".previews/g0a1b2c3d4e5f6a7b8.jpg");
  for (const bad of ["../x", "a/b", "", ".", "a b", "x".repeat(129), "a\0b"]) {
    expect(() => posterPathFor(bad)).toThrow(/cannot name a poster file/);
  }
});
