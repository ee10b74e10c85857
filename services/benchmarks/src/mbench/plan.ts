/**
 * Planning an MBench run: one item per (subset, sample, condition) of the dataset, keyed by
 * MBench's own item id `<subset>:<sample_id>:<condition_id>`, written where MBench reads it:
 * `models/<model_id>/outputs/<subset>/<sample_id>/<condition_id>/video.mp4` (relative to the run
 * folder, which then plays the part of the dataset root's `models/` side).
 */
import { z } from "zod";
import { FleetError, FleetErrorCode, ValidationError } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import { safeRelativePath, sanitizeComponent } from "../../../common/src/paths";
import type { PlannedItem } from "../adapter";
import type { RunSpec } from "../run-spec";
import type { SpecFiles } from "../spec-files";
import { T_CONDITION, parseCondition } from "./condition";
import { listSampleIds, readMBenchDataset, readMBenchSample, type MBenchDataset, type MBenchSample } from "./dataset";
import { metricsForSubset } from "./dimensions";
import { simulatedMsFor } from "../simulated-time";

/** A name that becomes a folder of MBench's layout must pass sanitizeComponent unchanged, or MBench would not find the video. */
const folderName = (what: string) =>
  z
    .string()
    .min(1, "must not be empty")
    .refine((v) => sanitizeComponent(v) === v, {
      message: `must be usable unchanged as a folder name (letters, digits, space and , . _ ' ( ) + - ; ! & = @ # % ~ [ ] { }; no leading dot), since MBench finds the video by its ${what}`,
    });

export const mbenchOptionsSchema = z
  .object({
    /** The MBench-A-Setup / MBench-T-Setup folder (with dataset.yaml), relative to the spec's folder. */
    dataset: z.string().min(1, "must not be empty"),
    /** The `models/<model_id>/` folder the videos go to. */
    model_id: folderName("model_id"),
    subsets: z.array(z.string().min(1)).min(1, "list at least one subset, or leave the field out for all").optional(),
    /** MBench-A: `{action}_{length}` ids such as left_then_right_25s; MBench-T: only `text`. */
    conditions: z.array(folderName("condition_id")).min(1, "list at least one condition, or leave the field out").optional(),
    sample_ids: z.array(z.string().min(1)).min(1, "list at least one sample id, or leave the field out for all").optional(),
    /** At most this many items (sample × condition), in plan order. */
    limit: z.number().int().min(1).optional(),
  })
  .strict();

export type MBenchOptions = z.output<typeof mbenchOptionsSchema>;

