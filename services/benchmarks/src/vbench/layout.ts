/**
 * Where VBench's readers look for videos, and the prompt-suite files that say which prompt belongs
 * where (`VBench_full_info.json`, `dimension_to_folder.json`).
 *
 * Standard mode (`VBench.build_full_info_json`) looks for exactly `<prompt>-<i>.mp4` in the folder
 * of the dimension; custom mode reads the prompt back from the file name
 * (`get_prompt_from_filename`). Both only work if the file name carries the prompt unchanged, so
 * a prompt that the one file-name rule (paths.ts, docs/run-spec.md) would change is refused rather
 * than written under a name VBench would not match.
 */
import { z } from "zod";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { safeRelativePath, sanitizeComponent } from "../../../common/src/paths";
import { VBENCH_DIMENSIONS, isVBenchDimension, type VBenchDimension } from "./formula";

/**
 * Dimensions VBench evaluates in custom_input mode: all but the six that need the suite's
 * auxiliary_info (`VBench.check_dimension_requires_extra_info`, Vchitect/VBench @45e79ec).
 */
export const VBENCH_CUSTOM_DIMENSIONS: readonly VBenchDimension[] = VBENCH_DIMENSIONS.filter(
  (d) => !["object_class", "multiple_objects", "scene", "appearance_style", "color", "spatial_relationship"].includes(d),
);

export const VIDEOS_DIR = "videos";

/** Where the fleet writes the eval-results file of a dimension, relative to the run folder. */
export function evalResultsPath(dim: VBenchDimension): string {
  return safeRelativePath("vbench_eval", `${dim}_eval_results.json`);
}

/** `<prompt>-<index>.mp4`, VBench's name for the index-th video of a prompt. */
export function vbenchVideoName(prompt: string, index: number): string {
  return `${sanitizeComponent(prompt)}-${index}.mp4`;
}

/** Standard mode: `videos/<folder>/<prompt>-<index>.mp4`. */
export function standardVideoPath(folder: string, prompt: string, index: number): string {
  return `${VIDEOS_DIR}/${sanitizeComponent(folder)}/${vbenchVideoName(prompt, index)}`;
}

/** Custom mode: `videos/<prompt>-<index>.mp4`, one flat folder. */
export function customVideoPath(prompt: string, index: number): string {
  return `${VIDEOS_DIR}/${vbenchVideoName(prompt, index)}`;
}

/**
 * VBench's `get_prompt_from_filename`: the file name's stem (Python's `Path.stem`: without its last
 * suffix) minus one trailing `-<digits>`. Python's `\d` also matches non-ASCII digits, hence `\p{Nd}`.
 */
export function promptFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? "";
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 && dot < name.length - 1 ? name.slice(0, dot) : name;
  return stem.replace(/-\p{Nd}+$/u, "");
}

/** Why a prompt cannot be a VBench file name as it is, or undefined when it can. */
export function promptNameProblem(prompt: string): string | undefined {
  const name = sanitizeComponent(prompt);
  if (name === prompt) return undefined;
  return `the file-name rule (docs/run-spec.md) would write it as "${name}", and VBench matches videos to prompts by file name`;
}

/** One row of `VBench_full_info.json`. */
export interface FullInfoRow {
  readonly prompt: string;
  readonly dimensions: readonly VBenchDimension[];
}

const fullInfoSchema = z.array(
  z.looseObject({
    prompt_en: z.string().min(1, "must not be empty"),
    dimension: z.array(z.string()).min(1, "list at least one dimension"),
  }),
);

const dimensionToFolderSchema = z.record(z.string(), z.string().min(1, "must not be empty"));

async function readJson(file: string, field: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(FleetErrorCode.SPEC_INVALID, `vbench.${field}: cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  const text = decodeUtf8(bytes, `vbench.${field}: ${file}`, FleetErrorCode.SPEC_INVALID);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new FleetError(FleetErrorCode.SPEC_INVALID, `vbench.${field}: ${file} is not valid JSON (${(err as Error).message})`, { cause: err });
  }
}

function fileIssue(field: string, file: string, error: z.ZodError): FleetError {
  const issue = error.issues[0];
  const where = issue ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("") : "";
  return new FleetError(
    FleetErrorCode.SPEC_INVALID,
    `vbench.${field}: ${file}${where ? ` at ${where.replace(/^\./, "")}` : ""}: ${issue?.message ?? "invalid"}; point vbench.${field} at VBench's own file`,
  );
}

/** Reads `VBench_full_info.json`: a list of `{prompt_en, dimension: [...]}` with VBench dimension names. */
export async function readFullInfo(file: string): Promise<FullInfoRow[]> {
  const parsed = fullInfoSchema.safeParse(await readJson(file, "full_info"));
  if (!parsed.success) throw fileIssue("full_info", file, parsed.error);
  return parsed.data.map((row, i) => {
    const unknown = row.dimension.filter((d) => !isVBenchDimension(d));
    if (unknown.length > 0) {
      throw new FleetError(
        FleetErrorCode.SPEC_INVALID,
        `vbench.full_info: ${file} at [${i}].dimension: ${unknown.map((d) => `"${d}"`).join(", ")} is not a VBench dimension (valid: ${VBENCH_DIMENSIONS.join(", ")})`,
      );
    }
    return { prompt: row.prompt_en, dimensions: row.dimension as VBenchDimension[] };
  });
}

/** Reads `dimension_to_folder.json`: dimension → the prompt folder its videos are in. */
export async function readDimensionToFolder(file: string): Promise<Readonly<Record<string, string>>> {
  const parsed = dimensionToFolderSchema.safeParse(await readJson(file, "dimension_to_folder"));
  if (!parsed.success) throw fileIssue("dimension_to_folder", file, parsed.error);
  const folders = parsed.data;
  for (const [dim, folder] of Object.entries(folders)) {
    if (sanitizeComponent(folder) !== folder) {
      throw new FleetError(FleetErrorCode.SPEC_INVALID, `vbench.dimension_to_folder: ${file} at ${dim}: "${folder}" is not a plain folder name`);
    }
  }
  return folders;
}

/**
 * The one folder a row's videos go in. All of a prompt's dimensions must map to the same folder:
 * VBench looks for a prompt's videos in the folder of each dimension it evaluates.
 */
export function folderOfRow(row: FullInfoRow, index: number, folders: Readonly<Record<string, string>>, file: string): string {
  const unmapped = row.dimensions.filter((d) => folders[d] === undefined);
  if (unmapped.length > 0) {
    throw new FleetError(
      FleetErrorCode.SPEC_INVALID,
      `vbench.dimension_to_folder: ${file} has no folder for ${unmapped.join(", ")} (needed by full_info row [${index}] "${row.prompt}"); add it`,
    );
  }
  const distinct = [...new Set(row.dimensions.map((d) => folders[d] as string))];
  if (distinct.length !== 1) {
    throw new FleetError(
      FleetErrorCode.SPEC_INVALID,
      `vbench: full_info row [${index}] "${row.prompt}" has dimensions ${row.dimensions.join(", ")}, which dimension_to_folder puts in ` +
        `different folders (${distinct.join(", ")}); a prompt's videos can be in one folder only, so fix one of the two files`,
    );
  }
  return distinct[0] as string;
}
