/**
 * Run and item records of a finished VBench sweep of any size, as the coordinator would hold
 * them at the end: planned by the real VBench adapter from VBench's own prompt list
 * (examples/data/vbench, 946 prompts and their dimensions), so keys, prompts, labels and output
 * paths are the real ones; then states, nodes, devices, timings, scores and errors filled in
 * deterministically. Used by `npm run bench -- report` and the large-report browser test.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { parseRunSpec, planContext, resolveAdapter } from "../../services/benchmarks/src";
import { ItemState, RunState, pb, type ItemRecord, type RunRecord } from "../../services/common/src/proto";
import { PACKAGE_ROOT } from "../../services/common/src/version";

const DATA = join(PACKAGE_ROOT, "examples", "data", "vbench");
const T0 = Date.UTC(2026, 10, 2, 8, 0, 0);
const NODES = 8;
const GPUS = 8;
const VIDEO = { frames: 81, fps: 16, width: 832, height: 480 };
/** What the CPU evaluator's frame/fps/size check records for each video, equal everywhere. */
const VIDEO_CHECK = { frames: 81, fps: 16, width: 832, height: 480, duration_s: 5.0625, frames_ok: 1, fps_ok: 1, size_ok: 1 };
/** Typical level of each dimension's raw score; items scatter around it. */
const LEVEL: Record<string, number> = {
  subject_consistency: 0.95, background_consistency: 0.96, temporal_flickering: 0.97, motion_smoothness: 0.98,
  dynamic_degree: 0.6, aesthetic_quality: 0.6, imaging_quality: 0.65, object_class: 0.85, multiple_objects: 0.6,
  human_action: 0.9, color: 0.85, spatial_relationship: 0.7, scene: 0.5, appearance_style: 0.22, temporal_style: 0.24,
  overall_consistency: 0.27,
};
const ERRORS = [
  { code: "backend_failed", message: "backend exited 1: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.50 GiB" },
  { code: "output_invalid", message: "output has 79 frames, expected 81" },
  { code: "deadline_exceeded", message: "generation took longer than 600 s" },
];

export interface SweepRecords {
  run: RunRecord;
  items: ItemRecord[];
}

export interface SweepOptions {
  /** Absolute run folder (items' output paths are relative to it). */
  outputDir: string;
  /** Share of items that failed, each with one to three errors. @default 0.03 */
  failedShare?: number;
}

