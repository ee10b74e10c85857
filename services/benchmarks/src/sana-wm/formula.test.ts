import { sanaWmVBenchQuality } from "../vbench/formula";
import { cameraMeans, poolRevisit, pyRound, rotErrDegrees, sanaWmVBenchTotals, vbenchOverall } from "./formula";
import { sceneCategory } from "./trajectories";

describe("pyRound (Python's round(x, n))", () => {
  it("exact binary ties go to the even digit", () => {
    // 0.125 and 0.375 are exact in binary: ties → 0.12 and 0.38; toFixed would give 0.13 for 0.125.
    expect([pyRound(0.125, 2), pyRound(0.375, 2), pyRound(-0.125, 2), pyRound(2.5, 0), pyRound(1.5, 0)]).toEqual([0.12, 0.38, -0.12, 2, 2]);
  });

  it("non-ties round to nearest by the exact binary value", () => {
    // 2.675 is stored as 2.67499999…, so it rounds down, as Python prints round(2.675, 2) == 2.67.
    expect([pyRound(2.675, 2), pyRound(25.555, 2), pyRound(0.61115, 4), pyRound(0.45315062, 4)]).toEqual([2.67, 25.55, 0.6111, 0.4532]);
  });
});

describe("sanaWmVBenchTotals (eval_unified.py compute_vbench_total)", () => {
  it("clips, weights dynamic_degree 0.5, and normalises semantic dims with Min 0 / Max 1", () => {
    const raw = { subject_consistency: 0.9, temporal_flickering: 0.6, dynamic_degree: 0.5, overall_consistency: 0.25 };
    // SC: (0.9 - 0.1462) / (1 - 0.1462) = 0.7538 / 0.8538 = 0.882876552
    // TF: (0.6 - 0.6293) / 0.3707 < 0 → clipped to 0
    // DD: 0.5, weight 0.5 → contributes 0.25
    // quality = (0.882876552 + 0 + 0.25) / (1 + 1 + 0.5) = 0.453150621 → 0.4532
    // semantic = overall_consistency / 1 = 0.25 (official VBench would use Max 0.364)
    // total = (4 × 0.453150621 + 0.25) / 5 = 0.412520497 → 0.4125
    const t = sanaWmVBenchTotals(raw);
    expect([t.quality_score, t.semantic_score, t.total_score]).toEqual([0.4532, 0.25, 0.4125]);
    expect(t.normalized_per_dim).toEqual({ subject_consistency: 0.8829, temporal_flickering: 0, dynamic_degree: 0.5, overall_consistency: 0.25 });
    // The table's VBench Overall uses the shared vbench formula; both agree.
    expect(sanaWmVBenchQuality(raw)).toBe(t.quality_score);
  });

  it("without quality dimensions SANA-WM's quality is 0 (the table shows none: sanaWmVBenchQuality is null)", () => {
    expect(sanaWmVBenchTotals({ temporal_style: 0.2 }).quality_score).toBe(0);
    expect(sanaWmVBenchQuality({ temporal_style: 0.2 })).toBeNull();
  });
});

describe("Python rounding at ties (one helper, pyRound, everywhere SANA-WM calls round(x, n))", () => {
  // Expected values computed with /usr/bin/python3 on the official expressions:
  //   n = lambda raw, mn, mx: max(0.0, min(1.0, (raw - mn) / (mx - mn)))
  //   q = n(0.55045, 0.0, 1.0) * 1.0 / 1.0
  //   round(q, 4) == 0.5504; round(round(q, 4) * 100, 2) == 55.04; round((4.0 * q + 0.0) / 5.0, 4) == 0.4404
  //   q2 = (n(0.5009, 0.0, 1.0) * 1.0 + n(0.6, 0.0, 1.0) * 1.0) / 2.0     # aesthetic, imaging in QUALITY order
  //   repr(q2) == '0.55045'; round(q2, 4) == 0.5504; round((4.0 * q2 + 0.0) / 5.0, 4) == 0.4404
  // Math.round(q * 10000) / 10000 gives 0.5505 for both: 0.55045 is stored as 0.550449999999999994…,
  // but q * 10000 rounds up to exactly 5504.5 before Math.round sees it.
  it("quality 0.55045 is 0.5504 and VBench Overall 55.04, as round(x, 4) on the binary double", () => {
    expect(sanaWmVBenchQuality({ aesthetic_quality: 0.55045 })).toBe(0.5504);
    expect(vbenchOverall(sanaWmVBenchQuality({ aesthetic_quality: 0.55045 }))).toBe(55.04);
    const t = sanaWmVBenchTotals({ aesthetic_quality: 0.55045 });
    expect([t.quality_score, t.total_score]).toEqual([0.5504, 0.4404]);
  });

  it("imaging 0.6 + aesthetic 0.5009 averages to 0.55045 and rounds to 0.5504 in both code paths", () => {
    const raw = { imaging_quality: 0.6, aesthetic_quality: 0.5009 };
    expect(sanaWmVBenchQuality(raw)).toBe(0.5504);
    expect(sanaWmVBenchTotals(raw)).toMatchObject({ quality_score: 0.5504, semantic_score: 0, total_score: 0.4404 });
    expect(vbenchOverall(sanaWmVBenchQuality(raw))).toBe(55.04);
  });

  it("drops only NaN; ±Infinity clips to 1 / 0 as _normalize_score does", () => {
    // python3: (n(float('inf'), 0.0, 1.0) + n(0.5, 0.0, 1.0)) / 2.0 rounds to 0.75
    expect(sanaWmVBenchQuality({ aesthetic_quality: Number.POSITIVE_INFINITY, imaging_quality: 0.5 })).toBe(0.75);
    expect(sanaWmVBenchQuality({ aesthetic_quality: Number.NaN, imaging_quality: 0.5 })).toBe(0.5);
    expect(sanaWmVBenchTotals({ aesthetic_quality: Number.NEGATIVE_INFINITY, imaging_quality: 0.5 }).quality_score).toBe(0.25);
  });
});

