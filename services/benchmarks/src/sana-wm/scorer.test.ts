import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { sanaWmScorer } from "./scorer";

/** Writes files (path → text) under a fresh temp folder. */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "ff-sana-score-"));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return dir;
}

const j = (v: unknown): string => JSON.stringify(v, null, 2);

describe("framefleet score sana-wm", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
  const make = async (files: Record<string, string>): Promise<string> => {
    const d = await folder(files);
    dirs.push(d);
    return d;
  };

  it("reads a result folder as aggregate_results.py does", async () => {
    const dir = await make({
      "method_info.json": j({ model: "sana_wm_refined", refiner: "ltx2" }),
      "simple_60s/game_style_001_generated.mp4": "",
      "simple_60s/indoor_001_generated.mp4": "",
      "simple_60s/indoor_001_combined.mp4": "",
      // One legacy entry without unit (0.1 ≤ π → radians → 5.7296°) and one in degrees.
      "simple_60s/eval_poses.json": j({
        game_style_001: { RotErr: 0.1, TransErr_rel: 0.2, CamMC_rel: 1, scene_type: "game_style" },
        indoor_001: { RotErr: 3, RotErr_unit: "deg", TransErr_rel: 0.4, CamMC_rel: 3 },
      }),
      "eval/simple_60s/summary.json": j({ method: "sana_wm_refined", vbench: { quality_score: 0.7955, semantic_score: 0.3, total_score: 0.6964, n_dimensions: 9 } }),
      "eval/simple_60s/revisit_consistency.json": j({
        summary: { overall_mean_psnr: 18.52, overall_mean_ssim: 0.5123, overall_mean_lpips: 0.3211, n_scenes_evaluated: 2, n_total_pairs: 10, per_category: { indoor: { mean_psnr: 18.5, mean_ssim: 0.51, n_scenes: 1 } } },
        per_scene: {},
      }),
      "eval/simple_60s/temporal_degradation.json": j({ windows: {}, trend: { imaging_quality: { first_window: 0.7, last_window: 0.6877, degradation: 0.0123 } } }),
      // hard_60s: only VBench's raw files (recomputed) and a revisit block in summary.json with NaN lpips.
      "eval/hard_60s/eval_subject_consistency_eval_results.json": j({ subject_consistency: [0.9, [{ video_path: "a", video_results: 0.9 }]] }),
      "eval/hard_60s/eval_imaging_quality_eval_results.json": j({ imaging_quality: [0.6, [{ video_path: "a", video_results: 0.6 }]] }),
      "eval/hard_60s/summary.json": '{"n_videos": 80, "revisit": {"overall_mean_psnr": 15.5, "overall_mean_ssim": 0.45, "overall_mean_lpips": NaN, "n_total_pairs": 400}}',
    });
    const { table, json } = await sanaWmScorer.score({ input: dir });
    expect(table.title).toBe("SANA-WM-Bench: sana_wm_refined");
    // simple: VBench 0.7955 × 100 = 79.55; RotErr (5.729578 + 3)/2 = 4.3648 → 4.36; TransErr (0.2 + 0.4)/2 = 0.3; CamMC (1 + 3)/2 = 2.
    // hard: quality = ((0.9 − 0.1462)/0.8538 + 0.6)/2 = (0.882877 + 0.6)/2 = 0.741438 → 0.7414 → 74.14; 80 videos from summary.json.
    expect(table.rows).toEqual([
      ["simple_60s", 2, 79.55, 4.36, 0.3, 2, 0.0123, 18.52, 0.5123, 0.3211, 10],
      ["hard_60s", 80, 74.14, null, null, null, null, 15.5, 0.45, null, 400],
    ]);
    expect(table.notes.join("\n")).toContain("hard_60s: VBench recomputed from the raw eval_*_eval_results.json files");
    expect(table.notes.join("\n")).toContain("hard_60s: VBench Overall averages only 2 of the 7 quality dimensions");
    expect(json).toMatchObject({
      method: "sana_wm_refined",
      method_info: { refiner: "ltx2" },
      splits: {
        simple_60s: { videos: 2, vbench_overall: 79.55, vbench_quality_score: 0.7955, delta_iq: 0.0123, camera_scenes: 2, revisit_per_category: { indoor: { n_scenes: 1 } } },
        hard_60s: { revisit_lpips: null, rot_err_deg: null },
      },
    });
    expect((json["splits"] as Record<string, { rot_err_deg: number }>)["simple_60s"]?.rot_err_deg).toBeCloseTo(4.3647889756541165, 12);
  });

  it("0 revisit pairs and no quality dimension are not measurements", async () => {
    const dir = await make({
      "eval/simple_60s/revisit_consistency.json": j({ summary: { overall_mean_psnr: 0.0, overall_mean_ssim: 0.0, n_total_pairs: 0 } }),
      "eval/simple_60s/vbench_scores.json": j({ raw_scores: { temporal_style: 0.2 }, quality_score: 0.0, total_score: 0.04 }),
    });
    const { table } = await sanaWmScorer.score({ input: dir });
    expect(table.rows).toEqual([["simple_60s", 0, null, null, null, null, null, null, null, null, 0]]);
    expect(table.notes.join("\n")).toContain("reports 0 revisit pairs; PSNR/SSIM shown as not measured");
  });

  it("refuses what is not a result folder, and bad files, naming file and field", async () => {
    await expect(sanaWmScorer.score({ input: "/nonexistent/results/m" })).rejects.toMatchObject({ code: FleetErrorCode.INVALID_INPUT });
    const empty = await make({ "notes.txt": "" });
    await expect(sanaWmScorer.score({ input: empty })).rejects.toThrow(/has neither simple_60s\/ nor hard_60s\/ nor eval\/<split>\//);
    const badJson = await make({ "eval/simple_60s/summary.json": "{oops" });
    await expect(sanaWmScorer.score({ input: badJson })).rejects.toThrow(`${path.join(badJson, "eval/simple_60s/summary.json")}: not valid JSON`);
    const badPose = await make({ "hard_60s/eval_poses.json": j({ indoor_001: { RotErr: 3 } }) });
    await expect(sanaWmScorer.score({ input: badPose })).rejects.toThrow('eval_poses.json: scene "indoor_001" needs numbers RotErr, TransErr_rel and CamMC_rel');
    const badField = await make({ "eval/simple_60s/summary.json": j({ vbench: { quality_score: "high" } }) });
    await expect(sanaWmScorer.score({ input: badField })).rejects.toThrow('summary.json: field "vbench.quality_score" must be a number, got "high"');
  });
});
