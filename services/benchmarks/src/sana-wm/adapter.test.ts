import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import type { PlannedItem, ScoredItem } from "../adapter";
import { DEFAULT_DATA_ROOT } from "../../../common/src/config/schema";
import { planContext, resolveAdapter } from "../index";
import { parseRunSpec, type RunSpec } from "../run-spec";
import { SANA_WM_EVAL_METRICS, sanaWmAdapter } from "./adapter";
import { sanaWmOptionsSchema, type SanaWmOptions } from "./options";
import { sanaWmScorer } from "./scorer";

const REPO = path.resolve(__dirname, "../../../..");
const RUNS = path.join(REPO, "examples/runs");
const MINI = path.join(REPO, "examples/data/sana_wm_mini");
const source = { name: "sana-wm-mini.yaml", baseDir: RUNS };
/** The example data is beside examples/runs, under the default data root (the examples folder). */
const EXAMPLE_ROOTS = { roots: [DEFAULT_DATA_ROOT], allowSpecFolder: true };

async function miniSpec(): Promise<RunSpec> {
  return parseRunSpec(await readFile(path.join(RUNS, "sana-wm-mini.yaml"), "utf8"), source);
}

async function planWith(over: Record<string, unknown> = {}, specOver: Partial<RunSpec> = {}): Promise<PlannedItem[]> {
  const spec = { ...(await miniSpec()), ...specOver };
  const options = sanaWmOptionsSchema.parse({ dataset: "../data/sana_wm_mini", ...over });
  // A dataset made in a temp folder is allowed as a configured data root would be.
  const extra = path.isAbsolute(options.dataset) ? [options.dataset] : [];
  return sanaWmAdapter.plan(spec, options, await planContext(source, { ...EXAMPLE_ROOTS, roots: [...EXAMPLE_ROOTS.roots, ...extra] }));
}

