/**
 * WorldModelBench's results file (`worldmodelbench_results[_cot].json`, written by evaluation.py
 * with mmengine's dump):
 *
 *     { "model_name": str,
 *       "preds": { <video stem>: { "instruction": [text], "physical_laws": [5 texts], "common_sense": [2 texts] } },
 *       "accs":  { "instruction": [n floats], "physical_laws": [5n booleans], "common_sense": [2n booleans] } }
 *
 * Per video, physical_laws holds 5 answers in the order newton, mass, fluid, penetration, gravity
 * and common_sense 2 (framewise, temporal). evaluation.py divides by len(preds); a file without
 * `preds` is divided by len(accs.instruction). Booleans count as 0/1, numbers as they are.
 *
 * The judge can yield a non-finite score (the instruction answer "Score: nan" goes through
 * float()), which mmengine's dump writes as a bare NaN / Infinity / -Infinity. Python's json reads
 * those tokens, so the official script scores such a file and its total comes out nan (or inf).
 * This reader does the same (parsePythonJson) and lists every such entry with its video, so the
 * report can say why the total is not a number.
 */
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parsePythonJson } from "../formats/python-json";
import { COMMON_SENSE, PHYSICAL_LAWS, type WmbAccs, type WmbKey } from "./formula";

export const RESULTS_FILE = "worldmodelbench_results.json";

export interface WmbResults {
  readonly modelName?: string;
  /** Number of evaluated videos (len(preds), or len(accs.instruction) without preds). */
  readonly videos: number;
  readonly accs: WmbAccs;
  /** Every NaN / ±Infinity in accs, in file order (empty for a normal file). */
  readonly nonFinite: readonly NonFiniteAcc[];
}

/** One non-finite accs entry: `accs.<field>[index]`, the video it belongs to and its sub-score. */
export interface NonFiniteAcc {
  readonly field: keyof WmbAccs;
  readonly index: number;
  /** The preds key at that position (evaluation.py fills preds and accs in the same order), else "#<n>". */
  readonly video: string;
  readonly key: WmbKey;
  readonly value: number;
}

const code = FleetErrorCode.INVALID_INPUT;

export async function readResults(file: string): Promise<WmbResults> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(code, `${file}: cannot read the WorldModelBench results JSON (${(err as Error).message}); check the path`, { cause: err });
  }
  const text = decodeUtf8(bytes, file, code);
  return parseResults(text, file);
}

export function parseResults(text: string, file: string): WmbResults {
  let data: unknown;
  try {
    data = parsePythonJson(text);
  } catch (err) {
    throw new FleetError(code, `${file}: not valid JSON (${(err as Error).message}); pass the results file written by WorldModelBench evaluation.py`, {
      cause: err,
    });
  }
  if (!isObject(data)) throw new FleetError(code, `${file}: expected an object with "accs" (and "preds", "model_name")`);
  const accs = data["accs"];
  if (!isObject(accs)) throw new FleetError(code, `${file}: field "accs" is missing or not an object; pass the results file written by evaluation.py`);
  const known = ["instruction", "physical_laws", "common_sense"];
  const extra = Object.keys(accs).filter((k) => !known.includes(k));
  if (extra.length > 0) {
    throw new FleetError(code, `${file}: accs.${extra[0]}: unknown category; WorldModelBench writes only instruction, physical_laws and common_sense`);
  }
  const parsed: WmbAccs = {
    instruction: numbers(accs["instruction"], "instruction", file),
    physical_laws: numbers(accs["physical_laws"], "physical_laws", file),
    common_sense: numbers(accs["common_sense"], "common_sense", file),
  };
  const preds = data["preds"];
  if (preds !== undefined && !isObject(preds)) throw new FleetError(code, `${file}: field "preds" must be an object keyed by video name`);
  const videos = preds !== undefined ? Object.keys(preds).length : parsed.instruction.length;
  if (videos === 0) throw new FleetError(code, `${file}: no video was evaluated (accs.instruction is empty)`);
  const expect = (field: keyof WmbAccs, per: number): void => {
    if (parsed[field].length !== per * videos) {
      throw new FleetError(
        code,
        `${file}: accs.${field} has ${parsed[field].length} entries; ${videos} videos${preds !== undefined ? " (keys of preds)" : ""} need ${per * videos} (${per} per video)`,
      );
    }
  };
  expect("instruction", 1);
  expect("physical_laws", PHYSICAL_LAWS.length);
  expect("common_sense", COMMON_SENSE.length);
  const name = data["model_name"];
  const videoNames = preds !== undefined ? Object.keys(preds) : [];
  const subKeys: Record<keyof WmbAccs, readonly WmbKey[]> = { instruction: ["instruction"], physical_laws: PHYSICAL_LAWS, common_sense: COMMON_SENSE };
  const nonFinite: NonFiniteAcc[] = [];
  for (const field of ["instruction", "physical_laws", "common_sense"] as const) {
    const keys = subKeys[field];
    parsed[field].forEach((value, index) => {
      if (Number.isFinite(value)) return;
      const v = Math.floor(index / keys.length);
      nonFinite.push({ field, index, video: videoNames[v] ?? `#${v}`, key: keys[index % keys.length] as WmbKey, value });
    });
  }
  return { ...(typeof name === "string" ? { modelName: name } : {}), videos, accs: parsed, nonFinite };
}

