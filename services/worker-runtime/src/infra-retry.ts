/**
 * Retrying what a task must get recorded (its output commit, its attempt record, its result)
 * through a control-plane blink: a nats-server restart, a leader election, a request that timed
 * out. Only infrastructure errors (nats/infra-errors.ts) are retried, with exponential backoff,
 * until `budgetMs` (worker.infra_retry_budget) is spent; then an InfrastructureError says what
 * could not be recorded and why, and the executor hands the task back without spending an
 * attempt. Any other error is the operation's own answer and is thrown at once.
 *
 * A plain async wrapper, so any write can use it: `await withInfraRetry("result", () => publish(), opts)`.
 */
import { delay } from "../../common/src/abort";
import { FleetErrorCode, hasCode, InfrastructureError } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import { isInfrastructureError } from "../../common/src/nats/infra-errors";
import { formatDuration } from "../../common/src/units";

export interface InfraRetryOptions {
  /** How long to keep trying, counted from the first try. A try already running is let finish (a NATS request gives up by itself). */
  readonly budgetMs: number;
  /** Stops the retrying (the task was cancelled, the worker stops): the last error is thrown as an InfrastructureError. */
  readonly signal?: AbortSignal;
  readonly log?: Logger;
  /** framefleet_infrastructure_retries_total{what}: one per retry. */
  readonly metrics?: { readonly infraRetries: { inc(labels: { what: string }): void } };
  /** First wait between tries. @default 250 */
  readonly initialDelayMs?: number;
  /** The wait doubles up to this. @default 5000 */
  readonly maxDelayMs?: number;
  /** Test seams: the clock and the wait. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
}

/** The parts of InfraRetryOptions that a component is configured with once (the signal is per call). */
export type InfraRetrySettings = Omit<InfraRetryOptions, "signal">;

/**
 * Runs `op`, retrying it while it fails with an infrastructure error and the budget lasts.
 * @param what what `op` records, for the log, the metric label and the error ("output commit").
 */
export async function withInfraRetry<T>(what: string, op: () => Promise<T>, opts: InfraRetryOptions): Promise<T> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? delay;
  const maxDelayMs = opts.maxDelayMs ?? 5000;
  const started = now();
  let wait = opts.initialDelayMs ?? 250;
  for (let tries = 1; ; tries++) {
    try {
      return await op();
    } catch (err) {
      if (!isInfrastructureError(err)) throw err;
      // An InfrastructureError from an inner withInfraRetry already spent a budget: do not stack another.
      if (hasCode(err, FleetErrorCode.INFRASTRUCTURE)) throw err;
      const spent = now() - started;
      const left = opts.budgetMs - spent;
      if (left <= 0 || opts.signal?.aborted) throw giveUp(what, err, tries, spent, opts);
      opts.metrics?.infraRetries.inc({ what });
      // The first retry is worth a warning (NATS blinked); the rest of the same outage only at debug.
      const fields = { what, tries, waitMs: Math.min(wait, left), leftMs: left, ...errorFields(err) };
      if (tries === 1) opts.log?.warn("control plane unavailable; retrying", fields);
      else opts.log?.debug("control plane still unavailable; retrying", fields);
      try {
        await sleep(Math.min(wait, left), opts.signal);
      } catch {
        throw giveUp(what, err, tries, now() - started, opts);
      }
      wait = Math.min(wait * 2, maxDelayMs);
    }
  }
}

function giveUp(what: string, last: unknown, tries: number, spentMs: number, opts: InfraRetryOptions): InfrastructureError {
  const why = opts.signal?.aborted ? "stopped (the task was cancelled)" : `for the whole worker.infra_retry_budget (${formatDuration(opts.budgetMs)})`;
  const lastMessage = last instanceof Error ? `${last.name}: ${last.message}` : String(last);
  return new InfrastructureError(what, `could not record the ${what}: NATS failed ${tries} ${tries === 1 ? "time" : "times"} over ${formatDuration(spentMs)}, retrying ${why}; last error: ${lastMessage}`, { cause: last });
}
