/**
 * An MBench dataset folder (README "Data Preparation"): `dataset.yaml` and
 * `samples/<subset>/<sample_id>/{sample.json, reference.png}`. Read for planning, so every problem
 * is a spec_invalid error naming the file and field.
 *
 * Read leniently where the README shows no full schema (docs/benchmarks/mbench.md lists each
 * choice): `subsets` may be a mapping (as in the README) or a list, and is taken from the
 * `samples/` folders when absent; sample.json fields are looked up under `metadata` /
 * `annotations` first, then at the top level.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { assertNoControlChars, decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode, ValidationError, isFleetError } from "../../../common/src/errors";
import { parseYamlText } from "../../../common/src/yaml-text";
import type { SpecFiles } from "../spec-files";
import { DEFAULT_A_PATTERN, compileConditionPattern, type ConditionPattern } from "./condition";
import { isMBenchSetting, type MBenchSetting } from "./dimensions";

/** The layout templates the fleet writes; a dataset.yaml naming other ones is refused. */
export const OUTPUT_VIDEO_TEMPLATE = "models/{model_id}/outputs/{subset}/{sample_id}/{condition_id}/video.mp4";
export const ARTIFACT_DA3_TEMPLATE = "models/{model_id}/artifacts/{subset}/{sample_id}/{condition_id}/da3/results.npz";

export interface MBenchDataset {
  /** Absolute dataset root. */
  readonly root: string;
  /** Absolute path of dataset.yaml (named in errors). */
  readonly file: string;
  readonly setting: MBenchSetting;
  /** Subset names in dataset.yaml order. */
  readonly subsets: readonly string[];
  /** MBench-A: how condition ids split into params; MBench-T: undefined (its condition is `text`). */
  readonly conditionPattern?: ConditionPattern;
  /** Condition ids the dataset itself names (`condition_id.values` or `conditions`), if any. */
  readonly conditions?: readonly string[];
  /** The allowed data roots every file of the dataset is checked against (links inside may lead out). */
  readonly files: SpecFiles;
}

export interface MBenchSample {
  readonly subset: string;
  readonly sampleId: string;
  /** Absolute path of sample.json. */
  readonly file: string;
  readonly caption?: string;
  readonly captionSegments?: readonly string[];
  /** A-side causal samples: `annotations.action`, the interaction to perform. */
  readonly annotationAction?: string;
  /** Condition ids this sample names (`conditions`), if any. */
  readonly conditions?: readonly string[];
  /** Absolute path of reference.png when the sample has one. */
  readonly referenceImage?: string;
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
}

function specError(message: string, cause?: unknown): FleetError {
  return new FleetError(FleetErrorCode.SPEC_INVALID, message, cause === undefined ? undefined : { cause });
}

