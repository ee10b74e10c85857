import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { TemporalFlickering, temporalFlickeringOfFile } from "./temporal-flickering";

const W = 16;
const H = 8;
const BYTES = W * H * 3;

function score(frames: Uint8Array[]): number | undefined {
  const tf = new TemporalFlickering();
  for (const f of frames) tf.push(f);
  return tf.result();
}

/** VBench's formula written out literally (float64 instead of float32): mean of per-pair means. */
function reference(frames: Uint8Array[]): number {
  const maes: number[] = [];
  for (let i = 0; i + 1 < frames.length; i++) {
    const a = frames[i] as Uint8Array;
    const b = frames[i + 1] as Uint8Array;
    let s = 0;
    for (let j = 0; j < a.length; j++) s += Math.abs((a[j] as number) - (b[j] as number));
    maes.push(s / a.length);
  }
  return (255 - maes.reduce((x, y) => x + y, 0) / maes.length) / 255;
}

describe("TemporalFlickering (VBench temporal_flickering)", () => {
  it("a constant video scores exactly 1", () => {
    expect(score(Array.from({ length: 9 }, () => new Uint8Array(BYTES).fill(77)))).toBe(1);
  });

  it("frames alternating all-0 / all-255 score exactly 0", () => {
    expect(score(Array.from({ length: 10 }, (_, i) => new Uint8Array(BYTES).fill(i % 2 ? 255 : 0)))).toBe(0);
  });

  it("one 8-bit level change per pixel per frame scores exactly 254/255", () => {
    // Half the bytes go up and half go down, so signs cannot cancel.
    const frames = Array.from({ length: 12 }, (_, k) => Uint8Array.from({ length: BYTES }, (_, j) => (j % 2 ? 100 + k : 200 - k)));
    expect(score(frames)).toBe(254 / 255);
    expect(score(frames)).toBeCloseTo(0.996078, 6);
  });

  it("matches a hand-computed 2x1 case", () => {
    // pair 1: |0-1|+|0-2|+|0-3| = 6 over 6 bytes → 1; pair 2: 10+20+30 = 60 over 6 → 10.
    // mean 5.5 → (255 - 5.5) / 255.
    const frames = [Uint8Array.of(0, 0, 0, 10, 20, 30), Uint8Array.of(1, 2, 3, 10, 20, 30), Uint8Array.of(1, 2, 3, 0, 0, 0)];
    expect(score(frames)).toBe(249.5 / 255);
  });

  it("agrees with the literal mean-of-means formula on random frames", () => {
    let x = 12345;
    const rand = (): number => (x = (x * 1103515245 + 12345) % 2 ** 31) % 256;
    const frames = Array.from({ length: 7 }, () => Uint8Array.from({ length: BYTES }, rand));
    expect(score(frames)).toBeCloseTo(reference(frames), 12);
  });

  it("is undefined with fewer than 2 frames (VBench: NaN for 1 frame, assertion for 0)", () => {
    expect(score([])).toBeUndefined();
    const one = new TemporalFlickering();
    one.push(new Uint8Array(BYTES));
    expect(one.frames).toBe(1);
    expect(one.result()).toBeUndefined();
  });

  it("copies the previous frame, so a reused buffer still gives the right answer", () => {
    const tf = new TemporalFlickering();
    const buf = new Uint8Array(BYTES);
    tf.push(buf);
    buf.fill(255);
    tf.push(buf);
    expect(tf.result()).toBe(0);
  });

  it("rejects frames of a different size", () => {
    const tf = new TemporalFlickering();
    tf.push(new Uint8Array(BYTES));
    expect(() => tf.push(new Uint8Array(BYTES - 3))).toThrow(expect.objectContaining({ code: FleetErrorCode.INVALID_INPUT }));
  });
});

describe("temporalFlickeringOfFile", () => {
  let dir: string;
  const ffmpeg = (args: string[]): void => {
    const res = spawnSync("ffmpeg", ["-nostdin", "-v", "error", ...args]);
    if (res.status !== 0) throw new Error(res.stderr.toString());
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-tf-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("a constant-colour H.264 video decodes to identical frames: score 1", async () => {
    const file = path.join(dir, "still.mp4");
    ffmpeg(["-f", "lavfi", "-i", "color=c=0x3366cc:s=64x48:r=8", "-frames:v", "9", "-c:v", "libx264", "-pix_fmt", "yuv420p", file]);
    const progress: number[] = [];
    const r = await temporalFlickeringOfFile(file, { onProgress: (n) => progress.push(n) });
    expect(r.score).toBe(1);
    expect(r.probe).toMatchObject({ frames: 9, width: 64, height: 48, fps: 8 });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("a moving video scores below 1", async () => {
    const file = path.join(dir, "moving.mp4");
    ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=64x48:r=8", "-frames:v", "9", "-c:v", "libx264", "-pix_fmt", "yuv420p", file]);
    const r = await temporalFlickeringOfFile(file);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(1);
  });

  it("a 1-frame video has no score", async () => {
    const file = path.join(dir, "one.mp4");
    ffmpeg(["-f", "lavfi", "-i", "testsrc2=s=64x48:r=8", "-frames:v", "1", "-c:v", "libx264", "-pix_fmt", "yuv420p", file]);
    const r = await temporalFlickeringOfFile(file);
    expect(r.score).toBeUndefined();
    expect(r.probe.frames).toBe(1);
  });
});
