/**
 * The VideoPhy-2 table, shared by fleet reports and `framefleet score videophy2`: joint, mean SA
 * and mean PC over all videos, the hard and easy subsets, each category and each action.
 */
import type { BenchmarkTable } from "../adapter";
import { HIGH, summarize, type Vp2Aggregate, type Vp2Summary, type Vp2Video } from "./formula";

export const TITLE = "VideoPhy-2 (AutoEval): joint score (SA ≥ 4 and PC ≥ 4), mean SA, mean PC";
export const COLUMNS = ["subset", "videos", "joint", "mean_sa", "mean_pc"] as const;
/** Each a score per subset; videos is a count. */
export const SCORE_COLUMNS = ["joint", "mean_sa", "mean_pc"] as const;

export interface Vp2TableResult {
  readonly summary: Vp2Summary;
  readonly table: BenchmarkTable;
}

/** `extraNotes` come first: what the caller knows about missing scores and columns. */
export function videophy2Table(videos: readonly Vp2Video[], extraNotes: readonly string[]): Vp2TableResult {
  const summary = summarize(videos);
  const row = (name: string, a: Vp2Aggregate): (string | number | null)[] => [name, a.videos, a.joint, a.mean_sa, a.mean_pc];
  const rows = [
    row("all", summary.all),
    ...(summary.hard ? [row("hard", summary.hard)] : []),
    ...(summary.easy ? [row("easy", summary.easy)] : []),
    ...summary.categories.map(([name, a]) => row(`category: ${name}`, a)),
    ...summary.actions.map(([name, a]) => row(`action: ${name}`, a)),
  ];
  const notes = [...extraNotes];
  const { all } = summary;
  if (all.sa_videos !== all.videos || all.pc_videos !== all.videos) {
    notes.push(
      `joint is over the ${all.videos} videos with both scores; mean SA is over ${all.sa_videos} videos with an SA score and mean PC over ${all.pc_videos} with a PC score`,
    );
  }
  notes.push(
    `joint = fraction of videos with SA ≥ ${HIGH} and PC ≥ ${HIGH} (0–1; the leaderboard shows it in percent); SA and PC are AutoEval's 1–5 scores (0 = AutoEval could not parse its answer)`,
  );
  return {
    summary,
    table: {
      title: TITLE,
      columns: [...COLUMNS],
      scoreColumns: [...SCORE_COLUMNS],
      rows,
      scores: {
        joint: all.joint,
        mean_sa: all.mean_sa,
        mean_pc: all.mean_pc,
        joint_hard: summary.hard?.joint ?? null,
        joint_easy: summary.easy?.joint ?? null,
      },
      notes,
    },
  };
}

/** The `framefleet score videophy2 --json` fields. */
export function videophy2Json(summary: Vp2Summary): Record<string, unknown> {
  const obj = (a: Vp2Aggregate) => ({ joint: a.joint, mean_sa: a.mean_sa, mean_pc: a.mean_pc, videos: a.videos });
  const byName = (list: Vp2Summary["categories"]) => (list.length > 0 ? Object.fromEntries(list.map(([n, a]) => [n, obj(a)])) : null);
  return {
    ...obj(summary.all),
    hard: summary.hard ? obj(summary.hard) : null,
    easy: summary.easy ? obj(summary.easy) : null,
    categories: byName(summary.categories),
    actions: byName(summary.actions),
  };
}
