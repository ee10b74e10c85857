/**
 * VideoPhy-2 AutoEval files (`VIDEOPHY2/inference.py`).
 *
 * Input (`--input_csv` for `--task sa|pc`): columns `caption,videopath`.
 * Output: the input plus a `score` column, written by `df.to_csv(...)` with the pandas index, so
 * the header is `,caption,videopath,score` and scores look like `4.0`. Scores are 1–5; AutoEval
 * writes 0 when it cannot parse its model's answer, so 0 is a valid (failing) score.
 */
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { columnIndex, formatCsv, parseCsv } from "../formats/csv";

export const AUTOEVAL_INPUT_FILE = "videophy2_autoeval_input.csv";

export interface AutoEvalRow {
  readonly line: number;
  readonly caption: string;
  readonly videopath: string;
  readonly score: number;
}

/** The AutoEval input CSV (`caption,videopath`). */
export function autoEvalInputCsv(rows: readonly { caption: string; videopath: string }[]): string {
  return formatCsv(
    ["caption", "videopath"],
    rows.map((r) => [r.caption, r.videopath]),
  );
}

/** Reads an AutoEval output CSV; INVALID_INPUT naming the file, line and column on bad content. */
export async function readAutoEvalOutput(file: string): Promise<AutoEvalRow[]> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `${file}: cannot read the AutoEval output CSV (${(err as Error).message}); check the path`, {
      cause: err,
    });
  }
  const text = decodeUtf8(bytes, file, FleetErrorCode.INVALID_INPUT);
  return parseAutoEvalOutput(text, file);
}

export function parseAutoEvalOutput(text: string, file: string): AutoEvalRow[] {
  const code = FleetErrorCode.INVALID_INPUT;
  const table = parseCsv(text, { file, code });
  const cols = ["caption", "videopath", "score"].map((name) => {
    const i = columnIndex(table, name);
    if (i === undefined) {
      throw new FleetError(
        code,
        `${file}: no "${name}" column (header: ${table.header.map((h) => (h === "" ? "(index)" : h)).join(", ")}); ` +
          `pass the CSV written by VideoPhy-2 inference.py (--output_csv), header ",caption,videopath,score"`,
      );
    }
    return i;
  }) as [number, number, number];
  if (table.records.length === 0) throw new FleetError(code, `${file}: no rows; AutoEval scored no video`);
  const seen = new Map<string, number>();
  return table.records.map((r) => {
    const [caption, videopath, scoreText] = cols.map((c) => r.fields[c] ?? "") as [string, string, string];
    if (videopath.trim() === "") throw new FleetError(code, `${file}: line ${r.line}: column videopath is empty`);
    const dup = seen.get(videopath);
    if (dup !== undefined) throw new FleetError(code, `${file}: line ${r.line}: videopath "${videopath}" was already scored on line ${dup}; keep one row per video`);
    seen.set(videopath, r.line);
    const score = Number(scoreText.trim());
    if (scoreText.trim() === "" || !Number.isFinite(score) || score < 0 || score > 5) {
      throw new FleetError(code, `${file}: line ${r.line}: column score is "${scoreText}"; AutoEval scores are numbers from 0 to 5`);
    }
    return { line: r.line, caption, videopath, score };
  });
}
