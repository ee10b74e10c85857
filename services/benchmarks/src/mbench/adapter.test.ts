import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import type { PlannedItem, ScoredItem } from "../adapter";
import { DEFAULT_DATA_ROOT } from "../../../common/src/config/schema";
import { planContext, resolveAdapter } from "..";
import { parseRunSpec, type RunSpec } from "../run-spec";
import { mbenchAdapter } from "./adapter";
import type { MBenchOptions } from "./plan";

const ROOT = resolve(__dirname, "../../../..");
const EXAMPLE = join(ROOT, "examples/runs/mbench-mini.yaml");
const MINI = join(ROOT, "examples/data/mbench_mini");

function exampleSpec(): { spec: RunSpec; options: MBenchOptions } {
  const spec = parseRunSpec(readFileSync(EXAMPLE, "utf8"), { name: EXAMPLE, baseDir: dirname(EXAMPLE) });
  return { spec, options: mbenchAdapter.optionsSchema.parse((spec as Record<string, unknown>).mbench) };
}

function plan(spec: RunSpec, options: MBenchOptions, baseDir = dirname(EXAMPLE)): Promise<PlannedItem[]> {
  // The example data is beside examples/runs, under the default data root (the examples folder).
  return planContext({ name: "test", baseDir }, { roots: [DEFAULT_DATA_ROOT], allowSpecFolder: true }).then((ctx) => mbenchAdapter.plan(spec, options, ctx));
}

function withOptions(patch: Partial<MBenchOptions>, specPatch: Partial<RunSpec> = {}): { spec: RunSpec; options: MBenchOptions } {
  const { spec, options } = exampleSpec();
  return { spec: { ...spec, ...specPatch }, options: { ...options, ...patch } };
}

function scored(p: PlannedItem, scores: Record<string, number> = {}, outputPath = p.outputPath): ScoredItem {
  return { itemKey: p.itemKey, sampleIndex: 0, seed: p.seed, prompt: p.prompt, state: "done", outputPath, labels: p.labels, scores };
}

