import type { ScoredItem } from "../adapter";
import { dimensionVideos, meanOf, vbenchItemsTable, vbenchTable } from "./table";

const item = (outputPath: string, itemKey: string, dims: string, scores: Record<string, number>, state = "done"): ScoredItem => ({
  itemKey,
  sampleIndex: 0,
  seed: 0,
  prompt: itemKey,
  state,
  outputPath,
  labels: { dimensions: dims },
  scores,
});

describe("vbenchTable", () => {
  test("one row per dimension; missing ones null and named in the notes with the value they count as", () => {
    const { table, scores } = vbenchTable({ title: "T", raw: { temporal_flickering: 1, dynamic_degree: 0.4 }, videos: { temporal_flickering: 3 } });
    expect(table.columns).toEqual(["dimension", "type", "raw", "normalized", "weight", "videos"]);
    expect(table.rows).toHaveLength(16);
    // TF: (1 - 0.6293) / 0.3707 = 1; DD: 0.4 x weight 0.5 = 0.2 (normalized includes the weight, as cal_final_score.py).
    expect(table.rows.find((r) => r[0] === "temporal_flickering")).toEqual(["temporal_flickering", "quality", 1, 1, 1, 3]);
    expect(table.rows.find((r) => r[0] === "dynamic_degree")).toEqual(["dynamic_degree", "quality", 0.4, 0.2, 0.5, 0]);
    expect(table.rows.find((r) => r[0] === "scene")).toEqual(["scene", "semantic", null, null, 1, 0]);
    // SC missing: (0 - 0.1462) / 0.8538 = -0.17123…
    const missing = table.notes.find((n) => n.startsWith("not measured, counted as raw 0")) ?? "";
    expect(missing).toContain("cal_final_score.py does: subject_consistency, background_consistency, motion_smoothness, aesthetic_quality,");
    expect(missing).toContain("; raw 0 normalizes below 0 for subject_consistency (-0.1712), background_consistency (-0.3541)");
    expect(table.notes).toContain("Quality/Semantic/Total with 14 of 16 dimensions missing are not comparable to the VBench leaderboard");
    expect(table.scores).toEqual({ quality_score: scores?.quality_score, semantic_score: scores?.semantic_score, total_score: scores?.total_score });
  });

  test("nothing measured: null scores and a note saying so", () => {
    const { table, scores } = vbenchTable({ title: "T", raw: { camera_motion: 0.5 } });
    expect(scores).toBeNull();
    expect(table.scores).toEqual({ quality_score: null, semantic_score: null, total_score: null });
    expect(table.rows.every((r) => r[2] === null && r[5] === null)).toBe(true);
    expect(table.notes).toContain("no VBench dimension was measured, so there is no Quality, Semantic or Total score");
    expect(table.notes).toContain("ignored (not one of VBench's 16 dimensions): camera_motion");
  });
});

describe("vbenchItemsTable", () => {
  test("averages per dimension over done videos of prompts that have it, with VBench's static-filter caveat", () => {
    const items: ScoredItem[] = [];
    // 6 videos of one temporal_flickering prompt: 0.90, 0.91, …, 0.95; mean = (0.90 + 0.95) / 2 = 0.925.
    for (let i = 0; i < 6; i++) items.push(item(`videos/tf/p-${i}.mp4`, "tf/p", "temporal_flickering", { temporal_flickering: 0.9 + i / 100 }));
    items.push(item("videos/tf/q-0.mp4", "tf/q", "temporal_flickering", { temporal_flickering: 0 }, "failed"));
    const { table } = vbenchItemsTable(items, { title: "T", limit: 2 });
    const row = table.rows.find((r) => r[0] === "temporal_flickering");
    expect(row?.[2]).toBeCloseTo(0.925, 12);
    expect(row?.[5]).toBe(6);
    expect(table.notes.some((n) => n.includes("static filter (RAFT) was not applied; the average is over all measured videos (up to 6 per prompt) instead of at most 5"))).toBe(true);
    expect(table.notes).toContain("only done items count: 6 of 7 planned videos are done");
    expect(table.notes.some((n) => n.startsWith("vbench.limit = 2"))).toBe(true);
  });

  test("with at most 5 videos per prompt the note still says the static filter was not applied", () => {
    const { table } = vbenchItemsTable([item("videos/tf/p-0.mp4", "tf/p", "temporal_flickering", { temporal_flickering: 0.5 })], { title: "T" });
    expect(table.notes).toContain("temporal_flickering: VBench's static filter (RAFT) was not applied to these videos");
    expect(table.notes.some((n) => n.startsWith("only done items"))).toBe(false);
  });
});

describe("dimensionVideos", () => {
  test("done items only, the prompt's own dimensions only, in output-path order", () => {
    const byDim = dimensionVideos([
      item("videos/b-0.mp4", "b", "scene,background_consistency", { scene: 0.2, background_consistency: 0.9, temporal_flickering: 0.7 }),
      item("videos/a-0.mp4", "a", "scene", { scene: 0.4 }),
      item("videos/c-0.mp4", "c", "scene", { scene: 0.6 }, "evaluating"),
      item("", "d", "scene", { scene: 0.1 }),
    ]);
    expect([...byDim.keys()].sort()).toEqual(["background_consistency", "scene"]);
    expect(byDim.get("scene")?.map((v) => v.outputPath)).toEqual(["videos/a-0.mp4", "videos/b-0.mp4"]);
    // (0.4 + 0.2) / 2 = 0.3
    expect(meanOf(byDim.get("scene")?.map((v) => v.value) ?? [])).toBeCloseTo(0.3, 12);
  });
});
