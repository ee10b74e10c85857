/**
 * `videophy2`: one text-to-video item per row of a VideoPhy-2 prompt CSV, named as the Wan2.2
 * VideoPhy-2 scripts name them (`videos/{id:04d}_{slug}.mp4`, naming.ts), with an AutoEval input
 * CSV written beside the videos, and the joint score table from the items' `sa`/`pc` scores.
 */
import { z } from "zod";
import { FleetErrorCode, ValidationError } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import type { BenchmarkAdapter, BenchmarkTable, PlanContext, PlannedItem, RunArtifact, ScoredItem } from "../adapter";
import type { RunSpec } from "../run-spec";
import { AUTOEVAL_INPUT_FILE, autoEvalInputCsv } from "./autoeval";
import type { Vp2Video } from "./formula";
import { paddedId, videoPath } from "./naming";
import { readPromptFile, requireColumn, type PromptFile, type PromptRow } from "./prompts";
import { videophy2Table } from "./table";
import { simulatedMsFor } from "../simulated-time";

export const videophy2OptionsSchema = z
  .object({
    /** The prompt CSV, relative to the spec's folder. */
    prompts: z.string().min(1, "must name the prompt CSV"),
    /** Which column the generator is given; SA is always judged against `caption`. @default "caption" */
    prompt_column: z.enum(["caption", "upsampled_caption"]).default("caption"),
    /** Only rows with is_hard true (needs the column). @default false */
    hard_only: z.boolean().default(false),
    /** Only rows of these categories (needs the column). */
    categories: z.array(z.string().min(1)).min(1, "list at least one category, or leave the field out").optional(),
    /** Only rows of these actions (needs the column). */
    actions: z.array(z.string().min(1)).min(1, "list at least one action, or leave the field out").optional(),
    /** The first N rows left after the filters, in file order. */
    limit: z.number().int().min(1).optional(),
  })
  .strict();

export type Videophy2Options = z.output<typeof videophy2OptionsSchema>;

export const EVAL_METRICS = ["sa", "pc"] as const;

export const videophy2Adapter: BenchmarkAdapter<Videophy2Options> = {
  name: "videophy2",
  optionsSchema: videophy2OptionsSchema,

  async plan(spec: RunSpec, options: Videophy2Options, ctx: PlanContext): Promise<PlannedItem[]> {
    const file = await ctx.files.path("videophy2.prompts", options.prompts);
    const prompts = await readPromptFile(file, FleetErrorCode.SPEC_INVALID);
    const rows = selectRows(prompts, options, ctx.source.name);
    const items: PlannedItem[] = [];
    for (const row of rows) {
      const prompt = promptOf(row, options, prompts.file, ctx.source.name);
      const itemKey = paddedId(row.id);
      for (let s = 0; s < spec.samples_per_prompt; s++) {
        const seed = deriveSeed(spec.seed, itemKey, s);
        items.push({
          itemKey,
          sampleIndex: s,
          seed,
          prompt,
          outputPath: videoPath(row.id, row.caption, s, spec.samples_per_prompt),
          inputs: {},
          labels: labelsOf(row, options),
          simulatedMs: simulatedMsFor(spec, seed),
          evalMetrics: [...EVAL_METRICS],
          // SA is judged against the original caption, whatever the generator was given.
          evalParams: { caption: row.caption },
        });
      }
    }
    return items;
  },

  artifacts(items: readonly ScoredItem[]): RunArtifact[] {
    const rows = items
      .filter((it) => it.outputPath !== "")
      .map((it) => ({ caption: it.labels["caption"] ?? it.prompt, videopath: it.outputPath }));
    return rows.length > 0 ? [{ path: AUTOEVAL_INPUT_FILE, content: autoEvalInputCsv(rows) }] : [];
  },

  table(items: readonly ScoredItem[], spec: RunSpec, options: Videophy2Options): BenchmarkTable {
    const videos: Vp2Video[] = items.map((it) => videoOf(it));
    const scored = videos.filter((v) => v.sa !== undefined || v.pc !== undefined).length;
    const both = videos.filter((v) => v.sa !== undefined && v.pc !== undefined).length;
    const notes: string[] = [];
    if (scored === 0) {
      notes.push(
        `no video has SA/PC scores: the evaluator${spec.evaluation ? ` backend "${spec.evaluation.backend}"` : " (none in the spec)"} did not compute sa and pc. ` +
          `Run VideoPhy-2 AutoEval (inference.py --task sa and --task pc) from the run folder on ${AUTOEVAL_INPUT_FILE} and score its outputs with ` +
          `\`framefleet score videophy2 --input <SA output CSV> --pc <PC output CSV> --prompts ${options.prompts}\`, or use an evaluator backend that computes sa and pc`,
      );
    } else if (both < items.length) {
      notes.push(`${both} of ${items.length} planned videos have both SA and PC scores; the others (not generated, failed or not evaluated) are not counted`);
    }
    if (items.length > 0 && !items.some((it) => it.labels["is_hard"] !== undefined)) {
      notes.push(`hard/easy: the prompt CSV ${options.prompts} has no is_hard column; the official prompt CSV (with action, category, is_hard) gives the split`);
    }
    if (options.prompt_column !== "caption") {
      notes.push(`videos were generated from ${options.prompt_column}; SA is judged against the original caption`);
    }
    return videophy2Table(videos, notes).table;
  },
};

