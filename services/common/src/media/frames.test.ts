import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../errors";
import { readFrames } from "./frames";

function ffmpeg(args: string[]): void {
  const res = spawnSync("ffmpeg", ["-nostdin", "-v", "error", ...args]);
  if (res.status !== 0) throw new Error(`ffmpeg failed: ${res.stderr.toString()}`);
}

/** Pids of this process's ffmpeg children (Linux /proc): the generator must leave none behind. */
function ffmpegChildren(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ..." - comm may contain spaces, so split after the last ")".
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (comm === "ffmpeg" && ppid === process.pid) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

describe("readFrames", () => {
  let dir: string;
  let clip: string;
  let red: string;
  let long: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-frames-"));
    clip = path.join(dir, "clip.mp4");
    ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=64x48:r=12", "-frames:v", "17", "-c:v", "libx264", "-pix_fmt", "yuv420p", clip]);
    red = path.join(dir, "red.mp4");
    ffmpeg(["-f", "lavfi", "-i", "color=c=0xff0000:s=32x16:r=5", "-frames:v", "3", "-c:v", "libx264", "-pix_fmt", "yuv420p", red]);
    // 4.6 MB of frames: far more than a pipe buffer, so ffmpeg is still running when we stop early.
    long = path.join(dir, "long.mp4");
    ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=64x48:r=25", "-frames:v", "500", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", long]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("yields exactly every frame, each width*height*3 bytes", async () => {
    const sizes: number[] = [];
    for await (const f of readFrames(clip, { width: 64, height: 48 })) sizes.push(f.length);
    expect(sizes).toEqual(Array.from({ length: 17 }, () => 64 * 48 * 3));
  });

  it("gives BGR by default and RGB on request", async () => {
    const first = async (pixFmt?: "bgr24" | "rgb24"): Promise<number[]> => {
      for await (const f of readFrames(red, { width: 32, height: 16, ...(pixFmt ? { pixFmt } : {}) })) return [...f.subarray(0, 3)];
      throw new Error("no frame");
    };
    const [b, g, r] = await first();
    expect(b).toBeLessThan(10);
    expect(g).toBeLessThan(10);
    expect(r).toBeGreaterThan(245);
    const rgb = await first("rgb24");
    expect(rgb[0]).toBeGreaterThan(245);
    expect(rgb[2]).toBeLessThan(10);
  });

  it("hands out a fresh buffer per frame", async () => {
    const frames: Buffer[] = [];
    for await (const f of readFrames(clip, { width: 64, height: 48 })) frames.push(f);
    expect(new Set(frames.map((f) => f.buffer)).size).toBeGreaterThan(1);
    expect(frames[0]?.equals(frames[5] as Buffer)).toBe(false);
  });

  it("kills ffmpeg when the consumer stops early", async () => {
    let seen = 0;
    for await (const _ of readFrames(long, { width: 64, height: 48 })) {
      if (++seen === 1) expect(ffmpegChildren()).toHaveLength(1);
      if (seen === 3) break;
    }
    expect(seen).toBe(3);
    expect(ffmpegChildren()).toEqual([]);
  });

  it("stops with the signal's reason on abort and kills ffmpeg", async () => {
    const ac = new AbortController();
    const reason = new Error("cancelled by test");
    let seen = 0;
    const run = (async () => {
      for await (const _ of readFrames(long, { width: 64, height: 48, signal: ac.signal })) {
        if (++seen === 2) ac.abort(reason);
      }
    })();
    await expect(run).rejects.toBe(reason);
    expect(seen).toBe(2);
    expect(ffmpegChildren()).toEqual([]);
  });

  it("a size that does not divide the data is OUTPUT_INVALID (trailing partial frame)", async () => {
    const run = async (): Promise<number> => {
      let n = 0;
      for await (const _ of readFrames(clip, { width: 62, height: 48 })) n++;
      return n;
    };
    await expect(run()).rejects.toMatchObject({ code: FleetErrorCode.OUTPUT_INVALID, message: expect.stringMatching(/partial frame/) });
  });

  it("maps missing file, missing ffmpeg, bad sizes and undecodable input", async () => {
    const drain = async (file: string, opts: Parameters<typeof readFrames>[1]): Promise<void> => {
      for await (const _ of readFrames(file, opts)) {
        // consume
      }
    };
    const missing = path.join(dir, "missing.mp4");
    await expect(drain(missing, { width: 64, height: 48 })).rejects.toMatchObject({ code: FleetErrorCode.NOT_FOUND, message: expect.stringContaining(missing) });
    await expect(drain(clip, { width: 64, height: 48, ffmpegPath: path.join(dir, "no-ffmpeg") })).rejects.toMatchObject({
      code: FleetErrorCode.DEPENDENCY_MISSING,
      message: expect.stringContaining("apt-get install ffmpeg"),
    });
    await expect(drain(clip, { width: 0, height: 48 })).rejects.toMatchObject({ code: FleetErrorCode.INVALID_INPUT });
    await expect(drain(path.join(__dirname, "frames.ts"), { width: 64, height: 48 })).rejects.toMatchObject({ code: FleetErrorCode.OUTPUT_INVALID });
    expect(ffmpegChildren()).toEqual([]);
  });
});
