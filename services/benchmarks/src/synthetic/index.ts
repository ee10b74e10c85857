/** The synthetic benchmark: generated prompts for trying the fleet, no official tools. */
import { anyAdapter, type Benchmark } from "../benchmark";
import { syntheticAdapter } from "./adapter";

export { syntheticAdapter, syntheticOptionsSchema, type SyntheticOptions } from "./adapter";

/** The registry entry (index.ts). */
export const synthetic: Benchmark = { adapter: anyAdapter(syntheticAdapter), title: "Synthetic run" };
