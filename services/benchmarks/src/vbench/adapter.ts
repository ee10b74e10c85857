/**
 * `vbench`: VBench 1.0 from its own prompt suite (standard mode) or from the user's prompts
 * (custom_input mode), with one item per (folder, prompt) and one video per VBench index, named
 * and placed where VBench's evaluator looks (layout.ts). The table and the eval-results files it
 * writes use the official formulas (formula.ts, table.ts).
 */
import { z } from "zod";
import { readPromptLines } from "../formats/prompt-lines";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import type { BenchmarkAdapter, BenchmarkTable, PlanContext, PlannedItem, RunArtifact, ScoredItem } from "../adapter";
import type { RunSpec } from "../run-spec";
import { VBENCH_DIMENSIONS, isVBenchDimension, type VBenchDimension } from "./formula";
import {
  VBENCH_CUSTOM_DIMENSIONS,
  customVideoPath,
  evalResultsPath,
  folderOfRow,
  promptNameProblem,
  readDimensionToFolder,
  readFullInfo,
  standardVideoPath,
} from "./layout";
import { vbenchEvalResultsJson } from "./results";
import { dimensionVideos, vbenchItemsTable } from "./table";
import { simulatedMsFor } from "../simulated-time";

const dimensionName = z.string().superRefine((v, ctx) => {
  if (isVBenchDimension(v)) return;
  const hint = isVBenchDimension(v.trim().replace(/ /g, "_")) ? ` (VBench's names use underscores)` : "";
  ctx.addIssue({ code: "custom", message: `"${v}" is not a VBench dimension${hint}; valid: ${VBENCH_DIMENSIONS.join(", ")}` });
});

export const vbenchOptionsSchema = z
  .object({
    /** standard: VBench's prompt suite; custom: your prompts (VBench's custom_input mode). @default "standard" */
    mode: z.enum(["standard", "custom"]).default("standard"),
    /** Standard: VBench_full_info.json, relative to the spec's folder. */
    full_info: z.string().min(1).optional(),
    /** Standard: dimension_to_folder.json, relative to the spec's folder. */
    dimension_to_folder: z.string().min(1).optional(),
    /** Custom: the prompts. */
    prompts: z.array(z.string().min(1, "prompts must not be empty")).min(1).optional(),
    /** Custom: a text file with one prompt a line, relative to the spec's folder. */
    prompts_file: z.string().min(1).optional(),
    /** Standard: prompts with any of these; custom: what every video is evaluated on. */
    dimensions: z.array(dimensionName).min(1, "list at least one dimension").optional(),
    /** At most this many prompts per folder (custom: in all), in file order. */
    limit: z.number().int().min(1).optional(),
    /** Videos per prompt, VBench indexes 0 … n-1. @default 5 */
    videos_per_prompt: z.number().int().min(1).max(1000).default(5),
    /** Standard: videos per temporal_flickering prompt, for the static filter to keep 5 of. @default 25 */
    flickering_videos_per_prompt: z.number().int().min(1).max(1000).optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const issue = (path: string, message: string): void => ctx.addIssue({ code: "custom", path: [path], message });
    if (o.mode === "standard") {
      if (o.full_info === undefined) issue("full_info", "required in standard mode: the path of VBench_full_info.json");
      if (o.dimension_to_folder === undefined) issue("dimension_to_folder", "required in standard mode: the path of dimension_to_folder.json");
      for (const k of ["prompts", "prompts_file"] as const) if (o[k] !== undefined) issue(k, "custom mode only; standard mode plans VBench's own prompts");
      return;
    }
    if ((o.prompts === undefined) === (o.prompts_file === undefined)) issue("prompts", "custom mode needs exactly one of prompts or prompts_file");
    for (const k of ["full_info", "dimension_to_folder", "flickering_videos_per_prompt"] as const) {
      if (o[k] !== undefined) issue(k, "standard mode only; custom mode puts every video in one flat folder");
    }
    if (o.dimensions === undefined) issue("dimensions", `required in custom mode: the dimensions every video is evaluated on (${VBENCH_CUSTOM_DIMENSIONS.join(", ")})`);
    const unsupported = (o.dimensions ?? []).filter((d) => isVBenchDimension(d) && !VBENCH_CUSTOM_DIMENSIONS.includes(d));
    if (unsupported.length > 0) {
      issue(
        "dimensions",
        `${unsupported.join(", ")} need VBench's auxiliary_info and are not evaluated in custom mode; custom mode supports ${VBENCH_CUSTOM_DIMENSIONS.join(", ")}`,
      );
    }
  });

export type VBenchOptions = z.output<typeof vbenchOptionsSchema>;

export const DEFAULT_FLICKERING_VIDEOS = 25;

interface PromptPlan {
  readonly itemKey: string;
  readonly prompt: string;
  readonly videos: number;
  readonly path: (index: number) => string;
  readonly labels: Record<string, string>;
  readonly evalMetrics: readonly VBenchDimension[];
}

function checkName(prompt: string, where: string): void {
  const problem = promptNameProblem(prompt);
  if (problem) throw new FleetError(FleetErrorCode.SPEC_INVALID, `${where}: prompt "${prompt}" cannot be used: ${problem}; remove those characters from the prompt`);
}

