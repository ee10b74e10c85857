/**
 * `framefleet score`: a benchmark's official aggregate computed from the files its official
 * tools write (VBench `*_eval_results.json`, VideoPhy-2 AutoEval CSVs, …), with the same formula
 * code the aggregator uses for fleet runs, so both agree by construction.
 */
import type { BenchmarkTable } from "./adapter";

/** What the user pointed `framefleet score` at. */
export interface ScoreFiles {
  /** `--input`: the benchmark's result file or folder. */
  readonly input: string;
  /** The scorer's own file flags (BenchmarkScorer.extraFiles), by flag name, as given. */
  readonly extra?: Readonly<Record<string, string>>;
}

export interface ScoreResult {
  /** `--json` output: the benchmark's headline fields (names fixed in docs/cli.md). */
  readonly json: Record<string, unknown>;
  /** The human-readable table, the same one fleet reports show. */
  readonly table: BenchmarkTable;
}

export interface BenchmarkScorer {
  /** The name given on the command line: vbench, videophy2, worldmodelbench, sana-wm, mbench. */
  readonly name: string;
  /** One line for `--help`: what --input (and the other flags) must be. */
  readonly inputHelp: string;
  /** File flags besides --input that only this scorer reads: flag name → what the file is. */
  readonly extraFiles?: Readonly<Record<string, string>>;
  /** Reads the files and scores them; FleetError INVALID_INPUT naming the file and field on bad input. */
  score(files: ScoreFiles): Promise<ScoreResult>;
}