describe("mbench plan (examples/runs/mbench-mini.yaml)", () => {
  it("is what the registry resolves for benchmark: mbench", () => {
    const spec = parseRunSpec(readFileSync(EXAMPLE, "utf8"), { name: EXAMPLE, baseDir: dirname(EXAMPLE) });
    const { adapter, options } = resolveAdapter(spec, { name: EXAMPLE, baseDir: dirname(EXAMPLE) });
    expect(adapter).toBe(mbenchAdapter);
    expect(options).toEqual({
      dataset: "../data/mbench_mini/MBench-A-Setup",
      model_id: "my_model",
      subsets: ["human", "object", "environment", "causal"],
      conditions: ["left_then_right_25s", "forward_then_backward_10s"],
    });
  });

  it("plans one item per (subset, sample, condition) in dataset order", async () => {
    const { spec, options } = exampleSpec();
    const items = await plan(spec, options);
    // 5 samples (environment 1, human 2, object 1, causal 1) x 2 conditions
    expect(items.map((i) => i.itemKey)).toEqual([
      "environment:environment_001:left_then_right_25s",
      "environment:environment_001:forward_then_backward_10s",
      "human:human_001:left_then_right_25s",
      "human:human_001:forward_then_backward_10s",
      "human:human_002:left_then_right_25s",
      "human:human_002:forward_then_backward_10s",
      "object:object_001:left_then_right_25s",
      "object:object_001:forward_then_backward_10s",
      "causal:causal_001:left_then_right_25s",
      "causal:causal_001:forward_then_backward_10s",
    ]);
    expect(await plan(spec, options)).toEqual(items);
  });

  it("writes MBench's layout, passes the condition's parts, caption and reference image", async () => {
    const { spec, options } = exampleSpec();
    const item = (await plan(spec, options)).find((i) => i.itemKey === "human:human_001:left_then_right_25s") as PlannedItem;
    expect(item).toEqual({
      itemKey: "human:human_001:left_then_right_25s",
      sampleIndex: 0,
      seed: deriveSeed(42, "human:human_001:left_then_right_25s", 0),
      prompt: "A woman in a yellow raincoat waits at a tram stop on a rainy street.",
      outputPath: "models/my_model/outputs/human/human_001/left_then_right_25s/video.mp4",
      inputs: { image: join(MINI, "MBench-A-Setup/samples/human/human_001/reference.png") },
      params: {
        condition_id: "left_then_right_25s",
        action: "left_then_right",
        length: "25s",
        caption: "A woman in a yellow raincoat waits at a tram stop on a rainy street.",
      },
      labels: { subset: "human", sample_id: "human_001", condition_id: "left_then_right_25s", setting: "mbencha" },
      simulatedMs: expect.any(Number),
      evalMetrics: ["mbencha.entity.human_identity_consistency", "mbencha.entity.human_appearance_consistency"],
      evalInputs: {
        sample_json: join(MINI, "MBench-A-Setup/samples/human/human_001/sample.json"),
        image: join(MINI, "MBench-A-Setup/samples/human/human_001/reference.png"),
      },
    });
    expect(item.simulatedMs).toBeGreaterThanOrEqual(100);
    expect(item.simulatedMs).toBeLessThanOrEqual(300);
  });

  it("names the action metric for A causal items and passes the annotated action", async () => {
    const { spec, options } = exampleSpec();
    const item = (await plan(spec, options)).find((i) => i.itemKey.startsWith("causal:")) as PlannedItem;
    expect(item.evalMetrics).toEqual([
      "mbencha.causal.camera_interaction",
      "mbencha.causal.prompt_interaction",
      "mbencha.causal.state_progress",
      "mbencha.causal.progress_correctness",
    ]);
    expect(item.params?.annotation_action).toBe("the candle keeps burning down while the camera looks away");
    expect(item.inputs).toEqual({});
  });

  it("plans MBench-T with the condition text and the five caption segments", async () => {
    const { spec, options } = withOptions({ dataset: "../data/mbench_mini/MBench-T-Setup", conditions: undefined });
    const items = await plan(spec, options);
    expect(items.map((i) => i.itemKey)).toEqual([
      "environment:environment_001:text",
      "human:human_001:text",
      "object:object_001:text",
      "causal:causal_001:text",
    ]);
    const human = items[1] as PlannedItem;
    const segments = JSON.parse(human.params?.caption_segments ?? "null") as string[];
    expect(segments).toHaveLength(5);
    expect(human.prompt).toBe(segments.join(" "));
    expect(human.params?.action).toBeUndefined();
    expect(human.outputPath).toBe("models/my_model/outputs/human/human_001/text/video.mp4");
    expect(human.labels.setting).toBe("mbencht");
    expect(items[3]?.evalMetrics).not.toContain("mbencht.causal.camera_interaction");
  });

  it("filters by subsets, sample ids and a limit on items", async () => {
    const a = withOptions({ subsets: ["causal", "human"], sample_ids: ["human_002", "causal_001"], limit: 3 });
    // dataset order (human before causal), not the spec's; the limit cuts after 3 items
    expect((await plan(a.spec, a.options)).map((i) => i.itemKey)).toEqual([
      "human:human_002:left_then_right_25s",
      "human:human_002:forward_then_backward_10s",
      "causal:causal_001:left_then_right_25s",
    ]);
  });
});

