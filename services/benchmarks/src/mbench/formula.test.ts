import { aggregate, dimensionFromSummary, dimensionScore, mScore, type DimensionResult } from "./formula";

const T = "mbencht";
const A = "mbencha";

function result(m: number | null): DimensionResult {
  return { reliability: null, coverage: null, m_score: m, n: 1 };
}

describe("mScore", () => {
  it("is the harmonic mean 2RC/(R+C)", () => {
    // R = 0.5, C = 1: 2*0.5*1 / 1.5 = 1/1.5 = 0.6667
    expect(mScore(0.5, 1)).toBeCloseTo(2 / 3, 12);
    // R = 0.9, C = 0.1: 2*0.09 / 1.0 = 0.18
    expect(mScore(0.9, 0.1)).toBeCloseTo(0.18, 12);
  });

  it("is 0 when both are 0, not NaN", () => {
    expect(mScore(0, 0)).toBe(0);
  });
});

describe("dimensionScore", () => {
  it("gates by the trigger on the T side", () => {
    // triggered: 0.8, 0.6; untriggered: one. R = (0.8+0.6)/2 = 0.7; C = 2/3;
    // M = 2*0.7*(2/3) / (0.7 + 2/3) = 0.93333 / 1.36667 = 0.682927
    const r = dimensionScore([{ score: 0.8, triggered: 1 }, { score: 0.6, triggered: 1 }, { triggered: 0 }], true);
    expect(r.reliability).toBeCloseTo(0.7, 12);
    expect(r.coverage).toBeCloseTo(2 / 3, 12);
    expect(r.m_score).toBeCloseTo(0.682927, 6);
    expect(r.n).toBe(3);
  });

  it("leaves an untriggered sample's score out of reliability", () => {
    // A score on an untriggered sample (a metric that wrote one anyway) must not count:
    // R = 0.4 (only the triggered one), C = 1/2, M = 2*0.4*0.5/0.9 = 0.444444
    const r = dimensionScore([{ score: 0.4, triggered: 1 }, { score: 1.0, triggered: 0 }], true);
    expect(r.reliability).toBeCloseTo(0.4, 12);
    expect(r.coverage).toBeCloseTo(0.5, 12);
    expect(r.m_score).toBeCloseTo(0.444444, 6);
  });

  it("counts every scored sample as triggered without a trigger field", () => {
    // R = (0.5+0.7)/2 = 0.6, C = 1, M = 2*0.6/1.6 = 0.75
    const r = dimensionScore([{ score: 0.5 }, { score: 0.7 }], true);
    expect(r).toEqual({ reliability: 0.6, coverage: 1, m_score: expect.closeTo(0.75, 12), n: 2 });
  });

  it("ignores trigger fields on the A side", () => {
    // MBench-A never gates: both scored samples count. R = (0.2+0.6)/2 = 0.4, C = 1, M = 0.8/1.4 = 0.571429
    const r = dimensionScore([{ score: 0.2, triggered: 0 }, { score: 0.6, triggered: 1 }, { triggered: 0 }], false);
    expect(r.reliability).toBeCloseTo(0.4, 12);
    expect(r.coverage).toBe(1);
    expect(r.n).toBe(2);
    expect(r.m_score).toBeCloseTo(0.571429, 6);
  });

  it("scores 0 when nothing triggered, with no reliability", () => {
    expect(dimensionScore([{ triggered: 0 }, { triggered: 0 }], true)).toEqual({ reliability: null, coverage: 0, m_score: 0, n: 2 });
  });

  it("is null with no judged sample", () => {
    expect(dimensionScore([], true)).toEqual({ reliability: null, coverage: null, m_score: null, n: 0 });
  });

  it("counts a triggered sample without a score towards coverage only", () => {
    // judged 2, fired 2 → C = 1; R = 0.5 from the scored one; M = 2*0.5/1.5 = 0.666667
    const r = dimensionScore([{ score: 0.5, triggered: 1 }, { triggered: 1 }], true);
    expect(r.coverage).toBe(1);
    expect(r.reliability).toBe(0.5);
    expect(r.m_score).toBeCloseTo(2 / 3, 12);
  });
});

describe("dimensionFromSummary", () => {
  it("reads R from the group score and C from the group triggered", () => {
    // R = 0.74, C = 1.0 → M = 2*0.74/1.74 = 0.850575
    expect(dimensionFromSummary(0.74, 1, true, 2).m_score).toBeCloseTo(0.850575, 6);
    // only untriggered samples: no score, triggered 0 → M = 0
    expect(dimensionFromSummary(undefined, 0, true, 2)).toEqual({ reliability: null, coverage: 0, m_score: 0, n: 2 });
  });

  it("takes C = 1 on the A side whatever the group says", () => {
    // R = 0.5, C = 1 → 2*0.5/1.5 = 0.666667
    expect(dimensionFromSummary(0.5, 0.2, false, null)).toEqual({ reliability: 0.5, coverage: 1, m_score: expect.closeTo(2 / 3, 12), n: null });
  });
});

describe("aggregate", () => {
  it("averages M-Scores per axis and over sub-dimensions for the total", () => {
    // entity: (0.6 + 0.8)/2 = 0.7; environment: 0.3; causal (T has 3 sub-dims): (0.2 + 0.5)/2 = 0.35
    // total over the 5 measured sub-dimensions: (0.6+0.8+0.3+0.2+0.5)/5 = 2.4/5 = 0.48 (the mean of
    // the axis scores would be (0.7+0.3+0.35)/3 = 0.45, which is not the leaderboard's rule)
    const agg = aggregate(T, {
      "mbencht.entity.human_identity_consistency": result(0.6),
      "mbencht.entity.object_texture_consistency": result(0.8),
      "mbencht.environment.rendering_style": result(0.3),
      "mbencht.causal.prompt_interaction": result(0.2),
      "mbencht.causal.state_progress": result(0.5),
      "mbencht.causal.camera_interaction": result(1), // not an MBench-T metric: ignored
    });
    expect(agg.axes.entity).toBeCloseTo(0.7, 12);
    expect(agg.axes.environment).toBeCloseTo(0.3, 12);
    expect(agg.axes.causal).toBeCloseTo(0.35, 12);
    expect(agg.total).toBeCloseTo(0.48, 12);
    expect(agg.missing).toHaveLength(11 - 5);
    expect(agg.missing).toContain("mbencht.causal.progress_correctness");
  });

  it("leaves an axis with nothing measured null, and counts 0 M-Scores", () => {
    // causal: camera_interaction M = 0 is measured → axis 0; total = (0 + 1)/2 = 0.5
    const agg = aggregate(A, { "mbencha.causal.camera_interaction": result(0), "mbencha.environment.spatial_epipolar": result(1) });
    expect(agg.axes).toEqual({ entity: null, environment: 1, causal: 0 });
    expect(agg.total).toBe(0.5);
  });

  it("has no total when nothing was measured", () => {
    const agg = aggregate(A, {});
    expect(agg.total).toBeNull();
    expect(agg.missing).toHaveLength(12);
  });
});
