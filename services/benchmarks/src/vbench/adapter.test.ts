import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DEFAULT_DATA_ROOT } from "../../../common/src/config/schema";
import { hasCode, ValidationError } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import { parseRunSpec, planContext, resolveAdapter, type PlannedItem, type RunSpec } from "../index";
import type { ScoredItem } from "../adapter";
import { vbenchAdapter, vbenchOptionsSchema, type VBenchOptions } from "./adapter";
import { parseVBenchEvalResults } from "./results";

const REPO = resolve(__dirname, "../../../..");
const SHARED = resolve(__dirname, "../../../../../shared/data/vbench");
const MINI = join(REPO, "examples/runs/vbench-mini.yaml");

async function planYaml(yaml: string, baseDir: string): Promise<PlannedItem[]> {
  const source = { name: "spec.yaml", baseDir };
  const spec = parseRunSpec(yaml, source);
  const { adapter, options } = resolveAdapter(spec, source);
  // The shared VBench files and the examples are named by absolute paths or from examples/runs.
  return adapter.plan(spec, options, await planContext(source, { roots: [SHARED, DEFAULT_DATA_ROOT], allowSpecFolder: true }));
}

function spec(section: string, extra = ""): string {
  return `
name: t
benchmark: vbench
video: { frames: 17, fps: 8, width: 64, height: 48 }
generator: { backend: synthetic }
${extra}
vbench:
${section}
`;
}

const standard = (more: string): string =>
  spec(`  full_info: ${join(SHARED, "VBench_full_info.json")}\n  dimension_to_folder: ${join(SHARED, "dimension_to_folder.json")}\n${more}`);

function issuesOf(yaml: string): string[] {
  try {
    const source = { name: "spec.yaml", baseDir: "/tmp" };
    resolveAdapter(parseRunSpec(yaml, source), source);
  } catch (err) {
    if (err instanceof ValidationError) return [...err.issues];
    throw err;
  }
  throw new Error("expected a validation error");
}

describe("examples/runs/vbench-mini.yaml", () => {
  test("plans 8 videos in 3 VBench folders with the registry's adapter", async () => {
    const items = await planYaml(readFileSync(MINI, "utf8"), join(REPO, "examples/runs"));
    // limit 2 prompts per folder: temporal_flickering 2 x 2 videos, subject_consistency 2 x 1, scene 2 x 1.
    expect(items.map((i) => i.outputPath)).toEqual([
      "videos/temporal_flickering/In a still frame, a stop sign-0.mp4",
      "videos/temporal_flickering/In a still frame, a stop sign-1.mp4",
      "videos/temporal_flickering/a toilet, frozen in time-0.mp4",
      "videos/temporal_flickering/a toilet, frozen in time-1.mp4",
      "videos/subject_consistency/a person swimming in ocean-0.mp4",
      "videos/subject_consistency/a person giving a presentation to a room full of colleagues-0.mp4",
      "videos/scene/alley-0.mp4",
      "videos/scene/amusement park-0.mp4",
    ]);
    for (const it of items) expect(it.seed).toBe(deriveSeed(42, it.itemKey, it.sampleIndex));
    expect(new Set(items.map((i) => i.seed)).size).toBe(8);
    expect(items[1]).toMatchObject({
      itemKey: "temporal_flickering/In a still frame, a stop sign",
      sampleIndex: 1,
      prompt: "In a still frame, a stop sign",
      labels: { dimensions: "temporal_flickering", folder: "temporal_flickering" },
      evalMetrics: ["temporal_flickering"],
      inputs: {},
    });
    expect(items[4]?.labels).toEqual({ dimensions: "subject_consistency,dynamic_degree,motion_smoothness", folder: "subject_consistency" });
    // dimensions: [.., scene] keeps only the chosen ones for evaluation, the labels keep the prompt's own.
    expect(items[6]).toMatchObject({ labels: { dimensions: "scene,background_consistency", folder: "scene" }, evalMetrics: ["scene"] });
    const sims = items.map((i) => i.simulatedMs);
    expect(Math.min(...sims)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...sims)).toBeLessThanOrEqual(300);
  });

  test("plans the same items twice (deterministic)", async () => {
    const yaml = readFileSync(MINI, "utf8");
    const a = await planYaml(yaml, join(REPO, "examples/runs"));
    const b = await planYaml(yaml, join(REPO, "examples/runs"));
    expect(b).toEqual(a);
  });
});

