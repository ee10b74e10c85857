import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { readSanaWmRawVBench } from "./raw-vbench";
import { sanaWmScorer } from "./scorer";

// Laid out as VBench.evaluate() writes them (Python json.dump, indent=4; NaN bare, as numpy's
// mean of no videos gives).
const AESTHETIC = `{
    "aesthetic_quality": [
        0.5009,
        [
            {
                "video_path": "/work/results/sana_wm/hard_60s/indoor_001_generated.mp4",
                "video_results": 0.5009
            }
        ]
    ]
}`;
const IMAGING_NO_VIDEOS = `{
    "imaging_quality": [
        0.6,
        []
    ]
}`;
const SUBJECT_NAN = `{
    "subject_consistency": [
        NaN,
        []
    ]
}`;
// Same dimensions, without SANA-WM's eval_ prefix: aggregate_results.py never reads these.
const STRAY_IMAGING = `{
    "imaging_quality": [
        0.1,
        [{"video_path": "x.mp4", "video_results": 0.1}]
    ]
}`;
const STRAY_SUBJECT = `{
    "subject_consistency": [
        0.9,
        [{"video_path": "x.mp4", "video_results": 0.9}]
    ]
}`;

describe("SANA-WM raw VBench fallback (aggregate_results.py _recompute_vbench_from_raw)", () => {
  let root: string;
  let evalDir: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "ff-sana-raw-"));
    evalDir = path.join(root, "eval", "hard_60s");
    await mkdir(evalDir, { recursive: true });
    await mkdir(path.join(root, "hard_60s"));
    await writeFile(path.join(root, "hard_60s", "indoor_001_generated.mp4"), "");
    const files: Record<string, string> = {
      "eval_aesthetic_quality_eval_results.json": AESTHETIC,
      "eval_imaging_quality_eval_results.json": IMAGING_NO_VIDEOS,
      "eval_subject_consistency_eval_results.json": SUBJECT_NAN,
      "imaging_quality_eval_results.json": STRAY_IMAGING,
      "subject_consistency_eval_results.json": STRAY_SUBJECT,
    };
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(evalDir, name), text);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("keeps an average whose per-video list is empty, drops NaN, reads only eval_* files", async () => {
    const r = await readSanaWmRawVBench(evalDir);
    expect(r.raw).toEqual({ aesthetic_quality: 0.5009, imaging_quality: 0.6 });
    expect(r.files.map((f) => path.basename(f))).toEqual([
      "eval_aesthetic_quality_eval_results.json",
      "eval_imaging_quality_eval_results.json",
      "eval_subject_consistency_eval_results.json",
    ]);
    expect(r.ignored).toEqual(["imaging_quality_eval_results.json", "subject_consistency_eval_results.json"]);
  });

  it("the scorer's quality is the official one on those files (the 0.55045 tie)", async () => {
    // /usr/bin/python3, the official formula on {aesthetic 0.5009, imaging 0.6}:
    //   q = (0.5009 + 0.6) / 2.0 → 0.55045; round(q, 4) == 0.5504; round((4.0*q + 0.0)/5.0, 4) == 0.4404
    // Reading the stray files (subject 0.9, imaging 0.1) or dropping the empty-list imaging would change both.
    const { json, table } = await sanaWmScorer.score({ input: root });
    const split = (json["splits"] as Record<string, Record<string, unknown>>)["hard_60s"];
    expect(split).toMatchObject({ vbench_quality_score: 0.5504, vbench_total_score: 0.4404, vbench_overall: 55.04 });
    const notes = table.notes.join("\n");
    expect(notes).toContain("VBench recomputed from the raw eval_*_eval_results.json files");
    expect(notes).toContain("not read, as aggregate_results.py reads only eval_* files: imaging_quality_eval_results.json, subject_consistency_eval_results.json");
  });

  it("refuses a broken eval_ file and disagreeing files, naming them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ff-sana-raw-bad-"));
    try {
      await writeFile(path.join(dir, "eval_a_eval_results.json"), '{"imaging_quality": [0.6, []]}');
      await writeFile(path.join(dir, "eval_b_eval_results.json"), '{"imaging_quality": [0.7, []]}');
      await expect(readSanaWmRawVBench(dir)).rejects.toMatchObject({
        code: FleetErrorCode.INVALID_INPUT,
        message: expect.stringContaining('eval_b_eval_results.json: "imaging_quality" has average 0.7 but'),
      });
      await writeFile(path.join(dir, "eval_b_eval_results.json"), '{"imaging_quality": [0.6, [}');
      await expect(readSanaWmRawVBench(dir)).rejects.toThrow(/eval_b_eval_results\.json: not valid JSON/);
      await writeFile(path.join(dir, "eval_b_eval_results.json"), '{"imaging_quality": ["0.6", []]}');
      await expect(readSanaWmRawVBench(dir)).rejects.toThrow(/field "imaging_quality"\[0\] is the string "0\.6"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("skips what the official fallback skips: an empty list, a null average", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ff-sana-raw-skip-"));
    try {
      await writeFile(path.join(dir, "eval_x_eval_results.json"), '{"imaging_quality": [], "aesthetic_quality": [null, []], "dynamic_degree": [true, []]}');
      // float(True) == 1.0 in Python, so a boolean average counts.
      expect((await readSanaWmRawVBench(dir)).raw).toEqual({ dynamic_degree: 1 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
