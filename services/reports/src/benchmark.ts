/**
 * The benchmark's own part of a report: its table (VBench Quality/Semantic/Total, VideoPhy-2 joint
 * …) and the files its official tools read, both computed by the run's adapter from the spec stored
 * with the run. Used by the aggregator (final report, artifacts) and the coordinator (partial report).
 */
import { parseRunSpec, resolveAdapter, type RunArtifact, type ScoredItem } from "../../benchmarks/src";
import { itemStateName, type ItemRecord, type RunRecord } from "../../common/src/proto";
import type { ReportBenchmark } from "./types";

/** The items as adapters see them: plain values, scores without NaN/Infinity. */
export function scoredItems(items: readonly ItemRecord[]): ScoredItem[] {
  return items.map((it) => ({
    itemKey: it.itemKey,
    sampleIndex: it.sampleIndex,
    seed: Number(it.seed ?? 0),
    prompt: it.prompt,
    state: itemStateName(it.state),
    outputPath: it.output?.path ?? "",
    labels: { ...(it.labels ?? {}) },
    scores: Object.fromEntries(Object.entries(it.scores ?? {}).filter(([, v]) => Number.isFinite(v))),
  }));
}

function adapterOf(run: RunRecord) {
  const source = { name: `run ${run.runId}`, baseDir: run.baseDir };
  const spec = parseRunSpec(run.specYaml, source);
  return { spec, ...resolveAdapter(spec, source) };
}

/**
 * The benchmark table of a run; null for a record without a stored spec (older runs). A table
 * that cannot be computed is reported as such rather than failing the whole report.
 */
export function benchmarkSection(run: RunRecord, items: readonly ItemRecord[]): ReportBenchmark | null {
  if (!run.specYaml) return null;
  try {
    const { spec, adapter, options } = adapterOf(run);
    const t = adapter.table(scoredItems(items), spec, options);
    return {
      title: t.title,
      columns: [...t.columns],
      rows: t.rows.map((r) => [...r]),
      scores: { ...t.scores },
      notes: [...t.notes],
      score_columns: [...(t.scoreColumns ?? [])],
      ...(t.labelColumns ? { label_columns: [...t.labelColumns] } : {}),
    };
  } catch (err) {
    return {
      title: `${run.benchmark}: table not available`,
      columns: [],
      rows: [],
      scores: {},
      notes: [`the benchmark table could not be computed: ${(err as Error).message}`],
      score_columns: [],
    };
  }
}

/** Files the benchmark's official tools read, to be written into the run folder at the end. */
export function benchmarkArtifacts(run: RunRecord, items: readonly ItemRecord[]): RunArtifact[] {
  if (!run.specYaml) return [];
  const { spec, adapter, options } = adapterOf(run);
  return adapter.artifacts ? adapter.artifacts(scoredItems(items), spec, options) : [];
}