describe("sana-wm plan", () => {
  it("the example spec validates and plans 2 scenes × 2 splits in the official layout", async () => {
    const spec = await miniSpec();
    const { adapter, options } = resolveAdapter(spec, source);
    expect(adapter).toBe(sanaWmAdapter);
    const items = await sanaWmAdapter.plan(spec, options as SanaWmOptions, await planContext(source, EXAMPLE_ROOTS));
    expect(items.map((i) => [i.itemKey, i.outputPath])).toEqual([
      ["simple_60s/game_style_001", "simple_60s/game_style_001_generated.mp4"],
      ["simple_60s/indoor_001", "simple_60s/indoor_001_generated.mp4"],
      ["hard_60s/game_style_001", "hard_60s/game_style_001_generated.mp4"],
      ["hard_60s/indoor_001", "hard_60s/indoor_001_generated.mp4"],
    ]);
    const hardIndoor = items[3] as PlannedItem;
    expect(hardIndoor.inputs).toEqual({
      image: path.join(MINI, "images/indoor_001.png"),
      camera: path.join(MINI, "benchmark_v2_hard_60s/sanawm_export_v2/indoor_001.npz"),
    });
    expect(hardIndoor.labels).toEqual({ split: "hard_60s", scene_id: "indoor_001", category: "indoor" });
    expect(hardIndoor.evalInputs).toEqual({ trajectories: path.join(MINI, "benchmark_v2_hard_60s/scene_trajectories_v2.json") });
    expect(hardIndoor.evalParams).toEqual({ scene_id: "indoor_001", max_pairs: "5", ref_fps: "16", skip_first_frame: "false" });
    expect(hardIndoor.evalMetrics).toEqual(SANA_WM_EVAL_METRICS);
    expect(SANA_WM_EVAL_METRICS).toEqual([
      "subject_consistency",
      "background_consistency",
      "temporal_flickering",
      "motion_smoothness",
      "aesthetic_quality",
      "imaging_quality",
      "dynamic_degree",
      "overall_consistency",
      "temporal_style",
      "revisit_consistency",
      "camera_pose",
    ]);
    expect(hardIndoor.prompt).toMatch(/^A first-person walk through a quiet living room/);
    for (const it of items) {
      expect(it.seed).toBe(deriveSeed(42, it.itemKey, 0));
      expect(it.simulatedMs).toBeGreaterThanOrEqual(100);
      expect(it.simulatedMs).toBeLessThanOrEqual(300);
      expect(Object.values(it.inputs).every((f) => existsSync(f))).toBe(true);
    }
    // Same spec, same files → same items.
    expect(await sanaWmAdapter.plan(spec, options as SanaWmOptions, await planContext(source, EXAMPLE_ROOTS))).toEqual(items);
  });

  it("subsets: scenes, categories with splits, limit per split; fixed_seed; refiner", async () => {
    expect((await planWith({ scenes: ["indoor_001"] })).map((i) => i.itemKey)).toEqual(["simple_60s/indoor_001", "hard_60s/indoor_001"]);
    expect((await planWith({ categories: ["game_style"], splits: ["hard_60s"] })).map((i) => i.itemKey)).toEqual(["hard_60s/game_style_001"]);
    expect((await planWith({ limit: 1 })).map((i) => i.itemKey)).toEqual(["simple_60s/game_style_001", "hard_60s/game_style_001"]);
    expect((await planWith({ fixed_seed: true })).map((i) => i.seed)).toEqual([42, 42, 42, 42]);
    expect((await planWith({ refiner: true, max_pairs: 3 }))[0]?.evalParams).toMatchObject({ skip_first_frame: "true", max_pairs: "3" });
  });

  it("refuses unknown scenes and categories, naming the known ones", async () => {
    await expect(planWith({ scenes: ["indoor_001", "outdoor_009"] })).rejects.toThrow('sana-wm.scenes: "outdoor_009" not in the manifests of simple_60s, hard_60s');
    await expect(planWith({ categories: ["outdoor"] })).rejects.toThrow('sana-wm.categories: "outdoor" unknown (known: game_style, indoor)');
  });

  it("refuses several samples per scene, a missing dataset, and bad options", async () => {
    await expect(planWith({}, { samples_per_prompt: 2 })).rejects.toMatchObject({ code: FleetErrorCode.SPEC_INVALID, message: expect.stringMatching(/^samples_per_prompt: /) });
    await expect(planWith({ dataset: "../data/nowhere" })).rejects.toThrow(/sana-wm\.dataset: .*nowhere does not exist/);
    expect(sanaWmOptionsSchema.safeParse({ dataset: "x", splits: ["simple"] }).success).toBe(false);
    expect(sanaWmOptionsSchema.safeParse({ dataset: "x", splits: ["hard_60s", "hard_60s"] }).success).toBe(false);
    expect(sanaWmOptionsSchema.safeParse({ dataset: "x", sceens: ["a"] }).success).toBe(false);
  });

  it("names the manifest line whose camera file is missing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ff-sana-ds-"));
    try {
      const split = path.join(dir, "benchmark_v2_smooth_60s");
      await mkdir(path.join(split, "sanawm_export_v2"), { recursive: true });
      await mkdir(path.join(dir, "images"));
      await writeFile(path.join(dir, "images/indoor_001.png"), await readFile(path.join(MINI, "images/indoor_001.png")));
      await writeFile(path.join(split, "scene_trajectories_v2.json"), JSON.stringify({ scenes: [{ scene_id: "indoor_001", evaluation_pairs: [] }] }));
      await writeFile(
        path.join(split, "sanawm_export_v2/run_manifest.jsonl"),
        `${JSON.stringify({ id: "indoor_001", prompt: "p", camera_path: "benchmark_v2_smooth_60s/sanawm_export_v2/indoor_001.npz" })}\n`,
      );
      await expect(planWith({ dataset: dir, splits: ["simple_60s"] })).rejects.toThrow(/indoor_001\.npz: cannot read the camera trajectory/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** A scored item of the mini plan. */
function scored(split: string, scene: string, scores: Record<string, number>, state = "done"): ScoredItem {
  return {
    itemKey: `${split}/${scene}`,
    sampleIndex: 0,
    seed: 1,
    prompt: "p",
    state,
    outputPath: state === "done" ? `${split}/${scene}_generated.mp4` : "",
    labels: { split, scene_id: scene, category: scene.replace(/_\d+$/, "") },
    scores,
  };
}

describe("sana-wm table", () => {
  const options = sanaWmOptionsSchema.parse({ dataset: "../data/sana_wm_mini", method: "mini" });
  const items = [
    scored("simple_60s", "game_style_001", { revisit_psnr: 20, revisit_ssim: 0.5, revisit_pairs: 2, temporal_flickering: 0.9 }),
    scored("simple_60s", "indoor_001", { revisit_psnr: 26, revisit_ssim: 0.8, revisit_pairs: 1 }),
    scored("hard_60s", "game_style_001", { revisit_pairs: 0, camera_rot_err_deg: 2, camera_trans_err_rel: 0.1, camera_cammc_rel: 1 }),
    scored("hard_60s", "indoor_001", {}, "failed"),
  ];

  it("computes what was measured and leaves the rest null, with notes", async () => {
    const t = sanaWmAdapter.table(items, await miniSpec(), options);
    expect(t.columns).toEqual(["split", "videos", "VBench Overall", "RotErr (deg)", "TransErr", "CamMC", "Delta IQ", "Revisit PSNR", "Revisit SSIM", "Revisit LPIPS", "revisit pairs"]);
    // simple_60s: revisit pooled over 3 pairs: PSNR (20×2 + 26×1)/3 = 22, SSIM (0.5×2 + 0.8)/3 = 0.6.
    // VBench: only temporal_flickering (0.9 on one video): (0.9 − 0.6293)/0.3707 = 0.73024 → 0.7302 → 73.02.
    // hard_60s: one camera scene (means = its values); its only revisit scene had 0 pairs.
    expect(t.rows).toEqual([
      ["simple_60s", 2, 73.02, null, null, null, null, 22, 0.6, null, 3],
      ["hard_60s", 1, null, 2, 0.1, 1, null, null, null, null, 0],
    ]);
    expect(t.scores).toMatchObject({ simple_60s_vbench_overall: 73.02, simple_60s_revisit_psnr: 22, hard_60s_revisit_psnr: null, hard_60s_rot_err_deg: 2 });
    const notes = t.notes.join("\n");
    expect(notes).toContain("simple_60s: VBench Overall averages only 1 of the 7 quality dimensions");
    expect(notes).toContain("simple_60s: VBench temporal_flickering was scored on 1 of 2 videos");
    expect(notes).toContain("simple_60s: RotErr/TransErr/CamMC not measured");
    expect(notes).toContain("hard_60s: revisit PSNR/SSIM not measured");
    expect(notes).toContain("hard_60s: 1 evaluated scene(s) had no usable revisit pair");
    expect(notes).toContain("hard_60s: 1 of 2 scenes failed");
    expect(notes).toContain("Delta IQ not measured");
  });

  it("an empty run has no rows, and says nothing was measured", async () => {
    const t = sanaWmAdapter.table([], await miniSpec(), options);
    expect(t.rows).toEqual([]);
    expect(t.scores).toEqual({});
    expect(t.notes).toContain("no scene of simple_60s, hard_60s has been planned or scored in this run");
  });

  it("the run folder's files make `framefleet score sana-wm` print the same table", async () => {
    const spec = await miniSpec();
    const withRefiner = { ...options, refiner: true };
    const files = sanaWmAdapter.artifacts?.(items, spec, withRefiner) ?? [];
    expect(files.map((f) => f.path).sort()).toEqual([
      "eval/hard_60s/revisit_consistency.json",
      "eval/hard_60s/summary.json",
      "eval/simple_60s/eval_temporal_flickering_eval_results.json",
      "eval/simple_60s/revisit_consistency.json",
      "eval/simple_60s/summary.json",
      "eval/simple_60s/vbench_scores.json",
      "hard_60s/eval_poses.json",
      "method_info.json",
    ]);
    const info = JSON.parse(files.find((f) => f.path === "method_info.json")?.content ?? "{}") as Record<string, unknown>;
    expect(info).toEqual({ model: "mini", fps: 16, resolution: "64x48", num_frames: 33, refiner: true });
    const plain = sanaWmAdapter.artifacts?.(items, spec, options) ?? [];
    expect(JSON.parse(plain.find((f) => f.path === "method_info.json")?.content ?? "{}")).not.toHaveProperty("refiner");

    const dir = await mkdtemp(path.join(tmpdir(), "ff-sana-run-"));
    try {
      for (const f of files) {
        await mkdir(path.dirname(path.join(dir, f.path)), { recursive: true });
        await writeFile(path.join(dir, f.path), f.content);
      }
      for (const it of items.filter((i) => i.outputPath !== "")) {
        await mkdir(path.dirname(path.join(dir, it.outputPath)), { recursive: true });
        await writeFile(path.join(dir, it.outputPath), "");
      }
      const fleet = sanaWmAdapter.table(items, spec, withRefiner);
      const { table, json } = await sanaWmScorer.score({ input: dir });
      expect(table.rows).toEqual(fleet.rows);
      expect(table.scores).toEqual(fleet.scores);
      expect(json).toMatchObject({ method: "mini", splits: { simple_60s: { revisit_pairs: 3, revisit_psnr: 22, vbench_overall: 73.02 } } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
