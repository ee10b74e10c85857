/**
 * Run reports: the JSON schema (a public contract), building it from run and item records,
 * and rendering it as Markdown.
 */
export * from "./types";
export { buildReport } from "./build";
export type { BuildReportOptions } from "./build";
export { renderMarkdown, escapeMarkdown, MD_ITEMS_LISTED, MD_FAILURES_LISTED, MD_EXTREMES_N } from "./markdown";
export { reportObjectName } from "./store";
export { benchmarkArtifacts, benchmarkSection, scoredItems } from "./benchmark";
export { scoreSeries } from "./score-columns";
export type { ScorePoint, ScoreSeries } from "./score-columns";
export { doneMetricValues, metricExtremes } from "./extremes";
export type { MetricExtremes, MetricValue } from "./extremes";
export * from "./html";
