/**
 * VBench 1.0: the adapter and `framefleet score vbench`, plus what other benchmarks that run VBench
 * dimensions (SANA-WM-Bench) reuse: the eval-results reader/writer and the formulas.
 */
import { anyAdapter, type Benchmark } from "../benchmark";
import { vbenchAdapter } from "./adapter";
import { vbenchScorer } from "./scorer";
export { vbenchAdapter, vbenchOptionsSchema, type VBenchOptions } from "./adapter";
export { vbenchScorer } from "./scorer";
export {
  EVAL_RESULTS_SUFFIX,
  parseVBenchEvalResults,
  pythonJsonToJson,
  readVBenchEvalResults,
  vbenchEvalResultsJson,
  type ParsedDimension,
  type VBenchEvalResults,
  type VBenchVideoResult,
} from "./results";
export {
  VBENCH_DIMENSIONS,
  VBENCH_NORMALIZE,
  VBENCH_QUALITY,
  VBENCH_SEMANTIC,
  dimensionWeight,
  isVBenchDimension,
  sanaWmVBenchQuality,
  vbenchOfficialScores,
  type VBenchDimension,
  type VBenchScores,
} from "./formula";
export { VBENCH_CUSTOM_DIMENSIONS, promptFromFileName, vbenchVideoName } from "./layout";

/** The registry entry (index.ts). */
export const vbench: Benchmark = { adapter: anyAdapter(vbenchAdapter), scorer: vbenchScorer, title: "VBench", example: "vbench-mini.yaml" };
