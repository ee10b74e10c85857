import { ItemState, RunState, pb } from "../../common/src/proto";
import { benchmarkArtifacts, benchmarkSection, scoredItems } from "./benchmark";
import { buildReport } from "./build";
import { renderMarkdown } from "./markdown";

const SPEC = `
name: mini
benchmark: synthetic
video: { frames: 9, fps: 8, width: 64, height: 48 }
generator: { backend: synthetic }
evaluation: { backend: cpu-metrics, metrics: [temporal_flickering] }
synthetic: { items: 2, prompts: [a, b] }
`;

function run(specYaml: string) {
  return pb.RunRecord.create({ runId: "r-1", name: "mini", benchmark: "synthetic", state: RunState.RUN_STATE_COMPLETED, specYaml, baseDir: "/tmp" });
}

const items = [
  pb.ItemRecord.create({ taskId: "t1", itemKey: "item-0000", state: ItemState.ITEM_STATE_DONE, prompt: "a", scores: { temporal_flickering: 0.9, x: Number.NaN } }),
  pb.ItemRecord.create({ taskId: "t2", itemKey: "item-0001", state: ItemState.ITEM_STATE_DONE, prompt: "b", scores: { temporal_flickering: 0.7 } }),
];

describe("benchmarkSection", () => {
  it("is the adapter's table computed from the stored spec: synthetic's mean per metric, (0.9 + 0.7) / 2 = 0.8", () => {
    const b = benchmarkSection(run(SPEC), items);
    expect(b?.title).toMatch(/Synthetic/);
    expect(b?.rows).toEqual([["temporal_flickering", expect.closeTo(0.8, 12), 2]]);
  });

  it("is null for a run record without a spec, and explains rather than throws when the spec no longer validates", () => {
    expect(benchmarkSection(run(""), items)).toBeNull();
    const broken = benchmarkSection(run(SPEC.replace("benchmark: synthetic", "benchmark: nope")), items);
    expect(broken?.rows).toEqual([]);
    expect(broken?.notes[0]).toMatch(/could not be computed: [^]*"nope" is not a known benchmark/);
  });

  it("goes into the report and first into its Markdown, escaped", () => {
    const report = buildReport(run(SPEC), items);
    expect(report.benchmark?.columns).toEqual(["metric", "mean", "videos"]);
    const md = renderMarkdown(report);
    expect(md.indexOf("## Synthetic")).toBeGreaterThan(0);
    expect(md.indexOf("## Synthetic")).toBeLessThan(md.indexOf("## Items by state"));
    expect(md).toMatch(/\| temporal_flickering \| 0\.8 \| 2 \|/);
  });
});

describe("scoredItems", () => {
  it("drops non-finite scores and names states in lower case", () => {
    const [first] = scoredItems(items);
    expect(first?.scores).toEqual({ temporal_flickering: 0.9 });
    expect(first?.state).toBe("done");
  });
});

describe("benchmarkArtifacts", () => {
  it("is empty for an adapter without official files (synthetic) and for a record without a spec", () => {
    expect(benchmarkArtifacts(run(SPEC), items)).toEqual([]);
    expect(benchmarkArtifacts(run(""), items)).toEqual([]);
  });
});
