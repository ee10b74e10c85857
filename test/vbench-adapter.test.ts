/**
 * A VBench run through the fleet with the VBench adapter's real code path: the evaluator worker
 * runs `framefleet_adapters.vbench_eval` (its _VBenchRunner, standard mode from the prompt's suite
 * entry) over the stand-in `vbench` package of tests_adapters/fake_vbench, which has VBench's
 * structure with fake networks. One prompt per VBench folder covers all 16 dimensions, so the
 * report has every dimension and Quality, Semantic and Total; each network is built once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { completedRun, startTestFleet, submitSpec, type TestFleet } from "./helpers/fleet";
import { PYTHON_PACKAGES, requirePython } from "./helpers/python";

const DATA = join(PACKAGE_ROOT, "examples", "data", "vbench");
const DIMENSIONS = [
  "subject_consistency", "background_consistency", "temporal_flickering", "motion_smoothness", "dynamic_degree", "aesthetic_quality",
  "imaging_quality", "object_class", "multiple_objects", "human_action", "color", "spatial_relationship", "scene", "temporal_style",
  "appearance_style", "overall_consistency",
];

let t: TestFleet;
let dir: string;

beforeAll(async () => {
  const python = requirePython();
  dir = mkdtempSync(join(tmpdir(), "ff-vbench-adapter-"));
  const config = {
    worker: {
      backends: {
        vbench: {
          type: "grpc",
          kind: "eval",
          command: [python, "-m", "tests_adapters.serve_fake", "vbench"],
          env: { PYTHONPATH: PYTHON_PACKAGES, PYTHONDONTWRITEBYTECODE: "1", FAKE_VBENCH_BUILD_LOG: join(dir, "builds.log") },
        },
      },
    },
  };
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  t = await startTestFleet(
    [
      { role: "gen", node: "gen-a", devices: "sim:2x80GiB" },
      { role: "eval", node: "eval-a", devices: "cpu:1" },
    ],
    { configFile },
  );
});

afterAll(async () => {
  await t?.close();
  if (dir && process.env.FRAMEFLEET_KEEP_TEST_DIRS !== "1") rmSync(dir, { recursive: true, force: true });
});

test("all 16 VBench dimensions per video through the adapter, Quality/Semantic/Total in the report, networks built once", async () => {
  const spec = join(dir, "vbench.yaml");
  writeFileSync(
    spec,
    [
      "name: vbench-adapter",
      "benchmark: vbench",
      "video: { frames: 9, fps: 8, width: 64, height: 48 }",
      "generator: { backend: synthetic }",
      "evaluation: { backend: vbench }",
      `vbench: { mode: standard, full_info: ${join(DATA, "VBench_full_info.json")}, dimension_to_folder: ${join(DATA, "dimension_to_folder.json")}, limit: 1, videos_per_prompt: 2, flickering_videos_per_prompt: 2 }`,
    ].join("\n"),
  );
  const sub = await submitSpec(t, spec, dir);
  const { report } = await completedRun(t, sub.runId);
  // One prompt per folder, 2 videos each: 22 videos, whose prompts' dimensions together are all 16.
  expect(report.counts).toMatchObject({ total: 22, done: 22, failed: 0 });
  const measured = new Set(report.items.flatMap((i) => Object.keys(i.scores)));
  expect([...measured].sort()).toEqual([...DIMENSIONS].sort());
  for (const item of report.items) {
    // Each video has exactly its prompt's dimensions (object_class etc. from standard mode).
    expect(Object.keys(item.scores).sort()).toEqual((item.labels.dimensions ?? "").split(",").sort());
  }
  const rows = report.benchmark?.rows ?? [];
  expect(rows).toHaveLength(16);
  const rawColumn = report.benchmark?.columns.indexOf("raw") ?? -1;
  expect(rows.filter((r) => r[rawColumn] === null)).toEqual([]);
  const scores = report.benchmark?.scores ?? {};
  for (const k of ["quality_score", "semantic_score", "total_score"]) expect(typeof scores[k]).toBe("number");
  expect(report.benchmark?.notes.join("\n")).not.toMatch(/not measured/i);
  // One evaluator process, which built each dimension's networks once for the 22 videos (each dimension is measured on at least 2).
  const builds = readFileSync(join(dir, "builds.log"), "utf8").trim().split("\n");
  expect(new Set(builds.map((l) => l.split(" ")[0])).size).toBe(1);
  const perNetwork: Record<string, number> = {};
  for (const l of builds) perNetwork[l.split(" ")[1] ?? ""] = (perNetwork[l.split(" ")[1] ?? ""] ?? 0) + 1;
  // One build per dimension that has networks: GRiT's detector for 3 dimensions, CLIP B/32 and
  // ViCLIP for 2 each (each dimension keeps its own copy), nothing for temporal_flickering.
  expect(perNetwork).toEqual({
    dino: 1, "clip:ViT-B/32": 2, aesthetic: 1, "clip:ViT-L/14": 1, musiq: 1, amt: 1, raft: 1, umt: 1,
    "grit:det": 3, "grit:caption": 1, tag2text: 1, viclip: 2,
  });
}, 240_000);
