/**
 * VBench's `*_eval_results.json` files: reading them (what `cal_final_score.py` takes from a
 * submission) and writing them in the shape `VBench.evaluate()` produces, so the official tools and
 * `framefleet score vbench` read what a fleet run wrote.
 *
 * Shape: `{ "<dimension>": [average, [ {"video_path": …, "video_results": …}, … ]], … }`.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";

export const EVAL_RESULTS_SUFFIX = "_eval_results.json";

export interface VBenchVideoResult {
  readonly video_path: string;
  /** A number for most dimensions; VBench writes other JSON (booleans, objects) for a few. */
  readonly video_results: unknown;
}

export interface VBenchEvalResults {
  /** Dimension → its average (`data[dim][0]`), only for dimensions that have a usable score. */
  readonly raw: Record<string, number>;
  /** The files read, as full paths, in name order. */
  readonly files: string[];
  /** Dimension → number of per-video results behind its average (only dimensions in `raw`). */
  readonly videos: Record<string, number>;
  /** Dimensions present in some file but with no usable score there nor in any other file. */
  readonly unusable: string[];
}

/** One dimension of one file: its average (null = no usable score) and its per-video count. */
export interface ParsedDimension {
  readonly average: number | null;
  readonly videos: number;
}

/**
 * Reads every `*_eval_results.json` in `dir` (not recursive). raw[dim] = data[dim][0], as the
 * official script takes it. A dimension whose average is NaN/Infinity/null, or whose per-video list
 * is empty, has no score (SANA-WM's rule), so it is absent from `raw` and listed in `unusable`.
 * Hidden files (`._x_eval_results.json` from macOS archives) are skipped, as the official script
 * skips them. A folder without such files gives empty results; the caller decides whether that is
 * an error.
 * Throws FleetError INVALID_INPUT naming the file and field when a file is not VBench's shape, or
 * when two files give different averages for the same dimension.
 */
export async function readVBenchEvalResults(dir: string): Promise<VBenchEvalResults> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw new FleetError(
      FleetErrorCode.INVALID_INPUT,
      `${dir}: cannot list the folder of VBench *${EVAL_RESULTS_SUFFIX} files (${(err as Error).message}); pass an existing folder`,
      { cause: err },
    );
  }
  const files = names
    .filter((n) => n.endsWith(EVAL_RESULTS_SUFFIX) && !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n));
  const raw: Record<string, number> = {};
  const videos: Record<string, number> = {};
  const from: Record<string, string> = {};
  const seenUnusable = new Set<string>();
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(file);
    } catch (err) {
      throw new FleetError(FleetErrorCode.INVALID_INPUT, `${file}: cannot read (${(err as Error).message})`, { cause: err });
    }
    const text = decodeUtf8(bytes, file, FleetErrorCode.INVALID_INPUT);
    const scores = parseVBenchEvalResults(text, file);
    for (const [dim, parsed] of Object.entries(scores)) {
      const value = parsed.average;
      if (value === null) {
        seenUnusable.add(dim);
        continue;
      }
      const seen = raw[dim];
      if (seen !== undefined && seen !== value) {
        throw new FleetError(
          FleetErrorCode.INVALID_INPUT,
          `${file}: "${dim}" has average ${value} but ${from[dim]} has ${seen}; keep one result file per dimension in the folder`,
        );
      }
      raw[dim] = value;
      videos[dim] = parsed.videos;
      from[dim] = file;
    }
  }
  const unusable = [...seenUnusable].filter((d) => raw[d] === undefined).sort();
  return { raw, files, videos, unusable };
}

/**
 * Parses one eval-results file's text: dimension → its average, null for a dimension that has no
 * usable score (non-finite average or no videos). `file` only names the source in errors.
 */
export function parseVBenchEvalResults(text: string, file: string): Record<string, ParsedDimension> {
  let data: unknown;
  try {
    data = JSON.parse(pythonJsonToJson(text));
  } catch (err) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `${file}: not valid JSON (${(err as Error).message}); pass a file written by VBench.evaluate()`, {
      cause: err,
    });
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `${file}: expected an object { "<dimension>": [average, [per-video results]] }`);
  }
  const out: Record<string, ParsedDimension> = {};
  for (const [dim, entry] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(entry) || entry.length < 2 || !Array.isArray(entry[1])) {
      throw new FleetError(
        FleetErrorCode.INVALID_INPUT,
        `${file}: field "${dim}" must be [average, [ {video_path, video_results}, … ]] as VBench.evaluate() writes it`,
      );
    }
    const [avg, perVideo] = entry as [unknown, unknown[]];
    if (avg !== null && typeof avg !== "number") {
      throw new FleetError(FleetErrorCode.INVALID_INPUT, `${file}: field "${dim}"[0] must be the dimension's average (a number), got ${JSON.stringify(avg)}`);
    }
    const usable = typeof avg === "number" && Number.isFinite(avg) && perVideo.length > 0;
    out[dim] = { average: usable ? avg : null, videos: perVideo.length };
  }
  return out;
}

/**
 * Python's json.dump writes bare NaN, Infinity and -Infinity, which JSON.parse rejects. They become
 * null (no score); the same words inside strings (a prompt in a video path) are left alone.
 */
export function pythonJsonToJson(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const token = ["-Infinity", "Infinity", "NaN"].find((t) => text.startsWith(t, i));
    if (token !== undefined) {
      out += "null";
      i += token.length;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

/** Index just past the JSON string starting at `start` (a quote), honouring backslash escapes. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "\\") i += 2;
    else if (text[i] === '"') return i + 1;
    else i += 1;
  }
  return text.length;
}

/**
 * One dimension's eval-results file in VBench's shape. The average is the plain mean of the numeric
 * per-video values (booleans count as 0/1, as numpy does); with none, it is NaN as numpy's mean of
 * an empty list, written as Python writes it, so every VBench reader treats it as no score.
 */
export function vbenchEvalResultsJson(dim: string, perVideo: readonly VBenchVideoResult[]): string {
  const values = perVideo.map((v) => numeric(v.video_results)).filter((v): v is number => v !== null);
  const avg = values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : Number.NaN;
  const list = perVideo.map((v) => ({ video_path: v.video_path, video_results: v.video_results }));
  // JSON.stringify writes NaN as null; VBench itself writes NaN, so keep its token.
  const avgText = Number.isFinite(avg) ? JSON.stringify(avg) : "NaN";
  // Laid out as Python's json.dump(indent=4) lays it out, so the files read alike.
  const listText = JSON.stringify(list, null, 4).replace(/\n/g, "\n        ");
  return `{\n    ${JSON.stringify(dim)}: [\n        ${avgText},\n        ${listText}\n    ]\n}\n`;
}

function numeric(v: unknown): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}
