/**
 * The comparison of several runs (compare.ts) as a self-contained HTML page and as Markdown.
 */
import { escapeMarkdown } from "../markdown";
import { type Comparison, formatDelta, formatValue } from "./compare";
import { escapeHtml } from "./escape";
import { renderPage } from "./page";
import { barChart } from "./svg-charts";

export function renderCompareHtml(cmp: Comparison): string {
  const title = `FrameFleet comparison: ${cmp.rows.length} runs`;
  const base = cmp.baseline === "first" ? `the first run given (${cmp.baseline_run})` : "the best run of each column";
  const header = `<h1>${escapeHtml(title)}</h1><div class="muted">deltas relative to ${escapeHtml(base)}</div>`;
  const th = cmp.columns.map((c) => `<th class="num" data-key="${escapeHtml(c.key)}">${escapeHtml(c.label)}</th>`).join("");
  const rows = cmp.rows.map((r, i) => {
    const tds = cmp.columns.map((c) => {
      const v = r.values[c.key] ?? null;
      const d = r.deltas[c.key] ?? null;
      const cls = d === null || d === 0 ? "" : d > 0 ? " pos" : " neg";
      const delta = d === null || (cmp.baseline === "first" && r.run_id === cmp.baseline_run) ? "" : ` <small>(${escapeHtml(formatDelta(d))})</small>`;
      return `<td class="num${cls}" data-key="${escapeHtml(c.key)}" data-value="${escapeHtml(JSON.stringify(v))}">${escapeHtml(formatValue(v))}${delta}</td>`;
    });
    return `<tr data-run="${escapeHtml(r.run_id)}"><td class="num">${i + 1}</td><td>${escapeHtml(r.model)}</td><td>${escapeHtml(r.name)}<div class="muted"><code>${escapeHtml(r.run_id)}</code> · ${escapeHtml(r.benchmark)} · ${escapeHtml(r.state)}</div></td>${tds.join("")}</tr>`;
  });
  const table = `<table id="leaderboard"><thead><tr><th class="num">#</th><th>model</th><th>run</th>${th}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
  // A chart per score and dimension column: the values side by side make the ranking visible.
  const charts = cmp.columns
    .filter((c) => c.group !== "metric")
    .map((c) => barChart(c.label, cmp.rows.flatMap((r) => { const v = r.values[c.key]; return typeof v === "number" ? [{ label: `${r.model} · ${r.name}`, value: v }] : []; })))
    .join("\n");
  const notes = cmp.notes.length ? `<ul class="notes">${cmp.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "";
  const body = [`<section id="leaderboard-section"><h2>Leaderboard</h2>${notes}<div style="overflow-x:auto">${table}</div></section>`, charts ? `<section id="charts"><h2>By column</h2><div class="charts">${charts}</div></section>` : ""];
  return renderPage({ title, header, body: body.join("\n") });
}

export function renderCompareMarkdown(cmp: Comparison): string {
  const base = cmp.baseline === "first" ? `the first run given (${cmp.baseline_run})` : "the best run of each column";
  const out = [`# FrameFleet comparison: ${cmp.rows.length} runs`, "", `Deltas in parentheses are relative to ${escapeMarkdown(base)}.`, ""];
  for (const n of cmp.notes) out.push(`- ${escapeMarkdown(n)}`);
  if (cmp.notes.length) out.push("");
  const cell = (s: string): string => escapeMarkdown(s);
  out.push(`| # | model | run | ${cmp.columns.map((c) => cell(c.label)).join(" | ")} |`);
  out.push(`| ---: | --- | --- |${cmp.columns.map(() => " ---: |").join("")}`);
  cmp.rows.forEach((r, i) => {
    const vals = cmp.columns.map((c) => {
      const d = r.deltas[c.key] ?? null;
      const showDelta = d !== null && !(cmp.baseline === "first" && r.run_id === cmp.baseline_run);
      return `${formatValue(r.values[c.key] ?? null)}${showDelta ? ` (${formatDelta(d)})` : ""}`;
    });
    out.push(`| ${i + 1} | ${cell(r.model)} | ${cell(`${r.name} (${r.run_id})`)} | ${vals.join(" | ")} |`);
  });
  out.push("");
  return out.join("\n");
}
