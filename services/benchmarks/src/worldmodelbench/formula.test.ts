import { processResults, summarize, type WmbAccs, type WmbVideoScores } from "./formula";

// Two videos, as evaluation.py stores them (booleans already 0/1).
const ACCS: WmbAccs = {
  instruction: [3, 1],
  // video 0: newton 1, mass 1, fluid 0, penetration 1, gravity 1; video 1: 1, 0, 1, 1, 1
  physical_laws: [1, 1, 0, 1, 1, 1, 0, 1, 1, 1],
  // video 0: framewise 1, temporal 0; video 1: 1, 1
  common_sense: [1, 0, 1, 1],
};

describe("WorldModelBench process_results", () => {
  it("computes the total of a hand-worked case", () => {
    const s = processResults(ACCS, 2, "r.json");
    // instruction: (3+1)/2 = 2
    expect(s.means.instruction).toBe(2);
    // physical_laws[i::5]: newton (1+1)/2 = 1, mass (1+0)/2 = 0.5, fluid (0+1)/2 = 0.5, penetration 1, gravity 1 → Σ 4
    expect([s.means.newton, s.means.mass, s.means.fluid, s.means.penetration, s.means.gravity]).toEqual([1, 0.5, 0.5, 1, 1]);
    expect(s.physical_laws).toBe(4);
    // common_sense[i::2]: framewise (1+1)/2 = 1, temporal (0+1)/2 = 0.5 → Σ 1.5
    expect([s.means.framewise, s.means.temporal, s.common_sense]).toEqual([1, 0.5, 1.5]);
    // total = 2 + 4 + 1.5 = 7.5
    expect(s.total).toBe(7.5);
    expect(s.videos).toBe(2);
  });

  it("gives the same numbers from per-video scores (scores[i::5] is every video's i-th answer)", () => {
    const videos: WmbVideoScores[] = [
      { instruction: 3, newton: 1, mass: 1, fluid: 0, penetration: 1, gravity: 1, framewise: 1, temporal: 0 },
      { instruction: 1, newton: 1, mass: 0, fluid: 1, penetration: 1, gravity: 1, framewise: 1, temporal: 1 },
    ];
    expect(summarize(videos)).toEqual(processResults(ACCS, 2, "r.json"));
  });

  it("refuses lists whose length does not give the right answers per video", () => {
    expect(() => processResults({ ...ACCS, common_sense: [1, 0] }, 2, "r.json")).toThrow(/r\.json: accs\.common_sense has 2 entries for 2 videos \(1 per video\); WorldModelBench writes 2 per video/);
  });

  it("partial data: a score nobody measured is null and so are the sums that need it", () => {
    // Only instruction and framewise measured: instruction (2+3)/2 = 2.5, framewise 1/1
    const s = summarize([{ instruction: 2, framewise: 1 }, { instruction: 3 }, {}]);
    expect(s.videos).toBe(2);
    expect(s.means.instruction).toBe(2.5);
    expect(s.means.framewise).toBe(1);
    expect(s.counts.framewise).toBe(1);
    expect([s.means.newton, s.physical_laws, s.common_sense, s.total]).toEqual([null, null, null, null]);
  });
});
