import { MBENCH_DIMENSIONS, dimensionsOf, metricName, metricsForSubset, parseMetricName, usesTrigger } from "./dimensions";

describe("MBench dimensions", () => {
  it("has 3 axes x 4 sub-dimensions, 12 for MBench-A and 11 for MBench-T (23 registered metrics)", () => {
    expect(MBENCH_DIMENSIONS).toHaveLength(12);
    for (const axis of ["entity", "environment", "causal"]) expect(MBENCH_DIMENSIONS.filter((d) => d.axis === axis)).toHaveLength(4);
    expect(dimensionsOf("mbencha").length + dimensionsOf("mbencht").length).toBe(23);
    expect(dimensionsOf("mbencht").map((d) => d.key)).not.toContain("causal.camera_interaction");
  });

  it("names the metrics of a subset with the README's registration names", () => {
    expect(metricsForSubset("mbencha", "human")).toEqual(["mbencha.entity.human_identity_consistency", "mbencha.entity.human_appearance_consistency"]);
    expect(metricsForSubset("mbencht", "causal")).toEqual([
      "mbencht.causal.prompt_interaction",
      "mbencht.causal.state_progress",
      "mbencht.causal.progress_correctness",
    ]);
    expect(metricsForSubset("mbencha", "causal")).toContain("mbencha.causal.camera_interaction");
    expect(metricsForSubset("mbencha", "environment")).toHaveLength(4);
    expect(metricsForSubset("mbencha", "weather")).toEqual([]);
  });

  it("parses registration names and refuses others", () => {
    const d = MBENCH_DIMENSIONS[4];
    expect(d && parseMetricName(metricName("mbencht", d))).toEqual({ setting: "mbencht", dimension: d });
    expect(parseMetricName("mbencht.causal.camera_interaction")).toBeUndefined();
    expect(parseMetricName("vbench.temporal_flickering")).toBeUndefined();
    expect(parseMetricName("mbencha")).toBeUndefined();
  });

  it("gates only MBench-T by the trigger", () => {
    expect(usesTrigger("mbencht")).toBe(true);
    expect(usesTrigger("mbencha")).toBe(false);
  });
});
