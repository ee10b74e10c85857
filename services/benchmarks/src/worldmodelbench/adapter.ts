/**
 * `worldmodelbench`: one item per instance of worldmodelbench.json, image-to-video (first frame +
 * instruction, the default) or text-to-video (first-frame description + instruction), written to
 * `videos/<stem of first_frame>.mp4` where the official evaluator looks for it. The table is the
 * benchmark's total from the judge's scores; the results JSON in evaluation.py's shape is written
 * beside the videos when the fleet has judge scores.
 */
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { FleetErrorCode, ValidationError, isFleetError } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import { sanitizeComponent } from "../../../common/src/paths";
import type { BenchmarkAdapter, BenchmarkTable, PlanContext, PlannedItem, RunArtifact, ScoredItem } from "../adapter";
import type { RunSpec } from "../run-spec";
import type { SpecFiles } from "../spec-files";
import { SCORE_KEYS, summarize, type WmbKey, type WmbVideoScores } from "./formula";
import { readInstances, type Instance } from "./instances";
import { RESULTS_FILE, resultsJson, type JudgedVideo } from "./results";
import { worldmodelbenchTable, type WmbGroup } from "./table";
import { simulatedMsFor } from "../simulated-time";

const names = (what: string) => z.array(z.string().min(1)).min(1, `list at least one ${what}, or leave the field out`).optional();

export const worldmodelbenchOptionsSchema = z
  .object({
    /** worldmodelbench.json, relative to the spec's folder. */
    instances: z.string().min(1, "must name worldmodelbench.json"),
    /** i2v: first frame + text_instruction; t2v: text_first_frame + " " + text_instruction. @default "i2v" */
    mode: z.enum(["t2v", "i2v"]).default("i2v"),
    /** Only these domains (case, spaces and trailing periods ignored). */
    domains: names("domain"),
    /** Only these subdomains (case, spaces and trailing periods ignored). */
    subdomains: names("subdomain"),
    /** Only these instances, by first-frame stem (exact) or the first_frame value itself. */
    first_frames: z
      .array(z.string({ error: 'must be a quoted string such as "000002432090.0" (YAML reads unquoted digits as a number)' }).min(1))
      .min(1, "list at least one first-frame stem, or leave the field out")
      .optional(),
    /** The first N instances left after the filters, in file order. */
    limit: z.number().int().min(1).optional(),
    /** The folder first_frame paths are relative to, relative to the spec's folder. @default the instances file's folder */
    images_dir: z.string().min(1).optional(),
  })
  .strict();

export type WorldModelBenchOptions = z.output<typeof worldmodelbenchOptionsSchema>;

export const EVAL_METRICS = ["instruction", "physical_laws", "common_sense"] as const;

