/**
 * Run reports: the JSON schema (a public contract), building it from run and item records,
 * and rendering it as Markdown.
 */
export * from "./types";
export { buildReport } from "./build";
export type { BuildReportOptions } from "./build";
export { renderMarkdown, escapeMarkdown } from "./markdown";
export { reportObjectName } from "./store";
export { benchmarkArtifacts, benchmarkSection, scoredItems } from "./benchmark";
export * from "./html";
