/**
 * Free space on a filesystem, and recognising a failure that was for want of it.
 *
 * A full disk shows up in many forms: ENOSPC (or EDQUOT, a used-up quota) on a write, fsync,
 * rename or mkdir of our own; "No space left on device" in the stderr of ffmpeg or of a model
 * script that a FleetError quotes; or no word at all, only a truncated file that ffprobe cannot
 * decode. The first two are recognised here; the third is why callers also look at how much
 * space is left when a produced file turns out invalid (generator-worker/src/output-space.ts).
 */
import { statfs } from "node:fs/promises";
import { dirname } from "node:path";

/** errno codes of a write that found no space. */
export const NO_SPACE_ERRNOS: ReadonlySet<string> = new Set(["ENOSPC", "EDQUOT"]);

/** How programs word it on stderr (strerror of ENOSPC and EDQUOT, and the errno names). */
const NO_SPACE_TEXT = /No space left on device|Disk quota exceeded|\bENOSPC\b|\bEDQUOT\b/i;

/** How deep a chain of `cause`s is followed. */
const MAX_CAUSES = 8;

/**
 * Whether `err` (or one of its causes) is a write that found no space: an ENOSPC/EDQUOT errno,
 * or a message that says so (a tool's or backend's stderr quoted in a FleetError).
 */
export function isNoSpaceError(err: unknown): boolean {
  let cur: unknown = err;
  for (let i = 0; i < MAX_CAUSES && typeof cur === "object" && cur !== null; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === "string" && NO_SPACE_ERRNOS.has(code)) return true;
    const message = (cur as { message?: unknown }).message;
    if (typeof message === "string" && NO_SPACE_TEXT.test(message)) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Bytes an unprivileged process may still write on the filesystem holding `path` (statfs
 * f_bavail × f_bsize: what `df` shows as available). A path that does not exist yet is measured
 * at its nearest existing parent, which is where it will be created.
 */
export async function freeBytes(path: string): Promise<number> {
  let p = path;
  for (;;) {
    try {
      const s = await statfs(p);
      return s.bavail * s.bsize;
    } catch (err) {
      const parent = dirname(p);
      if ((err as NodeJS.ErrnoException).code !== "ENOENT" || parent === p) throw err;
      p = parent;
    }
  }
}

/** "1.5 GiB", "312 MiB", "48 KiB", "900 B": for messages. */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 || v >= 100 ? Math.round(v) : Number(v.toFixed(1))} ${units[i]}`;
}
