/**
 * Reading a run spec file on the user's machine before it is sent: its bytes must be UTF-8. The
 * check is here because the API carries text: invalid bytes would arrive at the coordinator as
 * U+FFFD, with the byte that was wrong no longer known.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { decodeUtf8 } from "../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../common/src/errors";

export interface SpecFile {
  readonly text: string;
  /** The absolute folder of the spec: relative paths in it resolve there, on the coordinator. */
  readonly baseDir: string;
}

/** Reads `path` as strict UTF-8; SPEC_INVALID naming the file, line and byte otherwise. */
export function readSpecFile(path: string): SpecFile {
  const abs = resolve(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (err) {
    throw new FleetError(FleetErrorCode.SPEC_INVALID, `cannot read run spec ${path}: ${(err as Error).message}`, { cause: err });
  }
  return { text: decodeUtf8(bytes, `run spec ${path}`, FleetErrorCode.SPEC_INVALID), baseDir: dirname(abs) };
}
