import { doneMetricValues, metricExtremes } from "./extremes";
import type { ReportItem } from "./types";

function item(task: string, state: string, scores: Record<string, number>): ReportItem {
  return {
    task_id: task, item_key: task, prompt: "", seed: 0, sample_index: 0, state, attempts: 1, node: null, device: null, backend: "b",
    output_path: null, sha256: null, size_bytes: null, video: null, durations: { queue_wait_s: null, generate_s: null, evaluate_s: null },
    started_at: null, finished_at: null, scores, labels: {}, error: null, eval_node: null, poster_path: null, params: {}, eval_params: {},
  };
}

describe("doneMetricValues and metricExtremes", () => {
  const items = [
    item("a", "done", { psnr: 30, width: 64 }),
    item("b", "done", { psnr: 20, width: 64 }),
    item("c", "failed", { psnr: 99 }),
    item("d", "done", { psnr: 25, width: 64, lpips: 0.2 }),
    item("e", "done", { psnr: 20, width: 64 }),
  ];
  const values = doneMetricValues(items);

  it("takes done items only, metrics sorted, each value with its item's index", () => {
    expect([...values.keys()]).toEqual(["lpips", "psnr", "width"]);
    expect(values.get("psnr")).toEqual([{ index: 0, value: 30 }, { index: 1, value: 20 }, { index: 3, value: 25 }, { index: 4, value: 20 }]);
  });

  it("gives the highest and lowest N without repeating an item, ties in item order, and skips metrics equal everywhere", () => {
    const ex = metricExtremes(values, 2);
    expect(ex.map((e) => e.metric)).toEqual(["psnr"]);
    const [psnr] = ex;
    expect(psnr?.highest.map((v) => items[v.index]?.task_id)).toEqual(["a", "d"]);
    expect(psnr?.lowest.map((v) => items[v.index]?.task_id)).toEqual(["b", "e"]);
    // Fewer than 2N values: the lowest end gets what the highest did not take.
    const three = metricExtremes(values, 3)[0];
    expect(three?.highest.map((v) => v.value)).toEqual([30, 25, 20]);
    expect(three?.lowest.map((v) => items[v.index]?.task_id)).toEqual(["e"]);
  });
});
