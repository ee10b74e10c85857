/**
 * The adapter registry, and validation of a spec's adapter section.
 */
import { FleetErrorCode, ValidationError } from "../../common/src/errors";
import { videoCountIssue } from "../../common/src/limits";
import { commonSpecIssues, readSpecDocument, specTextIssues, valueTextIssues, zodIssues, type RunSpec, type SpecSource } from "./run-spec";
import type { BenchmarkAdapter, PlanContext } from "./adapter";
import type { DataRootsConfig } from "../../common/src/data-roots";
import { SPEC_FOLDER_ONLY, SpecFiles } from "./spec-files";
import type { BenchmarkScorer } from "./scorer";
import type { Benchmark } from "./benchmark";
import { synthetic } from "./synthetic";
import { vbench } from "./vbench";
import { videophy2 } from "./videophy2";
import { worldmodelbench } from "./worldmodelbench";
import { sanaWm } from "./sana-wm";
import { mbench } from "./mbench";

export type { BenchmarkAdapter, BenchmarkTable, PlannedItem, PlanContext, RunArtifact, ScoredItem, VideoCount } from "./adapter";
export type { BenchmarkScorer, ScoreFiles, ScoreResult } from "./scorer";
export type { Benchmark } from "./benchmark";
// What services beyond planning and scoring use: SANA-WM's trajectories (the evaluator's revisit
// metric), Python's rounding, simulated GPU time (benches).
export { DEFAULT_MAX_PAIRS, REF_FPS, readSceneTrajectories, remapFrameIndex, selectRevisitPairs, type RevisitPairSpec } from "./sana-wm/trajectories";
export { pyRound } from "./py-round";
export { simulatedMs } from "./simulated-time";
export { SpecFiles, SPEC_FOLDER_ONLY } from "./spec-files";
export { parseRunSpec, readSpecDocument, commonSpecIssues, zodIssues, type RunSpec, type SpecSource } from "./run-spec";

/** The registry: one line per benchmark. Everything else (validation, planning, tables, score, help, tests) reads it. */
const BENCHMARKS: readonly Benchmark[] = [synthetic, vbench, videophy2, worldmodelbench, sanaWm, mbench];

const ADAPTERS: ReadonlyMap<string, BenchmarkAdapter<unknown>> = new Map(BENCHMARKS.map((b) => [b.adapter.name, b.adapter]));
const SCORERS: ReadonlyMap<string, BenchmarkScorer> = new Map(BENCHMARKS.flatMap((b) => (b.scorer ? [[b.scorer.name, b.scorer] as const] : [])));

/** Every registered benchmark, in registry order. */
export function benchmarks(): readonly Benchmark[] {
  return BENCHMARKS;
}

/** The `framefleet score` implementation of a benchmark, or undefined. */
export function scorerFor(name: string): BenchmarkScorer | undefined {
  return SCORERS.get(name);
}

/**
 * What an adapter plans with: the spec's source and the files it may read (the spec's folder and
 * `roots`; by default the spec's folder only).
 */
export async function planContext(source: SpecSource, roots: DataRootsConfig = SPEC_FOLDER_ONLY): Promise<PlanContext> {
  return { source, files: await SpecFiles.open(source, roots) };
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

/** A spec whose every part is valid: the common fields, its adapter and the adapter's options. */
export interface ValidatedSpec extends ResolvedAdapter {
  readonly spec: RunSpec;
}

/** The top-level fields every run may have, besides its adapter's section. */
// Keep in step with runSpecSchema's top-level fields: a field missing here is refused at submit.
const COMMON_FIELDS = ["name", "benchmark", "run_id", "seed", "samples_per_prompt", "priority", "owner", "team", "share", "video", "generator", "evaluation"] as const;

/**
 * Stages 3–5 of validation, without throwing: `benchmark` names a known adapter, its section is
 * there and valid, and no top-level field is unknown. Every problem is returned, so that one
 * error lists them all together with the common fields' problems.
 */
export function adapterIssues(raw: Readonly<Record<string, unknown>>): { readonly resolved?: ResolvedAdapter; readonly issues: string[] } {
  const issues: string[] = [];
  const name = raw.benchmark;
  // A missing or non-string benchmark is reported with the common fields.
  const adapter = typeof name === "string" ? ADAPTERS.get(name) : undefined;
  if (typeof name === "string" && name !== "" && !adapter) {
    issues.push(`benchmark: "${name}" is not a known benchmark (known: ${adapterNames().join(", ")})`);
  }
  let options: unknown;
  if (adapter) {
    const section = raw[adapter.name];
    if (section === undefined) issues.push(`${adapter.name}: missing; a ${adapter.name} run needs a "${adapter.name}:" section`);
    else {
      const parsed = adapter.optionsSchema.safeParse(section);
      if (parsed.success) options = parsed.data;
      else issues.push(...zodIssues(parsed.error, adapter.name));
    }
  }
  // Without a known adapter, any benchmark's section name is allowed: which one is meant is unclear.
  const known = new Set<string>([...COMMON_FIELDS, ...(adapter ? [adapter.name] : adapterNames())]);
  const takes = adapter ? `a ${adapter.name} run takes ${[...known].join(", ")}` : `a run takes ${COMMON_FIELDS.join(", ")} and its benchmark's section`;
  for (const k of Object.keys(raw)) if (!known.has(k)) issues.push(`${k}: unknown field (${takes})`);
  return adapter && issues.length === 0 ? { resolved: { adapter, options }, issues } : { issues };
}

/** Finds a parsed spec's adapter and validates its section; every problem is reported at once. */
export function resolveAdapter(spec: RunSpec, source: SpecSource): ResolvedAdapter {
  const { resolved, issues } = adapterIssues(spec as Record<string, unknown>);
  if (!resolved) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, issues);
  return resolved;
}

/** What validation checks beyond the spec itself: the coordinator's cap on videos per run. */
export interface SpecLimits {
  /** coordinator.max_videos_per_run; absent: no cap (offline tools). */
  readonly maxVideos?: number;
}

/**
 * Validates a whole run spec (stages 1–5 of docs/run-spec.md) and throws one `spec_invalid`
 * error listing every bad field: the common fields, the benchmark's section and unknown fields
 * together, so the user fixes everything in one go. Only a YAML syntax error stops it earlier.
 * With `limits.maxVideos`, a spec whose video count the adapter knows without planning (e.g.
 * synthetic.items × samples_per_prompt) is refused here when it plans more videos than that.
 */
export function validateRunSpec(yamlText: string, source: SpecSource, limits: SpecLimits = {}): ValidatedSpec {
  // The text rules (docs/run-spec.md) come first, by line: U+FFFD (invalid UTF-8 in transit) and
  // raw control characters. At submit only, so that stored specs from before still load.
  const asText = specTextIssues(yamlText);
  if (asText.length > 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, asText);
  const raw = readSpecDocument(yamlText, source);
  const common = commonSpecIssues(raw);
  const section = adapterIssues(raw);
  const text = valueTextIssues(raw);
  if (!common.spec || !section.resolved || text.length > 0) {
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, [...common.issues, ...section.issues, ...text]);
  }
  const counted = section.resolved.adapter.videoCount?.(common.spec, section.resolved.options);
  if (counted && limits.maxVideos !== undefined && counted.count > limits.maxVideos) {
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, [videoCountIssue(counted.field, counted.count, limits.maxVideos, counted.what)]);
  }
  return { spec: common.spec, ...section.resolved };
}
