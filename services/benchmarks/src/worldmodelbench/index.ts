/**
 * WorldModelBench: the adapter (plans from worldmodelbench.json, writes the results JSON, computes
 * the total table) and `framefleet score worldmodelbench` on evaluation.py's results JSON.
 */
import { anyAdapter, type Benchmark } from "../benchmark";
import { worldmodelbenchAdapter } from "./adapter";
import { worldmodelbenchScorer } from "./scorer";
export { worldmodelbenchAdapter, worldmodelbenchOptionsSchema, type WorldModelBenchOptions } from "./adapter";
export { worldmodelbenchScorer } from "./scorer";
export { COMMON_SENSE, PHYSICAL_LAWS, SCORE_KEYS, processResults, summarize, type WmbAccs, type WmbKey, type WmbSummary, type WmbVideoScores } from "./formula";
export { parseInstances, readInstances, stemOf, type Instance } from "./instances";
export { RESULTS_FILE, parseResults, readResults, resultsJson, type JudgedVideo, type WmbResults } from "./results";

/** The registry entry (index.ts). */
export const worldmodelbench: Benchmark = { adapter: anyAdapter(worldmodelbenchAdapter), scorer: worldmodelbenchScorer, title: "WorldModelBench", example: "worldmodelbench-mini.yaml" };
