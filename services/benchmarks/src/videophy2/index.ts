/**
 * VideoPhy-2: the adapter (plans from a prompt CSV, writes the AutoEval input CSV, computes the
 * joint-score table) and `framefleet score videophy2` on AutoEval output CSVs.
 */
import { anyAdapter, type Benchmark } from "../benchmark";
import { videophy2Adapter } from "./adapter";
import { videophy2Scorer } from "./scorer";
export { videophy2Adapter, videophy2OptionsSchema, type Videophy2Options } from "./adapter";
export { videophy2Scorer } from "./scorer";
export { AUTOEVAL_INPUT_FILE, autoEvalInputCsv, parseAutoEvalOutput, readAutoEvalOutput, type AutoEvalRow } from "./autoeval";
export { aggregate, summarize, HIGH, type Vp2Aggregate, type Vp2Summary, type Vp2Video } from "./formula";
export { captionSlug, videoPath } from "./naming";
export { parsePromptCsv, readPromptFile, type PromptFile, type PromptRow } from "./prompts";

/** The registry entry (index.ts). */
export const videophy2: Benchmark = { adapter: anyAdapter(videophy2Adapter), scorer: videophy2Scorer, title: "VideoPhy-2", example: "videophy2-mini.yaml" };
