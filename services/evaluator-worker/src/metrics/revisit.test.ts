import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pyRound, remapFrameIndex, selectRevisitPairs } from "../../../benchmarks/src";
import { boxMean, psnr, reflectIndex, revisitOfFile, sceneMeans, ssimPlane, ssimRgb } from "./revisit";

const C1 = 6.5025; // (0.01 * 255)^2
const C2 = 58.5225; // (0.03 * 255)^2

const filled = (n: number, v: number): Uint8Array => new Uint8Array(n).fill(v);

describe("psnr", () => {
  it("identical frames score 100 (the mse < 1e-10 rule)", () => {
    expect(psnr(filled(12, 7), filled(12, 7))).toBe(100);
  });

  it("constant 0 vs constant 10: mse = 100, PSNR = 10*log10(65025/100) = 28.1308", () => {
    expect(psnr(filled(300, 0), filled(300, 10))).toBeCloseTo(28.130803608679106, 12);
  });

  it("one byte of 12 off by 255: mse = 65025/12, PSNR = 10*log10(12) = 10.7918", () => {
    const b = filled(12, 0);
    b[5] = 255;
    expect(psnr(filled(12, 0), b)).toBeCloseTo(10.79181246047625, 12);
  });

  it("refuses frames of different sizes", () => {
    expect(() => psnr(filled(12, 0), filled(9, 0))).toThrow(/12 and 9 bytes/);
  });
});

describe("boxMean (scipy.ndimage.uniform_filter, size 11, mode 'reflect')", () => {
  it("reflect indices: d c b a | a b c d | d c b a", () => {
    // n = 4: index -1 → 0 (a), -4 → 3 (d), 4 → 3 (d), 7 → 0 (a), 8 → 0 (a, next period).
    expect([-1, -4, 4, 7, 8].map((i) => reflectIndex(i, 4))).toEqual([0, 3, 3, 0, 0]);
  });

  it("a 3x1 row [0, 11, 22] gives [12, 11, 10]", () => {
    // a=0, b=11, c=22; the reflected line is … b c c b a | a b c | c b a a b c …
    // col 0, offsets -5..5: b c c b a a b c c b a → 3a + 4b + 4c = 44 + 88 = 132 → 132/11 = 12
    // col 1, offsets -4..6: c c b a a b c c b a a → 4a + 3b + 4c = 33 + 88 = 121 → 11
    // col 2, offsets -3..7: c b a a b c c b a a b → 4a + 4b + 3c = 44 + 66 = 110 → 10
    // One row: every vertical offset reflects onto it, so the 11x11 mean is the row mean.
    // (mode 'nearest' would give col 0 = (6a + b + 4c)/11 = 9.)
    const out = boxMean(Float64Array.from([0, 11, 22]), 3, 1);
    expect(Array.from(out)).toEqual([12, 11, 10]);
  });
});

describe("ssim (box window, population variances)", () => {
  it("constant planes 100 vs 110: variances are 0, SSIM = (2*100*110 + C1)/(100^2 + 110^2 + C1)", () => {
    // (22000 + 6.5025) / (10000 + 12100 + 6.5025) = 22006.5025 / 22106.5025 = 0.995476444
    const x = new Float64Array(20).fill(100);
    const y = new Float64Array(20).fill(110);
    expect(ssimPlane(x, y, 5, 4)).toBeCloseTo(0.9954764440915066, 12);
  });

  it("flat 0 vs a 2x1 plane [0, 22]: the variance term counts", () => {
    // Reflected 2-sample line, window 11: col 0 takes 6 a's and 5 b's, col 1 5 a's and 6 b's.
    // y: mu = 5*22/11 = 10 and 6*22/11 = 12; E[y^2] = 5*484/11 = 220 and 6*484/11 = 264;
    //    var = 220 - 100 = 120 and 264 - 144 = 120.  x = 0: mu_x = var_x = cov = 0.
    // ssim(col) = (0 + C1)(0 + C2) / ((0 + mu_y^2 + C1)(0 + var_y + C2))
    // col 0: C1/(100 + C1) * C2/(120 + C2); col 1: C1/(144 + C1) * C2/(120 + C2); SSIM = their mean.
    const col0 = (C1 / (100 + C1)) * (C2 / (120 + C2));
    const col1 = (C1 / (144 + C1)) * (C2 / (120 + C2));
    expect(ssimPlane(Float64Array.from([0, 0]), Float64Array.from([0, 22]), 2, 1)).toBeCloseTo((col0 + col1) / 2, 14);
    expect((col0 + col1) / 2).toBeCloseTo(0.01708906617965047, 14);
  });

  it("rgb SSIM is the mean of the three channel SSIMs", () => {
    // 1x1 pixels (every window position reflects onto the one pixel, so means are the values):
    // R: 100 vs 110 → 22006.5025/22106.5025; G: 50 vs 50 → 1; B: 0 vs 0 → C1*C2/(C1*C2) = 1.
    const r = 22006.5025 / 22106.5025;
    expect(ssimRgb(Uint8Array.from([100, 50, 0]), Uint8Array.from([110, 50, 0]), 1, 1)).toBeCloseTo((r + 1 + 1) / 3, 12);
  });

  it("identical textured images score 1", () => {
    const a = Uint8Array.from({ length: 7 * 5 * 3 }, (_, i) => (i * 37) % 256);
    expect(ssimRgb(a, a, 7, 5)).toBeCloseTo(1, 12);
  });
});

