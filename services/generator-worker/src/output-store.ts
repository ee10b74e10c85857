/**
 * Exactly-once outputs on at-least-once delivery (docs/guarantees.md).
 *
 * An attempt writes a temporary file beside the final path, fsyncs and validates it, then
 * commits `ff_outputs[task]` with a compare-and-set create and only then renames the file into
 * place. The commit names the temporary file, so whoever finds a commit whose rename never
 * happened (its writer died) can finish it. The first commit wins; a losing duplicate deletes
 * its own file and reports the winner's output. A commit whose files are gone, or whose final
 * file no longer matches its sha256, is stale: it is removed and the task is redone.
 *
 * The video's poster frame (`poster_path`, when the attempt made one) travels the same way: its
 * temporary file shares the video's temporary suffix (siblingTempName), it is renamed into place
 * after the video, and finishing a commit finishes it too. A poster is a nicety: one that cannot
 * be put in place leaves the output without a poster, never fails it.
 *
 * NATS failures (a restart, a leader election, a timeout) while reading or writing the commit are
 * retried for worker.infra_retry_budget (infra-retry.ts), the temporary files kept meanwhile: a
 * finished video is not thrown away because the control plane blinked. A retried create whose
 * first try did land (only its answer was lost) finds its own commit and goes on as the winner.
 */
import { open, rename, rm, stat } from "node:fs/promises";
import { dirname, relative } from "node:path";
import type { KV } from "@nats-io/kv";
import { decode, encode } from "../../common/src/codec";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { sha256File } from "../../common/src/media";
import { assertSafeRelative, resolveInside } from "../../common/src/paths";
import { pb, type OutputCommit, type OutputFile } from "../../common/src/proto";
import { siblingTempName } from "../../common/src/temp-files";
import { withInfraRetry, type InfraRetrySettings } from "../../worker-runtime/src/infra-retry";

/** JetStream's "wrong last sequence": the key already exists. */
const WRONG_LAST_SEQUENCE = 10071;

export type CommitOutcome = { readonly won: true; readonly output: OutputFile } | { readonly won: false; readonly output: OutputFile | undefined };

export class OutputStore {
  constructor(
    private readonly kv: KV,
    private readonly log: Logger,
    /** How NATS failures are retried; none: one try. */
    private readonly retry?: InfraRetrySettings,
  ) {}

  private nats<T>(what: string, taskId: string, op: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    return this.retry ? withInfraRetry(what, op, { ...this.retry, log: this.retry.log?.child({ task: taskId }), signal }) : op();
  }

  /**
   * If the task already has a valid commit, makes sure its file is in place and returns it;
   * returns undefined when the task must (still) be produced.
   */
  async existing(taskId: string, runDir: string, signal?: AbortSignal): Promise<OutputFile | undefined> {
    const entry = await this.nats("output commit lookup", taskId, () => this.kv.get(taskId), signal);
    if (!entry || entry.operation !== "PUT" || entry.length === 0) return undefined;
    const commit = decode(pb.OutputCommit, entry.value, "output commit");
    const output = await this.finish(commit, runDir);
    if (output) return output;
    this.log.warn("stale output commit: its file is missing or changed; redoing the task", { task: taskId, path: commit.output?.path });
    await this.kv.delete(taskId, { previousSeq: entry.revision }).catch(() => undefined);
    return undefined;
  }

  /** Commits a validated temporary file (and its poster's), then renames it (and the poster) into place. */
  async commit(commit: OutputCommit, tmpFile: string, runDir: string, signal?: AbortSignal): Promise<CommitOutcome> {
    const output = commit.output as OutputFile;
    const poster = posterFiles(output, tmpFile, runDir);
    let retried = false;
    try {
      await this.nats(
        "output commit",
        commit.taskId,
        () => {
          const first = !retried;
          retried = true;
          return this.kv.create(commit.taskId, encode(pb.OutputCommit, commit)).catch(async (err: unknown) => {
            // A retry that finds our own commit: the earlier try landed and only its answer was lost.
            if (!first && isWrongLastSequence(err) && (await this.isOurs(commit, signal))) return 0;
            throw err;
          });
        },
        signal,
      );
    } catch (err) {
      if (!isWrongLastSequence(err)) throw err;
      // Another attempt committed first: ours is the duplicate, and so are our files.
      await Promise.all([rm(tmpFile, { force: true }), poster?.tmp ? rm(poster.tmp, { force: true }).catch(() => undefined) : undefined]);
      this.log.info("another attempt committed this output first; discarding ours", { task: commit.taskId });
      return { won: false, output: await this.existing(commit.taskId, runDir, signal) };
    }
    await moveIntoPlace(tmpFile, resolveInside(runDir, assertSafeRelative(output.path)));
    if (!poster) return { won: true, output };
    try {
      await moveIntoPlace(poster.tmp, poster.final);
      return { won: true, output };
    } catch (err) {
      // A duplicate that found our commit may have finished the rename for us.
      if (await isFile(poster.final)) return { won: true, output };
      this.log.warn("the poster frame could not be put in place; the video has none", { task: commit.taskId, path: output.posterPath, ...errorFields(err) });
      return { won: true, output: withoutPoster(output) };
    }
  }

