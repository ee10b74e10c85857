/**
 * Process-level signal handling, kept apart from the services' own lifecycles (as Temporal's
 * Runtime is apart from its Worker): the first SIGTERM/SIGINT runs the registered shutdown steps
 * in order, a second signal or the force timeout exits non-zero.
 */
import type { Logger } from "./log";
import { errorFields } from "./log";

export interface ShutdownOptions {
  readonly signals?: readonly NodeJS.Signals[];
  /** Hard limit for all steps; past it the process exits 1. Kubernetes' grace period must exceed it. */
  readonly forceMs: number;
  readonly log: Logger;
  /** Called with the signal before the steps run (e.g. to pick a drain deadline). */
  readonly onSignal?: (signal: NodeJS.Signals) => void;
}

export interface Shutdown {
  /** Adds a step; steps run in the order registered, each in its own try/catch. */
  register(name: string, step: () => Promise<void>): void;
  /** Runs the steps (idempotent: later calls return the same promise). */
  run(reason: string): Promise<void>;
}

export function installShutdown(opts: ShutdownOptions): Shutdown {
  const steps: { name: string; step: () => Promise<void> }[] = [];
  let running: Promise<void> | undefined;
  const shutdown: Shutdown = {
    register(name, step) {
      steps.push({ name, step });
    },
    run(reason) {
      running ??= (async () => {
        opts.log.info("shutting down", { reason });
        const force = setTimeout(() => {
          opts.log.error("shutdown took too long; exiting", { forceMs: opts.forceMs });
          process.exit(1);
        }, opts.forceMs);
        force.unref();
        for (const { name, step } of steps) {
          try {
            await step();
          } catch (err) {
            opts.log.error(`shutdown step ${name} failed`, errorFields(err));
          }
        }
        clearTimeout(force);
      })();
      return running;
    },
  };
  for (const sig of opts.signals ?? ["SIGTERM", "SIGINT"]) {
    process.on(sig, () => {
      if (running) {
        opts.log.warn("second signal: exiting now", { signal: sig });
        process.exit(130);
      }
      opts.onSignal?.(sig);
      void shutdown.run(sig);
    });
  }
  return shutdown;
}
