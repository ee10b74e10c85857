import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATA_ROOT } from "../../../common/src/config/schema";
import { planContext, validateRunSpec, type PlannedItem } from "../../../benchmarks/src";
import { ValidationError } from "../../../common/src/errors";
import { fingerprint, specRunId } from "../../../common/src/ids";
import { runLimits } from "../../../common/src/limits";
import { RunState } from "../../../common/src/proto";
import { chunkRecords } from "./item-chunks";
import { itemTextIssues, planRun, type PlannedRun } from "./planner";
import { rejectionOf } from "../../../common/src/testing/rejection";

/** The spec's own folder only, as a coordinator with data_roots: [] would allow. */
const SPEC_FOLDER = { roots: [], allowSpecFolder: true };

const item = (over: Partial<PlannedItem>): PlannedItem => ({
  itemKey: "k",
  sampleIndex: 0,
  seed: 1,
  prompt: "a cat",
  outputPath: "videos/k.mp4",
  inputs: {},
  labels: {},
  simulatedMs: 0,
  ...over,
});

describe("itemTextIssues", () => {
  test("names the item, the value and the character, for prompts, params, evaluation params and labels", () => {
    const issues = itemTextIssues([
      item({ itemKey: "ok", prompt: "tabs\tand\nlines are fine" }),
      item({ itemKey: "a", prompt: "a\u0000b" }),
      item({ itemKey: "b", params: { caption_segments: '["x\u001b[2J"]' }, evalParams: { caption: "c\u0085" }, labels: { domain: "d\u007f" } }),
    ]);
    expect(issues).toEqual([
      expect.stringMatching(/^item a \(sample 0\): prompt holds U\+0000 \(NUL\) at character 2; .*; fix it in the benchmark's data file$/),
      expect.stringMatching(/^item b \(sample 0\): params\.caption_segments holds U\+001B \(ESC\) at character 4/),
      expect.stringMatching(/^item b \(sample 0\): evaluation params\.caption holds U\+0085 \(C1 control\)/),
      expect.stringMatching(/^item b \(sample 0\): labels\.domain holds U\+007F \(DEL\)/),
    ]);
  });

  test("lists at most 20 and counts the rest", () => {
    const issues = itemTextIssues(Array.from({ length: 25 }, (_, i) => item({ itemKey: `i${i}`, prompt: "\u0001" })));
    expect(issues).toHaveLength(21);
    expect(issues[20]).toBe("… and 5 more");
  });
});

describe("planRun on a copy of the MBench mini dataset", () => {
  let dir: string;
  const spec = (dataset: string) =>
    [
      "name: mb",
      "benchmark: mbench",
      "video: { frames: 17, fps: 8, width: 64, height: 48 }",
      "generator: { backend: synthetic }",
      `mbench: { dataset: ${dataset}, model_id: m, subsets: [causal, human], conditions: [left_then_right_25s] }`,
    ].join("\n");
  const plan = (dataset: string, roots: string[] = []) =>
    planRun({ specYaml: spec(dataset), source: { name: "mb.yaml", baseDir: dir }, outputRoot: join(dir, "runs"), dataRoots: { roots, allowSpecFolder: true }, limits: runLimits(undefined, 1000) });

  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "ff-planner-")));
    cpSync(join(DEFAULT_DATA_ROOT, "data/mbench_mini/MBench-A-Setup"), join(dir, "ds"), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("plans from the spec's folder; the example data is allowed through the default root", async () => {
    expect((await plan("ds")).record.counters?.total).toBeGreaterThan(0);
    await expect(plan(join(DEFAULT_DATA_ROOT, "data/mbench_mini/MBench-A-Setup"))).rejects.toThrow(/mbench\.dataset: .* is outside the allowed folders/);
    expect((await plan(join(DEFAULT_DATA_ROOT, "data/mbench_mini/MBench-A-Setup"), [DEFAULT_DATA_ROOT])).record.counters?.total).toBeGreaterThan(0);
  });

  test("a caption with a JSON-escaped NUL reaches no item: spec_invalid naming the item", async () => {
    const sample = join(dir, "ds/samples/causal/causal_001/sample.json");
    writeFileSync(sample, JSON.stringify({ sample_id: "causal_001", subset: "causal", metadata: { caption: "A candle\u0000 burns." } }));
    const e = await plan("ds").catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues).toContainEqual(expect.stringMatching(/^item causal:causal_001:left_then_right_25s \(sample 0\): prompt holds U\+0000 \(NUL\) at character 9/));
  });

  test("a subset folder that links out of the data roots is refused before its sample names are listed", async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), "ff-outside-")));
    try {
      cpSync(join(dir, "ds/samples/causal"), outside, { recursive: true });
      rmSync(join(dir, "ds/samples/causal"), { recursive: true });
      symlinkSync(outside, join(dir, "ds/samples/causal"));
      await expect(plan("ds")).rejects.toThrow(`mbench.dataset: ${join(dir, "ds/samples/causal")}: "${join(dir, "ds/samples/causal")}" leads to ${outside} through a symbolic link`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test("a reference image that links to /etc/passwd, or is not an image, is refused naming the sample", async () => {
    const ref = join(dir, "ds/samples/human/human_001/reference.png");
    unlinkSync(ref);
    symlinkSync("/etc/passwd", ref);
    await expect(plan("ds")).rejects.toThrow(`${join(dir, "ds/samples/human/human_001")}: reference.png: "${ref}" leads to /etc/passwd through a symbolic link`);
    unlinkSync(ref);
    writeFileSync(ref, "<html>not a png</html>");
    await expect(plan("ds")).rejects.toThrow(`${ref} is not a JPEG, PNG or WebP image`);
  });
});

