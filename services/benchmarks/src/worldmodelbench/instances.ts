/**
 * `worldmodelbench.json`: a list of instances, each exactly
 * `{domain, subdomain, text_first_frame, text_instruction, first_frame}` (first_frame is a path such
 * as `images/<name>.jpg`, relative to the JSON's folder in the official repository). The official
 * evaluator looks for `<video_dir>/<stem of first_frame>.mp4`, so the stem names the video.
 */
import { posix } from "node:path";
import { controlCharProblem, decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";

export const FIELDS = ["domain", "subdomain", "text_first_frame", "text_instruction", "first_frame"] as const;

export interface Instance {
  /** 0-based position in the file. */
  readonly index: number;
  readonly domain: string;
  readonly subdomain: string;
  readonly text_first_frame: string;
  readonly text_instruction: string;
  readonly first_frame: string;
  /** Python's Path(first_frame).stem: the file name without its last extension. */
  readonly stem: string;
}

const code = FleetErrorCode.SPEC_INVALID;

export async function readInstances(file: string): Promise<Instance[]> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(code, `${file}: cannot read the WorldModelBench instances JSON (${(err as Error).message}); check worldmodelbench.instances`, {
      cause: err,
    });
  }
  return parseInstances(decodeUtf8(bytes, file, code), file);
}

export function parseInstances(text: string, file: string): Instance[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FleetError(code, `${file}: not valid JSON (${(err as Error).message}); pass worldmodelbench.json`, { cause: err });
  }
  if (!Array.isArray(data)) throw new FleetError(code, `${file}: expected a list of instances as in worldmodelbench.json`);
  const stems = new Map<string, number>();
  return data.map((row: unknown, index): Instance => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new FleetError(code, `${file}: row ${index} is not an object with ${FIELDS.join(", ")}`);
    }
    const r = row as Record<string, unknown>;
    for (const f of FIELDS) {
      if (typeof r[f] !== "string" || (r[f] as string).trim() === "") {
        throw new FleetError(code, `${file}: row ${index}: field ${f} is missing or not a non-empty string`);
      }
      // JSON escapes (\u0000) reach the prompt and the first-frame path as real control characters.
      const problem = controlCharProblem(r[f] as string);
      if (problem) throw new FleetError(code, `${file}: row ${index}: field ${f} ${problem}`);
    }
    const first = r["first_frame"] as string;
    const stem = stemOf(first);
    const dup = stems.get(stem);
    if (dup !== undefined) {
      throw new FleetError(code, `${file}: row ${index}: first_frame stem "${stem}" is also row ${dup}'s; videos are named by stem, so stems must be unique`);
    }
    stems.set(stem, index);
    return {
      index,
      domain: r["domain"] as string,
      subdomain: r["subdomain"] as string,
      text_first_frame: r["text_first_frame"] as string,
      text_instruction: r["text_instruction"] as string,
      first_frame: first,
      stem,
    };
  });
}

export function stemOf(path: string): string {
  const base = posix.basename(path.replace(/\\/g, "/"));
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