function selectRows(prompts: PromptFile, options: Videophy2Options, specName: string): PromptRow[] {
  const code = FleetErrorCode.SPEC_INVALID;
  let rows = [...prompts.rows];
  if (options.prompt_column !== "caption") requireColumn(prompts, options.prompt_column, `videophy2.prompt_column: ${options.prompt_column}`, code);
  if (options.hard_only) {
    requireColumn(prompts, "is_hard", "videophy2.hard_only: true", code);
    rows = rows.filter((r) => r.isHard === true);
  }
  if (options.categories) {
    requireColumn(prompts, "category", "videophy2.categories", code);
    rows = filterBy(rows, options.categories, (r) => r.category, "categories", prompts, specName);
  }
  if (options.actions) {
    requireColumn(prompts, "action", "videophy2.actions", code);
    rows = filterBy(rows, options.actions, (r) => r.action, "actions", prompts, specName);
  }
  if (options.limit !== undefined) rows = rows.slice(0, options.limit);
  if (rows.length === 0) {
    throw new ValidationError(code, `run spec ${specName}`, [`videophy2: the filters keep no row of ${prompts.file}; loosen hard_only, categories or actions`]);
  }
  return rows;
}

function filterBy(
  rows: PromptRow[],
  wanted: readonly string[],
  value: (r: PromptRow) => string | undefined,
  field: string,
  prompts: PromptFile,
  specName: string,
): PromptRow[] {
  const known = new Set(prompts.rows.map(value).filter((v): v is string => v !== undefined));
  const unknown = wanted.filter((w) => !known.has(w));
  if (unknown.length > 0) {
    const list = [...known].sort();
    const shown = list.length > 20 ? `${list.slice(0, 20).join(", ")}, … (${list.length} in all)` : list.join(", ");
    throw new ValidationError(
      FleetErrorCode.SPEC_INVALID,
      `run spec ${specName}`,
      unknown.map((u) => `videophy2.${field}: "${u}" does not occur in ${prompts.file} (it has: ${shown})`),
    );
  }
  const set = new Set(wanted);
  return rows.filter((r) => set.has(value(r) ?? ""));
}

function promptOf(row: PromptRow, options: Videophy2Options, file: string, specName: string): string {
  if (options.prompt_column === "caption") return row.caption;
  const text = row.upsampledCaption;
  if (text === undefined || text.trim() === "") {
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${specName}`, [
      `videophy2.prompt_column: ${file} line ${row.line} has no upsampled_caption; use prompt_column: caption or fill the column`,
    ]);
  }
  return text;
}

function labelsOf(row: PromptRow, options: Videophy2Options): Record<string, string> {
  return {
    id: String(row.id),
    ...(row.category !== undefined ? { category: row.category } : {}),
    ...(row.action !== undefined ? { action: row.action } : {}),
    ...(row.isHard !== undefined ? { is_hard: String(row.isHard) } : {}),
    // The AutoEval CSV needs the original caption when the prompt is another column.
    ...(options.prompt_column !== "caption" ? { caption: row.caption } : {}),
  };
}

function videoOf(it: ScoredItem): Vp2Video {
  const hard = it.labels["is_hard"];
  return {
    ...(it.scores["sa"] !== undefined ? { sa: it.scores["sa"] } : {}),
    ...(it.scores["pc"] !== undefined ? { pc: it.scores["pc"] } : {}),
    ...(hard !== undefined ? { isHard: hard === "true" } : {}),
    ...(it.labels["category"] !== undefined ? { category: it.labels["category"] } : {}),
    ...(it.labels["action"] !== undefined ? { action: it.labels["action"] } : {}),
  };
}
