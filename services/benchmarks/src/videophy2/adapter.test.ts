import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import type { ScoredItem } from "../adapter";
import { parseRunSpec, planContext, resolveAdapter, type RunSpec } from "../index";
import { videophy2Adapter, type Videophy2Options } from "./adapter";
import { parseAutoEvalOutput } from "./autoeval";

const DATA = resolve(__dirname, "../../../../../shared/data");
const PUBLIC = resolve(DATA, "videophy2/videophy2_test_prompts.csv");

const OFFICIAL_DIR = mkdtempSync(join(tmpdir(), "vp2-adapter-"));
writeFileSync(
  join(OFFICIAL_DIR, "official.csv"),
  [
    "id,caption,upsampled_caption,action,is_hard,category",
    '10,"A ball, thrown",Long ball,throwing ball,False,Sports and Physical Activities',
    "11,A cup tips over,Long cup,spilling,True,Object Interactions",
    "12,A kite rises,Long kite,kite flying,True,Sports and Physical Activities",
    "",
  ].join("\n"),
);

function setup(section: string, extra = ""): { spec: RunSpec; options: Videophy2Options; source: { name: string; baseDir: string } } {
  const source = { name: "t.yaml", baseDir: OFFICIAL_DIR };
  const yaml = `name: t\nbenchmark: videophy2\nseed: 7\n${extra}video: {frames: 17, fps: 8, width: 64, height: 48}\ngenerator: {backend: synthetic}\nvideophy2: ${section}\n`;
  const spec = parseRunSpec(yaml, source);
  const { options } = resolveAdapter(spec, source);
  return { spec, options: options as Videophy2Options, source };
}

async function plan(section: string, extra = "") {
  const { spec, options, source } = setup(section, extra);
  // The public CSV is named by its absolute path in the shared data folder.
  return videophy2Adapter.plan(spec, options, await planContext(source, { roots: [DATA], allowSpecFolder: true }));
}

async function codeOf(p: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await p;
  } catch (err) {
    return { code: (err as { code?: unknown }).code, message: (err as Error).message };
  }
  throw new Error("expected a rejection");
}

