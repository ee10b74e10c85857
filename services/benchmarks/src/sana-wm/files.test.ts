import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { readNpz, writeNpz, type NpyArray } from "../formats/npy";
import { datasetPath, parseRunManifest, readCameraNpz, readRunManifest } from "./manifest";
import { parseSceneTrajectories, readSceneTrajectories } from "./trajectories";

const REPO = path.resolve(__dirname, "../../../..");
const MINI = path.join(REPO, "examples/data/sana_wm_mini");
const SMOOTH = path.join(MINI, "benchmark_v2_smooth_60s");
const SPEC = FleetErrorCode.SPEC_INVALID;

describe("run_manifest.jsonl", () => {
  it("reads the fixture's rows with dataset-relative paths", async () => {
    const rows = await readRunManifest(path.join(SMOOTH, "sanawm_export_v2/run_manifest.jsonl"), SPEC);
    expect(rows.map((r) => r.id)).toEqual(["game_style_001", "indoor_001"]);
    expect(rows[0]).toMatchObject({
      image_path: "images/game_style_001.png",
      camera_path: "benchmark_v2_smooth_60s/sanawm_export_v2/game_style_001.npz",
      scene_type: "game_style",
      line: 1,
    });
    // game_style_001 carries the real demo_0 prompt.
    const demo = await readFile(path.join(REPO, "../shared/data/sana_wm_bench/demo_0.txt"), "utf8");
    expect(rows[0]?.prompt).toBe(demo.trim());
  });

  it("names file and line of a bad row", () => {
    const text = '{"id":"a_001","prompt":"p","camera_path":"x.npz"}\n\n{"id":"a_002","camera_path":"y.npz"}\n';
    expect(() => parseRunManifest(text, "m.jsonl", SPEC)).toThrow('m.jsonl:3: field "prompt" must be a non-empty string');
    expect(() => parseRunManifest('{"id":"a_001","prompt":"p","camera_path":"x"}\n{"id":"a_001","prompt":"q","camera_path":"y"}', "m.jsonl", SPEC)).toThrow(
      'm.jsonl:2: scene id "a_001" already on line 1',
    );
    expect(() => parseRunManifest("not json", "m.jsonl", SPEC)).toThrow(/^m\.jsonl:1: not a JSON object/);
  });

  it("defaults image_path to images/<id>.png, as the official inference command uses", () => {
    const [row] = parseRunManifest('{"id":"indoor_007","prompt":"p","camera_path":"c.npz"}', "m", SPEC);
    expect(row?.image_path).toBe("images/indoor_007.png");
  });

  it("relative paths must stay inside the dataset", () => {
    expect(datasetPath("/data/bench", "images/a.png", "m:1", SPEC)).toBe("/data/bench/images/a.png");
    expect(() => datasetPath("/data/bench", "../secret.png", "m:1 image_path", SPEC)).toThrow('m:1 image_path: path "../secret.png" leaves the dataset folder');
  });
});

describe("camera .npz", () => {
  it("the fixture has c2w (33,4,4), intrinsics (33,3,3), fps 16, num_frames 33", async () => {
    const cam = await readCameraNpz(path.join(SMOOTH, "sanawm_export_v2/game_style_001.npz"), SPEC);
    expect(cam).toEqual({ frames: 33, fps: 16, numFrames: 33 });
  });

  it("the fixture's .npz files round-trip through readNpz and writeNpz byte for byte", async () => {
    // scripts/make-sana-wm-mini.mjs writes them with writeNpz (from dist/): reading them back and
    // writing again must give the committed bytes.
    for (const split of ["benchmark_v2_smooth_60s", "benchmark_v2_hard_60s"]) {
      const file = path.join(MINI, split, "sanawm_export_v2/indoor_001.npz");
      const bytes = await readFile(file);
      const arrays = [...readNpz(bytes, file).entries()] as [string, NpyArray][];
      expect(arrays.map(([k]) => k)).toEqual(["c2w", "intrinsics", "fps", "num_frames"]);
      expect(writeNpz(arrays).equals(bytes)).toBe(true);
    }
  });

  it("a wrong shape is reported with both shapes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ff-sana-npz-"));
    try {
      const file = path.join(dir, "bad.npz");
      const c2w: NpyArray = { shape: [2, 3, 4], dtype: "f4", data: new Float32Array(24) };
      await writeFile(file, writeNpz([["c2w", c2w]]));
      const err: unknown = await readCameraNpz(file, SPEC).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: SPEC });
      expect((err as Error).message).toBe(
        `${file}: a SANA-WM camera .npz needs c2w (N, 4, 4) and intrinsics (N, 3, 3) with the same N >= 1; it has c2w (2, 3, 4), intrinsics missing`,
      );
      await expect(readCameraNpz(path.join(dir, "none.npz"), SPEC)).rejects.toThrow(/none\.npz: cannot read the camera trajectory/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("scene_trajectories_v2.json", () => {
  it("reads the fixture's pairs; a pair without quality_score stays without", async () => {
    const scenes = await readSceneTrajectories(path.join(SMOOTH, "scene_trajectories_v2.json"), SPEC);
    expect(scenes.map((s) => s.scene_id)).toEqual(["game_style_001", "indoor_001"]);
    const pairs = scenes[0]?.evaluation_pairs ?? [];
    expect(pairs).toHaveLength(6);
    expect(pairs[0]).toMatchObject({ frame_a: 2, frame_b: 30, quality_score: 0.12 });
    expect(pairs[2]?.quality_score).toBeUndefined();
    expect(pairs.every((p) => p.frame_a < 33 && p.frame_b < 33)).toBe(true);
  });

  it("rejects bad shapes with the field path, and duplicate scenes", () => {
    expect(() => parseSceneTrajectories('{"scenes":[{"scene_id":"a_001","evaluation_pairs":[{"frame_a":-1,"frame_b":3}]}]}', "t.json", SPEC)).toThrow(
      /t\.json: not a SANA-WM scene_trajectories_v2\.json[^]*scenes\.0\.evaluation_pairs\.0\.frame_a/,
    );
    expect(() => parseSceneTrajectories('{"scenes":[{"scene_id":"a_001"},{"scene_id":"a_001"}]}', "t.json", SPEC)).toThrow(
      't.json: scenes.1.scene_id "a_001" appears twice',
    );
    expect(() => parseSceneTrajectories("[", "t.json", FleetErrorCode.INVALID_INPUT)).toThrow(/^t\.json: not valid JSON/);
  });
});
