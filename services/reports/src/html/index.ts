/**
 * HTML pages of reports: one run (`report.html`, in the run folder beside its videos) and several
 * runs side by side. Self-contained: inline CSS, SVG and script, nothing from the network.
 */
export { renderRunHtml, formatBenchmarkCell, FAILURES_LISTED } from "./render-run";
export type { RenderRunOptions } from "./render-run";
export { buildComparison, COMPARE_SCHEMA, formatDelta, formatValue } from "./compare";
export type { Comparison, CompareBaseline, CompareColumn, CompareRow } from "./compare";
export { renderCompareHtml, renderCompareMarkdown } from "./render-compare";
export { escapeHtml, jsonForScript, relativeHref } from "./escape";
export { renderPage, htmlTable, scriptHash } from "./page";
export type { PageParts, Cell } from "./page";
export { buildTimeline, mergeSpans } from "./timeline";
export { gridData, gridDataBlock, readGridData, GRID_DATA_ID, MAX_FILTER_VALUES } from "./grid-data";
export type { GridData, GridItem } from "./grid-data";
export { histogram, MAX_BINS } from "./histogram";
export type { Histogram, HistogramBin } from "./histogram";
export { PAGE_SIZES, DEFAULT_PAGE_SIZE } from "./videos-section";
export type { Timeline } from "./timeline";
