/**
 * Names of reports in the ff_reports object store (written by the aggregator, served by the
 * coordinator). The run's generation is part of the name, so a resumed run never serves the
 * report of its previous round.
 */
export function reportObjectName(runId: string, generation: number, format: "json" | "md" | "html"): string {
  return `${runId}/g${generation}/report.${format}`;
}