describe("standard mode", () => {
  test("the full suite: 946 prompts, 5 videos each and 25 per temporal_flickering prompt, unique paths", async () => {
    const items = await planYaml(standard(""), "/tmp");
    // 75 temporal_flickering prompts x 25 + (946 - 75) x 5 = 1875 + 4355 = 6230 videos.
    expect(items).toHaveLength(6230);
    expect(new Set(items.map((i) => i.outputPath)).size).toBe(6230);
    expect(new Set(items.map((i) => i.itemKey)).size).toBe(946);
    // The two prompt texts that occur twice in the suite get one key per folder.
    const twice = items.filter((i) => i.prompt === "The bund Shanghai, oil painting" && i.sampleIndex === 0).map((i) => i.itemKey);
    expect(twice).toEqual(["appearance_style/The bund Shanghai, oil painting", "overall_consistency/The bund Shanghai, oil painting"]);
  });

  test("dimensions picks the prompts having any of them; limit counts per folder", async () => {
    const items = await planYaml(standard("  dimensions: [dynamic_degree, color]\n  limit: 3\n  videos_per_prompt: 2"), "/tmp");
    // dynamic_degree lives in the subject_consistency folder, color in color: 3 prompts x 2 videos each.
    expect(items).toHaveLength(12);
    expect(new Set(items.map((i) => i.labels.folder))).toEqual(new Set(["subject_consistency", "color"]));
    expect(items.find((i) => i.labels.folder === "subject_consistency")?.evalMetrics).toEqual(["dynamic_degree"]);
  });

  test("samples_per_prompt other than 1 is refused with what to set instead", async () => {
    await expect(planYaml(standard("").replace("name: t", "name: t\nsamples_per_prompt: 3"), "/tmp")).rejects.toThrow(
      /samples_per_prompt: 3 .*vbench\.videos_per_prompt/,
    );
  });

  test("a dimension mapped to two folders for one prompt is refused naming the row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vb-"));
    writeFileSync(join(dir, "info.json"), JSON.stringify([{ prompt_en: "alley", dimension: ["scene", "background_consistency"] }]));
    writeFileSync(join(dir, "d2f.json"), JSON.stringify({ scene: "scene", background_consistency: "bg" }));
    const yaml = spec("  full_info: info.json\n  dimension_to_folder: d2f.json");
    await expect(planYaml(yaml, dir)).rejects.toThrow(/row \[0\] "alley" .*different folders \(scene, bg\)/);
  });

  test("a missing full_info file is spec_invalid naming the field and the path", async () => {
    const err = await planYaml(spec("  full_info: nope.json\n  dimension_to_folder: nope2.json"), "/tmp").catch((e: unknown) => e);
    expect(hasCode(err, "spec_invalid")).toBe(true);
    expect((err as Error).message).toMatch(/^vbench\.full_info: cannot read \/tmp\/nope\.json/);
  });

  test("a prompt the file-name rule would change is refused (VBench would not find its video)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vb-"));
    writeFileSync(join(dir, "info.json"), JSON.stringify([{ prompt_en: "a cat: sleeping", dimension: ["scene"] }]));
    writeFileSync(join(dir, "d2f.json"), JSON.stringify({ scene: "scene" }));
    await expect(planYaml(spec("  full_info: info.json\n  dimension_to_folder: d2f.json"), dir)).rejects.toThrow(/"a cat_ sleeping"/);
  });
});

describe("custom mode", () => {
  test("flat videos/<prompt>-<i>.mp4, the chosen dimensions as labels and metrics", async () => {
    const items = await planYaml(spec("  mode: custom\n  prompts: [a red kite, a blue boat]\n  dimensions: [temporal_flickering, imaging_quality]\n  videos_per_prompt: 2"), "/tmp");
    expect(items.map((i) => i.outputPath)).toEqual(["videos/a red kite-0.mp4", "videos/a red kite-1.mp4", "videos/a blue boat-0.mp4", "videos/a blue boat-1.mp4"]);
    expect(items[0]).toMatchObject({ itemKey: "custom/a red kite", labels: { dimensions: "temporal_flickering,imaging_quality" }, evalMetrics: ["temporal_flickering", "imaging_quality"] });
  });

  test("prompts_file relative to the spec's folder, with limit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vb-"));
    writeFileSync(join(dir, "p.txt"), "one\n\n two \nthree\n");
    const items = await planYaml(spec("  mode: custom\n  prompts_file: p.txt\n  dimensions: [subject_consistency]\n  limit: 2\n  videos_per_prompt: 1"), dir);
    expect(items.map((i) => i.prompt)).toEqual(["one", "two"]);
  });

  test("a prompt listed twice is refused", async () => {
    await expect(planYaml(spec("  mode: custom\n  prompts: [a, b, a]\n  dimensions: [subject_consistency]"), "/tmp")).rejects.toThrow(/vbench\.prompts\.2: "a" is listed twice/);
  });
});

