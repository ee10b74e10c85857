/** File hashing for committed outputs (`ff_outputs` records the sha256 of every video). */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { FleetError, FleetErrorCode, toFleetError } from "../errors";

/**
 * Hex sha256 of a file's bytes, streamed (videos can be GBs; nothing is held in memory).
 * Missing file → NOT_FOUND naming it; abort → the signal's reason.
 */
export async function sha256File(file: string, opts: { signal?: AbortSignal } = {}): Promise<string> {
  const hash = createHash("sha256");
  try {
    await pipeline(createReadStream(file), hash, opts.signal ? { signal: opts.signal } : {});
  } catch (err) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new FleetError(FleetErrorCode.NOT_FOUND, `cannot hash ${file}: no such file`, { cause: err });
    }
    const wrapped = toFleetError(err);
    throw new FleetError(wrapped.code, `cannot hash ${file}: ${wrapped.message}`, { cause: err });
  }
  return hash.digest("hex");
}
