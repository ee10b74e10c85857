/**
 * `framefleet score worldmodelbench --input <results JSON>`: the total from evaluation.py's results
 * file (its `accs` lists), computed as its process_results does.
 */
import type { BenchmarkScorer, ScoreFiles, ScoreResult } from "../scorer";
import { processResults } from "./formula";
import { readResults } from "./results";
import { worldmodelbenchJson, worldmodelbenchTable } from "./table";

export const worldmodelbenchScorer: BenchmarkScorer = {
  name: "worldmodelbench",
  inputHelp: "--input the results JSON written by WorldModelBench evaluation.py (worldmodelbench_results.json; its accs lists)",

  async score(files: ScoreFiles): Promise<ScoreResult> {
    const results = await readResults(files.input);
    const summary = processResults(results.accs, results.videos, files.input);
    const notes = [`scored from ${files.input}${results.modelName !== undefined ? ` (model_name "${results.modelName}")` : ""}: ${results.videos} videos`];
    const table = worldmodelbenchTable("WorldModelBench: instruction following, physical laws, common sense", [{ name: "all", summary }], notes);
    return { json: worldmodelbenchJson(summary), table };
  },
};
