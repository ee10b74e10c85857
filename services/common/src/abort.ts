/**
 * Cancellation helpers. Every unit of work gets one AbortSignal linked from its sources
 * (drain deadline, run cancel, preemption); waits are abortable.
 */
import { setTimeout as sleepTimer } from "node:timers/promises";

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
export async function delay(ms: number, signal?: AbortSignal): Promise<void> {
  await sleepTimer(ms, undefined, signal ? { signal } : undefined).catch((err: unknown) => {
    throw signal?.aborted ? signal.reason ?? err : err;
  });
}

/** Like delay, but resolves (false) instead of rejecting when aborted. True if the full time passed. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return false;
  try {
    await sleepTimer(ms, undefined, signal ? { signal } : undefined);
    return true;
  } catch {
    return false;
  }
}

/** One signal that aborts when any source aborts, with that source's reason. */
export function linkSignals(...signals: (AbortSignal | undefined)[]): AbortSignal {
  return AbortSignal.any(signals.filter((s): s is AbortSignal => s !== undefined));
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  opts: { timeoutMs: number; intervalMs?: number; what?: string; signal?: AbortSignal },
): Promise<NonNullable<T>> {
  const deadline = Date.now() + opts.timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? `: ${last.message}` : "";
      throw new Error(`timed out after ${opts.timeoutMs} ms waiting for ${opts.what ?? "condition"}${why}`);
    }
    await delay(opts.intervalMs ?? 100, opts.signal);
  }
}
