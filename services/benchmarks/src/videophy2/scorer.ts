/**
 * `framefleet score videophy2 --input <SA output CSV> --pc <PC output CSV> [--prompts <prompt CSV>]`.
 *
 * Joins: SA and PC rows are matched by `videopath` (as `sa.merge(pc, on="videopath")` in the
 * seed's compute_score.py), so their order does not matter; every video must be in both files with
 * the same caption, otherwise the files are refused (a silent inner join would change the joint
 * score's denominator). Each video's caption is then looked up in the `--prompts` CSV's `caption`
 * column (exact text, surrounding spaces ignored) for is_hard, category and action; a caption that is
 * not there is refused, and a caption listed twice with different values is refused as ambiguous.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { BenchmarkScorer, ScoreFiles, ScoreResult } from "../scorer";
import { readAutoEvalOutput, type AutoEvalRow } from "./autoeval";
import type { Vp2Video } from "./formula";
import { readPromptFile, type PromptFile, type PromptRow } from "./prompts";
import { videophy2Json, videophy2Table } from "./table";

const code = FleetErrorCode.INVALID_INPUT;

export const videophy2Scorer: BenchmarkScorer = {
  name: "videophy2",
  inputHelp:
    "--input the AutoEval SA output CSV (,caption,videopath,score), --pc the PC output CSV; optional --prompts the prompt CSV with is_hard (and category, action) for the hard/easy split",

  extraFiles: { pc: "the PC output CSV", prompts: "the prompt CSV with is_hard (and category, action)" },

  async score(files: ScoreFiles): Promise<ScoreResult> {
    const pcFile = files.extra?.pc;
    const promptFile = files.extra?.prompts;
    if (pcFile === undefined) {
      throw new FleetError(code, `videophy2: --pc is missing; pass the physical-commonsense AutoEval output CSV (inference.py --task pc) with --pc`);
    }
    const sa = await readAutoEvalOutput(files.input);
    const pc = await readAutoEvalOutput(pcFile);
    const joined = joinByVideo(sa, files.input, pc, pcFile);
    const prompts = promptFile === undefined ? undefined : await readPromptFile(promptFile, code);
    const lookup = prompts ? captionLookup(prompts) : undefined;
    const videos: Vp2Video[] = joined.map(({ sa: s, pc: p }) => {
      const row = lookup ? findCaption(lookup, s, files.input, prompts as PromptFile) : undefined;
      return {
        sa: s.score,
        pc: p.score,
        ...(row?.isHard !== undefined ? { isHard: row.isHard } : {}),
        ...(row?.category !== undefined ? { category: row.category } : {}),
        ...(row?.action !== undefined ? { action: row.action } : {}),
      };
    });
    const notes = [`scored from ${files.input} (SA) and ${pcFile} (PC), joined by videopath: ${joined.length} videos`];
    if (!prompts) notes.push("hard/easy, categories and actions need --prompts with the official prompt CSV (is_hard, category, action)");
    else {
      const lacking = ["is_hard", "category", "action"].filter((c) => !prompts.columns.includes(c));
      if (lacking.length > 0) notes.push(`${prompts.file} has no ${lacking.join(", ")} column${lacking.length > 1 ? "s" : ""}: those splits are not shown`);
    }
    const { summary, table } = videophy2Table(videos, notes);
    return { json: videophy2Json(summary), table };
  },
};

interface JoinedRow {
  readonly sa: AutoEvalRow;
  readonly pc: AutoEvalRow;
}

function joinByVideo(sa: readonly AutoEvalRow[], saFile: string, pc: readonly AutoEvalRow[], pcFile: string): JoinedRow[] {
  const pcBy = new Map(pc.map((r) => [r.videopath, r]));
  const saPaths = new Set(sa.map((r) => r.videopath));
  const onlySa = sa.filter((r) => !pcBy.has(r.videopath));
  const onlyPc = pc.filter((r) => !saPaths.has(r.videopath));
  if (onlySa.length > 0 || onlyPc.length > 0) {
    const describe = (rows: readonly AutoEvalRow[], file: string, other: string) =>
      rows.length === 0
        ? []
        : [`${rows.length} video(s) in ${file} are not in ${other}, e.g. line ${rows[0]?.line}: ${rows.slice(0, 3).map((r) => r.videopath).join(", ")}`];
    throw new FleetError(
      code,
      `videophy2: the SA and PC CSVs must score the same videos (joined by videopath): ${[
        ...describe(onlySa, saFile, pcFile),
        ...describe(onlyPc, pcFile, saFile),
      ].join("; ")}. Run both tasks on the same input CSV`,
    );
  }
  return sa.map((s) => {
    const p = pcBy.get(s.videopath) as AutoEvalRow;
    if (p.caption.trim() !== s.caption.trim()) {
      throw new FleetError(
        code,
        `videophy2: ${saFile} line ${s.line} and ${pcFile} line ${p.line} give different captions for ${s.videopath}; run both tasks on the same input CSV`,
      );
    }
    return { sa: s, pc: p };
  });
}

function captionLookup(prompts: PromptFile): Map<string, PromptRow> {
  const by = new Map<string, PromptRow>();
  for (const row of prompts.rows) {
    const key = row.caption.trim();
    const seen = by.get(key);
    if (seen && (seen.isHard !== row.isHard || seen.category !== row.category || seen.action !== row.action)) {
      throw new FleetError(
        code,
        `${prompts.file}: lines ${seen.line} and ${row.line} have the same caption with different is_hard/category/action; the caption join would be ambiguous`,
      );
    }
    if (!seen) by.set(key, row);
  }
  return by;
}

function findCaption(lookup: Map<string, PromptRow>, row: AutoEvalRow, file: string, prompts: PromptFile): PromptRow {
  const found = lookup.get(row.caption.trim());
  if (!found) {
    throw new FleetError(
      code,
      `${file}: line ${row.line}: caption "${row.caption}" is not in the caption column of --prompts ${prompts.file}; ` +
        `the AutoEval CSV must carry the original captions of that prompt CSV (not upsampled_caption), or leave out --prompts`,
    );
  }
  return found;
}
