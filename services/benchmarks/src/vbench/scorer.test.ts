import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { hasCode } from "../../../common/src/errors";
import type { RunSpec } from "../run-spec";
import type { ScoredItem } from "../adapter";
import { vbenchAdapter, vbenchOptionsSchema } from "./adapter";
import { vbenchEvalResultsJson } from "./results";
import { vbenchScorer } from "./scorer";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "vbench-score-"));
}

function file(text: string, name = "scores.json"): string {
  const p = join(tmp(), name);
  writeFileSync(p, text);
  return p;
}

async function failure(input: string): Promise<Error> {
  const err = await vbenchScorer.score({ input }).catch((e: unknown) => e);
  expect(hasCode(err, "invalid_input")).toBe(true);
  return err as Error;
}

test("a JSON object of raw scores: hand-worked Quality/Semantic/Total, dimensions and missing", async () => {
  const { json, table } = await vbenchScorer.score({ input: file('{"temporal_flickering": 1, "scene": 0.4111, "color": null}') });
  // Quality: TF (1 - 0.6293) / 0.3707 = 1; missing SC -0.171234, BC -0.354096, MS -2.421955, DD/AQ/IQ 0
  //   = (1 - 0.171234 - 0.354096 - 2.421955) / 6.5 = -1.947285 / 6.5 = -0.299582
  expect(json.quality_score as number).toBeCloseTo(-0.299582, 6);
  // Semantic: scene 0.4111 / 0.8222 = 0.5; missing appearance_style (0 - 0.0009) / 0.2846 = -0.0031623
  //   = (0.5 - 0.0031623) / 9 = 0.0552042
  expect(json.semantic_score as number).toBeCloseTo(0.0552042, 6);
  // Total = (4 x -0.299582 + 0.0552042) / 5 = -1.1431238 / 5 = -0.2286248
  expect(json.total_score as number).toBeCloseTo(-0.2286248, 6);
  expect(json.dimensions).toEqual({ temporal_flickering: 1, scene: 0.4111 });
  expect(json.missing).toHaveLength(14);
  expect(json.missing).toContain("color");
  expect((json.normalized as Record<string, number>).scene).toBeCloseTo(0.5, 12);
  expect(Object.keys(json)).toEqual(["quality_score", "semantic_score", "total_score", "dimensions", "normalized", "missing"]);
  expect(table.rows.find((r) => r[0] === "scene")?.[5]).toBeNull();
});

test.each([
  ['{"temporal flickering": 0.9}', /"temporal flickering" is not a VBench dimension \(write "temporal_flickering": VBench's names use underscores\)/],
  ['{"flicker": 0.9}', /"flicker" is not a VBench dimension; valid names: subject_consistency, /],
  ['{"scene": 85.3}', /"scene" must be the raw dimension score as a fraction in \[0,1\].*got 85\.3/],
  ['{"scene": "0.5"}', /"scene" must be the raw dimension score/],
  ["{}", /holds no score for any of VBench's 16 dimensions/],
  ["[0.5]", /expected a JSON object/],
  ["{nope", /not valid JSON/],
])("%s is refused naming the file", async (text, message) => {
  const input = file(text);
  const err = await failure(input);
  expect(err.message).toMatch(message);
  expect(err.message).toContain(input);
});

test("a folder of official eval-results files, and a single such file", async () => {
  const dir = tmp();
  writeFileSync(
    join(dir, "results_x_eval_results.json"),
    vbenchEvalResultsJson("temporal_flickering", [
      { video_path: "a-0.mp4", video_results: 0.95 },
      { video_path: "a-1.mp4", video_results: 0.97 },
    ]),
  );
  writeFileSync(join(dir, "y_eval_results.json"), '{"motion_smoothness": [NaN, []]}');
  const { json, table } = await vbenchScorer.score({ input: dir });
  // (0.95 + 0.97) / 2 = 0.96
  expect((json.dimensions as Record<string, number>).temporal_flickering).toBeCloseTo(0.96, 12);
  expect(json.missing).toContain("motion_smoothness");
  expect(table.rows.find((r) => r[0] === "temporal_flickering")?.[5]).toBe(2);
  expect(table.notes).toContain("no usable score (NaN average or no videos), so counted as missing: motion_smoothness");
  const single = await vbenchScorer.score({ input: join(dir, "results_x_eval_results.json") });
  expect(single.json.total_score).toBe(json.total_score);
});

test("a folder without eval-results files, and a path that does not exist, are invalid_input", async () => {
  expect((await failure(tmp())).message).toMatch(/no \*_eval_results\.json file in this folder/);
  expect((await failure("/nonexistent/x.json")).message).toMatch(/^--input \/nonexistent\/x\.json: /);
});

test("score on the files a run's artifacts wrote reproduces the run's table exactly", async () => {
  const options = vbenchOptionsSchema.parse({ full_info: "a", dimension_to_folder: "b" });
  const items: ScoredItem[] = [0.91, 0.83, 0.77].map((v, i) => ({
    itemKey: "temporal_flickering/p",
    sampleIndex: i,
    seed: i,
    prompt: "p",
    state: "done",
    outputPath: `videos/temporal_flickering/p-${i}.mp4`,
    labels: { dimensions: "temporal_flickering", folder: "temporal_flickering" },
    scores: { temporal_flickering: v, frames: 17 },
  }));
  items.push({ ...(items[0] as ScoredItem), itemKey: "scene/alley", outputPath: "videos/scene/alley-0.mp4", labels: { dimensions: "scene,background_consistency" }, scores: { scene: 0.3 } });
  const run = tmp();
  for (const a of vbenchAdapter.artifacts?.(items, {} as RunSpec, options) ?? []) {
    mkdirSync(dirname(join(run, a.path)), { recursive: true });
    writeFileSync(join(run, a.path), a.content);
  }
  const report = vbenchAdapter.table(items, {} as RunSpec, options);
  const scored = await vbenchScorer.score({ input: join(run, "vbench_eval") });
  expect(scored.json.quality_score).toBe(report.scores.quality_score);
  expect(scored.json.semantic_score).toBe(report.scores.semantic_score);
  expect(scored.json.total_score).toBe(report.scores.total_score);
  expect(scored.table.rows.map((r) => r.slice(0, 6))).toEqual(report.rows.map((r) => r.slice(0, 6)));
});
