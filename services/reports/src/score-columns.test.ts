import { ItemState, RunState, pb } from "../../common/src/proto";
import type { ItemRecord } from "../../common/src/proto";
import { buildReport } from "./build";
import { buildComparison } from "./html/compare";
import { renderCompareHtml } from "./html/render-compare";
import { renderRunHtml } from "./html/render-run";
import { scoreSeries } from "./score-columns";
import type { ReportBenchmark, RunReport } from "./types";

/** A VBench run that measured one dimension: the case where the old "first column with two numbers" rule charted the weights. */
const VBENCH_SPEC = `
name: one-dimension
benchmark: vbench
video: { frames: 17, fps: 16, width: 320, height: 240 }
generator: { backend: synthetic }
evaluation: { backend: cpu-metrics, only: [temporal_flickering], plus: [video_check] }
vbench: { mode: standard, full_info: info.json, dimension_to_folder: folders.json, dimensions: [temporal_flickering] }
`;

const SYNTHETIC_SPEC = `
name: synth
benchmark: synthetic
video: { frames: 17, fps: 16, width: 320, height: 240 }
generator: { backend: synthetic }
evaluation: { backend: cpu-metrics, metrics: [temporal_flickering, video_check] }
synthetic: { items: 3, prompts: [a] }
`;

function run(id: string, benchmark: string, specYaml: string) {
  return pb.RunRecord.create({ runId: id, name: id, benchmark, state: RunState.RUN_STATE_COMPLETED, specYaml, baseDir: "/specs", outputDir: `/out/${id}` });
}

/** Done items with a flicker score and the frames/fps/size check, as cpu-metrics scores them. */
function items(flicker: readonly number[]): ItemRecord[] {
  return flicker.map((tf, i) =>
    pb.ItemRecord.create({
      taskId: `t${i}`, itemKey: `temporal_flickering/p${i}`, prompt: `p${i}`, state: ItemState.ITEM_STATE_DONE,
      output: { path: `videos/temporal_flickering/p${i}-0.mp4` },
      labels: { dimensions: "temporal_flickering", folder: "temporal_flickering" },
      scores: { temporal_flickering: tf, width: 320, height: 240, fps: 16, frames: 17 },
    }),
  );
}

function report(id: string, flicker: readonly number[], benchmark = "vbench", spec = VBENCH_SPEC): RunReport {
  return buildReport(run(id, benchmark, spec), items(flicker));
}

/** Each chart's title and the values printed on its bars. */
function charts(html: string): { title: string; values: string[] }[] {
  const section = /<section id="charts">([^]*?)<\/section>/.exec(html)?.[1] ?? "";
  return [...section.matchAll(/<svg [^>]*aria-label="([^"]*)"[^>]*>([^]*?)<\/svg>/g)].map((m) => ({
    title: m[1] ?? "",
    values: [...(m[2] ?? "").matchAll(/<text class="val"[^>]*>([^<]*)<\/text>/g)].map((v) => v[1] ?? ""),
  }));
}

describe("score columns", () => {
  const one = report("a", [0.9, 0.92]);

  it("VBench declares raw as its only score column; one measured dimension gives one point, never the weights", () => {
    const b = one.benchmark as ReportBenchmark;
    expect(b.score_columns).toEqual(["raw"]);
    // The trap: weight has a number in all 16 rows, raw in one.
    const weight = b.columns.indexOf("weight");
    expect(b.rows.filter((r) => typeof r[weight] === "number")).toHaveLength(16);
    expect(scoreSeries(b)).toEqual([{ column: "raw", points: [{ label: "temporal_flickering", value: expect.closeTo(0.91, 12) }] }]);
  });

  it("the run page charts raw (one bar, 0.91) and no weight, normalized or videos column", () => {
    const found = charts(renderRunHtml(one));
    const table = found.filter((c) => c.title.startsWith(`${one.benchmark?.title}:`));
    expect(table).toEqual([{ title: `${one.benchmark?.title}: raw`, values: ["0.91"] }]);
    for (const c of found) expect(c.title).not.toMatch(/: (weight|normalized|videos|type)$/);
  });

  it("the comparison has the measured dimension as its only dimension column, with raw values", () => {
    const cmp = buildComparison([one, report("b", [0.8, 0.82])]);
    const dims = cmp.columns.filter((c) => c.group === "dimension");
    expect(dims).toEqual([{ key: "dimension:temporal_flickering", group: "dimension", label: "temporal_flickering (raw)" }]);
    expect(cmp.rows.map((r) => r.values["dimension:temporal_flickering"])).toEqual([expect.closeTo(0.91, 12), expect.closeTo(0.81, 12)]);
    const html = renderCompareHtml(cmp);
    expect(html).toContain('aria-label="temporal_flickering (raw)"');
    expect(html).not.toMatch(/aria-label="[^"]*\((weight|videos|normalized)\)"/);
  });

  it("the synthetic table (width beside flicker in one column) is never charted or compared by row", () => {
    const synth = report("s", [0.9, 0.92], "synthetic", SYNTHETIC_SPEC);
    expect(synth.benchmark?.columns).toEqual(["metric", "mean", "videos"]);
    expect(scoreSeries(synth.benchmark)).toEqual([]);
    expect(charts(renderRunHtml(synth)).map((c) => c.title)).not.toContain(`${synth.benchmark?.title}: mean`);
    const cmp = buildComparison([synth, report("t", [0.8, 0.8], "synthetic", SYNTHETIC_SPEC)]);
    expect(cmp.columns.filter((c) => c.group === "dimension")).toEqual([]);
  });

  it("a report written before score_columns existed charts nothing from its table", () => {
    const old: ReportBenchmark = { title: "t", columns: ["dimension", "raw", "weight"], rows: [["a", 0.5, 1], ["b", 0.6, 1]], scores: {}, notes: [] };
    expect(scoreSeries(old)).toEqual([]);
  });

  it("names rows by the declared label columns, skipping empty cells, and each score column separately", () => {
    const b: ReportBenchmark = {
      title: "MBench-like", columns: ["axis", "sub-dimension", "metric", "M-Score", "samples"],
      rows: [["Entity", "shape", "m1", 0.5, 10], ["Entity", "axis score", "", 0.4, null], ["Causal", "axis score", "", null, null]],
      scores: {}, notes: [], score_columns: ["M-Score", "missing-column"], label_columns: ["axis", "sub-dimension"],
    };
    expect(scoreSeries(b)).toEqual([{ column: "M-Score", points: [{ label: "Entity · shape", value: 0.5 }, { label: "Entity · axis score", value: 0.4 }] }]);
  });
});