describe("pair selection", () => {
  it("sorts by quality_score ascending (missing = 999), stable, first 5", () => {
    const q = [0.5, undefined, 0.1, 0.3, 0.9, 0.2, 0.05, 0.3];
    const pairs = q.map((quality_score, i) => ({ frame_a: i, frame_b: 100 + i, ...(quality_score !== undefined ? { quality_score } : {}) }));
    // 0.05 (#6), 0.1 (#2), 0.2 (#5), 0.3 (#3), 0.3 (#7: tie keeps file order) — 0.5, 0.9, missing dropped.
    expect(selectRevisitPairs(pairs).map((p) => p.frame_a)).toEqual([6, 2, 5, 3, 7]);
    expect(selectRevisitPairs(pairs, 2).map((p) => p.frame_a)).toEqual([6, 2]);
  });

  it("remaps 16 fps indices through time with Python's round-half-to-even, and clamps", () => {
    expect(remapFrameIndex(33, 16, 8, 100)).toBe(16); // 33/16*8 = 16.5 → 16 (even)
    expect(remapFrameIndex(35, 16, 8, 100)).toBe(18); // 17.5 → 18 (even)
    expect(remapFrameIndex(100, 16, 24, 50)).toBe(49); // 150 → clamped to the last frame
    expect(remapFrameIndex(32, 16, 16.05, 10)).toBe(9); // |16 - 16.05| < 0.1: same index, clamped
    expect([0.5, 1.5, 2.5, 2.4, 2.6].map((x) => pyRound(x, 0))).toEqual([0, 2, 2, 2, 3]);
  });

  it("scene means are plain means of the scored pairs; none → undefined", () => {
    const m = sceneMeans([
      { frame_a: 1, frame_b: 2, psnr: 20, ssim: 0.5 },
      { frame_a: 3, frame_b: 4, psnr: 30, ssim: 0.7 },
    ]);
    expect([m.meanPsnr, m.meanSsim]).toEqual([25, 0.6]);
    expect(sceneMeans([]).meanPsnr).toBeUndefined();
  });
});

describe("revisitOfFile on a lossless video", () => {
  let dir: string;
  let video: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-revisit-"));
    video = path.join(dir, "steps.mkv");
    // 8 frames of 16x16 at 8 fps; frame k is flat gray 10*k. FFV1 is lossless, so frames decode exactly.
    const raw = Buffer.concat(Array.from({ length: 8 }, (_, k) => Buffer.alloc(16 * 16 * 3, 10 * k)));
    const res = spawnSync("ffmpeg", ["-nostdin", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "16x16", "-r", "8", "-i", "pipe:0", "-c:v", "ffv1", video], {
      input: raw,
    });
    expect(res.status).toBe(0);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("remaps, skips degenerate pairs, clamps past the end and averages", async () => {
    const pairs = [
      { frame_a: 0, frame_b: 1, quality_score: 0.2 }, // 0 and round(0.5) = 0 → same frame, skipped
      { frame_a: 2, frame_b: 4, quality_score: 0.1 }, // frames 1 and 2: gray 10 vs 20
      { frame_a: 6, frame_b: 40, quality_score: 0.3, distance_m: 0.5 }, // frames 3 and 20 → clamped to 7: 30 vs 70
      { frame_a: 8, frame_b: 10 }, // no quality score: sorts last, cut by maxPairs = 3
    ];
    const r = await revisitOfFile(video, pairs, { maxPairs: 3 });
    expect(r.pairs.map((p) => [p.frame_a, p.frame_b])).toEqual([
      [1, 2],
      [3, 7],
    ]);
    // 10 vs 20: mse 100 → 28.1308 dB; SSIM (2*10*20 + C1)/(10^2 + 20^2 + C1) = 406.5025/506.5025
    // 30 vs 70: mse 1600 → 10*log10(65025/1600) = 16.0896 dB; SSIM (4200 + C1)/(900 + 4900 + C1)
    const s1 = 406.5025 / 506.5025;
    const s2 = (4200 + C1) / (5800 + C1);
    expect(r.pairs[0]?.psnr).toBeCloseTo(28.130803608679106, 10);
    expect(r.pairs[1]?.psnr).toBeCloseTo(16.089603782119855, 10);
    expect(r.pairs[1]?.distance_m).toBe(0.5);
    expect(r.meanPsnr).toBeCloseTo((28.130803608679106 + 16.089603782119855) / 2, 10);
    expect(r.meanSsim).toBeCloseTo((s1 + s2) / 2, 12);
  });

  it("a scene without pairs decodes nothing and has no means", async () => {
    const r = await revisitOfFile(video, []);
    expect(r.pairs).toEqual([]);
    expect(r.meanSsim).toBeUndefined();
  });
});
