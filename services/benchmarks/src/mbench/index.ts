/**
 * MBench (MBench-A and MBench-T): the adapter the registry plans and reports with, the
 * `framefleet score mbench` scorer, and the pieces other code may reuse. docs/benchmarks/mbench.md.
 */
import { anyAdapter, type Benchmark } from "../benchmark";
import { mbenchAdapter } from "./adapter";
import { mbenchScorer } from "./scorer";
export { mbenchAdapter, fleetResults, TRIGGER_SUFFIX } from "./adapter";
export { mbenchScorer } from "./scorer";
export { mbenchOptionsSchema, type MBenchOptions } from "./plan";
export { readMBenchDataset, readMBenchSample, listSampleIds, type MBenchDataset, type MBenchSample } from "./dataset";
export { readMBenchRunFolder, type MBenchRunFolder } from "./run-folder";
export { samplesJsonlLine, samplesJsonlArtifact } from "./samples-jsonl";
export { dimensionScore, dimensionFromSummary, mScore, aggregate, type DimensionResult, type MetricObservation, type MBenchAggregate } from "./formula";
export {
  MBENCH_DIMENSIONS,
  MBENCH_SETTINGS,
  MBENCH_SUBSETS,
  MBENCH_AXES,
  metricsForSubset,
  parseMetricName,
  type MBenchSetting,
  type MBenchDimension,
} from "./dimensions";

/** The registry entry (index.ts). */
export const mbench: Benchmark = { adapter: anyAdapter(mbenchAdapter), scorer: mbenchScorer, title: "MBench", example: "mbench-mini.yaml" };