/** Reads `<root>/dataset.yaml`; `root` has been allowed by `files` (the spec's mbench.dataset). */
export async function readMBenchDataset(root: string, files: SpecFiles): Promise<MBenchDataset> {
  const file = await files.within("mbench.dataset: dataset.yaml", join(root, "dataset.yaml"), root);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw specError(`mbench.dataset: cannot read ${file} (${(err as Error).message}); point mbench.dataset at an MBench-A/T-Setup folder holding dataset.yaml`, err);
  }
  const text = decodeUtf8(bytes, file, FleetErrorCode.SPEC_INVALID);
  assertNoControlChars(text, file, FleetErrorCode.SPEC_INVALID);
  const doc = parseYamlText(text);
  if (!doc.ok) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `MBench dataset file ${file}`, doc.issues);
  const raw: unknown = doc.value;
  if (!isRecord(raw)) throw specError(`${file}: must be a YAML mapping with dataset_id, subsets, condition_id and paths (see the MBench README)`);

  const issues: string[] = [];
  const setting = raw.dataset_id;
  if (!isMBenchSetting(setting)) issues.push(`dataset_id: ${JSON.stringify(setting)} is not an MBench setting; use mbencha (MBench-A) or mbencht (MBench-T)`);
  const subsets = await subsetsOf(raw.subsets, root, files, issues);
  const cond = isRecord(raw.condition_id) ? raw.condition_id : {};
  let conditionPattern: ConditionPattern | undefined;
  if (setting === "mbencha") {
    const text = cond.pattern ?? DEFAULT_A_PATTERN;
    const compiled = typeof text === "string" ? compileConditionPattern(text) : "must be a string";
    if (typeof compiled === "string") issues.push(`condition_id.pattern: ${compiled} (MBench-A uses "${DEFAULT_A_PATTERN}")`);
    else conditionPattern = compiled;
  }
  const conditions = stringList(cond.values ?? raw.conditions, cond.values !== undefined ? "condition_id.values" : "conditions", issues);
  const paths = isRecord(raw.paths) ? raw.paths : {};
  for (const [key, expected] of [["output_video", OUTPUT_VIDEO_TEMPLATE], ["artifact_da3", ARTIFACT_DA3_TEMPLATE]] as const) {
    const v = paths[key];
    if (v !== undefined && v !== expected) {
      issues.push(`paths.${key}: "${String(v)}" is not MBench's layout; the fleet writes ${expected} (remove the key or set it to that)`);
    }
  }
  if (issues.length > 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `MBench dataset file ${file}`, issues);
  return { root, file, setting: setting as MBenchSetting, subsets, conditionPattern, conditions, files };
}

async function subsetsOf(v: unknown, root: string, files: SpecFiles, issues: string[]): Promise<string[]> {
  if (isRecord(v)) return Object.keys(v);
  if (Array.isArray(v) && v.every((s) => typeof s === "string")) return v as string[];
  if (v !== undefined) {
    issues.push("subsets: must be a mapping {<subset>: {description}} (or a list of subset names)");
    return [];
  }
  // No subsets key: the sample folders are the subsets.
  return (await listDirs(join(root, "samples"), root, files)) ?? [];
}

function stringList(v: unknown, field: string, issues: string[]): string[] | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === "string" && s !== "")) return v as string[];
  issues.push(`${field}: must be a non-empty list of condition ids`);
  return undefined;
}

