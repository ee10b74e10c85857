/**
 * Hand-written inline SVG charts for the report pages: no library, no network, and every label
 * escaped (labels are benchmark dimension names and node names, not trusted).
 */
import { escapeHtml, truncate } from "./escape";
import type { Histogram } from "./histogram";

/** One bar of {@link barChart}. */
export interface Bar {
  label: string;
  value: number;
  /** Text of the bar's tooltip; defaults to "label: value". */
  hint?: string;
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/0+$/, "").replace(/\.$/, ""));

/**
 * Horizontal bars, one row per label (long dimension names stay readable). Bars scale from 0 to
 * the largest |value|; negative values (deltas) extend the same way and are marked by colour.
 */
export function barChart(title: string, bars: readonly Bar[], opts: { width?: number } = {}): string {
  const width = opts.width ?? 560;
  const labelW = 190;
  const valueW = 70;
  const row = 20;
  const top = 24;
  const height = top + bars.length * row + 6;
  const max = Math.max(...bars.map((b) => Math.abs(b.value)), 0) || 1;
  const span = width - labelW - valueW - 10;
  const rows = bars.map((b, i) => {
    const y = top + i * row;
    const w = Math.max(1, (Math.abs(b.value) / max) * span);
    const cls = b.value < 0 ? "bar neg" : "bar";
    return [
      `<text class="lbl" x="${labelW - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(truncate(b.label, 30))}</text>`,
      `<rect class="${cls}" x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 6}"><title>${escapeHtml(b.hint ?? `${b.label}: ${fmt(b.value)}`)}</title></rect>`,
      `<text class="val" x="${(labelW + w + 4).toFixed(1)}" y="${y + 14}">${escapeHtml(fmt(b.value))}</text>`,
    ].join("");
  });
  return svg(width, height, title, [`<text class="title" x="4" y="15">${escapeHtml(title)}</text>`, ...rows]);
}

/** One time bin of {@link columnChart}. */
export interface Column {
  /** Bin start, ms since the chart's origin. */
  startMs: number;
  value: number;
}

/** Vertical columns over time (videos per hour per bin), with the axis in minutes from the start. */
export function columnChart(title: string, columns: readonly Column[], binMs: number, unit: string): string {
  const width = 560;
  const height = 180;
  const left = 56;
  const bottom = 26;
  const top = 24;
  const plotW = width - left - 10;
  const plotH = height - top - bottom;
  const max = Math.max(...columns.map((c) => c.value), 0) || 1;
  const totalMs = Math.max(binMs * columns.length, 1);
  const parts = [`<text class="title" x="4" y="15">${escapeHtml(title)}</text>`];
  parts.push(`<text class="axis" x="${left - 4}" y="${top + 8}" text-anchor="end">${escapeHtml(fmt(Math.round(max)))}</text>`);
  parts.push(`<text class="axis" x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text>`);
  parts.push(`<line class="grid" x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}"/>`);
  columns.forEach((c) => {
    const x = left + (c.startMs / totalMs) * plotW;
    const w = Math.max(1, (binMs / totalMs) * plotW - 1);
    const h = (c.value / max) * plotH;
    parts.push(
      `<rect class="bar" x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeHtml(`${minutes(c.startMs)}: ${fmt(Math.round(c.value))} ${unit}`)}</title></rect>`,
    );
  });
  parts.push(`<text class="axis" x="${left}" y="${height - 8}">0 min</text>`);
  parts.push(`<text class="axis" x="${left + plotW}" y="${height - 8}" text-anchor="end">${escapeHtml(minutes(totalMs))}</text>`);
  return svg(width, height, title, parts);
}

/**
 * A histogram (histogram.ts): counts on the y axis, the metric's range on the x axis, a tooltip
 * per bin with its range and count.
 */
export function histogramChart(title: string, h: Histogram): string {
  const width = 360;
  const height = 170;
  const left = 44;
  const bottom = 26;
  const top = 24;
  const plotW = width - left - 10;
  const plotH = height - top - bottom;
  const most = Math.max(1, ...h.bins.map((b) => b.count));
  const slot = plotW / h.bins.length;
  const parts = [`<text class="title" x="4" y="15">${escapeHtml(title)}</text>`];
  parts.push(`<text class="axis" x="${left - 4}" y="${top + 8}" text-anchor="end">${most}</text>`);
  parts.push(`<text class="axis" x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text>`);
  parts.push(`<line class="grid" x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}"/>`);
  h.bins.forEach((b, i) => {
    const bh = (b.count / most) * plotH;
    const range = h.discrete ? fmt(b.lo) : h.bins.length === 1 ? `all ${fmt(b.lo)}` : `${fmt(b.lo)} – ${fmt(b.hi)}`;
    parts.push(
      `<rect class="bar" x="${(left + i * slot + 0.5).toFixed(1)}" y="${(top + plotH - bh).toFixed(1)}" width="${Math.max(1, slot - 1).toFixed(1)}" height="${bh.toFixed(1)}"><title>${escapeHtml(`${range}: ${b.count}`)}</title></rect>`,
    );
  });
  parts.push(`<text class="axis" x="${left}" y="${height - 8}">${escapeHtml(fmt(h.min))}</text>`);
  if (h.max !== h.min) parts.push(`<text class="axis" x="${left + plotW}" y="${height - 8}" text-anchor="end">${escapeHtml(fmt(h.max))}</text>`);
  parts.push(`<text class="axis" x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle">n = ${h.n}</text>`);
  return svg(width, height, title, parts);
}

/** One busy interval on a lane of {@link laneChart}. */
export interface Span {
  lane: string;
  startMs: number;
  endMs: number;
  hint: string;
}

/** One lane per device (node:device), a block per generation attempt: where the GPU time went. */
export function laneChart(title: string, lanes: readonly { lane: string; busyPct: number }[], spans: readonly Span[], totalMs: number): string {
  const width = 720;
  const left = 230;
  const row = 22;
  const top = 24;
  const height = top + lanes.length * row + 22;
  const plotW = width - left - 10;
  const total = Math.max(totalMs, 1);
  const index = new Map(lanes.map((l, i) => [l.lane, i]));
  const parts = [`<text class="title" x="4" y="15">${escapeHtml(title)}</text>`];
  lanes.forEach((l, i) => {
    const y = top + i * row;
    parts.push(`<text class="lbl" x="${left - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(truncate(l.lane, 28))} (${l.busyPct.toFixed(0)}%)</text>`);
    parts.push(`<rect class="lane" x="${left}" y="${y + 3}" width="${plotW}" height="${row - 6}"/>`);
  });
  for (const s of spans) {
    const i = index.get(s.lane);
    if (i === undefined) continue;
    const x = left + (Math.max(0, s.startMs) / total) * plotW;
    const w = Math.max(1, ((s.endMs - s.startMs) / total) * plotW);
    parts.push(`<rect class="bar" x="${x.toFixed(1)}" y="${top + i * row + 4}" width="${w.toFixed(1)}" height="${row - 8}"><title>${escapeHtml(s.hint)}</title></rect>`);
  }
  parts.push(`<text class="axis" x="${left}" y="${height - 6}">0 min</text>`);
  parts.push(`<text class="axis" x="${left + plotW}" y="${height - 6}" text-anchor="end">${escapeHtml(minutes(total))}</text>`);
  return svg(width, height, title, parts);
}

function svg(width: number, height: number, title: string, parts: readonly string[]): string {
  return `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join("")}</svg>`;
}

function minutes(ms: number): string {
  return `${(ms / 60_000).toFixed(ms < 600_000 ? 1 : 0)} min`;
}