describe("poolRevisit", () => {
  it("is pair-weighted across scenes; per category the mean of rounded scene means", () => {
    const pooled = poolRevisit([
      { sceneId: "game_style_001", psnr: 20, ssim: 0.5, pairs: 2 },
      { sceneId: "game_style_002", psnr: 30, ssim: 0.8, pairs: 3 },
      { sceneId: "indoor_001", psnr: 25.555, ssim: 0.61115, pairs: 1 },
      { sceneId: "indoor_002", psnr: 99, ssim: 0.99, pairs: 0 },
    ]);
    // psnr = (20×2 + 30×3 + 25.555×1) / 6 = 155.555 / 6 = 25.925833
    // ssim = (0.5×2 + 0.8×3 + 0.61115) / 6 = 4.01115 / 6 = 0.668525
    // (a plain mean of scene means would give (20 + 30 + 25.555) / 3 = 25.185)
    expect(pooled?.psnr).toBeCloseTo(25.925833333, 8);
    expect(pooled?.ssim).toBeCloseTo(0.668525, 10);
    expect([pooled?.pairs, pooled?.scenes]).toEqual([6, 3]);
    // game_style: (20 + 30) / 2 = 25, (0.5 + 0.8) / 2 = 0.65; indoor: round(25.555, 2) = 25.55, round(0.61115, 4) = 0.6111.
    expect(pooled?.perCategory).toEqual({
      game_style: { mean_psnr: 25, mean_ssim: 0.65, n_scenes: 2 },
      indoor: { mean_psnr: 25.55, mean_ssim: 0.6111, n_scenes: 1 },
    });
  });

  it("no scored pair → null", () => {
    expect(poolRevisit([{ sceneId: "a_001", psnr: 30, ssim: 0.9, pairs: 0 }])).toBeNull();
    expect(poolRevisit([])).toBeNull();
  });
});

describe("camera", () => {
  it("RotErr: degrees kept, radians converted (unit, or no unit and |v| ≤ π)", () => {
    expect(rotErrDegrees(2, "deg")).toBe(2); // a true 2° stays with its unit
    expect(rotErrDegrees(Math.PI / 2, "rad")).toBeCloseTo(90, 12);
    expect(rotErrDegrees(Math.PI / 4, undefined)).toBeCloseTo(45, 12); // legacy file: assumed radians
    expect(rotErrDegrees(5, undefined)).toBe(5); // > π: must be degrees
  });

  it("means are unweighted over scenes", () => {
    // RotErr (1 + 2 + 6) / 3 = 3; TransErr (0.1 + 0.2 + 0.6) / 3 = 0.3; CamMC (1 + 1 + 4) / 3 = 2
    const m = cameraMeans([
      { rotErrDeg: 1, transErrRel: 0.1, camMcRel: 1 },
      { rotErrDeg: 2, transErrRel: 0.2, camMcRel: 1 },
      { rotErrDeg: 6, transErrRel: 0.6, camMcRel: 4 },
    ]);
    expect(m?.rotErrDeg).toBe(3);
    expect(m?.transErrRel).toBeCloseTo(0.3, 15);
    expect([m?.camMcRel, m?.scenes]).toEqual([2, 3]);
    expect(cameraMeans([])).toBeNull();
  });
});

describe("sceneCategory", () => {
  it("drops the last _-part, as eval_unified.py", () => {
    expect(["game_style_001", "indoor_020", "scene"].map(sceneCategory)).toEqual(["game_style", "indoor", ""]);
  });
});
