/**
 * Space in the output folder: whether the worker may take work (it pauses below
 * `worker.min_free_space`, and resumes by itself once space returns), and whether a failed
 * attempt was the disk's fault.
 *
 * A full disk does not always say so. ENOSPC from our own writes and "No space left on device" in
 * a tool's stderr do; a backend that exits 0 after a short write leaves a truncated file that
 * ffprobe calls "not a decodable video". So when an attempt fails in a way a full disk could
 * cause, the free space is measured there and then: below the minimum, the disk is to blame.
 */
import type { Gauge } from "prom-client";
import { DiskFullError, FleetErrorCode, hasCode, isFleetError, type FleetErrorCode as Code } from "../../common/src/errors";
import { formatBytes, freeBytes, isNoSpaceError } from "../../common/src/disk-space";
import type { Logger } from "../../common/src/log";
import type { PauseReason } from "../../worker-runtime/src/handler";

/** Failures a full disk can cause without saying so (a short write, a crash on a write error). */
const SUSPECT: ReadonlySet<Code> = new Set<Code>([FleetErrorCode.OUTPUT_INVALID, FleetErrorCode.BACKEND_FAILED, FleetErrorCode.BACKEND_CRASHED, FleetErrorCode.INTERNAL]);

export interface OutputSpaceOptions {
  /** The output root (the shared folder every run's videos go to). */
  readonly root: string;
  /** Below this many free bytes the worker takes no new work; 0 turns the check off. */
  readonly minFreeBytes: number;
  /** framefleet_output_free_bytes{path}, set on every reading. */
  readonly gauge?: Gauge<"path">;
  readonly log: Logger;
}

export class OutputSpace {
  private readFailing = false;

  constructor(private readonly opts: OutputSpaceOptions) {}

  /** Free bytes in the output folder now; undefined (logged once per outage) when they cannot be read. */
  async free(): Promise<number | undefined> {
    try {
      const bytes = await freeBytes(this.opts.root);
      this.opts.gauge?.set({ path: this.opts.root }, bytes);
      if (this.readFailing) this.opts.log.info("the output folder's free space can be read again", { path: this.opts.root });
      this.readFailing = false;
      return bytes;
    } catch (err) {
      if (!this.readFailing) this.opts.log.warn("cannot read the output folder's free space", { path: this.opts.root, error: (err as Error).message });
      this.readFailing = true;
      return undefined;
    }
  }

  /**
   * Why the worker must take no new work now, or undefined. A free space that cannot be read
   * does not pause the worker: the writes themselves will say whether there is room.
   */
  async pauseReason(): Promise<PauseReason | undefined> {
    const free = await this.free();
    if (this.opts.minFreeBytes <= 0 || free === undefined || free >= this.opts.minFreeBytes) return undefined;
    return {
      code: FleetErrorCode.DISK_FULL,
      message: `the output folder ${this.opts.root} has ${formatBytes(free)} free, less than worker.min_free_space (${formatBytes(this.opts.minFreeBytes)}): free space there; the node takes work again by itself once there is`,
    };
  }

  /**
   * The error to report for a failed attempt: a {@link DiskFullError} when a full disk caused it,
   * `err` itself otherwise. Call it before the attempt's partial files are removed, so the
   * measurement sees the disk as the failure did.
   */
  async explain(err: unknown): Promise<unknown> {
    // Already explained (a DiskFullError carries its verdict).
    if (hasCode(err, FleetErrorCode.DISK_FULL) && typeof (err as { handBack?: unknown }).handBack === "boolean") return err;
    const noSpace = isNoSpaceError(err);
    if (!noSpace && !(isFleetError(err) && SUSPECT.has(err.code))) return err;
    // Error-like rather than instanceof: Node's own errors come from another realm under Jest.
    const message = typeof (err as { message?: unknown })?.message === "string" ? (err as Error).message : String(err);
    const free = await this.free();
    const { root, minFreeBytes } = this.opts;
    const low = minFreeBytes > 0 && free !== undefined && free < minFreeBytes;
    if (low) {
      return new DiskFullError(
        `the output folder ${root} is full (${formatBytes(free)} free, less than worker.min_free_space ${formatBytes(minFreeBytes)}): ` +
          `the task is handed back and runs again once space is freed there. The attempt failed with: ${message}`,
        { path: root, freeBytes: free, handBack: true },
        { cause: err },
      );
    }
    if (!noSpace) return err;
    // Out of space, but the output folder is not (or no longer) below the minimum: pausing on it
    // would not help, so the attempt counts like any failure.
    const where =
      free === undefined
        ? "the output folder's free space cannot be read"
        : minFreeBytes <= 0
          ? `the output folder ${root} has ${formatBytes(free)} free now; worker.min_free_space is 0, so the node does not pause for space`
          : `the output folder ${root} has ${formatBytes(free)} free now, at least worker.min_free_space: if the video needs more than that, free space there; otherwise another filesystem the task writes to is full, e.g. the temp folder (TMPDIR)`;
    return new DiskFullError(`no space left on a filesystem this task writes to (${where}). The attempt failed with: ${message}`, { path: root, freeBytes: free, handBack: false }, { cause: err });
  }
}