describe("options", () => {
  test("unknown dimension names are listed with the valid ones", () => {
    const issues = issuesOf(standard("  dimensions: [temporal flickering, colour]"));
    expect(issues[0]).toMatch(/^vbench\.dimensions\.0: "temporal flickering" is not a VBench dimension \(VBench's names use underscores\); valid: subject_consistency, /);
    expect(issues[1]).toMatch(/^vbench\.dimensions\.1: "colour" is not a VBench dimension; valid: .*appearance_style/);
  });

  test("custom mode refuses dimensions that need auxiliary_info and standard-only fields", () => {
    const issues = issuesOf(spec("  mode: custom\n  prompts: [a]\n  dimensions: [color, scene, imaging_quality]\n  flickering_videos_per_prompt: 3"));
    expect(issues).toContain("vbench.flickering_videos_per_prompt: standard mode only; custom mode puts every video in one flat folder");
    expect(issues.find((i) => i.startsWith("vbench.dimensions: color, scene need VBench's auxiliary_info"))).toMatch(/supports subject_consistency, background_consistency, temporal_flickering/);
  });

  test("standard mode needs its two files; unknown keys are refused", () => {
    expect(issuesOf(spec("  limit: 1\n  shuffle: true"))).toEqual(
      expect.arrayContaining([
        'vbench: Unrecognized key: "shuffle"',
      ]),
    );
    expect(issuesOf(spec("  limit: 1"))).toEqual([
      "vbench.full_info: required in standard mode: the path of VBench_full_info.json",
      "vbench.dimension_to_folder: required in standard mode: the path of dimension_to_folder.json",
    ]);
  });
});

describe("table and artifacts", () => {
  const options: VBenchOptions = vbenchOptionsSchema.parse({ full_info: "a", dimension_to_folder: "b" });
  const runSpec = {} as RunSpec;
  const item = (path: string, key: string, dims: string, scores: Record<string, number>, state = "done"): ScoredItem => ({
    itemKey: key,
    sampleIndex: 0,
    seed: 1,
    prompt: key,
    state,
    outputPath: path,
    labels: { dimensions: dims, folder: "x" },
    scores,
  });
  const items = [
    item("videos/temporal_flickering/b-0.mp4", "tf/b", "temporal_flickering", { temporal_flickering: 0.9, frames: 17 }),
    item("videos/temporal_flickering/a-0.mp4", "tf/a", "temporal_flickering", { temporal_flickering: 0.8 }),
    // A score for a dimension that is not the prompt's own is not part of that dimension in VBench.
    item("videos/scene/c-0.mp4", "scene/c", "scene,background_consistency", { temporal_flickering: 0.1 }),
    item("videos/temporal_flickering/d-0.mp4", "tf/d", "temporal_flickering", { temporal_flickering: 0.2 }, "failed"),
  ];

  test("the table averages done videos of each prompt's own dimensions", () => {
    const t = vbenchAdapter.table(items, runSpec, options);
    const row = t.rows.find((r) => r[0] === "temporal_flickering");
    // raw = (0.8 + 0.9) / 2 = 0.85; normalized = (0.85 - 0.6293) / (1 - 0.6293) = 0.2207 / 0.3707 = 0.595360...
    expect(row?.[2]).toBeCloseTo(0.85, 12);
    expect(row?.[3]).toBeCloseTo(0.2207 / 0.3707, 12);
    expect(row?.[5]).toBe(2);
    expect(t.rows.find((r) => r[0] === "scene")?.slice(2, 4)).toEqual([null, null]);
    expect(t.notes.some((n) => n.startsWith("only done items count: 3 of 4"))).toBe(true);
    expect(t.scores.quality_score).not.toBeNull();
  });

  test("artifacts: one official-shape file per measured dimension whose average matches the table", () => {
    const files = vbenchAdapter.artifacts?.(items, runSpec, options) ?? [];
    expect(files.map((f) => f.path)).toEqual(["vbench_eval/temporal_flickering_eval_results.json"]);
    const data = JSON.parse(files[0]?.content ?? "") as Record<string, [number, { video_path: string; video_results: number }[]]>;
    expect(data.temporal_flickering?.[1]).toEqual([
      { video_path: "videos/temporal_flickering/a-0.mp4", video_results: 0.8 },
      { video_path: "videos/temporal_flickering/b-0.mp4", video_results: 0.9 },
    ]);
    const t = vbenchAdapter.table(items, runSpec, options);
    const parsed = parseVBenchEvalResults(files[0]?.content ?? "", "f");
    expect(parsed.temporal_flickering?.average).toBe(t.rows.find((r) => r[0] === "temporal_flickering")?.[2]);
  });
});
