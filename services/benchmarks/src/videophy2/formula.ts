/**
 * VideoPhy-2's aggregates (VIDEOPHY2/README.md): the joint score is "the fraction of instances for
 * which the semantic adherence is high as well as the physical commonsense is high (SA>=4, PC>=4)";
 * mean SA and mean PC are plain means of AutoEval's 1–5 scores. Hard/easy, per category and per
 * action are the same numbers over a subset of the videos.
 */

/** SA and PC at or above this are "high". */
export const HIGH = 4;

export interface Vp2Scores {
  readonly sa?: number;
  readonly pc?: number;
}

/** A scored video with what the prompt CSV says about its caption (when it says it). */
export interface Vp2Video extends Vp2Scores {
  readonly isHard?: boolean;
  readonly category?: string;
  readonly action?: string;
}

export interface Vp2Aggregate {
  /** Videos with both SA and PC: the joint score's denominator. */
  readonly videos: number;
  /** Fraction 0–1; null with no video scored on both. */
  readonly joint: number | null;
  /** Over the videos with an SA score (`sa_videos`). */
  readonly mean_sa: number | null;
  readonly sa_videos: number;
  readonly mean_pc: number | null;
  readonly pc_videos: number;
}

export function aggregate(videos: readonly Vp2Scores[]): Vp2Aggregate {
  const sa = videos.map((v) => v.sa).filter(isScore);
  const pc = videos.map((v) => v.pc).filter(isScore);
  const both = videos.filter((v) => isScore(v.sa) && isScore(v.pc));
  const high = both.filter((v) => (v.sa as number) >= HIGH && (v.pc as number) >= HIGH).length;
  return {
    videos: both.length,
    joint: both.length > 0 ? high / both.length : null,
    mean_sa: mean(sa),
    sa_videos: sa.length,
    mean_pc: mean(pc),
    pc_videos: pc.length,
  };
}

export interface Vp2Summary {
  readonly all: Vp2Aggregate;
  /** Null when no video's prompt row has is_hard. */
  readonly hard: Vp2Aggregate | null;
  readonly easy: Vp2Aggregate | null;
  /** By name, sorted; empty when no video has a category. */
  readonly categories: readonly (readonly [string, Vp2Aggregate])[];
  readonly actions: readonly (readonly [string, Vp2Aggregate])[];
}

export function summarize(videos: readonly Vp2Video[]): Vp2Summary {
  const known = videos.filter((v) => v.isHard !== undefined);
  return {
    all: aggregate(videos),
    hard: known.length > 0 ? aggregate(known.filter((v) => v.isHard === true)) : null,
    easy: known.length > 0 ? aggregate(known.filter((v) => v.isHard === false)) : null,
    categories: groups(videos, (v) => v.category),
    actions: groups(videos, (v) => v.action),
  };
}

function groups(videos: readonly Vp2Video[], key: (v: Vp2Video) => string | undefined): [string, Vp2Aggregate][] {
  const by = new Map<string, Vp2Video[]>();
  for (const v of videos) {
    const k = key(v);
    if (k === undefined || k === "") continue;
    const list = by.get(k) ?? [];
    list.push(v);
    by.set(k, list);
  }
  return [...by.keys()].sort().map((k) => [k, aggregate(by.get(k) ?? [])]);
}

function isScore(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v);
}

function mean(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : null;
}