describe("mbench plan errors", () => {
  const planError = async (patch: Partial<MBenchOptions>, specPatch: Partial<RunSpec> = {}) => {
    const { spec, options } = withOptions(patch, specPatch);
    return plan(spec, options).then(
      () => ({ code: "none", message: "planned without error", issues: [] as string[] }),
      (e: unknown) => e as { code: string; message: string; issues?: string[] },
    );
  };

  it("refuses model ids that would change in the path, in the schema", () => {
    const r = mbenchAdapter.optionsSchema.safeParse({ dataset: "x", model_id: "my/model" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["model_id"]);
    expect(r.error?.issues[0]?.message).toMatch(/folder name/);
    expect(mbenchAdapter.optionsSchema.safeParse({ dataset: "x", model_id: "..", limit: 0, extra: 1 }).error?.issues).toHaveLength(3);
  });

  it("refuses several samples per prompt", async () => {
    expect(await planError({}, { samples_per_prompt: 2 })).toMatchObject({
      code: FleetErrorCode.SPEC_INVALID,
      message: expect.stringMatching(/^samples_per_prompt: 2: MBench's layout holds one video/),
    });
  });

  it("needs conditions for MBench-A and refuses them for MBench-T", async () => {
    const a = await planError({ conditions: undefined });
    expect(a.code).toBe(FleetErrorCode.SPEC_INVALID);
    expect(a.issues).toEqual([expect.stringMatching(/^mbench.conditions: missing; MBench-A needs condition ids/)]);
    const t = await planError({ dataset: "../data/mbench_mini/MBench-T-Setup", conditions: ["left_then_right_25s"] });
    expect(t.issues).toEqual([expect.stringMatching(/one condition "text"/)]);
  });

  it("lists every unknown subset, sample id and malformed condition at once", async () => {
    const e = await planError({ subsets: ["human", "weather"], sample_ids: ["nope"], conditions: ["orbit"] });
    expect(e.issues).toEqual([
      expect.stringMatching(/^mbench.subsets: "weather" is not a subset of .*dataset.yaml \(it has: environment, human, object, causal\)/),
      expect.stringMatching(/^mbench.sample_ids: "nope" is not a sample folder/),
      expect.stringMatching(/^mbench.conditions: "orbit" does not match the dataset's condition_id.pattern "\{action\}_\{length\}"/),
    ]);
  });

  it("says where to point mbench.dataset when the folder has no dataset.yaml", async () => {
    const e = await planError({ dataset: "../data/mbench_mini" });
    expect(e.code).toBe(FleetErrorCode.SPEC_INVALID);
    expect(e.message).toContain("mbench.dataset: cannot read");
  });
});

describe("mbench plan with conditions named by the samples", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "mbench-cond-"));
    await writeFile(join(tmp, "dataset.yaml"), "dataset_id: mbencha\nsubsets: {environment: {}}\n");
    for (const [id, body] of [["e1", { conditions: ["orbit_5s", "pan_10s"] }], ["e2", {}]] as const) {
      await mkdir(join(tmp, "samples/environment", id), { recursive: true });
      await writeFile(join(tmp, "samples/environment", id, "sample.json"), JSON.stringify(body));
    }
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it("uses a sample's own conditions, filtered by the spec's", async () => {
    const { spec } = exampleSpec();
    const keys = async (conditions?: string[]) =>
      (await plan(spec, { dataset: tmp, model_id: "m", conditions }, tmp).catch((e: { issues: string[] }) => e.issues)) as PlannedItem[] | string[];
    // e2 names none, so without spec conditions it cannot be planned
    expect(await keys()).toEqual([expect.stringMatching(/^mbench.conditions: missing/)]);
    const items = (await keys(["pan_10s"])) as PlannedItem[];
    expect(items.map((i) => i.itemKey)).toEqual(["environment:e1:pan_10s", "environment:e2:pan_10s"]);
  });
});

describe("mbench artifacts: samples.jsonl", () => {
  it("writes the README's line shape for each generated video, paths relative to the model folder", async () => {
    const { spec, options } = exampleSpec();
    const items = (await plan(spec, options)).map((p, i) => scored(p, {}, i === 0 ? "" : p.outputPath));
    const artifacts = mbenchAdapter.artifacts?.(items, spec, options) ?? [];
    expect(artifacts.map((a) => a.path)).toEqual(["models/my_model/samples.jsonl"]);
    const lines = (artifacts[0]?.content ?? "").trimEnd().split("\n");
    expect(lines).toHaveLength(9); // the first item has no video
    expect(lines[0]).toBe(
      '{"item_id":"causal:causal_001:forward_then_backward_10s","dataset_id":"mbencha","subset":"causal","sample_id":"causal_001",' +
        '"condition_id":"forward_then_backward_10s","model_id":"my_model","media":{"videos":[{"path":"outputs/causal/causal_001/forward_then_backward_10s/video.mp4","role":"generated"}]},' +
        '"artifacts":{"da3":{"path":"artifacts/causal/causal_001/forward_then_backward_10s/da3/results.npz"}}}',
    );
    // the video path of every line is the planned output path minus models/<model_id>/
    for (const line of lines) {
      const o = JSON.parse(line) as { item_id: string; media: { videos: { path: string }[] } };
      const p = items.find((i) => i.itemKey === o.item_id) as ScoredItem;
      expect(`models/my_model/${o.media.videos[0]?.path}`).toBe(p.outputPath);
    }
  });

  it("writes nothing when no video was generated", async () => {
    const { spec, options } = exampleSpec();
    const items = (await plan(spec, options)).map((p) => scored(p, {}, ""));
    expect(mbenchAdapter.artifacts?.(items, spec, options)).toEqual([]);
  });
});

