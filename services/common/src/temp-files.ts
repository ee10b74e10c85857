/**
 * Names of the temporary files attempts write beside their final output, and their clean-up.
 * An attempt removes its own file whatever happens, unless its process is killed; those orphans
 * are swept once the output is in place (by the attempt that put it there) and when the run
 * finishes (by the aggregator).
 */
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const TEMP = /\.\d+-[0-9a-f]{8}\.tmp\.[A-Za-z0-9]+$/;

/** `.<final name>.<attempt>-<8 hex>.tmp.<ext>`: hidden, beside the final file, unique per attempt. */
export function tempNameFor(finalPath: string, attempt: number, random: string): string {
  const ext = finalPath.split(".").pop() ?? "tmp";
  return join(dirname(finalPath), `.${basename(finalPath)}.${attempt}-${random}.tmp.${ext}`);
}

/**
 * The temporary name `finalPath` gets in the attempt that wrote `tempName` (same attempt and
 * random part), or undefined when `tempName` is not a temporary name. An attempt writes all its
 * files (a video and its poster) under one suffix, so whoever finishes a committed attempt from
 * the video's temporary name finds the poster's too.
 */
export function siblingTempName(tempName: string, finalPath: string): string | undefined {
  const m = /\.(\d+)-([0-9a-f]{8})\.tmp\.[A-Za-z0-9]+$/.exec(basename(tempName));
  if (!m || !isTempName(basename(tempName))) return undefined;
  return tempNameFor(finalPath, Number(m[1]), m[2] as string);
}

export function isTempName(name: string): boolean {
  return name.startsWith(".") && TEMP.test(name);
}

/** Removes the temporary files of every attempt at `finalPath`. Returns how many. */
export async function sweepTempSiblings(finalPath: string): Promise<number> {
  const prefix = `.${basename(finalPath)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(finalPath));
  } catch {
    return 0;
  }
  const stale = names.filter((n) => n.startsWith(prefix) && isTempName(n));
  await Promise.all(stale.map((n) => rm(join(dirname(finalPath), n), { force: true })));
  return stale.length;
}

/** Removes every attempt's temporary file under `dir` (recursively). Returns how many. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let count = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) count += await sweepTempFiles(p);
    else if (isTempName(e.name)) {
      await rm(p, { force: true });
      count++;
    }
  }
  return count;
}