const DIR = mkdtempSync(join(tmpdir(), "planner-"));
const source = { name: "t.yaml", baseDir: DIR };
const limits = runLimits(undefined, 1000);

function synthetic(section: string, extra = ""): string {
  return `name: t\nbenchmark: synthetic\n${extra}video: {frames: 9, fps: 8, width: 64, height: 48}\ngenerator: {backend: synthetic, simulated_time: 1s-2s}\nsynthetic: ${section}\n`;
}

function items(plan: PlannedRun) {
  return plan.chunks.flatMap((c) => [...chunkRecords(c)].map((r) => r.item));
}

describe("planRun", () => {
  test("the run id and fingerprint are those of fingerprint({ spec, items }): an existing spec finds its run", async () => {
    const yaml = synthetic("{items: 5, prompts: [a cat, a dog]}", "samples_per_prompt: 2\n");
    const plan = await planRun({ specYaml: yaml, source, outputRoot: "/out", dataRoots: SPEC_FOLDER, limits });
    const { spec, adapter, options } = validateRunSpec(yaml, source);
    const rows = (await adapter.plan(spec, options, await planContext(source, SPEC_FOLDER))).map((p) => [p.itemKey, p.sampleIndex, p.seed, p.prompt, p.outputPath, p.inputs, p.labels, p.simulatedMs]);
    const expected = fingerprint({ spec, items: rows });
    expect(plan.record.specFingerprint).toBe(expected);
    expect(plan.record.runId).toBe(specRunId("t", expected));
    expect(plan.record).toMatchObject({ state: RunState.RUN_STATE_PLANNING, outputDir: `/out/${plan.record.runId}`, counters: { total: 10, queued: 10 } });
    // Every item, in plan order, with its task id and the run's.
    const got = items(plan);
    expect(got.map((i) => `${i.itemKey}#${i.sampleIndex}`)).toEqual(rows.map((r) => `${r[0]}#${r[1]}`));
    expect(new Set(got.map((i) => i.taskId)).size).toBe(10);
    expect(got.every((i) => i.runId === plan.record.runId)).toBe(true);
  });

  test("a plan of many items comes in chunks that decode to all of them", async () => {
    const plan = await planRun({ specYaml: synthetic("{items: 5000, prompts: [a cat]}"), source, outputRoot: "/out", dataRoots: SPEC_FOLDER, limits: runLimits(undefined, 5000) });
    expect(plan.chunks.length).toBe(3);
    expect(items(plan)).toHaveLength(5000);
  });

  test("more videos than the cap, counted from the spec: refused before planning, naming the fields", async () => {
    const r = await rejectionOf(planRun({ specYaml: synthetic("{items: 501, prompts: [a cat]}", "samples_per_prompt: 2\n"), source, outputRoot: "/out", dataRoots: SPEC_FOLDER, limits }));
    expect(r.code).toBe("spec_invalid");
    expect(r.message).toContain("synthetic.items × samples_per_prompt: 501 × 2 = 1,002 videos; a run may have at most 1,000 videos (coordinator.max_videos_per_run)");
  });

  test("more videos than the cap, counted from the files the spec names: refused after planning, naming the count", async () => {
    const csv = join(__dirname, "../../../../../shared/data/videophy2/videophy2_test_prompts.csv");
    const yaml = `name: t\nbenchmark: videophy2\nsamples_per_prompt: 3\nvideo: {frames: 9, fps: 8, width: 64, height: 48}\ngenerator: {backend: synthetic}\nvideophy2: {prompts: ${csv}}\n`;
    const r = await rejectionOf(planRun({ specYaml: yaml, source, outputRoot: "/out", dataRoots: { roots: [join(csv, "..")], allowSpecFolder: true }, limits }));
    expect(r.code).toBe("spec_invalid");
    expect(r.message).toMatch(/videophy2: the spec and the files it names plan 1,\d{3} videos; a run may have at most 1,000 videos \(coordinator.max_videos_per_run\)/);
  });

  test("every prompt above the limit is named (ten, then a count); nothing else is wrong with those items", async () => {
    writeFileSync(join(DIR, "prompts.txt"), ["short", "p".repeat(70_000)].join("\n"));
    const r = await rejectionOf(planRun({ specYaml: synthetic("{items: 30, prompts_file: prompts.txt}"), source, outputRoot: "/out", dataRoots: SPEC_FOLDER, limits }));
    expect(r.code).toBe("spec_invalid");
    const lines = r.message.split("\n").slice(1);
    expect(lines[0]).toBe("  - item item-0001#0: the prompt is 70,000 bytes; a prompt may have at most 65,536 bytes (64 KiB) (docs/run-spec.md#limits)");
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe("  - … and 5 more items over the limits");
  });

  test("a task message too large through the spec's params and a prompt from a file: named with its largest parts", async () => {
    writeFileSync(join(DIR, "long.txt"), "q".repeat(63_000));
    const params = `{a: "${"g".repeat(100_000)}", b: "${"h".repeat(100_000)}"}`;
    const yaml = `name: t\nbenchmark: synthetic\nvideo: {frames: 9, fps: 8, width: 64, height: 48}\ngenerator: {backend: synthetic, params: ${params}}\nsynthetic: {items: 1, prompts_file: long.txt}\n`;
    const r = await rejectionOf(planRun({ specYaml: yaml, source, outputRoot: "/out", dataRoots: SPEC_FOLDER, limits }));
    expect(r.message).toMatch(/item item-0000#0: its generation task would be 263,\d{3} bytes; a task message or item record may have at most 262,144 bytes \(256 KiB\) \(docs\/run-spec.md#limits\); the largest parts: generator\.params 200,002 bytes, prompt 63,000 bytes, output path \d+ bytes$/m);
  });

  test("an evaluation task too large through the metrics of the evaluation: named", async () => {
    const metrics = Array.from({ length: 3000 }, (_, i) => `metric_with_a_rather_long_name_${i}`).join(", ");
    const yaml = synthetic("{items: 1, prompts: [a cat]}", `evaluation: {backend: cpu-metrics, metrics: [${metrics}]}\n`);
    const r = await rejectionOf(planRun({ specYaml: yaml, source, outputRoot: "/out", dataRoots: SPEC_FOLDER, limits: runLimits(256 * 1024, 10) }));
    expect(r.message).toMatch(/item item-0000#0: its evaluation task would be \d+,\d{3} bytes; a task message or item record may have at most 65,536 bytes \(64 KiB\) \(shrunk from 262,144 bytes \(256 KiB\) to fit NATS max_payload/);
    expect(r.message).toContain("the largest parts: metrics");
  });
});
