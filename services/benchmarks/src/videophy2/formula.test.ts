import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseAutoEvalOutput } from "./autoeval";
import { aggregate, summarize, type Vp2Video } from "./formula";

const DATA = resolve(__dirname, "../../../../../shared/data");

// AutoEval outputs as inference.py writes them: pandas index column, quoted captions.
const SA = `,caption,videopath,score
0,"A ball, thrown",v/0.mp4,5.0
1,A cup tips over,v/1.mp4,3.0
2,"Say ""hi"", then wave",v/2.mp4,4.0
3,A dog runs,v/3.mp4,4.0
`;
const PC = `,caption,videopath,score
0,"A ball, thrown",v/0.mp4,4.0
1,A cup tips over,v/1.mp4,5.0
2,"Say ""hi"", then wave",v/2.mp4,2.0
3,A dog runs,v/3.mp4,4.0
`;

function zip(sa: string, pc: string): { sa: number; pc: number }[] {
  const s = parseAutoEvalOutput(sa, "sa.csv");
  const p = parseAutoEvalOutput(pc, "pc.csv");
  return s.map((r, i) => ({ sa: r.score, pc: p[i]?.score as number }));
}

describe("VideoPhy-2 formulas", () => {
  it("joint, mean SA and mean PC of a small hand-worked case", () => {
    // (SA,PC) = (5,4) pass, (3,5) fail (SA<4), (4,2) fail (PC<4), (4,4) pass → joint 2/4 = 0.5
    // mean SA = (5+3+4+4)/4 = 16/4 = 4.0 ; mean PC = (4+5+2+4)/4 = 15/4 = 3.75
    const a = aggregate(zip(SA, PC));
    expect(a.videos).toBe(4);
    expect(a.joint).toBe(0.5);
    expect(a.mean_sa).toBe(4);
    expect(a.mean_pc).toBe(3.75);
  });

  it("4 is high, anything below is not", () => {
    expect(aggregate([{ sa: 4, pc: 4 }]).joint).toBe(1);
    expect(aggregate([{ sa: 3.99, pc: 5 }]).joint).toBe(0);
    // AutoEval's 0 (unparsable answer) is a failing score, not a missing one: (0,5),(5,5) → 1/2
    expect(aggregate([{ sa: 0, pc: 5 }, { sa: 5, pc: 5 }]).joint).toBe(0.5);
  });

  it("on the real output_sa.csv / output_pc.csv: joint 1.0, mean SA 4.7, mean PC 4.2", () => {
    // SA = 5,5,5,5,4,5,5,5,4,4 → sum 47 → 47/10 = 4.7; PC = 4,5,4,5,4,4,4,4,4,4 → sum 42 → 4.2.
    // Every SA and PC is ≥ 4 → joint = 10/10 = 1.0.
    const a = aggregate(
      zip(readFileSync(resolve(DATA, "videophy2/output_sa.csv"), "utf8"), readFileSync(resolve(DATA, "videophy2/output_pc.csv"), "utf8")),
    );
    expect(a.videos).toBe(10);
    expect(a.joint).toBe(1);
    expect(a.mean_sa).toBeCloseTo(4.7, 12);
    expect(a.mean_pc).toBeCloseTo(4.2, 12);
  });

  it("partial data: joint over videos with both scores, means over what each has, null when none", () => {
    // both: (5,4) only → joint 1/1; SA over 5 and 3 → 4; PC over 4 → 4
    const a = aggregate([{ sa: 5, pc: 4 }, { sa: 3 }, {}]);
    expect([a.videos, a.joint, a.mean_sa, a.sa_videos, a.mean_pc, a.pc_videos]).toEqual([1, 1, 4, 2, 4, 1]);
    const none = aggregate([{}, {}]);
    expect([none.joint, none.mean_sa, none.mean_pc]).toEqual([null, null, null]);
  });

  it("splits by is_hard, category and action", () => {
    const [v0, v1, v2, v3] = zip(SA, PC) as [Vp2Video, Vp2Video, Vp2Video, Vp2Video];
    const videos: Vp2Video[] = [
      { ...v0, isHard: true, category: "Sports", action: "throw" },
      { ...v1, isHard: true, category: "Objects", action: "tip" },
      { ...v2, isHard: false, category: "Sports", action: "wave" },
      { ...v3, isHard: false, category: "Sports", action: "run" },
    ];
    const s = summarize(videos);
    // hard: (5,4) pass, (3,5) fail → 1/2; SA (5+3)/2 = 4; PC (4+5)/2 = 4.5
    expect([s.hard?.joint, s.hard?.mean_sa, s.hard?.mean_pc, s.hard?.videos]).toEqual([0.5, 4, 4.5, 2]);
    // easy: (4,2) fail, (4,4) pass → 1/2; SA 4; PC (2+4)/2 = 3
    expect([s.easy?.joint, s.easy?.mean_sa, s.easy?.mean_pc, s.easy?.videos]).toEqual([0.5, 4, 3, 2]);
    // Sports: (5,4),(4,2),(4,4) → 2/3; Objects: (3,5) → 0
    expect(s.categories.map(([n, a]) => [n, a.joint])).toEqual([
      ["Objects", 0],
      ["Sports", 2 / 3],
    ]);
    expect(s.actions.map(([n]) => n)).toEqual(["run", "throw", "tip", "wave"]);
  });

  it("has no hard/easy split when no video knows is_hard", () => {
    const s = summarize([{ sa: 5, pc: 5 }]);
    expect(s.hard).toBeNull();
    expect(s.easy).toBeNull();
    expect(s.categories).toEqual([]);
  });
});
