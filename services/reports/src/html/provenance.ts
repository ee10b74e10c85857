/**
 * What reproduces the run: the spec as submitted and the folder its relative paths resolve from
 * (the plan, item keys and seeds are a function of those), the backends it named, and a summary
 * of the per-item parameters the benchmark planned (each item's own are on its card). Everything
 * is text from the spec or benchmark files, escaped.
 */
import type { ReportItem, RunReport } from "../types";
import { escapeHtml, truncate } from "./escape";
import { htmlTable, type Cell } from "./page";

/** Distinct values counted per parameter before it is reported as "more than this". */
const DISTINCT_CAP = 1000;
const EXAMPLE_CHARS = 80;

export function provenanceSection(report: RunReport): string {
  const r = report.run;
  const kv = htmlTable(["field", "value"], [
    ["run id", r.run_id], ["benchmark", r.benchmark], ["generator backend", r.generator_backend],
    ["evaluator backend", r.evaluator_backend || null], ["spec folder (relative paths resolve here)", r.base_dir || null],
    ["output folder", r.output_dir],
  ], ' class="kv" id="provenance-table"');
  const spec = r.spec_yaml
    ? `<h3>Run spec as submitted</h3><pre id="spec">${escapeHtml(r.spec_yaml)}</pre>`
    : '<p class="muted">This run record holds no spec (a run from before specs were stored).</p>';
  const how = r.spec_yaml
    ? `<p class="muted">Saved as a file in the spec folder and submitted with <code>framefleet submit</code>, this spec plans the same items with the same seeds (and on the same coordinator finds this run again). The backends it names are configured on the workers (fleet config), which this report does not include.</p>`
    : "";
  const params = [paramTable("Per-item generation parameters", report.items, (it) => it.params), paramTable("Per-item evaluation parameters", report.items, (it) => it.eval_params)];
  return `<section id="provenance"><h2>Run spec and parameters</h2>${kv}${how}${spec}${params.join("")}</section>`;
}

/** Per parameter name: how many items set it, how many distinct values, and the first value. */
function paramTable(title: string, items: readonly ReportItem[], get: (it: ReportItem) => Record<string, string> | undefined): string {
  const byName = new Map<string, { items: number; values: Set<string>; example: string }>();
  for (const it of items) {
    for (const [k, v] of Object.entries(get(it) ?? {})) {
      const p = byName.get(k) ?? { items: 0, values: new Set<string>(), example: v };
      p.items++;
      if (p.values.size <= DISTINCT_CAP) p.values.add(v);
      byName.set(k, p);
    }
  }
  if (byName.size === 0) return "";
  const rows = [...byName.keys()].sort().map((k): Cell[] => {
    const p = byName.get(k) as { items: number; values: Set<string>; example: string };
    const distinct = p.values.size > DISTINCT_CAP ? `more than ${DISTINCT_CAP}` : String(p.values.size);
    return [k, p.items, distinct, truncate(p.example, EXAMPLE_CHARS)];
  });
  return `<h3>${escapeHtml(title)}</h3>${htmlTable(["name", { num: "items" }, "distinct values", "first value"], rows)}`;
}
