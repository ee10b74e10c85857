/**
 * The WorldModelBench table, shared by fleet reports and `framefleet score worldmodelbench`:
 * instruction (0–3), the five physical laws and their sum (0–5), the two common-sense answers and
 * their sum (0–2), and the total (0–10), as the paper's tables list them.
 */
import type { BenchmarkTable } from "../adapter";
import { COMMON_SENSE, PHYSICAL_LAWS, type WmbSummary } from "./formula";

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

export interface WmbGroup {
  readonly name: string;
  readonly summary: WmbSummary;
}

/** `groups[0]` is the whole run (its numbers are the headline scores). */
export function worldmodelbenchTable(title: string, groups: readonly WmbGroup[], notes: readonly string[]): BenchmarkTable {
  const row = ({ name, summary: s }: WmbGroup): (string | number | null)[] => [
    name,
    s.videos,
    s.means.instruction,
    ...PHYSICAL_LAWS.map((k) => s.means[k]),
    s.physical_laws,
    ...COMMON_SENSE.map((k) => s.means[k]),
    s.common_sense,
    s.total,
  ];
  const all = groups[0]?.summary;
  const scores: Record<string, number | null> = {
    total: all?.total ?? null,
    instruction: all?.means.instruction ?? null,
    physical_laws: all?.physical_laws ?? null,
    common_sense: all?.common_sense ?? null,
  };
  for (const k of [...PHYSICAL_LAWS, ...COMMON_SENSE]) scores[k] = all?.means[k] ?? null;
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
    total: s.total,
    instruction: s.means.instruction,
    physical_laws: Object.fromEntries(PHYSICAL_LAWS.map((k) => [k, s.means[k]])),
    common_sense: Object.fromEntries(COMMON_SENSE.map((k) => [k, s.means[k]])),
    videos: s.videos,
  };
}
