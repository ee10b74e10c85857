/**
 * `framefleet score vbench --input PATH`: Quality/Semantic/Total from VBench's own result files
 * (a folder of `*_eval_results.json`, or one such file) or from a plain JSON object
 * `{ "<dimension>": raw }`, with the table code the fleet report uses.
 */
import { stat } from "node:fs/promises";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BenchmarkScorer, ScoreFiles, ScoreResult } from "../scorer";
import { VBENCH_DIMENSIONS, isVBenchDimension } from "./formula";
import { EVAL_RESULTS_SUFFIX, parseVBenchEvalResults, pythonJsonToJson, readVBenchEvalResults } from "./results";
import { vbenchTable } from "./table";

interface Loaded {
  readonly raw: Record<string, number>;
  readonly videos?: Record<string, number>;
  readonly notes: string[];
}

const invalid = (message: string): FleetError => new FleetError(FleetErrorCode.INVALID_INPUT, message);

async function loadFolder(dir: string): Promise<Loaded> {
  const { raw, files, videos, unusable } = await readVBenchEvalResults(dir);
  if (files.length === 0) {
    throw invalid(`${dir}: no *${EVAL_RESULTS_SUFFIX} file in this folder; pass the folder VBench's evaluate.py wrote (its --output_path), or a JSON file { "<dimension>": raw }`);
  }
  const notes = [`read ${files.length} eval-results file(s) from ${dir}`];
  if (unusable.length > 0) notes.push(`no usable score (NaN average or no videos), so counted as missing: ${unusable.join(", ")}`);
  return { raw, videos, notes };
}

function loadEvalResultsFile(file: string, text: string): Loaded {
  const raw: Record<string, number> = {};
  const videos: Record<string, number> = {};
  const unusable: string[] = [];
  for (const [dim, parsed] of Object.entries(parseVBenchEvalResults(text, file))) {
    if (parsed.average === null) unusable.push(dim);
    else {
      raw[dim] = parsed.average;
      videos[dim] = parsed.videos;
    }
  }
  const notes = [`read the eval-results file ${file}`];
  if (unusable.length > 0) notes.push(`no usable score (NaN average or no videos), so counted as missing: ${unusable.sort().join(", ")}`);
  return { raw, videos, notes };
}

/** `{ "<dimension>": raw in [0,1] or null }`, VBench's dimension names only. */
function loadRawObject(file: string, data: Record<string, unknown>): Loaded {
  const raw: Record<string, number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!isVBenchDimension(key)) {
      const hint = isVBenchDimension(key.trim().replace(/ /g, "_")) ? ` (write "${key.trim().replace(/ /g, "_")}": VBench's names use underscores)` : "";
      throw invalid(`${file}: "${key}" is not a VBench dimension${hint}; valid names: ${VBENCH_DIMENSIONS.join(", ")}`);
    }
    if (value === null) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) {
      throw invalid(`${file}: "${key}" must be the raw dimension score as a fraction in [0,1] (or null when not measured), got ${JSON.stringify(value)}`);
    }
    raw[key] = value;
  }
  return { raw, notes: [`read raw dimension scores from ${file}`] };
}

async function loadFile(file: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw invalid(`${file}: cannot read (${(err as Error).message})`);
  }
  const text = decodeUtf8(bytes, file, FleetErrorCode.INVALID_INPUT);
  let data: unknown;
  try {
    data = JSON.parse(pythonJsonToJson(text));
  } catch (err) {
    throw invalid(`${file}: not valid JSON (${(err as Error).message}); pass a JSON object { "<dimension>": raw } or a folder of *${EVAL_RESULTS_SUFFIX} files`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw invalid(`${file}: expected a JSON object { "<dimension>": raw score in [0,1] } or an eval-results object { "<dimension>": [average, [...]] }`);
  }
  const values = Object.values(data as Record<string, unknown>);
  // VBench's own files hold [average, per-video list] per dimension; a user's summary holds numbers.
  return values.length > 0 && values.every(Array.isArray) ? loadEvalResultsFile(file, text) : loadRawObject(file, data as Record<string, unknown>);
}

async function score(files: ScoreFiles): Promise<ScoreResult> {
  let isDir: boolean;
  try {
    isDir = (await stat(files.input)).isDirectory();
  } catch (err) {
    throw invalid(`--input ${files.input}: ${(err as Error).message}; pass a folder of *${EVAL_RESULTS_SUFFIX} files or a JSON file`);
  }
  const loaded = isDir ? await loadFolder(files.input) : await loadFile(files.input);
  const { table, scores } = vbenchTable({ title: "VBench (official cal_final_score.py)", raw: loaded.raw, ...(loaded.videos ? { videos: loaded.videos } : {}), notes: loaded.notes });
  if (scores === null) {
    throw invalid(`${files.input}: holds no score for any of VBench's 16 dimensions (${VBENCH_DIMENSIONS.join(", ")})`);
  }
  const dimensions = Object.fromEntries(VBENCH_DIMENSIONS.filter((d) => loaded.raw[d] !== undefined).map((d) => [d, loaded.raw[d] as number]));
  return {
    json: {
      quality_score: scores.quality_score,
      semantic_score: scores.semantic_score,
      total_score: scores.total_score,
      dimensions,
      normalized: { ...scores.normalized },
      missing: [...scores.missing],
    },
    table,
  };
}

export const vbenchScorer: BenchmarkScorer = {
  name: "vbench",
  inputHelp: `a folder of VBench *${EVAL_RESULTS_SUFFIX} files (or one such file), or a JSON file { "<dimension>": raw score in [0,1] }`,
  score,
};
