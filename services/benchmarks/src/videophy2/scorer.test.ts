import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { scorerFor } from "../index";
import { videophy2Scorer } from "./scorer";

const DATA = resolve(__dirname, "../../../../../shared/data");
const dir = mkdtempSync(join(tmpdir(), "vp2-score-"));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const SA = file(
  "sa.csv",
  `,caption,videopath,score
0,"A ball, thrown","videos/0000_A_ball,_thrown.mp4",5.0
1,A cup tips over,videos/0001_A_cup_tips_over.mp4,3.0
2,"Say ""hi"", then wave","videos/0002_Say_hi,_then_wave.mp4",4.0
3,A dog runs,videos/0003_A_dog_runs.mp4,4.0
`,
);
// Same videos in another order: the join is by videopath, not by position.
const PC = file(
  "pc.csv",
  `,caption,videopath,score
0,A dog runs,videos/0003_A_dog_runs.mp4,4.0
1,"Say ""hi"", then wave","videos/0002_Say_hi,_then_wave.mp4",2.0
2,A cup tips over,videos/0001_A_cup_tips_over.mp4,5.0
3,"A ball, thrown","videos/0000_A_ball,_thrown.mp4",4.0
`,
);
const PROMPTS = file(
  "prompts.csv",
  `caption,upsampled_caption,action,is_hard,category
"A ball, thrown",x,throwing,True,Sports
A cup tips over,x,tipping,True,Objects
"Say ""hi"", then wave",x,waving,False,Sports
A dog runs,x,running,False,Sports
`,
);

async function failure(p: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await p;
  } catch (err) {
    return { code: (err as { code?: unknown }).code, message: (err as Error).message };
  }
  throw new Error("expected a rejection");
}

describe("framefleet score videophy2", () => {
  it("is registered", () => {
    expect(scorerFor("videophy2")).toBe(videophy2Scorer);
  });

  it("joins SA and PC by videopath and the prompts by caption", async () => {
    const { json, table } = await videophy2Scorer.score({ input: SA, extra: { pc: PC, prompts: PROMPTS } });
    // (SA,PC): ball (5,4) pass, cup (3,5) fail, hi (4,2) fail, dog (4,4) pass → joint 2/4
    // mean SA (5+3+4+4)/4 = 4 ; mean PC (4+5+2+4)/4 = 3.75
    // hard = ball, cup → 1/2, SA 4, PC 4.5 ; easy = hi, dog → 1/2, SA 4, PC 3
    expect(json).toEqual({
      joint: 0.5,
      mean_sa: 4,
      mean_pc: 3.75,
      videos: 4,
      hard: { joint: 0.5, mean_sa: 4, mean_pc: 4.5, videos: 2 },
      easy: { joint: 0.5, mean_sa: 4, mean_pc: 3, videos: 2 },
      // Sports: ball pass, hi fail, dog pass → 2/3; SA (5+4+4)/3 = 13/3; PC (4+2+4)/3 = 10/3
      categories: {
        Objects: { joint: 0, mean_sa: 3, mean_pc: 5, videos: 1 },
        Sports: { joint: 2 / 3, mean_sa: 13 / 3, mean_pc: 10 / 3, videos: 3 },
      },
      actions: expect.objectContaining({ throwing: { joint: 1, mean_sa: 5, mean_pc: 4, videos: 1 } }),
    });
    expect(table.rows[0]).toEqual(["all", 4, 0.5, 4, 3.75]);
    expect(table.scores["joint_hard"]).toBe(0.5);
  });

  it("scores the real AutoEval outputs: joint 1.0, mean SA 4.7, mean PC 4.2; no split without is_hard", async () => {
    const { json, table } = await videophy2Scorer.score({
      input: resolve(DATA, "videophy2/output_sa.csv"),
      extra: { pc: resolve(DATA, "videophy2/output_pc.csv"), prompts: resolve(DATA, "videophy2/videophy2_test_prompts.csv") },
    });
    // SA sum 47/10 = 4.7, PC sum 42/10 = 4.2, all ≥ 4 → 10/10
    expect(json["joint"]).toBe(1);
    expect(json["mean_sa"]).toBeCloseTo(4.7, 12);
    expect(json["mean_pc"]).toBeCloseTo(4.2, 12);
    expect(json["videos"]).toBe(10);
    expect(json["hard"]).toBeNull();
    expect(json["easy"]).toBeNull();
    expect(table.notes.some((n) => n.includes("has no is_hard, category, action columns"))).toBe(true);
  });

  it("without --prompts gives the overall numbers and says what the splits need", async () => {
    const { json, table } = await videophy2Scorer.score({ input: SA, extra: { pc: PC } });
    expect(json["joint"]).toBe(0.5);
    expect(json["hard"]).toBeNull();
    expect(table.notes.some((n) => n.includes("need --prompts"))).toBe(true);
  });

  it("refuses SA and PC files that score different videos, naming both files", async () => {
    const short = file("pc-short.csv", ",caption,videopath,score\n0,A dog runs,videos/0003_A_dog_runs.mp4,4.0\n");
    const e = await failure(videophy2Scorer.score({ input: SA, extra: { pc: short } }));
    expect(e.code).toBe(FleetErrorCode.INVALID_INPUT);
    expect(e.message).toContain(`3 video(s) in ${SA} are not in ${short}, e.g. line 2`);
  });

  it("refuses a caption that is not in --prompts, naming the line", async () => {
    const p = file("p2.csv", "caption,is_hard\nA dog runs,False\n");
    const e = await failure(videophy2Scorer.score({ input: SA, extra: { pc: PC, prompts: p } }));
    expect(e.code).toBe(FleetErrorCode.INVALID_INPUT);
    expect(e.message).toContain(`${SA}: line 2: caption "A ball, thrown" is not in the caption column of --prompts ${p}`);
  });

  it("refuses ambiguous prompt rows, differing captions and a missing --pc", async () => {
    const amb = file("amb.csv", "caption,is_hard\nA dog runs,False\nA dog runs,True\n");
    expect((await failure(videophy2Scorer.score({ input: SA, extra: { pc: PC, prompts: amb } }))).message).toMatch(/lines 2 and 3 have the same caption/);
    const other = file("pc-other.csv", PC_TEXT_WITH_OTHER_CAPTION);
    expect((await failure(videophy2Scorer.score({ input: SA, extra: { pc: other } }))).message).toMatch(/give different captions for videos\/0003_A_dog_runs\.mp4/);
    expect((await failure(videophy2Scorer.score({ input: SA }))).message).toMatch(/--pc is missing/);
  });
});

const PC_TEXT_WITH_OTHER_CAPTION = `,caption,videopath,score
0,A cat runs,videos/0003_A_dog_runs.mp4,4.0
1,"Say ""hi"", then wave","videos/0002_Say_hi,_then_wave.mp4",2.0
2,A cup tips over,videos/0001_A_cup_tips_over.mp4,5.0
3,"A ball, thrown","videos/0000_A_ball,_thrown.mp4",4.0
`;
