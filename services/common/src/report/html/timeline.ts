/**
 * The run's timeline from its items' generation start/finish times: throughput over time and
 * how busy each device was. Only the attempt that produced each video is known to the report, so
 * time spent on failed attempts is not shown.
 */
import type { RunReport } from "../types";
import { columnChart, laneChart, type Column, type Span } from "./svg-charts";

/** The run is cut into about this many bins for videos per hour. */
const BINS = 24;

/** Per-device busy share and the spans behind it, for tests and the page. */
export interface Timeline {
  originMs: number;
  totalMs: number;
  binMs: number;
  /** Videos per hour in each bin (by generation finish time). */
  columns: Column[];
  lanes: { lane: string; busyPct: number }[];
  spans: Span[];
}

/** Null when no item has both times (nothing generated yet). */
export function buildTimeline(report: RunReport): Timeline | null {
  const timed = report.items.flatMap((it) => {
    const start = it.started_at ? Date.parse(it.started_at) : NaN;
    const end = it.finished_at ? Date.parse(it.finished_at) : NaN;
    return Number.isFinite(start) && Number.isFinite(end) && end >= start ? [{ it, start, end }] : [];
  });
  if (timed.length === 0) return null;
  const originMs = Math.min(...timed.map((t) => t.start));
  const totalMs = Math.max(Math.max(...timed.map((t) => t.end)) - originMs, 1000);
  const binMs = Math.max(1000, Math.ceil(totalMs / BINS / 1000) * 1000);
  const columns: Column[] = [];
  for (let start = 0; start < totalMs; start += binMs) columns.push({ startMs: start, value: 0 });
  const perHour = 3_600_000 / binMs;
  for (const t of timed) {
    const col = columns[Math.min(columns.length - 1, Math.floor((t.end - originMs) / binMs))];
    if (col) col.value += perHour;
  }
  const busy = new Map<string, number>();
  const spans: Span[] = timed.map((t) => {
    const lane = `${t.it.node ?? "?"} · ${t.it.device ?? "?"}`;
    busy.set(lane, (busy.get(lane) ?? 0) + (t.end - t.start));
    const secs = ((t.end - t.start) / 1000).toFixed(1);
    return { lane, startMs: t.start - originMs, endMs: t.end - originMs, hint: `${t.it.item_key} #${t.it.sample_index} (${t.it.task_id}): ${secs} s` };
  });
  const lanes = [...busy.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([lane, ms]) => ({ lane, busyPct: (100 * ms) / totalMs }));
  return { originMs, totalMs, binMs, columns, lanes, spans };
}

/** The timeline section's charts (empty string when there is no timeline). */
export function timelineCharts(t: Timeline | null): string {
  if (!t) return "";
  return [
    columnChart(`Videos per hour (bins of ${Math.round(t.binMs / 1000)} s, by finish time)`, t.columns, t.binMs, "videos/h"),
    laneChart("Generation per device (busy share of the run)", t.lanes, t.spans, t.totalMs),
  ].join("");
}
