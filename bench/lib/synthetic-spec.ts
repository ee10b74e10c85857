/**
 * The synthetic run spec the benchmarks and the integration tests submit: small 64×48 videos of
 * three stock prompts, made by the named generator backend in its simulated time.
 */

export interface SyntheticSpec {
  readonly name: string;
  readonly items: number;
  readonly backend: string;
  /** `simulated_time`: "400ms", "100ms-400ms", "{ median: 1200ms, sigma: 0.7 }". */
  readonly simulatedTime: string;
  readonly frames: number;
  readonly fps: number;
  /** `samples_per_prompt`; the line is left out when absent. */
  readonly samples?: number;
  /** The whole `evaluation:` line (or ""); left out when absent. */
  readonly evaluation?: string;
  /** Further YAML after the synthetic section (e.g. `priority: high`). */
  readonly extra?: string;
}

export function syntheticSpecYaml(s: SyntheticSpec): string {
  return [
    `name: ${s.name}`,
    "benchmark: synthetic",
    ...(s.samples === undefined ? [] : [`samples_per_prompt: ${s.samples}`]),
    `video: { frames: ${s.frames}, fps: ${s.fps}, width: 64, height: 48 }`,
    `generator: { backend: ${s.backend}, simulated_time: ${s.simulatedTime} }`,
    ...(s.evaluation === undefined ? [] : [s.evaluation]),
    `synthetic: { items: ${s.items}, prompts: ["a red kite over a beach", "waves on a lighthouse", "a paper boat in the rain"] }`,
    s.extra ?? "",
  ].join("\n");
}
