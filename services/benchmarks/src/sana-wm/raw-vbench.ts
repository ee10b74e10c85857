/**
 * SANA-WM's deepest VBench fallback (aggregate_results.py `_recompute_vbench_from_raw`), used when
 * neither summary.json "vbench" nor vbench_scores.json exists. Its rules differ from VBench's own
 * reader (vbench/results.ts) and are followed here:
 *
 * - only files named `eval_*_eval_results.json` are read (SANA-WM names its VBench outputs so);
 *   a plain `<dim>_eval_results.json` beside them is ignored;
 * - a dimension's score is `data[dim][0]`, kept even when its per-video list is empty or absent;
 *   only a NaN average is dropped (±Infinity is kept and clipped by the normalisation);
 * - an entry that is not a non-empty list, or whose average is null or not a number, is skipped.
 *
 * Where aggregate_results.py silently skips a file it cannot parse, this reader fails with
 * INVALID_INPUT naming the file (the scorer's rule: a broken file is an error, not a missing
 * score). Two files disagreeing on one dimension are refused too: the official script would keep
 * whichever os.listdir returned first, which is not reproducible.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parsePythonJson } from "../formats/python-json";

const INVALID = FleetErrorCode.INVALID_INPUT;
export const SANA_WM_RAW_PREFIX = "eval_";
export const SANA_WM_RAW_SUFFIX = "_eval_results.json";

export interface SanaWmRawVBench {
  /** Dimension → its average, as the official fallback keeps it. */
  readonly raw: Record<string, number>;
  /** The files read (full paths, name order). */
  readonly files: string[];
  /** `*_eval_results.json` files present but not read, because their name lacks the `eval_` prefix. */
  readonly ignored: string[];
}

export async function readSanaWmRawVBench(evalDir: string): Promise<SanaWmRawVBench> {
  let names: string[];
  try {
    names = await readdir(evalDir);
  } catch (err) {
    throw new FleetError(INVALID, `${evalDir}: cannot list the folder (${(err as Error).message})`, { cause: err });
  }
  const results = names.filter((n) => n.endsWith(SANA_WM_RAW_SUFFIX)).sort();
  const files = results.filter((n) => n.startsWith(SANA_WM_RAW_PREFIX)).map((n) => join(evalDir, n));
  const ignored = results.filter((n) => !n.startsWith(SANA_WM_RAW_PREFIX));
  const raw: Record<string, number> = {};
  const from: Record<string, string> = {};
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(file);
    } catch (err) {
      throw new FleetError(INVALID, `${file}: cannot read (${(err as Error).message})`, { cause: err });
    }
    let data: unknown;
    try {
      data = parsePythonJson(decodeUtf8(bytes, file, INVALID));
    } catch (err) {
      throw new FleetError(INVALID, `${file}: not valid JSON (${(err as Error).message}); pass a file written by VBench.evaluate()`, { cause: err });
    }
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      throw new FleetError(INVALID, `${file}: expected an object { "<dimension>": [average, [per-video results]] }`);
    }
    for (const [dim, payload] of Object.entries(data as Record<string, unknown>)) {
      const value = average(payload, file, dim);
      if (value === undefined) continue;
      const seen = raw[dim];
      if (seen !== undefined && !Object.is(seen, value)) {
        throw new FleetError(INVALID, `${file}: "${dim}" has average ${value} but ${from[dim]} has ${seen}; keep one eval_*_eval_results.json per dimension`);
      }
      raw[dim] = value;
      from[dim] = file;
    }
  }
  return { raw, files, ignored };
}

/** `float(payload[0])` as the official fallback takes it; undefined where it skips the entry. */
function average(payload: unknown, file: string, dim: string): number | undefined {
  if (!Array.isArray(payload) || payload.length === 0) return undefined;
  const v: unknown = payload[0];
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return Number.isNaN(v) ? undefined : v;
  // float("0.5") would parse in Python; VBench never writes a string average, so say so.
  if (typeof v === "string") throw new FleetError(INVALID, `${file}: field "${dim}"[0] is the string ${JSON.stringify(v)}; VBench writes the average as a number`);
  return undefined;
}
