/**
 * `models/<model_id>/samples.jsonl`: one line per generated rollout, in the README's shape, with
 * paths relative to the model folder as in its example:
 *
 * {"item_id": "human:my_sample_001:left_then_right_25s", "dataset_id": "mbencha", "subset": "human",
 *  "sample_id": "my_sample_001", "condition_id": "left_then_right_25s", "model_id": "my_model",
 *  "media": {"videos": [{"path": "outputs/human/my_sample_001/left_then_right_25s/video.mp4", "role": "generated"}]},
 *  "artifacts": {"da3": {"path": "artifacts/human/my_sample_001/left_then_right_25s/da3/results.npz"}}}
 *
 * The DA3 camera-pose file is produced outside MBench (and outside the fleet); the line names where
 * MBench expects it.
 */
import { safeRelativePath, sanitizeComponent } from "../../../common/src/paths";
import type { RunArtifact, ScoredItem } from "../adapter";

export interface SamplesLineFields {
  readonly setting: string;
  readonly subset: string;
  readonly sampleId: string;
  readonly conditionId: string;
  readonly modelId: string;
}

/** One samples.jsonl line (no newline); keys in the README's order. */
export function samplesJsonlLine(f: SamplesLineFields): string {
  const rel = (...tail: string[]) => safeRelativePath(f.subset, f.sampleId, f.conditionId, ...tail);
  return JSON.stringify({
    item_id: `${f.subset}:${f.sampleId}:${f.conditionId}`,
    dataset_id: f.setting,
    subset: f.subset,
    sample_id: f.sampleId,
    condition_id: f.conditionId,
    model_id: f.modelId,
    media: { videos: [{ path: `outputs/${rel("video.mp4")}`, role: "generated" }] },
    artifacts: { da3: { path: `artifacts/${rel("da3", "results.npz")}` } },
  });
}

/**
 * The samples.jsonl of a fleet run: every item with a committed video, in item-id order (so the
 * file does not depend on the order the aggregator lists items in). None when no video exists.
 */
export function samplesJsonlArtifact(items: readonly ScoredItem[], modelId: string): RunArtifact | undefined {
  const lines = new Map<string, string>();
  for (const item of items) {
    const { setting, subset, sample_id: sampleId, condition_id: conditionId } = item.labels;
    if (item.outputPath === "" || !setting || !subset || !sampleId || !conditionId) continue;
    lines.set(item.itemKey, samplesJsonlLine({ setting, subset, sampleId, conditionId, modelId }));
  }
  if (lines.size === 0) return undefined;
  const keys = [...lines.keys()].sort();
  return {
    path: `models/${sanitizeComponent(modelId)}/samples.jsonl`,
    content: keys.map((k) => lines.get(k) as string).join("\n") + "\n",
  };
}
