/**
 * Reading a run spec file on the user's machine before it is sent: its bytes must be UTF-8. The
 * check is here because the API carries text: invalid bytes would arrive at the coordinator as
 * U+FFFD, with the byte that was wrong no longer known.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { decodeUtf8 } from "../../common/src/encoding";
import { FleetError, FleetErrorCode, ValidationError } from "../../common/src/errors";
import { SPEC_MAX_BYTES, runLimits, specSizeIssue } from "../../common/src/limits";

export interface SpecFile {
  readonly text: string;
  /** The absolute folder of the spec: relative paths in it resolve there, on the coordinator. */
  readonly baseDir: string;
}

/**
 * Reads `path` as strict UTF-8; SPEC_INVALID naming the file, line and byte otherwise, or naming
 * the size limit. The size is checked before reading: a spec above the limit is never read nor
 * sent (the coordinator checks again, against its NATS server's max_payload).
 */
export function readSpecFile(path: string): SpecFile {
  const abs = resolve(path);
  let bytes: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > SPEC_MAX_BYTES) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${path}`, [specSizeIssue(size, runLimits(undefined, 0))]);
    bytes = readFileSync(abs);
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw new FleetError(FleetErrorCode.SPEC_INVALID, `cannot read run spec ${path}: ${(err as Error).message}`, { cause: err });
  }
  return { text: decodeUtf8(bytes, `run spec ${path}`, FleetErrorCode.SPEC_INVALID), baseDir: dirname(abs) };
}