describe("mbench table", () => {
  it("shows every dimension as not measured after a cpu-metrics run", async () => {
    const { spec, options } = exampleSpec();
    const items = (await plan(spec, options)).map((p) => scored(p, { frames: 17, frames_ok: 1 }));
    const t = mbenchAdapter.table(items, spec, options);
    expect(t.title).toBe("MBench-A: my_model");
    expect(t.columns).toEqual(["axis", "sub-dimension", "metric", "reliability", "coverage", "M-Score", "samples"]);
    expect(t.rows).toHaveLength(12 + 3 + 1);
    expect(t.rows.every((r) => r[5] === null)).toBe(true);
    expect(t.scores).toEqual({ total: null, entity: null, environment: null, causal: null });
    expect(t.notes.join("\n")).toMatch(/no MBench-A metric was measured/);
    expect(t.notes.join("\n")).toMatch(/cpu-metrics evaluator computes no MBench metric/);
  });

  it("computes R, C and M-Score from the items' scores (MBench-T, with triggers)", async () => {
    const { spec, options } = withOptions({ dataset: "../data/mbench_mini/MBench-T-Setup", conditions: undefined });
    const planned = await plan(spec, options);
    const m = "mbencht.environment.spatial_epipolar";
    const env = planned[0] as PlannedItem;
    const clone = (key: string): PlannedItem => ({ ...env, itemKey: key });
    const items = [
      scored(env, { [m]: 0.8, [`${m}.triggered`]: 1 }),
      scored(clone("environment:x:text"), { [m]: 0.6, [`${m}.triggered`]: 1 }),
      scored(clone("environment:y:text"), { [`${m}.triggered`]: 0 }),
      scored(clone("environment:z:text"), { [m]: 1.5 }), // out of range: left out and noted
    ];
    const t = mbenchAdapter.table(items, spec, options);
    const row = t.rows.find((r) => r[2] === m);
    // R = (0.8+0.6)/2 = 0.7; C = 2/3 = 0.6667; M = 2*0.7*0.6667/1.3667 = 0.6829
    expect(row).toEqual(["Environment", "Spatial Epipolar", m, 0.7, 0.6667, 0.6829, 3]);
    // environment axis: only this sub-dimension; total: the same single M-Score
    expect(t.scores).toEqual({ total: 0.6829, entity: null, environment: 0.6829, causal: null });
    expect(t.notes.join("\n")).toMatch(/left out, outside \[0, 1\]: environment:z:text/);
    expect(t.notes.join("\n")).toMatch(/not measured .*mbencht.entity.human_identity_consistency/);
  });
});

describe("mbench table: metrics that need DA3", () => {
  it("says per DA3 metric why it has no score, and only for metrics without one", async () => {
    const { spec, options } = exampleSpec();
    const planned = await plan(spec, options);
    // The evaluator scored the non-DA3 environment metrics and spatial_epipolar on one video.
    const epipolar = "mbencha.environment.spatial_epipolar";
    const items = planned.map((p) => scored(p, p.labels.subset === "environment" ? { "mbencha.environment.rendering_style": 0.5, [epipolar]: 0.4 } : {}));
    const notes = mbenchAdapter.table(items, spec, options).notes.filter((n) => n.includes("DA3"));
    const named = notes.map((n) => n.split(" ")[0]);
    expect(named).toEqual(["mbencha.entity.object_geometry_consistency", "mbencha.environment.spatial_reprojection", "mbencha.causal.camera_interaction"]);
    const objects = planned.filter((p) => p.labels.subset === "object").length;
    expect(notes[0]).toContain(`not measured on ${objects} object video(s): it reads the DA3 camera-pose artifact models/{model_id}/artifacts/{subset}/{sample_id}/{condition_id}/da3/results.npz`);
    expect(notes[0]).toContain("reports invalid_input for it");
    // Metrics that do not read DA3 get no such note even when unmeasured.
    expect(notes.join("\n")).not.toContain("human_identity");
  });
});

describe("mbench plan with names that would change in the output path", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "mbench-names-"));
    await writeFile(join(tmp, "dataset.yaml"), "dataset_id: mbencht\nsubsets: {'hu:man': {}, environment: {}}\n");
    await mkdir(join(tmp, "samples/environment/e:1"), { recursive: true });
    await writeFile(join(tmp, "samples/environment/e:1/sample.json"), "{}");
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it("refuses a subset or sample folder that sanitising would rename (MBench would not find the video)", async () => {
    const { spec } = exampleSpec();
    const issues = (subsets?: string[]) =>
      plan(spec, { dataset: tmp, model_id: "m", subsets }, tmp).then(
        () => [] as string[],
        (err: { issues: string[] }) => err.issues,
      );
    expect(await issues()).toEqual([expect.stringMatching(/dataset.yaml: subsets: "hu:man" would change in the output path \(hu_man\)/)]);
    expect(await issues(["environment"])).toEqual([
      expect.stringMatching(/samples\/environment\/e:1: the folder name would change in the output path \(e_1\)/),
    ]);
  });
});
