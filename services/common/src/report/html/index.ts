/**
 * HTML pages of reports: one run (`report.html`, in the run folder beside its videos) and several
 * runs side by side. Self-contained: inline CSS, SVG and script, nothing from the network.
 */
export { renderRunHtml, formatBenchmarkCell } from "./render-run";
export type { RenderRunOptions } from "./render-run";
export { buildComparison, COMPARE_SCHEMA, formatDelta, formatValue } from "./compare";
export type { Comparison, CompareBaseline, CompareColumn, CompareRow } from "./compare";
export { renderCompareHtml, renderCompareMarkdown } from "./render-compare";
export { escapeHtml, jsonForScript, relativeHref } from "./escape";
export { renderPage, htmlTable, scriptHash } from "./page";
export type { PageParts, Cell } from "./page";
export { buildTimeline } from "./timeline";
export type { Timeline } from "./timeline";
