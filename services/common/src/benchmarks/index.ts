/**
 * The adapter registry, and validation of a spec's adapter section.
 */
import { FleetErrorCode, ValidationError } from "../errors";
import { zodIssues, type RunSpec, type SpecSource } from "./run-spec";
import type { BenchmarkAdapter } from "./adapter";
import type { BenchmarkScorer } from "./scorer";
import { syntheticAdapter } from "./synthetic/adapter";
import { vbenchAdapter, vbenchScorer } from "./vbench";
import { videophy2Adapter, videophy2Scorer } from "./videophy2";
import { worldmodelbenchAdapter, worldmodelbenchScorer } from "./worldmodelbench";
import { sanaWmAdapter, sanaWmScorer } from "./sana-wm";
import { mbenchAdapter, mbenchScorer } from "./mbench";

export type { BenchmarkAdapter, BenchmarkTable, PlannedItem, PlanContext, RunArtifact, ScoredItem } from "./adapter";
export type { BenchmarkScorer, ScoreFiles, ScoreResult } from "./scorer";
export { parseRunSpec, zodIssues, type RunSpec, type SpecSource } from "./run-spec";

const ADAPTERS: ReadonlyMap<string, BenchmarkAdapter<unknown>> = new Map(
  [syntheticAdapter, vbenchAdapter, videophy2Adapter, worldmodelbenchAdapter, sanaWmAdapter, mbenchAdapter].map((a) => [
    a.name,
    a as BenchmarkAdapter<unknown>,
  ]),
);

const SCORERS: ReadonlyMap<string, BenchmarkScorer> = new Map(
  [vbenchScorer, videophy2Scorer, worldmodelbenchScorer, sanaWmScorer, mbenchScorer].map((s) => [s.name, s]),
);

/** The `framefleet score` implementation of a benchmark, or undefined. */
export function scorerFor(name: string): BenchmarkScorer | undefined {
  return SCORERS.get(name);
}

export function scorerNames(): string[] {
  return [...SCORERS.keys()];
}

export function adapterNames(): string[] {
  return [...ADAPTERS.keys()];
}

export interface ResolvedAdapter {
  readonly adapter: BenchmarkAdapter<unknown>;
  readonly options: unknown;
}

/** Finds the spec's adapter and validates its section; every problem is reported at once. */
export function resolveAdapter(spec: RunSpec, source: SpecSource): ResolvedAdapter {
  const adapter = ADAPTERS.get(spec.benchmark);
  if (!adapter) {
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, [
      `benchmark: "${spec.benchmark}" is not a known benchmark (known: ${adapterNames().join(", ")})`,
    ]);
  }
  const section = (spec as Record<string, unknown>)[adapter.name];
  if (section === undefined) {
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, [
      `${adapter.name}: missing; a ${adapter.name} run needs a "${adapter.name}:" section`,
    ]);
  }
  const parsed = adapter.optionsSchema.safeParse(section);
  if (!parsed.success) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, zodIssues(parsed.error, adapter.name));
  const known = new Set(["name", "benchmark", "run_id", "seed", "samples_per_prompt", "video", "generator", "evaluation", adapter.name]);
  const unknown = Object.keys(spec).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new ValidationError(
      FleetErrorCode.SPEC_INVALID,
      `run spec ${source.name}`,
      unknown.map((k) => `${k}: unknown field (a ${adapter.name} run takes ${[...known].join(", ")})`),
    );
  }
  return { adapter, options: parsed.data };
}