describe("videophy2 adapter: plan", () => {
  it("plans the public CSV by row index with the seed's names, seeds and labels", async () => {
    const items = await plan(`{prompts: ${PUBLIC}, limit: 3}`);
    expect(items.map((i) => i.itemKey)).toEqual(["0000", "0001", "0002"]);
    expect(items[1]?.outputPath).toBe("videos/0001_A_hunter_draws_a_bow,_aiming_at_a_three-dimensional_deer_target,_the_arrow_penet.mp4");
    expect(items[1]?.prompt).toBe("A hunter draws a bow, aiming at a three-dimensional deer target, the arrow penetrating the foam body.");
    expect(items[1]?.seed).toBe(deriveSeed(7, "0001", 0));
    expect(items[1]?.labels).toEqual({ id: "1" });
    expect(items[1]?.evalMetrics).toEqual(["sa", "pc"]);
    expect(items[1]?.evalParams).toEqual({ caption: items[1]?.prompt });
    expect(items[1]?.inputs).toEqual({});
  });

  it("is deterministic and gives every sample its own seed and folder", async () => {
    const a = await plan(`{prompts: ${PUBLIC}, limit: 2}`, "samples_per_prompt: 2\n");
    const b = await plan(`{prompts: ${PUBLIC}, limit: 2}`, "samples_per_prompt: 2\n");
    expect(a).toEqual(b);
    expect(a.map((i) => [i.itemKey, i.sampleIndex])).toEqual([
      ["0000", 0],
      ["0000", 1],
      ["0001", 0],
      ["0001", 1],
    ]);
    expect(a[1]?.outputPath.startsWith("videos/sample-1/0000_Arrows")).toBe(true);
    expect(a[0]?.seed).not.toBe(a[1]?.seed);
  });

  it("uses the id column and labels of the official form, and filters by hard_only, categories, actions", async () => {
    const all = await plan("{prompts: official.csv}");
    expect(all.map((i) => i.outputPath)).toEqual(["videos/0010_A_ball,_thrown.mp4", "videos/0011_A_cup_tips_over.mp4", "videos/0012_A_kite_rises.mp4"]);
    expect(all[1]?.labels).toEqual({ id: "11", category: "Object Interactions", action: "spilling", is_hard: "true" });
    expect((await plan("{prompts: official.csv, hard_only: true}")).map((i) => i.itemKey)).toEqual(["0011", "0012"]);
    expect((await plan("{prompts: official.csv, categories: [Sports and Physical Activities]}")).map((i) => i.itemKey)).toEqual(["0010", "0012"]);
    expect((await plan("{prompts: official.csv, hard_only: true, actions: [kite flying]}")).map((i) => i.itemKey)).toEqual(["0012"]);
    expect((await plan("{prompts: official.csv, limit: 1, hard_only: true}")).map((i) => i.itemKey)).toEqual(["0011"]);
  });

  it("gives the upsampled caption to the generator and keeps the caption for SA", async () => {
    const [item] = await plan("{prompts: official.csv, prompt_column: upsampled_caption, limit: 1}");
    expect(item?.prompt).toBe("Long ball");
    expect(item?.labels["caption"]).toBe("A ball, thrown");
    expect(item?.evalParams).toEqual({ caption: "A ball, thrown" });
    expect(item?.outputPath).toBe("videos/0010_A_ball,_thrown.mp4");
  });

  it("hard_only on a file without is_hard: SPEC_INVALID naming the file and the column", async () => {
    const e = await codeOf(plan(`{prompts: ${PUBLIC}, hard_only: true}`));
    expect(e.code).toBe(FleetErrorCode.SPEC_INVALID);
    expect(e.message).toContain(`${PUBLIC}: no "is_hard" column (it has caption, upsampled_caption); videophy2.hard_only: true needs it`);
    expect((await codeOf(plan(`{prompts: ${PUBLIC}, categories: [x]}`))).message).toContain('no "category" column');
    writeFileSync(join(OFFICIAL_DIR, "captions-only.csv"), "caption\nA\n");
    expect((await codeOf(plan("{prompts: captions-only.csv, prompt_column: upsampled_caption}"))).message).toContain(
      'no "upsampled_caption" column (it has caption); videophy2.prompt_column: upsampled_caption needs it',
    );
  });

  it("refuses unknown categories, empty selections, missing files and unknown keys", async () => {
    expect((await codeOf(plan("{prompts: official.csv, categories: [Nope]}"))).message).toMatch(
      /videophy2\.categories: "Nope" does not occur in .*official\.csv \(it has: Object Interactions, Sports and Physical Activities\)/,
    );
    expect((await codeOf(plan("{prompts: official.csv, hard_only: true, actions: [throwing ball]}"))).message).toMatch(/filters keep no row/);
    const missing = await codeOf(plan("{prompts: nope.csv}"));
    expect(missing.code).toBe(FleetErrorCode.SPEC_INVALID);
    expect(missing.message).toMatch(/nope\.csv: cannot read the VideoPhy-2 prompt CSV/);
    expect(() => setup("{prompts: official.csv, hardonly: true}")).toThrow(/videophy2/);
    expect(() => setup("{prompts: official.csv, prompt_column: text}")).toThrow(/videophy2\.prompt_column/);
  });
});

function scored(over: Partial<ScoredItem> & { itemKey: string }): ScoredItem {
  return { sampleIndex: 0, seed: 1, prompt: "p", state: "done", outputPath: "", labels: {}, scores: {}, ...over };
}

