/**
 * The run's timeline from its items' generation start/finish times: throughput over time and
 * how busy each device was. Only the attempt that produced each video is known to the report, so
 * time spent on failed attempts is not shown.
 */
import type { RunReport } from "../types";
import { columnChart, laneChart, type Column, type Span } from "./svg-charts";

/** The run is cut into about this many bins for videos per hour. */
const BINS = 24;
/**
 * Spans of one lane closer than this share of the run (about 2 px of a ~480 px lane) are drawn
 * as one block: a block per video made 5,000 SVG rects (700 kB) for 5,000 items. A lane then
 * has at most ~200 blocks whatever the number of items, and a gap that shows is a real one.
 */
const MERGE_SHARE = 1 / 200;

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
  // Loops, not Math.min(...list): spreading 100k arguments overflows the stack.
  let originMs = Infinity;
  let lastMs = -Infinity;
  for (const t of timed) {
    originMs = Math.min(originMs, t.start);
    lastMs = Math.max(lastMs, t.end);
  }
  const totalMs = Math.max(lastMs - originMs, 1000);
  const binMs = Math.max(1000, Math.ceil(totalMs / BINS / 1000) * 1000);
  const columns: Column[] = [];
  for (let start = 0; start < totalMs; start += binMs) columns.push({ startMs: start, value: 0 });
  const perHour = 3_600_000 / binMs;
  for (const t of timed) {
    const col = columns[Math.min(columns.length - 1, Math.floor((t.end - originMs) / binMs))];
    if (col) col.value += perHour;
  }
  const busy = new Map<string, number>();
  const byLane = new Map<string, Span[]>();
  for (const t of timed) {
    const lane = `${t.it.node ?? "?"} · ${t.it.device ?? "?"}`;
    busy.set(lane, (busy.get(lane) ?? 0) + (t.end - t.start));
    const secs = ((t.end - t.start) / 1000).toFixed(1);
    const span = { lane, startMs: t.start - originMs, endMs: t.end - originMs, hint: `${t.it.item_key} #${t.it.sample_index} (${t.it.task_id}): ${secs} s` };
    const list = byLane.get(lane);
    if (list) list.push(span);
    else byLane.set(lane, [span]);
  }
  const laneNames = [...busy.keys()].sort((a, b) => a.localeCompare(b));
  const lanes = laneNames.map((lane) => ({ lane, busyPct: (100 * (busy.get(lane) ?? 0)) / totalMs }));
  const spans = laneNames.flatMap((lane) => mergeSpans(byLane.get(lane) ?? [], totalMs * MERGE_SHARE));
  return { originMs, totalMs, binMs, columns, lanes, spans };
}

/**
 * One lane's spans, sorted, with spans that overlap or lie within `gapMs` of each other merged
 * into one block whose hint says how many videos it holds. A lone span keeps its own hint.
 */
export function mergeSpans(spans: readonly Span[], gapMs: number): Span[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  const out: Span[] = [];
  let videos = 0;
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.startMs - last.endMs <= gapMs) {
      last.endMs = Math.max(last.endMs, s.endMs);
      videos++;
      last.hint = `${videos} videos, ${((last.endMs - last.startMs) / 1000).toFixed(1)} s`;
    } else {
      out.push({ ...s });
      videos = 1;
    }
  }
  return out;
}

/** The timeline section's charts (empty string when there is no timeline). */
export function timelineCharts(t: Timeline | null): string {
  if (!t) return "";
  return [
    columnChart(`Videos per hour (bins of ${Math.round(t.binMs / 1000)} s, by finish time)`, t.columns, t.binMs, "videos/h"),
    laneChart("Generation per device (busy share of the run)", t.lanes, t.spans, t.totalMs),
  ].join("");
}
