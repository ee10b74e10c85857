import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasCode } from "../../../common/src/errors";
import { parseVBenchEvalResults, pythonJsonToJson, readVBenchEvalResults, vbenchEvalResultsJson } from "./results";

// What VBench's save_json (json.dump, indent=4) writes, including its bare NaN for a failed dimension.
const PYTHON_DUMP = `{
    "temporal_flickering": [
        0.9650000000000001,
        [
            {
                "video_path": "/out/temporal_flickering/a toilet, frozen in time-0.mp4",
                "video_results": 0.96
            },
            {
                "video_path": "/out/temporal_flickering/a toilet, frozen in time-1.mp4",
                "video_results": 0.97
            }
        ]
    ],
    "dynamic_degree": [
        0.5,
        [
            {"video_path": "x-0.mp4", "video_results": true},
            {"video_path": "x-1.mp4", "video_results": false}
        ]
    ],
    "motion_smoothness": [NaN, [{"video_path": "y-0.mp4", "video_results": NaN}]],
    "imaging_quality": [0.0, []]
}`;

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "vbench-results-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

describe("pythonJsonToJson", () => {
  test("bare NaN / Infinity / -Infinity become null; the same words inside strings stay", () => {
    const text = '{"a": [NaN, Infinity, -Infinity, 1], "NaN in \\"quotes\\" Infinity": "-Infinity"}';
    expect(JSON.parse(pythonJsonToJson(text))).toEqual({ a: [null, null, null, 1], 'NaN in "quotes" Infinity': "-Infinity" });
  });
});

describe("parseVBenchEvalResults", () => {
  test("takes data[dim][0]; NaN averages and empty per-video lists give no score", () => {
    expect(parseVBenchEvalResults(PYTHON_DUMP, "r_eval_results.json")).toEqual({
      temporal_flickering: { average: 0.9650000000000001, videos: 2 },
      dynamic_degree: { average: 0.5, videos: 2 },
      motion_smoothness: { average: null, videos: 1 },
      imaging_quality: { average: null, videos: 0 },
    });
  });

  test.each([
    ['{"scene": 0.5}', /r\.json: field "scene" must be \[average, \[/],
    ['{"scene": ["high", []]}', /r\.json: field "scene"\[0\] must be the dimension's average \(a number\), got "high"/],
    ["[1, 2]", /r\.json: expected an object/],
    ["{oops", /r\.json: not valid JSON/],
  ])("%s is invalid_input naming the file and field", (text, message) => {
    let err: unknown;
    try {
      parseVBenchEvalResults(text, "r.json");
    } catch (e) {
      err = e;
    }
    expect(hasCode(err, "invalid_input")).toBe(true);
    expect((err as Error).message).toMatch(message);
  });
});

describe("readVBenchEvalResults", () => {
  test("reads every *_eval_results.json of the folder, in name order, and nothing else", async () => {
    const d = dir({
      "results_2024_eval_results.json": PYTHON_DUMP,
      "scene_eval_results.json": '{"scene": [0.41, [{"video_path": "alley-0.mp4", "video_results": 0.41}]]}',
      "results_2024_full_info.json": "[]",
      "notes.txt": "NaN",
      "._scene_eval_results.json": "\u0000binary",
    });
    const r = await readVBenchEvalResults(d);
    expect(r.files).toEqual([join(d, "results_2024_eval_results.json"), join(d, "scene_eval_results.json")]);
    expect(r.raw).toEqual({ temporal_flickering: 0.9650000000000001, dynamic_degree: 0.5, scene: 0.41 });
    expect(r.videos).toEqual({ temporal_flickering: 2, dynamic_degree: 2, scene: 1 });
    expect(r.unusable).toEqual(["imaging_quality", "motion_smoothness"]);
  });

  test("a folder without result files gives nothing (the caller decides)", async () => {
    expect(await readVBenchEvalResults(dir({ "a.json": "{}" }))).toEqual({ raw: {}, files: [], videos: {}, unusable: [] });
  });

  test("two files disagreeing on one dimension is an error naming both", async () => {
    const d = dir({
      "a_eval_results.json": '{"scene": [0.4, [{"video_path": "v", "video_results": 0.4}]]}',
      "b_eval_results.json": '{"scene": [0.5, [{"video_path": "v", "video_results": 0.5}]]}',
    });
    await expect(readVBenchEvalResults(d)).rejects.toThrow(/b_eval_results\.json: "scene" has average 0\.5 but .*a_eval_results\.json has 0\.4/);
  });

  test("a folder that does not exist is invalid_input", async () => {
    const err = await readVBenchEvalResults("/nonexistent/vbench").catch((e: unknown) => e);
    expect(hasCode(err, "invalid_input")).toBe(true);
    expect((err as Error).message).toMatch(/^\/nonexistent\/vbench: cannot list the folder/);
  });
});

describe("vbenchEvalResultsJson", () => {
  test("writes VBench's shape with the mean of the per-video results", () => {
    const text = vbenchEvalResultsJson("dynamic_degree", [
      { video_path: "videos/a-0.mp4", video_results: 0.5 },
      { video_path: "videos/a-1.mp4", video_results: 0.75 },
      { video_path: "videos/a-2.mp4", video_results: true },
    ]);
    // (0.5 + 0.75 + 1) / 3 = 2.25 / 3 = 0.75; booleans count as 0/1 like numpy's mean.
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toEqual({
      dynamic_degree: [
        0.75,
        [
          { video_path: "videos/a-0.mp4", video_results: 0.5 },
          { video_path: "videos/a-1.mp4", video_results: 0.75 },
          { video_path: "videos/a-2.mp4", video_results: true },
        ],
      ],
    });
    expect(parseVBenchEvalResults(text, "f").dynamic_degree).toEqual({ average: 0.75, videos: 3 });
  });

  test("no numeric results: the average is written as Python's NaN, which readers take as no score", () => {
    const text = vbenchEvalResultsJson("scene", []);
    expect(text).toBe('{\n    "scene": [\n        NaN,\n        []\n    ]\n}\n');
    expect(parseVBenchEvalResults(text, "f").scene).toEqual({ average: null, videos: 0 });
  });
});