export async function planMBench(spec: RunSpec, options: MBenchOptions, files: SpecFiles): Promise<PlannedItem[]> {
  if (spec.samples_per_prompt !== 1) {
    throw new FleetError(
      FleetErrorCode.SPEC_INVALID,
      `samples_per_prompt: ${spec.samples_per_prompt}: MBench's layout holds one video per (subset, sample, condition) of a model; set samples_per_prompt: 1 (more rollouts: another run with another mbench.model_id)`,
    );
  }
  const dataset = await readMBenchDataset(await files.path("mbench.dataset", options.dataset), files);
  const issues: string[] = [];
  const subsets = selectSubsets(dataset, options, issues);
  const fail = () => new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec mbench section (dataset ${dataset.file})`, [...new Set(issues)]);
  const listed = new Map<string, string[]>();
  for (const subset of subsets) listed.set(subset, await listSampleIds(dataset, subset));
  const allIds = new Set([...listed.values()].flat());
  for (const id of options.sample_ids ?? []) {
    if (!allIds.has(id)) issues.push(`mbench.sample_ids: "${id}" is not a sample folder under samples/{${subsets.join(",")}}/ of ${dataset.root}`);
  }
  checkSpecConditions(dataset, options, issues);
  if (issues.length > 0) throw fail();

  const wanted = options.sample_ids ? new Set(options.sample_ids) : undefined;
  const items: PlannedItem[] = [];
  const used = new Set<string>();
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  outer: for (const subset of subsets) {
    for (const sampleId of listed.get(subset) ?? []) {
      if (wanted && !wanted.has(sampleId)) continue;
      if (sanitizeComponent(sampleId) !== sampleId) {
        issues.push(`${dataset.root}/samples/${subset}/${sampleId}: the folder name would change in the output path (${sanitizeComponent(sampleId)}); rename the sample`);
        continue;
      }
      const read = await readMBenchSample(dataset, subset, sampleId);
      issues.push(...read.issues);
      if (!read.sample || read.issues.length > 0) continue;
      for (const condition of conditionsOf(dataset, read.sample, options, issues)) {
        used.add(condition);
        const itemKey = `${subset}:${sampleId}:${condition}`;
        const seed = deriveSeed(spec.seed, itemKey, 0);
        items.push({
          itemKey,
          sampleIndex: 0,
          seed,
          prompt: promptOf(read.sample),
          outputPath: safeRelativePath("models", options.model_id, "outputs", subset, sampleId, condition, "video.mp4"),
          inputs: read.sample.referenceImage ? { image: read.sample.referenceImage } : {},
          params: paramsOf(dataset, read.sample, condition),
          labels: { subset, sample_id: sampleId, condition_id: condition, setting: dataset.setting },
          simulatedMs: simulatedMsFor(spec, seed),
          evalMetrics: metricsForSubset(dataset.setting, subset),
          // MBench's metrics read the sample's metadata (object card, caption segments …) and its reference.
          evalInputs: { sample_json: read.sample.file, ...(read.sample.referenceImage ? { image: read.sample.referenceImage } : {}) },
        });
        if (items.length >= limit) break outer;
      }
    }
  }
  if (items.length < limit) {
    for (const c of options.conditions ?? []) {
      if (!used.has(c)) issues.push(`mbench.conditions: "${c}" is not among the conditions the selected samples name; remove it or add it to their "conditions"`);
    }
  }
  if (issues.length > 0) throw fail();
  return items;
}

function selectSubsets(dataset: MBenchDataset, options: MBenchOptions, issues: string[]): string[] {
  for (const s of options.subsets ?? []) {
    if (!dataset.subsets.includes(s)) issues.push(`mbench.subsets: "${s}" is not a subset of ${dataset.file} (it has: ${dataset.subsets.join(", ") || "none"})`);
  }
  // Dataset order, so the plan does not depend on how the spec lists them.
  const selected = dataset.subsets.filter((s) => !options.subsets || options.subsets.includes(s));
  // A subset name that is not a plain folder name is reported and never used as a path, not even to list it.
  const unsafe = selected.filter((s) => sanitizeComponent(s) !== s);
  for (const s of unsafe) issues.push(`${dataset.file}: subsets: "${s}" would change in the output path (${sanitizeComponent(s)}); rename the subset`);
  return selected.filter((s) => !unsafe.includes(s));
}

function checkSpecConditions(dataset: MBenchDataset, options: MBenchOptions, issues: string[]): void {
  for (const c of options.conditions ?? []) {
    if (!dataset.conditionPattern) {
      if (c !== T_CONDITION) issues.push(`mbench.conditions: "${c}": an MBench-T dataset (dataset_id mbencht) has the one condition "text"; remove mbench.conditions`);
    } else if (!parseCondition(dataset.conditionPattern, c)) {
      issues.push(`mbench.conditions: "${c}" does not match the dataset's condition_id.pattern "${dataset.conditionPattern.text}" (e.g. left_then_right_25s)`);
    }
  }
}

/** The sample's own list, else the dataset's, filtered by the spec's; the spec's alone when neither names any. */
function conditionsOf(dataset: MBenchDataset, sample: MBenchSample, options: MBenchOptions, issues: string[]): string[] {
  if (!dataset.conditionPattern) return [T_CONDITION];
  const declared = sample.conditions ?? dataset.conditions;
  const pattern = dataset.conditionPattern;
  const bad = (declared ?? []).filter((c) => !parseCondition(pattern, c) || sanitizeComponent(c) !== c);
  if (bad.length > 0) {
    const where = sample.conditions ? `${sample.file}: conditions` : `${dataset.file}: conditions`;
    issues.push(`${where}: ${bad.map((c) => `"${c}"`).join(", ")} must match "${pattern.text}" and be usable unchanged as folder names`);
    return [];
  }
  if (declared && options.conditions) return options.conditions.filter((c) => declared.includes(c));
  if (declared) return [...declared];
  if (options.conditions) return [...options.conditions];
  issues.push(
    `mbench.conditions: missing; MBench-A needs condition ids ("${pattern.text}", e.g. left_then_right_25s) and neither ${dataset.file} nor the samples' sample.json name any; list them in mbench.conditions`,
  );
  return [];
}

/** The text a plain text-to-video backend gets: the caption, else the segments in order, else the annotated action. */
function promptOf(sample: MBenchSample): string {
  return sample.caption ?? sample.captionSegments?.join(" ") ?? sample.annotationAction ?? "";
}

function paramsOf(dataset: MBenchDataset, sample: MBenchSample, condition: string): Record<string, string> {
  const parts = dataset.conditionPattern ? (parseCondition(dataset.conditionPattern, condition) ?? {}) : {};
  const params: Record<string, string> = { condition_id: condition, ...parts };
  if (sample.caption !== undefined) params.caption = sample.caption;
  if (sample.captionSegments !== undefined) params.caption_segments = JSON.stringify(sample.captionSegments);
  if (sample.annotationAction !== undefined) params.annotation_action = sample.annotationAction;
  return params;
}