/** Python's spelling of a non-finite float (what the official script prints). */
export function pythonFloatText(v: number): string {
  return Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
}

/** The note naming the videos behind a non-finite total; undefined when every entry is finite. */
export function nonFiniteNote(file: string, entries: readonly NonFiniteAcc[]): string | undefined {
  if (entries.length === 0) return undefined;
  const listed = entries.map((e) => `${e.video} (accs.${e.field}[${e.index}], ${e.key}: ${pythonFloatText(e.value)})`);
  const videos = new Set(entries.map((e) => e.video)).size;
  return `${file}: ${entries.length} judge score(s) are not finite, in ${videos} video(s): ${listed.join("; ")}. evaluation.py reads them as Python floats, so the means that include them, and the total, are not numbers (shown as nan/inf, null in --json)`;
}

function numbers(value: unknown, field: string, file: string): number[] {
  if (!Array.isArray(value)) throw new FleetError(code, `${file}: accs.${field} is missing or not a list`);
  return value.map((v: unknown, i) => {
    if (typeof v === "boolean") return v ? 1 : 0;
    // NaN / ±Infinity are kept: Python's json reads them and np.mean carries them to the total.
    if (typeof v === "number") return v;
    throw new FleetError(code, `${file}: accs.${field}[${i}] is ${JSON.stringify(v)}; expected a number or true/false`);
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** One judged video for the results file: its name (the path under videos/ without .mp4). */
export interface JudgedVideo {
  readonly name: string;
  readonly scores: Readonly<Record<WmbKey, number>>;
}

/**
 * A results file in evaluation.py's shape, so the official script (which reloads an existing file
 * and only re-aggregates) and `framefleet score worldmodelbench` both read it. The fleet keeps
 * scores, not the judge's answers, so each `preds` entry is empty; 0/1 answers are written as the
 * booleans evaluation.py writes, other values as numbers.
 */
export function resultsJson(modelName: string, videos: readonly JudgedVideo[]): string {
  const answer = (v: number): number | boolean => (v === 0 || v === 1 ? v === 1 : v);
  const results = {
    model_name: modelName,
    preds: Object.fromEntries(videos.map((v) => [v.name, {}])),
    accs: {
      instruction: videos.map((v) => v.scores.instruction),
      physical_laws: videos.flatMap((v) => PHYSICAL_LAWS.map((k) => answer(v.scores[k]))),
      common_sense: videos.flatMap((v) => COMMON_SENSE.map((k) => answer(v.scores[k]))),
    },
  };
  return JSON.stringify(results, null, 4) + "\n";
}
