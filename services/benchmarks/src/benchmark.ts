/**
 * One benchmark as the rest of FrameFleet sees it. Each benchmark folder exports one of these
 * from its index, and the registry (index.ts) lists them: the spec validator, the planner, the
 * report tables, `framefleet score` and its help, and the end-to-end tests all read the registry,
 * so a new benchmark is its folder plus one registry line (docs/benchmarks.md has the checklist).
 */
import type { BenchmarkAdapter } from "./adapter";
import type { BenchmarkScorer } from "./scorer";

export interface Benchmark {
  /** Plans runs from the spec section named after it, and computes the report's table. */
  readonly adapter: BenchmarkAdapter<unknown>;
  /** `framefleet score <name>`: the official aggregate from the official tools' files; absent: none. */
  readonly scorer?: BenchmarkScorer;
  /** The name its report tables start with ("VBench"). */
  readonly title: string;
  /** Its small example run under examples/runs/, which the end-to-end tests submit; absent: none. */
  readonly example?: string;
}

/** The adapter as the registry keeps it (options are checked by its own schema first). */
export function anyAdapter<O>(adapter: BenchmarkAdapter<O>): BenchmarkAdapter<unknown> {
  return adapter as BenchmarkAdapter<unknown>;
}
