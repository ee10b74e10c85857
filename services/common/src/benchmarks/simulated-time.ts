/**
 * Synthetic backend only: each item's simulated GPU time, spread over `generator.simulated_time`
 * by its seed, so that a range gives varied but reproducible times (0 without one).
 */
import type { RunSpec } from "./run-spec";

export function simulatedMsFor(spec: RunSpec, seed: number): number {
  const sim = spec.generator.simulated_time ?? { minMs: 0, maxMs: 0 };
  return Math.round(sim.minMs + (sim.maxMs - sim.minMs) * ((seed % 10_000) / 10_000));
}
