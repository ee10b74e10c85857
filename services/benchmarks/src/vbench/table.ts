/**
 * VBench's table: the 16 dimensions with their raw and normalised values, and Quality, Semantic
 * and Total computed by formula.ts exactly as `cal_final_score.py` does. Shared by the fleet report
 * (from the items' scores) and `framefleet score vbench` (from official result files), so the two
 * agree by construction.
 */
import type { BenchmarkTable, ScoredItem } from "../adapter";
import {
  VBENCH_DIMENSIONS,
  VBENCH_QUALITY,
  dimensionWeight,
  isVBenchDimension,
  vbenchOfficialScores,
  type VBenchDimension,
  type VBenchScores,
} from "./formula";

export const TABLE_COLUMNS = ["dimension", "type", "raw", "normalized", "weight", "videos"] as const;
/**
 * Only raw is a score on one scale across dimensions: normalized is already multiplied by the
 * dimension's weight, and weight and videos are not measurements at all.
 */
export const SCORE_COLUMNS = ["raw"] as const;

/** VBench keeps at most this many static-filtered videos per temporal_flickering prompt. */
export const STATIC_FILTER_KEEP = 5;

export interface TableInput {
  readonly title: string;
  /** Measured dimensions only: dimension → raw average in [0,1]. */
  readonly raw: Readonly<Record<string, number>>;
  /** Videos behind each dimension's average, when known. */
  readonly videos?: Readonly<Record<string, number>>;
  /** Notes specific to where the numbers came from, shown after the common ones. */
  readonly notes?: readonly string[];
}

export interface VBenchTableResult {
  readonly table: BenchmarkTable;
  /** Null when no dimension at all was measured. */
  readonly scores: VBenchScores | null;
}

function fmt(v: number): string {
  return String(Number(v.toFixed(4)));
}

/** The table for a set of measured raw dimension averages. */
export function vbenchTable(input: TableInput): VBenchTableResult {
  const measured = VBENCH_DIMENSIONS.filter((d) => typeof input.raw[d] === "number" && Number.isFinite(input.raw[d]));
  const scores = measured.length > 0 ? vbenchOfficialScores(input.raw) : null;
  const rows = VBENCH_DIMENSIONS.map((dim) => {
    const known = scores !== null && !scores.missing.includes(dim);
    return [
      dim,
      VBENCH_QUALITY.includes(dim) ? "quality" : "semantic",
      known ? (input.raw[dim] as number) : null,
      known ? scores.normalized[dim] : null,
      dimensionWeight(dim),
      input.videos ? (input.videos[dim] ?? 0) : null,
    ];
  });
  const notes: string[] = [
    "normalized = (raw - Min) / (Max - Min) x weight with VBench's Min/Max (scripts/constant.py), no clipping; " +
      "quality = weighted mean of the 7 quality dimensions, semantic = mean of the 9 semantic ones, total = (4 x quality + semantic) / 5 (fractions; the leaderboard shows x100)",
  ];
  if (scores === null) {
    notes.push("no VBench dimension was measured, so there is no Quality, Semantic or Total score");
  } else if (scores.missing.length > 0) {
    const negative = scores.missing.filter((d) => scores.normalized[d] < 0);
    notes.push(
      `not measured, counted as raw 0 as the official cal_final_score.py does: ${scores.missing.join(", ")}` +
        (negative.length > 0 ? `; raw 0 normalizes below 0 for ${negative.map((d) => `${d} (${fmt(scores.normalized[d])})`).join(", ")}` : ""),
    );
    notes.push(
      `Quality/Semantic/Total with ${scores.missing.length} of 16 dimensions missing are not comparable to the VBench leaderboard`,
    );
  }
  const unknown = Object.keys(input.raw).filter((k) => !isVBenchDimension(k));
  if (unknown.length > 0) notes.push(`ignored (not one of VBench's 16 dimensions): ${unknown.sort().join(", ")}`);
  notes.push(...(input.notes ?? []));
  const headline = (k: "quality_score" | "semantic_score" | "total_score"): number | null => (scores ? scores[k] : null);
  return {
    scores,
    table: {
      title: input.title,
      columns: [...TABLE_COLUMNS],
      scoreColumns: [...SCORE_COLUMNS],
      rows,
      scores: { quality_score: headline("quality_score"), semantic_score: headline("semantic_score"), total_score: headline("total_score") },
      notes,
    },
  };
}

/** One measured video of one dimension. */
export interface DimensionVideo {
  readonly itemKey: string;
  readonly outputPath: string;
  readonly value: number;
}

/**
 * The per-video scores of each dimension, as VBench would average them: only done items, only the
 * dimensions of the item's own prompt (labels.dimensions; a score computed on other videos, e.g.
 * through evaluation.metrics, is not part of that dimension in VBench), in output-path order so
 * the table and the written eval-results files sum in the same order.
 */
export function dimensionVideos(items: readonly ScoredItem[]): Map<VBenchDimension, DimensionVideo[]> {
  const byDim = new Map<VBenchDimension, DimensionVideo[]>();
  const done = items.filter((i) => i.state === "done" && i.outputPath !== "");
  done.sort((a, b) => (a.outputPath < b.outputPath ? -1 : a.outputPath > b.outputPath ? 1 : 0));
  for (const item of done) {
    for (const dim of labelDimensions(item)) {
      const value = item.scores[dim];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      const list = byDim.get(dim) ?? [];
      list.push({ itemKey: item.itemKey, outputPath: item.outputPath, value });
      byDim.set(dim, list);
    }
  }
  return byDim;
}

export function labelDimensions(item: Pick<ScoredItem, "labels">): VBenchDimension[] {
  return (item.labels.dimensions ?? "")
    .split(",")
    .map((d) => d.trim())
    .filter(isVBenchDimension);
}

/** The plain mean, summed in list order (the eval-results writer sums the same way). */
export function meanOf(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

export interface ItemsTableOptions {
  readonly title: string;
  /** Set when the run planned only some prompts per folder (vbench.limit). */
  readonly limit?: number;
}

/** The table of a fleet run, from its items' scores. */
export function vbenchItemsTable(items: readonly ScoredItem[], opts: ItemsTableOptions): VBenchTableResult {
  const byDim = dimensionVideos(items);
  const raw: Record<string, number> = {};
  const videos: Record<string, number> = {};
  for (const [dim, list] of byDim) {
    raw[dim] = meanOf(list.map((v) => v.value));
    videos[dim] = list.length;
  }
  const notes: string[] = [];
  const done = items.filter((i) => i.state === "done").length;
  if (done < items.length) notes.push(`only done items count: ${done} of ${items.length} planned videos are done`);
  if (opts.limit !== undefined) {
    notes.push(`vbench.limit = ${opts.limit}: each dimension is averaged over a subset of its prompts, so even measured dimensions are not leaderboard numbers`);
  }
  const flicker = byDim.get("temporal_flickering");
  if (flicker) {
    const perPrompt = new Map<string, number>();
    for (const v of flicker) perPrompt.set(v.itemKey, (perPrompt.get(v.itemKey) ?? 0) + 1);
    const most = Math.max(...perPrompt.values());
    notes.push(
      most > STATIC_FILTER_KEEP
        ? `temporal_flickering: VBench's static filter (RAFT) was not applied; the average is over all measured videos (up to ${most} per prompt) instead of at most ${STATIC_FILTER_KEEP} static ones per prompt`
        : `temporal_flickering: VBench's static filter (RAFT) was not applied to these videos`,
    );
  }
  return vbenchTable({ title: opts.title, raw, videos, notes });
}