describe("videophy2 adapter: artifacts and table", () => {
  const { spec, options } = setup("{prompts: official.csv}", "evaluation: {backend: cpu-metrics, only: [], plus: [video_check]}\n");

  it("writes the AutoEval input CSV for committed videos, with the original caption", () => {
    const items = [
      scored({ itemKey: "0010", prompt: "Long ball", labels: { caption: "A ball, thrown" }, outputPath: "videos/0010_A_ball,_thrown.mp4" }),
      scored({ itemKey: "0011", prompt: "A cup tips over", outputPath: "" }),
      scored({ itemKey: "0012", prompt: 'Say "hi"', outputPath: "videos/0012_Say_hi.mp4" }),
    ];
    const arts = videophy2Adapter.artifacts?.(items, spec, options) ?? [];
    expect(arts.map((a) => a.path)).toEqual(["videophy2_autoeval_input.csv"]);
    expect(arts[0]?.content).toBe('caption,videopath\n"A ball, thrown","videos/0010_A_ball,_thrown.mp4"\n"Say ""hi""",videos/0012_Say_hi.mp4\n');
    // The AutoEval output of that file adds the index and score columns: our reader takes it back.
    const out = arts[0]?.content.split("\n").map((l, i) => (i === 0 ? `,${l},score` : l === "" ? l : `${i - 1},${l},4.0`)).join("\n") ?? "";
    expect(parseAutoEvalOutput(out, "o.csv").map((r) => r.caption)).toEqual(["A ball, thrown", 'Say "hi"']);
    expect(videophy2Adapter.artifacts?.([scored({ itemKey: "x" })], spec, options)).toEqual([]);
  });

  it("shows SA/PC as missing and says how to get them when only video_check ran", () => {
    const items = [scored({ itemKey: "0010", outputPath: "videos/a.mp4", scores: { frames_ok: 1 }, labels: { is_hard: "false" } })];
    const t = videophy2Adapter.table(items, spec, options);
    expect(t.rows[0]).toEqual(["all", 0, null, null, null]);
    expect(t.scores["joint"]).toBeNull();
    expect(t.notes[0]).toMatch(/no video has SA\/PC scores: the evaluator backend "cpu-metrics" did not compute sa and pc/);
    expect(t.notes[0]).toMatch(/framefleet score videophy2 --input <SA output CSV> --pc <PC output CSV> --prompts official\.csv/);
  });

  it("computes joint and the splits from item scores and labels", () => {
    const L = (h: string, c: string, a: string) => ({ is_hard: h, category: c, action: a });
    const items = [
      scored({ itemKey: "1", scores: { sa: 5, pc: 4 }, labels: L("true", "S", "x") }),
      scored({ itemKey: "2", scores: { sa: 3, pc: 5 }, labels: L("true", "O", "y") }),
      scored({ itemKey: "3", scores: { sa: 4, pc: 4 }, labels: L("false", "S", "x") }),
      scored({ itemKey: "4", state: "failed", labels: L("false", "S", "x") }),
    ];
    const t = videophy2Adapter.table(items, spec, options);
    // all: pass, fail, pass → 2/3; SA (5+3+4)/3 = 4; PC (4+5+4)/3 = 13/3
    expect(t.rows[0]).toEqual(["all", 3, 2 / 3, 4, 13 / 3]);
    // hard: (5,4) pass, (3,5) fail → 1/2 ; easy: (4,4) pass → 1/1
    expect(t.rows[1]).toEqual(["hard", 2, 0.5, 4, 4.5]);
    expect(t.rows[2]).toEqual(["easy", 1, 1, 4, 4]);
    expect(t.rows.map((r) => r[0])).toEqual(["all", "hard", "easy", "category: O", "category: S", "action: x", "action: y"]);
    expect(t.scores).toEqual({ joint: 2 / 3, mean_sa: 4, mean_pc: 13 / 3, joint_hard: 0.5, joint_easy: 1 });
    expect(t.notes.some((n) => n.includes("3 of 4 planned videos have both SA and PC scores"))).toBe(true);
  });

  it("notes that a prompt file without is_hard gives no hard/easy split", () => {
    const pub = setup(`{prompts: ${PUBLIC}}`);
    const t = videophy2Adapter.table([scored({ itemKey: "1", scores: { sa: 5, pc: 5 }, labels: { id: "1" } })], pub.spec, pub.options);
    expect(t.rows.map((r) => r[0])).toEqual(["all"]);
    expect(t.notes.some((n) => n.includes("has no is_hard column"))).toBe(true);
  });
});
