/**
 * `sana-wm`: SANA-WM-Bench (80 scenes × 2 splits of 60 s camera trajectories, image + prompt +
 * camera path in, one video per scene out). Plans from the dataset's own files, writes videos in
 * the official result layout (`<split>/<scene_id>_generated.mp4`, the run folder standing for
 * `results/<method>/`) and computes the official table. docs/benchmarks/sana-wm.md.
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import { safeRelativePath, sanitizeComponent } from "../../../common/src/paths";
import type { BenchmarkAdapter, BenchmarkTable, PlanContext, PlannedItem, ScoredItem } from "../adapter";
import type { RunSpec } from "../run-spec";
import type { SpecFiles } from "../spec-files";
import { CAMERA_METRIC, REVISIT_METRIC, SANA_WM_VBENCH_DIMS } from "./formula";
import { coverageNotes, fleetSplit, fleetSummary, sanaWmArtifacts } from "./fleet";
import { datasetPath, readCameraNpz, readRunManifest, type ManifestRow } from "./manifest";
import { SANA_WM_SPLITS, sanaWmOptionsSchema, type SanaWmOptions, type SanaWmSplit } from "./options";
import { simulatedMsFor } from "../simulated-time";
import { sanaWmTable } from "./table";
import { REF_FPS, readSceneTrajectories, sceneCategory } from "./trajectories";

const SPEC = FleetErrorCode.SPEC_INVALID;

/** Metrics every SANA-WM video is evaluated on (narrow with evaluation.only). */
export const SANA_WM_EVAL_METRICS: readonly string[] = [...SANA_WM_VBENCH_DIMS, REVISIT_METRIC, CAMERA_METRIC];

/** A manifest row chosen for the run, with its split's files. */
interface Chosen {
  readonly split: SanaWmSplit;
  readonly row: ManifestRow;
  readonly manifest: string;
  readonly trajectories: string;
}

async function mustExist(file: string, what: string): Promise<void> {
  try {
    await access(file);
  } catch {
    throw new FleetError(SPEC, `${what}: ${file} does not exist; check sana-wm.dataset`);
  }
}

/** The selected scenes of every split, in spec split order then manifest order. */
async function choose(root: string, options: SanaWmOptions, files: SpecFiles): Promise<Chosen[]> {
  const chosen: Chosen[] = [];
  const seenScenes = new Set<string>();
  const seenCategories = new Set<string>();
  for (const split of options.splits) {
    const splitDir = join(root, SANA_WM_SPLITS[split]);
    // Inside the dataset, but a link there may lead anywhere: each file is checked on its own.
    const manifest = await files.within(`sana-wm.dataset (split ${split}) run manifest`, join(splitDir, "sanawm_export_v2", "run_manifest.jsonl"), root);
    const trajectories = await files.within(`sana-wm.dataset (split ${split}) scene trajectories`, join(splitDir, "scene_trajectories_v2.json"), root);
    const rows = await readRunManifest(manifest, SPEC);
    const scenes = new Set((await readSceneTrajectories(trajectories, SPEC)).map((s) => s.scene_id));
    let kept = 0;
    for (const row of rows) {
      seenScenes.add(row.id);
      seenCategories.add(sceneCategory(row.id));
      if (options.scenes && !options.scenes.includes(row.id)) continue;
      if (options.categories && !options.categories.includes(sceneCategory(row.id))) continue;
      if (options.limit !== undefined && kept >= options.limit) continue;
      if (!scenes.has(row.id)) {
        throw new FleetError(SPEC, `${manifest}:${row.line}: scene "${row.id}" has no entry in ${trajectories}; the split's files do not belong together`);
      }
      chosen.push({ split, row, manifest, trajectories });
      kept += 1;
    }
  }
  const problems: string[] = [];
  const unknownScenes = (options.scenes ?? []).filter((s) => !seenScenes.has(s));
  if (unknownScenes.length > 0) problems.push(`sana-wm.scenes: ${unknownScenes.map((s) => `"${s}"`).join(", ")} not in the manifests of ${options.splits.join(", ")}`);
  const unknownCats = (options.categories ?? []).filter((c) => !seenCategories.has(c));
  if (unknownCats.length > 0) {
    problems.push(`sana-wm.categories: ${unknownCats.map((c) => `"${c}"`).join(", ")} unknown (known: ${[...seenCategories].sort().join(", ")})`);
  }
  if (problems.length > 0) throw new FleetError(SPEC, problems.join("; "));
  return chosen;
}

