/**
 * The run page's charts of scores: a histogram per measured metric (over done items, as the
 * aggregates), then bars by row of each of the benchmark table's declared score columns, then each
 * label's groups per metric. Nothing else is plotted: a table's weights, video counts or the
 * synthetic table's mix of widths and flicker scores never reach an axis (score-columns.ts).
 */
import type { MetricValue } from "../extremes";
import { scoreSeries } from "../score-columns";
import type { RunReport } from "../types";
import { escapeHtml } from "./escape";
import { histogram } from "./histogram";
import { barChart, histogramChart, type Bar } from "./svg-charts";

/** A bar chart shows at most this many rows or groups; a label with more values (captions, scene ids) is not charted. */
export const MAX_BARS = 40;

/**
 * One histogram per metric, in metric order. A metric with one value for every item (the
 * frames/fps/size check) has a one-bar distribution: it is listed in a line instead of a chart.
 */
export function histogramsSection(values: ReadonlyMap<string, readonly MetricValue[]>): string {
  const charts: string[] = [];
  const constant: string[] = [];
  for (const [metric, list] of values) {
    const h = histogram(list.map((v) => v.value));
    if (!h) continue;
    if (h.min === h.max) constant.push(`<li data-metric="${escapeHtml(metric)}">${escapeHtml(`${metric} = ${fmt(h.min)} (all ${h.n})`)}</li>`);
    else charts.push(histogramChart(`${metric} distribution`, h));
  }
  if (charts.length === 0 && constant.length === 0) return "";
  const same = constant.length ? `<p class="muted">Equal for every done item:</p><ul class="notes" id="constant-metrics">${constant.join("")}</ul>` : "";
  return `<section id="distributions"><h2>Distributions (done items)</h2><div class="charts">${charts.join("\n")}</div>${same}</section>`;
}

const fmt = (v: number): string => String(Number(v.toFixed(4)));

/** Bars by row of each score column of the benchmark table, and by label group per metric. */
export function dimensionCharts(report: RunReport): string {
  const out: string[] = [];
  const notes: string[] = [];
  const b = report.benchmark;
  for (const s of scoreSeries(b)) {
    const bars: Bar[] = s.points.slice(0, MAX_BARS).map((p) => ({ label: p.label, value: p.value }));
    out.push(barChart(`${b?.title ?? ""}: ${s.column}`, bars));
    if (s.points.length > MAX_BARS) notes.push(`${s.column}: the first ${MAX_BARS} of ${s.points.length} rows are charted; the table above has them all`);
  }
  for (const [label, byValue] of Object.entries(report.groups ?? {})) {
    const values = Object.keys(byValue).length;
    if (values > MAX_BARS) {
      notes.push(`${label}: ${values} values, too many to chart; report.json has each group's aggregates`);
      continue;
    }
    const metrics = [...new Set(Object.values(byValue).flatMap((m) => Object.keys(m)))].sort();
    for (const metric of metrics) {
      const bars = Object.entries(byValue).flatMap(([value, m]) => {
        const a = m[metric];
        return a ? [{ label: value, value: a.mean, hint: `${value}: mean ${a.mean.toFixed(4)} over ${a.n}` }] : [];
      });
      // One group is the metric's overall mean again (the metrics table has it), and a metric
      // equal in every group (frames, fps of a frames/fps check) says nothing per dimension.
      if (bars.length > 1 && bars.some((x) => x.value !== bars[0]?.value)) out.push(barChart(`${metric} by ${label}`, bars));
    }
  }
  if (out.length === 0 && notes.length === 0) return "";
  const list = notes.length ? `<ul class="notes">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "";
  return `<section id="charts"><h2>By dimension</h2>${list}<div class="charts">${out.join("\n")}</div></section>`;
}