/** A number in [0, 1) from a string: deterministic scatter without a seeded PRNG's state. */
function unit(key: string): number {
  return createHash("sha256").update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/** The VBench standard suite (all 16 dimensions) planned with enough videos per prompt, then `n` items spread evenly over it. */
export async function vbenchSweepRecords(n: number, opts: SweepOptions): Promise<SweepRecords> {
  const prompts = 946;
  const perPrompt = Math.max(1, Math.ceil(n / prompts));
  const specYaml = [
    `name: vbench-sweep-${n}`,
    "benchmark: vbench",
    "seed: 42",
    `video: { frames: ${VIDEO.frames}, fps: ${VIDEO.fps}, width: ${VIDEO.width}, height: ${VIDEO.height} }`,
    "generator: { backend: wan22-t2v, simulated_time: 40s-60s }",
    "evaluation: { backend: vbench-gpu, plus: [video_check] }",
    "vbench:",
    "  mode: standard",
    "  full_info: VBench_full_info.json",
    "  dimension_to_folder: dimension_to_folder.json",
    `  videos_per_prompt: ${perPrompt}`,
    `  flickering_videos_per_prompt: ${perPrompt}`,
    "",
  ].join("\n");
  const source = { name: "bench sweep", baseDir: DATA };
  const spec = parseRunSpec(specYaml, source);
  const { adapter, options } = resolveAdapter(spec, source);
  const planned = await adapter.plan(spec, options, await planContext(source));
  // Every k-th planned item, so all folders and dimensions are represented at any n.
  const picked = planned.filter((_, i) => Math.floor((i * n) / planned.length) !== Math.floor(((i + 1) * n) / planned.length));
  const runId = `vbench-sweep-${n}`;
  const items = picked.map((p, i) => itemRecord(runId, p, i, opts.failedShare ?? 0.03));
  const lastMs = items.reduce((m, it) => Math.max(m, Number(it.genTimings?.finishedAtMs ?? 0)), T0);
  const run = pb.RunRecord.create({
    runId, name: `vbench-sweep-${n}`, benchmark: "vbench", state: RunState.RUN_STATE_COMPLETED, specYaml, baseDir: DATA,
    outputDir: opts.outputDir, createdAtMs: T0, finishedAtMs: lastMs + 60_000, generatorBackend: "wan22-t2v", evaluatorBackend: "vbench-gpu",
  });
  return { run, items };
}

type Planned = Awaited<ReturnType<ReturnType<typeof resolveAdapter>["adapter"]["plan"]>>[number];

function itemRecord(runId: string, p: Planned, i: number, failedShare: number): ItemRecord {
  const taskId = `g${createHash("sha256").update(`${p.itemKey}#${p.sampleIndex}`).digest("hex").slice(0, 16)}`;
  const device = i % (NODES * GPUS);
  const node = `gpu-node-${String(Math.floor(device / GPUS) + 1).padStart(2, "0")}`;
  const deviceUuid = `GPU-${createHash("sha256").update(`${node}/${device % GPUS}`).digest("hex").slice(0, 8)}-${device % GPUS}`;
  // Each device makes one video after another: about a minute each.
  const startMs = T0 + Math.floor(i / (NODES * GPUS)) * 62_000 + Math.floor(unit(`${taskId}/jitter`) * 2000);
  const genMs = 40_000 + Math.floor(unit(`${taskId}/gen`) * 20_000);
  const failed = unit(`${taskId}/fail`) < failedShare;
  const base = {
    taskId, runId, itemKey: p.itemKey, prompt: p.prompt, seed: p.seed, sampleIndex: p.sampleIndex, backend: "wan22-t2v",
    node, deviceUuid, labels: { ...p.labels }, outputPath: p.outputPath, video: VIDEO, evalMetrics: [...(p.evalMetrics ?? [])],
    genTimings: { publishedAtMs: T0, startedAtMs: startMs, finishedAtMs: startMs + genMs, backendMs: genMs - 1500 },
  };
  if (failed) {
    const attempts = 1 + Math.floor(unit(`${taskId}/attempts`) * 3);
    const errors = Array.from({ length: attempts }, (_, a) => {
      const e = ERRORS[Math.floor(unit(`${taskId}/err${a}`) * ERRORS.length)] ?? ERRORS[0];
      return { code: e?.code, message: e?.message, node, deviceUuid, attempt: a + 1, atMs: startMs + genMs };
    });
    return pb.ItemRecord.create({ ...base, state: ItemState.ITEM_STATE_FAILED, attempts, errors, output: null });
  }
  const scores: Record<string, number> = { ...VIDEO_CHECK };
  for (const dim of (p.labels.dimensions ?? "").split(",")) {
    const level = LEVEL[dim];
    if (level === undefined) continue;
    // Scatter of ±0.15 around the dimension's level, kept in [0, 1].
    scores[dim] = Math.min(1, Math.max(0, level + (unit(`${taskId}/${dim}`) - 0.5) * 0.3));
  }
  const sha = createHash("sha256").update(taskId).digest("hex");
  return pb.ItemRecord.create({
    ...base, state: ItemState.ITEM_STATE_DONE, attempts: 1, scores, evalNode: `eval-node-${(i % 4) + 1}`,
    output: { path: p.outputPath, sha256: sha, sizeBytes: 1_800_000 + Math.floor(unit(`${taskId}/size`) * 900_000), video: VIDEO, durationS: 5.0625, posterPath: `.previews/${taskId}.jpg` },
    evalTimings: { publishedAtMs: startMs + genMs, startedAtMs: startMs + genMs + 500, finishedAtMs: startMs + genMs + 9000 },
  });
}
