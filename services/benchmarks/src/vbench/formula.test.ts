import {
  VBENCH_DIMENSIONS,
  VBENCH_NORMALIZE,
  VBENCH_QUALITY,
  VBENCH_SEMANTIC,
  dimensionWeight,
  sanaWmVBenchQuality,
  vbenchOfficialScores,
} from "./formula";

const all = (pick: (min: number, max: number) => number): Record<string, number> =>
  Object.fromEntries(VBENCH_DIMENSIONS.map((d) => [d, pick(VBENCH_NORMALIZE[d].min, VBENCH_NORMALIZE[d].max)]));

test("the lists and weights of scripts/constant.py", () => {
  expect(VBENCH_QUALITY).toHaveLength(7);
  expect(VBENCH_SEMANTIC).toHaveLength(9);
  expect(new Set([...VBENCH_QUALITY, ...VBENCH_SEMANTIC]).size).toBe(16);
  // Quality weights: 6 x 1 + dynamic_degree 0.5 = 6.5; semantic: 9 x 1 = 9.
  expect(VBENCH_QUALITY.reduce((s, d) => s + dimensionWeight(d), 0)).toBe(6.5);
  expect(VBENCH_SEMANTIC.reduce((s, d) => s + dimensionWeight(d), 0)).toBe(9);
  expect(VBENCH_NORMALIZE.scene).toEqual({ min: 0, max: 0.8222 });
  expect(VBENCH_NORMALIZE.appearance_style).toEqual({ min: 0.0009, max: 0.2855 });
});

test("every dimension at its Max gives 1, at its Min gives 0", () => {
  const top = vbenchOfficialScores(all((_, max) => max));
  // Quality = (6 x 1 + 0.5 x 1) / 6.5 = 1; Semantic = 9 / 9 = 1; Total = (4 + 1) / 5 = 1.
  expect(top.quality_score).toBeCloseTo(1, 12);
  expect(top.semantic_score).toBeCloseTo(1, 12);
  expect(top.total_score).toBeCloseTo(1, 12);
  expect(top.missing).toEqual([]);
  const bottom = vbenchOfficialScores(all((min) => min));
  expect([bottom.quality_score, bottom.semantic_score, bottom.total_score]).toEqual([0, 0, 0]);
});

test("a hand-worked full set of 16 raw scores", () => {
  const raw = {
    subject_consistency: 0.5731, // (0.5731 - 0.1462) / 0.8538 = 0.4269 / 0.8538 = 0.5
    background_consistency: 0.63075, // (0.63075 - 0.2615) / 0.7385 = 0.36925 / 0.7385 = 0.5
    temporal_flickering: 0.92586, // (0.92586 - 0.6293) / 0.3707 = 0.29656 / 0.3707 = 0.8
    motion_smoothness: 0.8809, // (0.8809 - 0.706) / 0.2915 = 0.1749 / 0.2915 = 0.6
    dynamic_degree: 0.4, // 0.4 x weight 0.5 = 0.2
    aesthetic_quality: 0.6,
    imaging_quality: 0.7,
    object_class: 0.9,
    multiple_objects: 0.3,
    human_action: 0.8,
    color: 0.7,
    spatial_relationship: 0.4,
    scene: 0.4111, // 0.4111 / 0.8222 = 0.5
    appearance_style: 0.07205, // (0.07205 - 0.0009) / 0.2846 = 0.07115 / 0.2846 = 0.25
    temporal_style: 0.182, // 0.182 / 0.364 = 0.5
    overall_consistency: 0.273, // 0.273 / 0.364 = 0.75
  };
  const s = vbenchOfficialScores(raw);
  // Quality = (0.5 + 0.5 + 0.8 + 0.6 + 0.2 + 0.6 + 0.7) / 6.5 = 3.9 / 6.5 = 0.6
  expect(s.quality_score).toBeCloseTo(0.6, 12);
  // Semantic = (0.9 + 0.3 + 0.8 + 0.7 + 0.4 + 0.5 + 0.25 + 0.5 + 0.75) / 9 = 5.1 / 9 = 0.566666…
  expect(s.semantic_score).toBeCloseTo(5.1 / 9, 12);
  // Total = (4 x 0.6 + 0.566666…) / 5 = 2.966666… / 5 = 0.593333…
  expect(s.total_score).toBeCloseTo(0.5933333333333, 12);
  expect(s.normalized.dynamic_degree).toBeCloseTo(0.2, 12);
  expect(s.normalized.appearance_style).toBeCloseTo(0.25, 12);
});

test("a missing dimension counts as raw 0, which normalises below 0 where Min > 0", () => {
  const s = vbenchOfficialScores({ temporal_flickering: 1 });
  expect(s.missing).toHaveLength(15);
  expect(s.missing).not.toContain("temporal_flickering");
  // SC: (0 - 0.1462) / 0.8538 = -0.171234; BC: -0.2615 / 0.7385 = -0.354096; MS: -0.706 / 0.2915 = -2.421955
  expect(s.normalized.subject_consistency).toBeCloseTo(-0.171234, 6);
  expect(s.normalized.motion_smoothness).toBeCloseTo(-2.421955, 6);
  // Quality = (1 - 0.171234 - 0.354096 - 2.421955 + 0 + 0 + 0) / 6.5 = -1.947285 / 6.5 = -0.299582
  expect(s.quality_score).toBeCloseTo(-0.299582, 6);
  // Semantic: only appearance_style is below 0: -0.0009 / 0.2846 = -0.0031623; / 9 = -0.00035137
  expect(s.semantic_score).toBeCloseTo(-0.00035137, 8);
  // Total = (4 x -0.299582 - 0.00035137) / 5 = -1.198679 / 5 = -0.239736
  expect(s.total_score).toBeCloseTo(-0.239736, 6);
});

test("no clipping: a raw scene above its Max gives more than 1", () => {
  // 0.9 / 0.8222 = 1.094624
  expect(vbenchOfficialScores({ scene: 0.9 }).normalized.scene).toBeCloseTo(1.094624, 6);
});

test("NaN and Infinity are missing, not numbers", () => {
  const s = vbenchOfficialScores({ scene: Number.NaN, color: Number.POSITIVE_INFINITY, human_action: 0.5 });
  expect(s.missing).toContain("scene");
  expect(s.missing).toContain("color");
  // Semantic = (0.5 - 0.0009 / 0.2846) / 9 = (0.5 - 0.0031623) / 9 = 0.0552042
  expect(s.semantic_score).toBeCloseTo(0.0552042, 6);
});

describe("sanaWmVBenchQuality (clipped, present quality dimensions only, 4 places)", () => {
  test("clips each normalised value to [0,1] and averages the present ones by weight", () => {
    // MS: (0.999 - 0.706) / 0.2915 = 1.0051 -> 1; SC: (0.1 - 0.1462) / 0.8538 < 0 -> 0; DD 0.4 with weight 0.5.
    // (1 x 1 + 0 x 1 + 0.4 x 0.5) / (1 + 1 + 0.5) = 1.2 / 2.5 = 0.48
    expect(sanaWmVBenchQuality({ motion_smoothness: 0.999, subject_consistency: 0.1, dynamic_degree: 0.4, scene: 0.1 })).toBe(0.48);
  });

  test("rounds to 4 places and is null without a quality dimension", () => {
    // aesthetic_quality alone: 0.123456 -> 0.1235
    expect(sanaWmVBenchQuality({ aesthetic_quality: 0.123456 })).toBe(0.1235);
    expect(sanaWmVBenchQuality({ scene: 0.5 })).toBeNull();
  });
});
