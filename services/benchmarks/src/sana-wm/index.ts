/** SANA-WM-Bench: the adapter (fleet runs) and the scorer (`framefleet score sana-wm`). */
import { anyAdapter, type Benchmark } from "../benchmark";
import { sanaWmAdapter } from "./adapter";
import { sanaWmScorer } from "./scorer";
export { sanaWmAdapter, SANA_WM_EVAL_METRICS } from "./adapter";
export { sanaWmScorer } from "./scorer";
export { sanaWmOptionsSchema, SANA_WM_SPLITS, type SanaWmOptions, type SanaWmSplit } from "./options";
export { SCORE_KEYS as SANA_WM_SCORE_KEYS, SANA_WM_VBENCH_DIMS, REVISIT_METRIC, CAMERA_METRIC } from "./formula";

/** The registry entry (index.ts). */
export const sanaWm: Benchmark = { adapter: anyAdapter(sanaWmAdapter), scorer: sanaWmScorer, title: "SANA-WM", example: "sana-wm-mini.yaml" };
