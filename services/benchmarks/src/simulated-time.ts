/**
 * Synthetic and noop backends only: each item's simulated GPU time, drawn from
 * `generator.simulated_time` by its seed, so that times vary but a re-plan gives the same ones
 * (0 without a simulated_time).
 */
import { createHash } from "node:crypto";
import type { RunSpec, SimulatedTime } from "./run-spec";

export function simulatedMsFor(spec: RunSpec, seed: number): number {
  return simulatedMs(spec.generator.simulated_time, seed);
}

export function simulatedMs(sim: SimulatedTime | undefined, seed: number): number {
  if (!sim) return 0;
  if (sim.medianMs !== undefined && sim.sigma !== undefined) {
    const ms = sim.medianMs * Math.exp(sim.sigma * standardNormal(seed));
    return Math.round(Math.min(sim.maxMs, Math.max(sim.minMs, ms)));
  }
  return Math.round(sim.minMs + (sim.maxMs - sim.minMs) * ((seed % 10_000) / 10_000));
}

/** A standard normal draw fixed by the seed (Box-Muller on two uniforms from its hash). */
export function standardNormal(seed: number): number {
  const h = createHash("sha256").update(`framefleet-simulated-time/${seed}`).digest();
  // 48 bits each, shifted off zero so log() stays finite.
  const u1 = (h.readUIntBE(0, 6) + 0.5) / 2 ** 48;
  const u2 = (h.readUIntBE(6, 6) + 0.5) / 2 ** 48;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