/** Sub-folder names in code-point order; undefined when the folder does not exist. */
async function listDirs(dir: string, root: string, files: SpecFiles): Promise<string[] | undefined> {
  // A linked folder leading out of the data roots is refused before its names are listed.
  const real = await files.within(`mbench.dataset: ${dir}`, dir, root);
  try {
    const entries = await readdir(real, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw specError(`mbench.dataset: cannot list ${dir} (${(err as Error).message})`, err);
  }
}

/** Sample ids of a subset (its folders under samples/), in code-point order; none when the folder is absent. */
export async function listSampleIds(dataset: MBenchDataset, subset: string): Promise<string[]> {
  return (await listDirs(join(dataset.root, "samples", subset), dataset.root, dataset.files)) ?? [];
}

/**
 * Reads one sample.json. Problems come back as issues (one per field, each naming the file) so the
 * caller can report every bad sample at once; the sample is undefined when the file is unusable.
 */
export async function readMBenchSample(
  dataset: MBenchDataset,
  subset: string,
  sampleId: string,
): Promise<{ sample?: MBenchSample; issues: string[] }> {
  const dir = join(dataset.root, "samples", subset, sampleId);
  let file: string;
  let raw: unknown;
  try {
    file = await dataset.files.within(`${dir}: sample.json`, join(dir, "sample.json"), dataset.root);
    raw = JSON.parse(decodeUtf8(await readRegularFile(file), file, FleetErrorCode.SPEC_INVALID));
  } catch (err) {
    // Outside the data roots, or not UTF-8: the check's own words name the file and what to do.
    if (isFleetError(err)) return { issues: [err.message] };
    return { issues: [`${join(dir, "sample.json")}: cannot read or parse (${(err as Error).message}); every sample folder needs a sample.json object`] };
  }
  if (!isRecord(raw)) return { issues: [`${file}: must be a JSON object with metadata / annotations / media`] };
  const metadata = isRecord(raw.metadata) ? raw.metadata : {};
  const annotations = isRecord(raw.annotations) ? raw.annotations : {};
  const meta = (k: string): unknown => metadata[k] ?? raw[k];
  const issues: string[] = [];
  const at = (field: string, what: string) => issues.push(`${file}: ${field}: ${what}`);

  for (const [field, expected] of [["sample_id", sampleId], ["subset", subset]] as const) {
    if (raw[field] !== undefined && raw[field] !== expected) at(field, `is ${JSON.stringify(raw[field])} but the sample's folder says "${expected}"; make them agree`);
  }
  const caption = meta("caption");
  if (caption !== undefined && typeof caption !== "string") at("metadata.caption", "must be a string");
  const segments = captionSegments(meta("caption_segments"), (what) => at("metadata.caption_segments", what));
  const action = annotations.action ?? raw.action;
  const conditions = raw.conditions ?? raw.condition_ids;
  if (conditions !== undefined && !(Array.isArray(conditions) && conditions.length > 0 && conditions.every((c) => typeof c === "string" && c !== ""))) {
    at("conditions", "must be a non-empty list of condition ids");
  }
  issues.push(...requiredIssues(dataset.setting, subset, file, { meta, action }));

  // The reference image is an input of generation and evaluation: allowed, and really an image.
  let referenceImage: string | undefined;
  try {
    const where = `${dir}: reference.png`;
    if (await dataset.files.isFile(where, join(dir, "reference.png"), dataset.root)) {
      referenceImage = (await dataset.files.image(where, join(dir, "reference.png"), dataset.root)).path;
    }
  } catch (err) {
    if (!isFleetError(err)) throw err;
    issues.push(err.message);
  }
  const sample: MBenchSample = {
    subset,
    sampleId,
    file,
    caption: typeof caption === "string" && caption !== "" ? caption : undefined,
    captionSegments: segments,
    annotationAction: typeof action === "string" && action !== "" ? action : undefined,
    conditions: Array.isArray(conditions) ? (conditions as string[]) : undefined,
    referenceImage,
  };
  return { sample, issues };
}

/** Segments as strings; objects with a `text` (or `caption`) field are accepted too. */
function captionSegments(v: unknown, bad: (what: string) => void): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) {
    bad("must be a list of caption strings (MBench-T's five segments)");
    return undefined;
  }
  const out: string[] = [];
  v.forEach((s, i) => {
    const text = typeof s === "string" ? s : isRecord(s) ? (s.text ?? s.caption) : undefined;
    if (typeof text === "string") out.push(text);
    else bad(`item ${i} must be a string (or an object with a "text" string)`);
  });
  return out.length > 0 ? out : undefined;
}

/** The README's "sample.json required fields by subset". */
function requiredIssues(
  setting: MBenchSetting,
  subset: string,
  file: string,
  f: { meta: (k: string) => unknown; action: unknown },
): string[] {
  const a = setting === "mbencha";
  const side = a ? "MBench-A" : "MBench-T";
  const hint = "add it, or leave the sample out with mbench.sample_ids / mbench.subsets";
  if (subset === "object") {
    const field = a ? "object_anchor" : "object_card";
    if (!present(f.meta(field))) return [`${file}: metadata.${field}: missing; ${side} object metrics need it to find the target object; ${hint}`];
  }
  if (subset === "causal") {
    if (!a && !present(f.meta("caption_segments"))) return [`${file}: metadata.caption_segments: missing; MBench-T causal samples need their caption segments; ${hint}`];
    if (a && !present(f.action) && !present(f.meta("caption"))) {
      return [`${file}: annotations.action / metadata.caption: missing; MBench-A causal samples need one of them; ${hint}`];
    }
  }
  return [];
}
