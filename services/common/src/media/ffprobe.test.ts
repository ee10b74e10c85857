import { spawnSync } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode, hasCode } from "../errors";
import { processGone } from "../testing/process-gone";
import { parseRate, probeVideo, runMediaTool } from "./ffprobe";

/** Writes a small test video with ffmpeg (argv, no shell). */
function makeVideo(file: string, opts: { frames: number; rate: string; size: string }): void {
  const res = spawnSync("ffmpeg", [
    "-nostdin", "-v", "error", "-f", "lavfi", "-i", `testsrc2=s=${opts.size}:r=${opts.rate}`,
    "-frames:v", String(opts.frames), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-y", file,
  ]);
  if (res.status !== 0) throw new Error(`ffmpeg failed: ${res.stderr.toString()}`);
}

describe("probeVideo", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-probe-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reports the frames, fps, size, duration and codec ffmpeg wrote", async () => {
    const file = path.join(dir, "a.mp4");
    makeVideo(file, { frames: 13, rate: "24000/1001", size: "64x48" });
    const p = await probeVideo(file);
    expect(p).toMatchObject({ frames: 13, width: 64, height: 48, codec: "h264" });
    expect(p.fps).toBeCloseTo(24000 / 1001, 10);
    expect(p.durationS).toBeCloseTo(13 / (24000 / 1001), 1);
  });

  it("with countFrames false reads only headers and reports the container's frame count", async () => {
    const file = path.join(dir, "b.mp4");
    makeVideo(file, { frames: 9, rate: "8", size: "32x16" });
    await expect(probeVideo(file, { countFrames: false })).resolves.toMatchObject({ frames: 9, fps: 8, width: 32, height: 16 });
  });

  it("a file that is not a video is OUTPUT_INVALID, naming the file and ffprobe's reason", async () => {
    const file = path.join(dir, "notes.txt");
    await writeFile(file, "not a video\n");
    const err: unknown = await probeVideo(file).catch((e: unknown) => e);
    expect(hasCode(err, FleetErrorCode.OUTPUT_INVALID)).toBe(true);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(/Invalid data/);
  });

  it("an audio-only file is OUTPUT_INVALID: no video stream", async () => {
    const file = path.join(dir, "sound.wav");
    const res = spawnSync("ffmpeg", ["-nostdin", "-v", "error", "-f", "lavfi", "-i", "sine=d=0.2", "-y", file]);
    expect(res.status).toBe(0);
    await expect(probeVideo(file)).rejects.toMatchObject({ code: FleetErrorCode.OUTPUT_INVALID, message: expect.stringMatching(/no video stream/) });
  });

  it("a missing file is NOT_FOUND naming it", async () => {
    const file = path.join(dir, "missing.mp4");
    await expect(probeVideo(file)).rejects.toMatchObject({ code: FleetErrorCode.NOT_FOUND, message: expect.stringContaining(file) });
  });

  it("a missing ffprobe binary is DEPENDENCY_MISSING and says how to install it", async () => {
    const file = path.join(dir, "a.mp4");
    const err: unknown = await probeVideo(file, { ffprobePath: path.join(dir, "no-such-ffprobe") }).catch((e: unknown) => e);
    expect(hasCode(err, FleetErrorCode.DEPENDENCY_MISSING)).toBe(true);
    expect((err as Error).message).toContain("apt-get install ffmpeg");
  });

  it("times out with TIMEOUT and kills the hung tool", async () => {
    const fake = path.join(dir, "slow-ffprobe");
    const pidFile = path.join(dir, "slow.pid");
    await writeFile(fake, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 30\n`);
    await chmod(fake, 0o755);
    let pid = 0;
    const err: unknown = await runMediaTool(fake, [], { timeoutMs: 300, onSpawn: (p) => (pid = p) }).catch((e: unknown) => e);
    expect(hasCode(err, FleetErrorCode.TIMEOUT)).toBe(true);
    expect(pid).toBeGreaterThan(0);
    expect(processGone(pid)).toBe(true);
    // probeVideo passes its timeout through.
    await expect(probeVideo(path.join(dir, "a.mp4"), { ffprobePath: fake, timeoutMs: 200 })).rejects.toMatchObject({ code: FleetErrorCode.TIMEOUT });
  });

  it("rejects with the signal's reason on abort, before and during the run", async () => {
    const reason = new Error("stop now");
    await expect(probeVideo(path.join(dir, "a.mp4"), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const fake = path.join(dir, "slow-ffprobe2");
    await writeFile(fake, "#!/bin/sh\nexec sleep 30\n");
    await chmod(fake, 0o755);
    const ac = new AbortController();
    let pid = 0;
    const run = runMediaTool(fake, [], { signal: ac.signal, onSpawn: (p) => {
      pid = p;
      ac.abort(reason);
    } });
    await expect(run).rejects.toBe(reason);
    expect(processGone(pid)).toBe(true);
  });
});

describe("parseRate", () => {
  it("parses ffprobe fractions and rejects 0/0", () => {
    expect(parseRate("30/1")).toBe(30);
    expect(parseRate("24000/1001")).toBeCloseTo(23.976, 3);
    expect(parseRate("25")).toBe(25);
    expect(parseRate("0/0")).toBeUndefined();
    expect(parseRate("N/A")).toBeUndefined();
    expect(parseRate(undefined)).toBeUndefined();
  });
});
