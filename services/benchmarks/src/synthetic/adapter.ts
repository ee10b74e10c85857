/**
 * `synthetic`: N items from a prompt list, for the demo, tests and benchmarks of the fleet
 * itself. Each item's prompt cycles through the list; videos go to
 * `videos/<index>_<prompt>-<sample>.mp4` (names sanitised, see common/src/paths.ts).
 */
import { z } from "zod";
import { deriveSeed } from "../../../common/src/ids";
import { safeRelativePath } from "../../../common/src/paths";
import { readPromptLines } from "../formats/prompt-lines";
import type { RunSpec } from "../run-spec";
import type { BenchmarkAdapter, BenchmarkTable, PlanContext, PlannedItem, ScoredItem } from "../adapter";
import { simulatedMsFor } from "../simulated-time";

export const syntheticOptionsSchema = z
  .object({
    /** Number of benchmark items (each makes samples_per_prompt videos). */
    items: z.number().int().min(1).max(1_000_000),
    prompts: z.array(z.string().min(1, "prompts must not be empty")).min(1).optional(),
    /** A text file with one prompt per line (relative to the spec's folder). */
    prompts_file: z.string().min(1).optional(),
  })
  .strict()
  .refine((o) => (o.prompts === undefined) !== (o.prompts_file === undefined), {
    message: "give exactly one of prompts or prompts_file",
  });

export type SyntheticOptions = z.output<typeof syntheticOptionsSchema>;

export const syntheticAdapter: BenchmarkAdapter<SyntheticOptions> = {
  name: "synthetic",
  optionsSchema: syntheticOptionsSchema,

  videoCount(spec: RunSpec, options: SyntheticOptions) {
    const n = (x: number) => x.toLocaleString("en-US");
    return { count: options.items * spec.samples_per_prompt, field: "synthetic.items × samples_per_prompt", what: `${n(options.items)} × ${n(spec.samples_per_prompt)}` };
  },

  async plan(spec: RunSpec, options: SyntheticOptions, ctx: PlanContext): Promise<PlannedItem[]> {
    const prompts = options.prompts ?? (await readPromptLines(await ctx.files.path("synthetic.prompts_file", options.prompts_file as string), "synthetic.prompts_file"));
    const width = String(options.items - 1).length;
    const items: PlannedItem[] = [];
    for (let i = 0; i < options.items; i++) {
      const prompt = prompts[i % prompts.length] as string;
      const index = String(i).padStart(Math.max(4, width), "0");
      const itemKey = `item-${index}`;
      for (let s = 0; s < spec.samples_per_prompt; s++) {
        const seed = deriveSeed(spec.seed, itemKey, s);
        items.push({
          itemKey,
          sampleIndex: s,
          seed,
          prompt,
          outputPath: `videos/${safeRelativePath(`${index}_${prompt.slice(0, 60)}-${s}.mp4`)}`,
          inputs: {},
          labels: {},
          simulatedMs: simulatedMsFor(spec, seed),
        });
      }
    }
    return items;
  },

  /** No benchmark formula: each metric's mean over the evaluated videos. */
  table(items: readonly ScoredItem[]): BenchmarkTable {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const item of items) {
      for (const [name, v] of Object.entries(item.scores)) {
        if (!Number.isFinite(v)) continue;
        const s = sums.get(name) ?? { sum: 0, n: 0 };
        s.sum += v;
        s.n++;
        sums.set(name, s);
      }
    }
    const names = [...sums.keys()].sort();
    return {
      title: "Synthetic run: mean of each metric",
      columns: ["metric", "mean", "videos"],
      rows: names.map((n) => [n, (sums.get(n) as { sum: number }).sum / (sums.get(n) as { n: number }).n, (sums.get(n) as { n: number }).n]),
      scores: Object.fromEntries(names.map((n) => [n, (sums.get(n) as { sum: number }).sum / (sums.get(n) as { n: number }).n])),
      notes: [],
      // Each row is another metric on its own scale (width 320 beside a flicker score of 0.91):
      // no column of this table can share one axis. The report's histograms show each metric.
      scoreColumns: [],
    };
  },
};