async function standardPrompts(options: VBenchOptions, ctx: PlanContext): Promise<PromptPlan[]> {
  const [infoFile, folderFile] = (await ctx.files.paths([
    ["vbench.full_info", options.full_info as string],
    ["vbench.dimension_to_folder", options.dimension_to_folder as string],
  ])) as [string, string];
  // One after the other, so that with two bad files the error is always about full_info.
  const rows = await readFullInfo(infoFile);
  const folders = await readDimensionToFolder(folderFile);
  const chosen = options.dimensions ? new Set(options.dimensions as VBenchDimension[]) : undefined;
  const flickerFolder = folders.temporal_flickering;
  const perFolder = new Map<string, number>();
  const plans: PromptPlan[] = [];
  const keys = new Set<string>();
  rows.forEach((row, index) => {
    if (chosen && !row.dimensions.some((d) => chosen.has(d))) return;
    const folder = folderOfRow(row, index, folders, folderFile);
    const taken = perFolder.get(folder) ?? 0;
    if (options.limit !== undefined && taken >= options.limit) return;
    perFolder.set(folder, taken + 1);
    checkName(row.prompt, `vbench.full_info: ${infoFile} at [${index}]`);
    // The same prompt text appears in two folders of the real suite, so the folder is in the key.
    const itemKey = `${folder}/${row.prompt}`;
    if (keys.has(itemKey)) {
      throw new FleetError(FleetErrorCode.SPEC_INVALID, `vbench.full_info: ${infoFile} at [${index}]: "${row.prompt}" appears twice in folder ${folder}; keep one row`);
    }
    keys.add(itemKey);
    plans.push({
      itemKey,
      prompt: row.prompt,
      videos: folder === flickerFolder ? (options.flickering_videos_per_prompt ?? DEFAULT_FLICKERING_VIDEOS) : options.videos_per_prompt,
      path: (i) => standardVideoPath(folder, row.prompt, i),
      labels: { dimensions: row.dimensions.join(","), folder },
      evalMetrics: chosen ? row.dimensions.filter((d) => chosen.has(d)) : row.dimensions,
    });
  });
  return plans;
}

async function customPrompts(options: VBenchOptions, ctx: PlanContext): Promise<PromptPlan[]> {
  const file = options.prompts_file !== undefined ? await ctx.files.path("vbench.prompts_file", options.prompts_file) : undefined;
  const all = options.prompts ?? (await readPromptLines(file as string, "vbench.prompts_file"));
  const prompts = options.limit !== undefined ? all.slice(0, options.limit) : all;
  const dims = options.dimensions as VBenchDimension[];
  const seen = new Set<string>();
  return prompts.map((prompt, i) => {
    const where = file !== undefined ? `vbench.prompts_file: ${file}, prompt ${i + 1}` : `vbench.prompts.${i}`;
    checkName(prompt, where);
    if (seen.has(prompt)) throw new FleetError(FleetErrorCode.SPEC_INVALID, `${where}: "${prompt}" is listed twice; VBench names videos by prompt, so list it once`);
    seen.add(prompt);
    return {
      itemKey: `custom/${prompt}`,
      prompt,
      videos: options.videos_per_prompt,
      path: (index: number) => customVideoPath(prompt, index),
      labels: { dimensions: dims.join(",") },
      evalMetrics: dims,
    };
  });
}

export const vbenchAdapter: BenchmarkAdapter<VBenchOptions> = {
  name: "vbench",
  optionsSchema: vbenchOptionsSchema,

  async plan(spec: RunSpec, options: VBenchOptions, ctx: PlanContext): Promise<PlannedItem[]> {
    if (spec.samples_per_prompt !== 1) {
      throw new FleetError(
        FleetErrorCode.SPEC_INVALID,
        `samples_per_prompt: ${spec.samples_per_prompt} is not used by vbench; set vbench.videos_per_prompt (and vbench.flickering_videos_per_prompt) and leave samples_per_prompt at 1`,
      );
    }
    const plans = options.mode === "standard" ? await standardPrompts(options, ctx) : await customPrompts(options, ctx);
    const items: PlannedItem[] = [];
    for (const p of plans) {
      for (let i = 0; i < p.videos; i++) {
        const seed = deriveSeed(spec.seed, p.itemKey, i);
        items.push({
          itemKey: p.itemKey,
          sampleIndex: i,
          seed,
          prompt: p.prompt,
          outputPath: p.path(i),
          inputs: {},
          labels: p.labels,
          simulatedMs: simulatedMsFor(spec, seed),
          evalMetrics: [...p.evalMetrics],
        });
      }
    }
    return items;
  },

  /** One official-shape eval-results file per measured dimension (video paths relative to the run folder). */
  artifacts(items: readonly ScoredItem[]): RunArtifact[] {
    const byDim = dimensionVideos(items);
    return VBENCH_DIMENSIONS.filter((d) => byDim.has(d)).map((dim) => ({
      path: evalResultsPath(dim),
      content: vbenchEvalResultsJson(
        dim,
        (byDim.get(dim) ?? []).map((v) => ({ video_path: v.outputPath, video_results: v.value })),
      ),
    }));
  },

  table(items: readonly ScoredItem[], _spec: RunSpec, options: VBenchOptions): BenchmarkTable {
    const title = options.mode === "custom" ? "VBench (custom prompts): Quality / Semantic / Total" : "VBench: Quality / Semantic / Total";
    return vbenchItemsTable(items, { title, ...(options.limit !== undefined ? { limit: options.limit } : {}) }).table;
  },
};
