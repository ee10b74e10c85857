import { samplesJsonlLine } from "./samples-jsonl";

describe("samplesJsonlLine", () => {
  it("is the README's example line, field for field and in its key order", () => {
    // Copied from the MBench README ("A samples.jsonl line per generated rollout").
    const readme =
      '{"item_id": "human:my_sample_001:left_then_right_25s", "dataset_id": "mbencha", "subset": "human", "sample_id": "my_sample_001", ' +
      '"condition_id": "left_then_right_25s", "model_id": "my_model", "media": {"videos": [{"path": "outputs/human/my_sample_001/left_then_right_25s/video.mp4", "role": "generated"}]}, ' +
      '"artifacts": {"da3": {"path": "artifacts/human/my_sample_001/left_then_right_25s/da3/results.npz"}}}';
    const line = samplesJsonlLine({ setting: "mbencha", subset: "human", sampleId: "my_sample_001", conditionId: "left_then_right_25s", modelId: "my_model" });
    expect(line).toBe(JSON.stringify(JSON.parse(readme)));
  });
});
