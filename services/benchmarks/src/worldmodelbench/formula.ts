/**
 * WorldModelBench's score (`evaluation.py`, `WorldModelEvaluator.process_results`):
 *
 *     num_sub = len(scores) // num_insts
 *     num_sub == 1: overall = mean(scores)                               # instruction, 0–3
 *     num_sub in (2, 5): sub_i = mean(scores[i::num_sub]); overall = sum(sub_i)
 *     total = Σ overall                                                  # max 3 + 5 + 2 = 10
 *
 * Per video the judge gives an instruction score (0–3), five physical-law answers (newton, mass,
 * fluid, penetration, gravity: 1 = no violation) and two common-sense answers (framewise =
 * aesthetics, temporal: 1 = no problem). `processResults` is the official code on the results
 * file's flat `accs` lists; `summarize` is the same arithmetic on per-video scores (scores[i::5] are
 * exactly every video's i-th physical-law answer), which also works when some videos lack a score.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";

export const PHYSICAL_LAWS = ["newton", "mass", "fluid", "penetration", "gravity"] as const;
export const COMMON_SENSE = ["framewise", "temporal"] as const;
/** The score keys of one video, in the order the table shows them. */
export const SCORE_KEYS = ["instruction", ...PHYSICAL_LAWS, ...COMMON_SENSE] as const;
export type WmbKey = (typeof SCORE_KEYS)[number];

export type WmbVideoScores = Partial<Record<WmbKey, number>>;

export interface WmbSummary {
  /** Videos with at least one judge score. */
  readonly videos: number;
  /** Mean of each key over the videos that have it; null when none has it. */
  readonly means: Readonly<Record<WmbKey, number | null>>;
  /** How many videos each mean is over. */
  readonly counts: Readonly<Record<WmbKey, number>>;
  /** Σ of the five physical-law means (max 5); null unless all five are known. */
  readonly physical_laws: number | null;
  /** Σ of the two common-sense means (max 2); null unless both are known. */
  readonly common_sense: number | null;
  /** instruction + physical_laws + common_sense (max 10); null unless all are known. */
  readonly total: number | null;
}

export function summarize(videos: readonly WmbVideoScores[]): WmbSummary {
  const means = {} as Record<WmbKey, number | null>;
  const counts = {} as Record<WmbKey, number>;
  for (const key of SCORE_KEYS) {
    const values = videos.map((v) => v[key]).filter((v): v is number => v !== undefined && Number.isFinite(v));
    means[key] = mean(values);
    counts[key] = values.length;
  }
  const scored = videos.filter((v) => SCORE_KEYS.some((k) => v[k] !== undefined && Number.isFinite(v[k]))).length;
  return finish(scored, means, counts);
}

/** The `accs` lists of a results file, booleans already 0/1. */
export interface WmbAccs {
  readonly instruction: readonly number[];
  readonly physical_laws: readonly number[];
  readonly common_sense: readonly number[];
}

/** The official process_results on `accs` with `numInsts` videos (len(preds)). */
export function processResults(accs: WmbAccs, numInsts: number, file: string): WmbSummary {
  const means = {} as Record<WmbKey, number | null>;
  const counts = {} as Record<WmbKey, number>;
  const subKeys: Record<keyof WmbAccs, readonly WmbKey[]> = {
    instruction: ["instruction"],
    physical_laws: PHYSICAL_LAWS,
    common_sense: COMMON_SENSE,
  };
  for (const category of ["instruction", "physical_laws", "common_sense"] as const) {
    const scores = accs[category];
    const numSub = Math.floor(scores.length / numInsts);
    const keys = subKeys[category];
    if (numSub !== keys.length) {
      throw new FleetError(
        FleetErrorCode.INVALID_INPUT,
        `${file}: accs.${category} has ${scores.length} entries for ${numInsts} videos (${numSub} per video); WorldModelBench writes ${keys.length} per video`,
      );
    }
    keys.forEach((key, i) => {
      const sub = scores.filter((_, k) => k % numSub === i);
      means[key] = mean(sub);
      counts[key] = sub.length;
    });
  }
  return finish(numInsts, means, counts);
}

function finish(videos: number, means: Record<WmbKey, number | null>, counts: Record<WmbKey, number>): WmbSummary {
  const physical = sumAll(PHYSICAL_LAWS.map((k) => means[k]));
  const common = sumAll(COMMON_SENSE.map((k) => means[k]));
  return {
    videos,
    means,
    counts,
    physical_laws: physical,
    common_sense: common,
    total: sumAll([means.instruction, physical, common]),
  };
}

function sumAll(values: readonly (number | null)[]): number | null {
  return values.every((v): v is number => v !== null) ? values.reduce((s, v) => s + v, 0) : null;
}

function mean(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : null;
}