export const worldmodelbenchAdapter: BenchmarkAdapter<WorldModelBenchOptions> = {
  name: "worldmodelbench",
  optionsSchema: worldmodelbenchOptionsSchema,

  async plan(spec: RunSpec, options: WorldModelBenchOptions, ctx: PlanContext): Promise<PlannedItem[]> {
    const [file, dir] = await ctx.files.paths([
      ["worldmodelbench.instances", options.instances],
      ...(options.images_dir !== undefined ? [["worldmodelbench.images_dir", options.images_dir] as const] : []),
    ]);
    const selected = select(await readInstances(file as string), options, file as string, ctx.source.name);
    // first_frame is relative to the JSON's folder as the spec names it (the official layout), not
    // to where a link to the JSON leads; each image is checked against the roots on its own.
    const imagesDir = dir ?? dirname(resolve(ctx.source.baseDir, options.instances));
    const images = options.mode === "i2v" ? await checkImages(selected, imagesDir, file as string, ctx.source.name, ctx.files) : undefined;
    const items: PlannedItem[] = [];
    for (const inst of selected) {
      const image = images?.get(inst.index);
      for (let s = 0; s < spec.samples_per_prompt; s++) {
        const seed = deriveSeed(spec.seed, inst.stem, s);
        const name = `${sanitizeComponent(inst.stem)}.mp4`;
        items.push({
          itemKey: inst.stem,
          sampleIndex: s,
          seed,
          prompt: image !== undefined ? inst.text_instruction : [inst.text_first_frame, inst.text_instruction].join(" "),
          // One complete set of videos per folder, as the official evaluator reads one folder.
          outputPath: spec.samples_per_prompt > 1 ? `videos/sample-${s}/${name}` : `videos/${name}`,
          inputs: image !== undefined ? { image } : {},
          labels: { domain: inst.domain, subdomain: inst.subdomain },
          simulatedMs: simulatedMsFor(spec, seed),
          evalMetrics: [...EVAL_METRICS],
          // The judge scores instruction following against the instruction alone, in both modes.
          evalParams: { instruction: inst.text_instruction },
        });
      }
    }
    return items;
  },

  artifacts(items: readonly ScoredItem[], spec: RunSpec): RunArtifact[] {
    const judged: JudgedVideo[] = [];
    for (const it of items) {
      const scores = complete(it);
      if (scores && it.outputPath !== "") judged.push({ name: it.outputPath.replace(/^videos\//, "").replace(/\.mp4$/, ""), scores });
    }
    return judged.length > 0 ? [{ path: RESULTS_FILE, content: resultsJson(spec.name, judged) }] : [];
  },

  table(items: readonly ScoredItem[], spec: RunSpec, options: WorldModelBenchOptions): BenchmarkTable {
    const byDomain = new Map<string, WmbVideoScores[]>();
    const all = items.map((it) => {
      const v = videoScores(it);
      const domain = it.labels["domain"] ?? "";
      const list = byDomain.get(domain) ?? [];
      list.push(v);
      byDomain.set(domain, list);
      return v;
    });
    const groups: WmbGroup[] = [
      { name: "all", summary: summarize(all) },
      ...[...byDomain.entries()].filter(([d]) => d !== "").map(([d, vs]) => ({ name: `domain: ${d}`, summary: summarize(vs) })),
    ];
    const title = `WorldModelBench (${options.mode.toUpperCase()}): instruction following, physical laws, common sense`;
    return worldmodelbenchTable(title, groups, notesFor(items, groups[0] as WmbGroup, spec));
  },
};

function notesFor(items: readonly ScoredItem[], all: WmbGroup, spec: RunSpec): string[] {
  const s = all.summary;
  const notes: string[] = [];
  if (s.videos === 0) {
    notes.push(
      `no video has judge scores (instruction, physical_laws, common_sense): the evaluator${spec.evaluation ? ` backend "${spec.evaluation.backend}"` : " (none in the spec)"} does not run the WorldModelBench VLM judge. ` +
        `Run the official evaluation.py on the videos folder and score its results with \`framefleet score worldmodelbench --input worldmodelbench_results.json\`, ` +
        `or use an evaluator backend that computes instruction, physical_laws and common_sense`,
    );
    return notes;
  }
  if (s.videos < items.length) notes.push(`${s.videos} of ${items.length} planned videos have judge scores; the others (not generated, failed or not evaluated) are not counted`);
  const counts = SCORE_KEYS.map((k) => s.counts[k]);
  if (counts.some((c) => c !== counts[0])) {
    notes.push(
      `some videos lack some judge scores, so the means are over different videos (${SCORE_KEYS.map((k) => `${k} ${s.counts[k]}`).join(", ")}); ` +
        `the official total averages every score over the same videos, and ${RESULTS_FILE} holds only videos with all ${SCORE_KEYS.length}`,
    );
  }
  return notes;
}

function videoScores(it: ScoredItem): WmbVideoScores {
  const out: WmbVideoScores = {};
  for (const k of SCORE_KEYS) {
    const v = it.scores[k];
    if (v !== undefined && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

function complete(it: ScoredItem): Record<WmbKey, number> | undefined {
  const v = videoScores(it);
  return SCORE_KEYS.every((k) => v[k] !== undefined) ? (v as Record<WmbKey, number>) : undefined;
}

/** Folds case, surrounding spaces and trailing periods (the file has "Strategy." beside "Strategy"). */
function norm(s: string): string {
  return s.trim().replace(/\.+$/, "").trim().toLowerCase();
}

function select(all: readonly Instance[], options: WorldModelBenchOptions, file: string, specName: string): Instance[] {
  const issues: string[] = [];
  const filter = (
    rows: Instance[],
    wanted: readonly string[] | undefined,
    field: string,
    fold: (s: string) => string,
    keys: (i: Instance) => string[],
  ): Instance[] => {
    if (!wanted) return rows;
    const known = new Set(all.flatMap(keys).map(fold));
    const unknown = wanted.filter((w) => !known.has(fold(w)));
    if (unknown.length > 0) {
      const sample = [...new Set(all.map((i) => keys(i)[0] as string))].slice(0, 12).join(", ");
      for (const w of unknown) issues.push(`worldmodelbench.${field}: "${w}" matches no instance of ${file} (e.g. ${sample})`);
    }
    const set = new Set(wanted.map(fold));
    return rows.filter((r) => keys(r).some((k) => set.has(fold(k))));
  };
  let rows = [...all];
  rows = filter(rows, options.domains, "domains", norm, (i) => [i.domain]);
  rows = filter(rows, options.subdomains, "subdomains", norm, (i) => [i.subdomain]);
  // Stems are case-sensitive (YouTube ids); a first_frame value such as images/x.jpg matches too.
  rows = filter(rows, options.first_frames, "first_frames", (s) => s.trim(), (i) => [i.stem, i.first_frame]);
  if (issues.length > 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${specName}`, issues);
  if (options.limit !== undefined) rows = rows.slice(0, options.limit);
  if (rows.length === 0) {
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${specName}`, [
      `worldmodelbench: the filters keep no instance of ${file}; loosen domains, subdomains or first_frames`,
    ]);
  }
  return rows;
}

/**
 * Real image path per instance index. Every first frame that is missing, outside the data roots
 * or not a JPEG/PNG/WebP image is a spec error, all listed in one.
 */
async function checkImages(rows: readonly Instance[], dir: string, file: string, specName: string, files: SpecFiles): Promise<Map<number, string>> {
  const paths = new Map<number, string>();
  const refused: string[] = [];
  let missing = 0;
  for (const inst of rows) {
    const where = `worldmodelbench.instances: ${file} row ${inst.index} (${inst.stem}) field first_frame`;
    try {
      paths.set(inst.index, (await files.image(where, inst.first_frame, dir)).path);
    } catch (err) {
      if (!isFleetError(err) || err.code !== FleetErrorCode.SPEC_INVALID) throw err;
      refused.push(err.message);
      if (err.message.endsWith("does not exist")) missing += 1;
    }
  }
  if (refused.length > 0) {
    const shown = refused.length > 5 ? [...refused.slice(0, 5), `… and ${refused.length - 5} more instances without their image`] : refused;
    const hint =
      missing > 0
        ? [
            `mode i2v needs every selected instance's first frame: set worldmodelbench.images_dir to the folder first_frame paths are relative to, select instances whose images exist with first_frames, or use mode: t2v`,
          ]
        : [];
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${specName}`, [...shown, ...hint]);
  }
  return paths;
}