export const sanaWmAdapter: BenchmarkAdapter<SanaWmOptions> = {
  name: "sana-wm",
  optionsSchema: sanaWmOptionsSchema,

  async plan(spec: RunSpec, options: SanaWmOptions, ctx: PlanContext): Promise<PlannedItem[]> {
    if (spec.samples_per_prompt !== 1) {
      throw new FleetError(
        SPEC,
        `samples_per_prompt: SANA-WM-Bench scores one video per scene (<split>/<scene_id>_generated.mp4); set it to 1 and make one run per seed`,
      );
    }
    const root = await ctx.files.path("sana-wm.dataset", options.dataset);
    await mustExist(root, "sana-wm.dataset");
    const chosen = await choose(root, options, ctx.files);
    const items: PlannedItem[] = [];
    for (const c of chosen) {
      const where = `${c.manifest}:${c.row.line}`;
      const file = `${c.row.id}_generated.mp4`;
      // SANA-WM's evaluators look for exactly <scene_id>_generated.mp4, so a renamed file would be lost.
      if (sanitizeComponent(file) !== file) throw new FleetError(SPEC, `${where}: scene id "${c.row.id}" has characters not allowed in file names`);
      // Relative paths must stay in the dataset; absolute ones (allowed by the official scripts)
      // and links must still lead into the data roots; the image must be an image and the
      // camera file a readable .npz with c2w and intrinsics, before any GPU is spent.
      const image = (await ctx.files.image(`${where} image_path`, datasetPath(root, c.row.image_path, `${where} image_path`, SPEC))).path;
      const camera = await ctx.files.within(`${where} camera_path`, datasetPath(root, c.row.camera_path, `${where} camera_path`, SPEC), root);
      await readCameraNpz(camera, SPEC);
      const itemKey = `${c.split}/${c.row.id}`;
      const seed = options.fixed_seed ? spec.seed : deriveSeed(spec.seed, itemKey, 0);
      items.push({
        itemKey,
        sampleIndex: 0,
        seed,
        prompt: c.row.prompt,
        outputPath: safeRelativePath(c.split, file),
        inputs: { image, camera },
        labels: { split: c.split, scene_id: c.row.id, category: sceneCategory(c.row.id) },
        simulatedMs: simulatedMsFor(spec, seed),
        evalMetrics: [...SANA_WM_EVAL_METRICS],
        evalInputs: { trajectories: c.trajectories },
        evalParams: {
          scene_id: c.row.id,
          max_pairs: String(options.max_pairs),
          ref_fps: String(REF_FPS),
          skip_first_frame: String(options.refiner),
        },
      });
    }
    return items;
  },

  artifacts(items: readonly ScoredItem[], spec: RunSpec, options: SanaWmOptions) {
    return sanaWmArtifacts(items, spec, options);
  },

  table(items: readonly ScoredItem[], spec: RunSpec, options: SanaWmOptions): BenchmarkTable {
    const splits = options.splits.map((s) => fleetSplit(s, items)).filter((s) => s.items.length > 0);
    return sanaWmTable(
      `SANA-WM-Bench: ${options.method ?? spec.name}`,
      splits.map(fleetSummary),
      splits.length === 0 ? [`no scene of ${options.splits.join(", ")} has been planned or scored in this run`] : splits.flatMap(coverageNotes),
    );
  },
};
