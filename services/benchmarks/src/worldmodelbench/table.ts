/**
 * The WorldModelBench table, shared by fleet reports and `framefleet score worldmodelbench`:
 * instruction (0–3), the five physical laws and their sum (0–5), the two common-sense answers and
 * their sum (0–2), and the total (0–10), as the paper's tables list them.
 */
import type { BenchmarkTable } from "../adapter";
import { COMMON_SENSE, PHYSICAL_LAWS, type WmbSummary } from "./formula";
import { pythonFloatText } from "./results";

export const COLUMNS = [
  "subset",
  "videos",
  "instruction",
  ...PHYSICAL_LAWS,
  "physical_laws",
  ...COMMON_SENSE,
  "common_sense",
  "total",
] as const;

/** Every column but the subset's name and its video count is a score of that subset. */
export const SCORE_COLUMNS = COLUMNS.filter((c) => c !== "subset" && c !== "videos");

/**
 * A table cell: NaN / ±Infinity (a results file whose judge wrote them) appear as Python prints
 * them, so the table says "nan" instead of pretending a number or hiding the column.
 */
const cell = (v: number | null): string | number | null => (v === null || Number.isFinite(v) ? v : pythonFloatText(v));
/** A headline/JSON value: non-finite becomes null (JSON has no NaN); the notes say why. */
const finite = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export interface WmbGroup {
  readonly name: string;
  readonly summary: WmbSummary;
}

/** `groups[0]` is the whole run (its numbers are the headline scores). */
export function worldmodelbenchTable(title: string, groups: readonly WmbGroup[], notes: readonly string[]): BenchmarkTable {
  const row = ({ name, summary: s }: WmbGroup): (string | number | null)[] => [
    name,
    s.videos,
    cell(s.means.instruction),
    ...PHYSICAL_LAWS.map((k) => cell(s.means[k])),
    cell(s.physical_laws),
    ...COMMON_SENSE.map((k) => cell(s.means[k])),
    cell(s.common_sense),
    cell(s.total),
  ];
  const all = groups[0]?.summary;
  const scores: Record<string, number | null> = {
    total: finite(all?.total),
    instruction: finite(all?.means.instruction),
    physical_laws: finite(all?.physical_laws),
    common_sense: finite(all?.common_sense),
  };
  for (const k of [...PHYSICAL_LAWS, ...COMMON_SENSE]) scores[k] = finite(all?.means[k]);
  return {
    title,
    columns: [...COLUMNS],
    scoreColumns: [...SCORE_COLUMNS],
    rows: groups.map(row),
    scores,
    notes: [
      ...notes,
      "total (max 10) = mean instruction (0–3) + Σ mean of the 5 physical-law answers (1 = no violation) + Σ mean of the 2 common-sense answers (framewise = aesthetics, temporal), as evaluation.py's process_results",
    ],
  };
}

/** The `framefleet score worldmodelbench --json` fields. */
export function worldmodelbenchJson(s: WmbSummary): Record<string, unknown> {
  return {
    total: finite(s.total),
    instruction: finite(s.means.instruction),
    physical_laws: Object.fromEntries(PHYSICAL_LAWS.map((k) => [k, finite(s.means[k])])),
    common_sense: Object.fromEntries(COMMON_SENSE.map((k) => [k, finite(s.means[k])])),
    videos: s.videos,
  };
}