  /** Whether the commit in the bucket is this attempt's (it names the same temporary file). */
  private async isOurs(commit: OutputCommit, signal: AbortSignal | undefined): Promise<boolean> {
    const entry = await this.nats("output commit lookup", commit.taskId, () => this.kv.get(commit.taskId), signal);
    if (!entry || entry.operation !== "PUT" || entry.length === 0) return false;
    return decode(pb.OutputCommit, entry.value, "output commit").tmpPath === commit.tmpPath;
  }

  private async finish(commit: OutputCommit, runDir: string): Promise<OutputFile | undefined> {
    const output = commit.output;
    if (!output) return undefined;
    const finalPath = resolveInside(runDir, assertSafeRelative(output.path));
    const tmp = commit.tmpPath ? resolveInside(runDir, assertSafeRelative(commit.tmpPath)) : undefined;
    if ((await hashIfExists(finalPath)) !== output.sha256) {
      if (!tmp || (await hashIfExists(tmp)) !== output.sha256) return undefined;
      // The writer died between commit and rename: finish its work.
      await moveIntoPlace(tmp, finalPath).catch((err: unknown) => {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err; // someone else just did it
      });
      if ((await hashIfExists(finalPath)) !== output.sha256) return undefined;
    }
    return this.finishPoster(commit, output, tmp ?? "", runDir);
  }

  /** The committed output with its poster in place, or without a poster when it is gone. */
  private async finishPoster(commit: OutputCommit, output: OutputFile, tmpFile: string, runDir: string): Promise<OutputFile> {
    let poster: { tmp: string; final: string } | undefined;
    try {
      poster = posterFiles(output, tmpFile, runDir);
    } catch {
      return withoutPoster(output);
    }
    if (!poster) return output;
    if (await isFile(poster.final)) return output;
    // The writer died between the video's rename and the poster's: finish that too.
    if (poster.tmp && (await isFile(poster.tmp))) {
      await moveIntoPlace(poster.tmp, poster.final).catch(() => undefined);
      if (await isFile(poster.final)) return output;
    }
    this.log.info("the committed video's poster frame is gone; going on without it", { task: commit.taskId, path: output.posterPath });
    return withoutPoster(output);
  }
}

function isWrongLastSequence(err: unknown): boolean {
  return (err as { code?: number }).code === WRONG_LAST_SEQUENCE || /wrong last sequence/i.test((err as Error).message);
}

/**
 * The poster's final file and the temporary one that goes with `tmpFile` (the video's), or
 * undefined when the output has no poster. Throws when poster_path is not a path inside the run.
 */
function posterFiles(output: OutputFile, tmpFile: string, runDir: string): { tmp: string; final: string } | undefined {
  if (!output.posterPath) return undefined;
  const final = resolveInside(runDir, assertSafeRelative(output.posterPath, "poster_path"));
  return { tmp: siblingTempName(tmpFile, final) ?? "", final };
}

/** A copy (never the committed message itself) with no poster. */
function withoutPoster(output: OutputFile): OutputFile {
  const copy = decode(pb.OutputFile, encode(pb.OutputFile, output), "output");
  copy.posterPath = "";
  return copy;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );
}

async function hashIfExists(path: string): Promise<string | undefined> {
  try {
    await stat(path);
  } catch {
    return undefined;
  }
  return sha256File(path);
}

/** Atomic rename, then fsync of the folder so the new name survives a power loss. */
async function moveIntoPlace(from: string, to: string): Promise<void> {
  await rename(from, to);
  await fsyncPath(dirname(to));
}

export async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export function relativeTo(runDir: string, file: string): string {
  const rel = relative(runDir, file);
  if (rel.startsWith("..")) throw new FleetError(FleetErrorCode.INVALID_INPUT, `${file} is outside the run folder ${runDir}`);
  return rel;
}
