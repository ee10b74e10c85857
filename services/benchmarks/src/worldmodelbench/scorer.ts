/**
 * `framefleet score worldmodelbench --input <results JSON>`: the total from evaluation.py's results
 * file (its `accs` lists), computed as its process_results does.
 */
import type { BenchmarkScorer, ScoreFiles, ScoreResult } from "../scorer";
import { processResults } from "./formula";
import { nonFiniteNote, pythonFloatText, readResults } from "./results";
import { worldmodelbenchJson, worldmodelbenchTable } from "./table";

export const worldmodelbenchScorer: BenchmarkScorer = {
  name: "worldmodelbench",
  inputHelp: "--input the results JSON written by WorldModelBench evaluation.py (worldmodelbench_results.json; its accs lists)",

  async score(files: ScoreFiles): Promise<ScoreResult> {
    const results = await readResults(files.input);
    const summary = processResults(results.accs, results.videos, files.input);
    const notes = [`scored from ${files.input}${results.modelName !== undefined ? ` (model_name "${results.modelName}")` : ""}: ${results.videos} videos`];
    const nonFinite = nonFiniteNote(files.input, results.nonFinite);
    if (nonFinite !== undefined) notes.push(nonFinite);
    const table = worldmodelbenchTable("WorldModelBench: instruction following, physical laws, common sense", [{ name: "all", summary }], notes);
    const json = {
      ...worldmodelbenchJson(summary),
      ...(results.nonFinite.length > 0
        ? { non_finite: results.nonFinite.map((e) => ({ video: e.video, field: `accs.${e.field}[${e.index}]`, score: e.key, value: pythonFloatText(e.value) })) }
        : {}),
    };
    return { json, table };
  },
};
