/** Names of reports in the ff_reports object store (written by the aggregator, served by the coordinator). */
export function reportObjectName(runId: string, format: "json" | "md" | "html"): string {
  return `${runId}/report.${format}`;
}
