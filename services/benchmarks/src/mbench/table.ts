/**
 * MBench's table: per dimension of the setting its reliability, coverage and M-Score, then the
 * three axis scores and the total. Shared by the fleet report (scores of the run's items) and
 * `framefleet score mbench` (an MBench run folder), so both agree by construction.
 */
import type { BenchmarkTable } from "../adapter";
import { MBENCH_AXES, dimensionsOf, metricName, settingTitle, usesTrigger, type MBenchAxis, type MBenchSetting } from "./dimensions";
import { aggregate, type DimensionResult, type MBenchAggregate } from "./formula";

export const TABLE_COLUMNS = ["axis", "sub-dimension", "metric", "reliability", "coverage", "M-Score", "samples"] as const;

export interface ModelResults {
  readonly modelId: string;
  /** Registration name → its result; metrics not measured are absent. */
  readonly results: Readonly<Record<string, DimensionResult>>;
}

export interface MBenchTableResult {
  readonly table: BenchmarkTable;
  /** Per model, in the order given. */
  readonly aggregates: ReadonlyMap<string, MBenchAggregate>;
}

const AXIS_TITLE: Record<MBenchAxis, string> = { entity: "Entity", environment: "Environment", causal: "Causal" };

/** Printed numbers: 4 decimals, as the other benchmark tables. */
function r4(v: number | null): number | null {
  return v === null ? null : Number(v.toFixed(4));
}

export function mbenchTable(setting: MBenchSetting, models: readonly ModelResults[], title: string, extraNotes: readonly string[] = []): MBenchTableResult {
  const several = models.length > 1;
  const dims = dimensionsOf(setting);
  const aggregates = new Map<string, MBenchAggregate>();
  const rows: (string | number | null)[][] = [];
  for (const m of models) {
    const agg = aggregate(setting, m.results);
    aggregates.set(m.modelId, agg);
    const lead = several ? [m.modelId] : [];
    for (const d of dims) {
      const name = metricName(setting, d);
      const r = m.results[name];
      rows.push([...lead, AXIS_TITLE[d.axis], d.label, name, r4(r?.reliability ?? null), r4(r?.coverage ?? null), r4(r?.m_score ?? null), r?.n ?? null]);
    }
    for (const axis of MBENCH_AXES) {
      const of = dims.filter((d) => d.axis === axis).length;
      rows.push([...lead, AXIS_TITLE[axis], `axis score: mean M-Score of its ${of} sub-dimensions`, "", null, null, r4(agg.axes[axis]), null]);
    }
    rows.push([...lead, "Total", `mean M-Score of the ${dims.length} sub-dimensions`, "", null, null, r4(agg.total), null]);
  }

  const notes = [
    "per metric: reliability R = mean score over the samples whose trigger fired; coverage C = samples triggered / samples judged; M-Score = 2RC/(R+C), 0 when C = 0",
    usesTrigger(setting)
      ? "MBench-T: a sample without a trigger result (no VLM judge) counts as triggered, so without the judge C = 1 and M-Score = 2R/(R+1)"
      : "MBench-A uses no trigger: every scored sample counts as triggered, so C = 1 and M-Score = 2R/(R+1)",
    "axis scores and the total are unweighted means of the M-Scores of the sub-dimensions measured (the total averages sub-dimensions, not axes), as the MBench leaderboard derives its aggregate columns",
  ];
  for (const m of models) {
    const agg = aggregates.get(m.modelId) as MBenchAggregate;
    const who = several ? `${m.modelId}: ` : "";
    if (agg.missing.length === dims.length) {
      notes.push(`${who}no ${settingTitle(setting)} metric was measured, so every dimension, axis and the total is missing (null)`);
    } else if (agg.missing.length > 0) {
      notes.push(`${who}not measured (null, left out of the means, so the axis scores and total are not comparable to a full run): ${agg.missing.join(", ")}`);
    }
  }
  notes.push(...extraNotes);

  const single = models.length === 1 ? aggregates.get((models[0] as ModelResults).modelId) : undefined;
  const scores: Record<string, number | null> = single
    ? { total: r4(single.total), entity: r4(single.axes.entity), environment: r4(single.axes.environment), causal: r4(single.axes.causal) }
    : Object.fromEntries(models.map((m) => [`${m.modelId}.total`, r4((aggregates.get(m.modelId) as MBenchAggregate).total)]));
  return {
    aggregates,
    table: {
      title,
      columns: [...(several ? ["model"] : []), ...TABLE_COLUMNS],
      rows,
      scores,
      notes,
      // The M-Score is the score (reliability and coverage are its parts, samples a count). The
      // axis alone repeats down the rows, so the sub-dimension (or the axis/total text) joins it.
      scoreColumns: ["M-Score"],
      labelColumns: [...(several ? ["model"] : []), "axis", "sub-dimension"],
    },
  };
}
