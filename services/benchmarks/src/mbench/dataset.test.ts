import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { SpecFiles } from "../spec-files";
import { listSampleIds, readMBenchDataset, readMBenchSample, type MBenchDataset } from "./dataset";

/** The dataset folder as the only allowed data root, as a spec beside it would have. */
const filesAt = (root: string) => SpecFiles.open({ name: "test", baseDir: root });

const MINI = resolve(__dirname, "../../../../examples/data/mbench_mini");
const A_ROOT = join(MINI, "MBench-A-Setup");
const T_ROOT = join(MINI, "MBench-T-Setup");

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), "mbench-ds-"));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function dataset(yaml: string, samples: Record<string, unknown> = {}): Promise<string> {
  await writeFile(join(tmp, "dataset.yaml"), yaml);
  for (const [rel, body] of Object.entries(samples)) {
    await mkdir(join(tmp, "samples", rel), { recursive: true });
    await writeFile(join(tmp, "samples", rel, "sample.json"), typeof body === "string" ? body : JSON.stringify(body));
  }
  return tmp;
}

describe("readMBenchDataset on the mini fixture", () => {
  it("reads MBench-A: setting, subsets in file order, the {action}_{length} pattern", async () => {
    const ds = await readMBenchDataset(A_ROOT, await filesAt(A_ROOT));
    expect(ds.setting).toBe("mbencha");
    expect(ds.subsets).toEqual(["environment", "human", "object", "causal"]);
    expect(ds.conditionPattern?.text).toBe("{action}_{length}");
    expect(ds.conditions).toBeUndefined();
    expect(await listSampleIds(ds, "human")).toEqual(["human_001", "human_002"]);
    expect(await listSampleIds(ds, "nonexistent")).toEqual([]);
  });

  it("reads MBench-T, whose one condition is text (no pattern)", async () => {
    const ds = await readMBenchDataset(T_ROOT, await filesAt(T_ROOT));
    expect(ds.setting).toBe("mbencht");
    expect(ds.conditionPattern).toBeUndefined();
  });

  it("reads a sample's caption, caption segments and reference image", async () => {
    const a = await readMBenchSample(await readMBenchDataset(A_ROOT, await filesAt(A_ROOT)), "human", "human_001");
    expect(a.issues).toEqual([]);
    expect(a.sample?.caption).toBe("A woman in a yellow raincoat waits at a tram stop on a rainy street.");
    expect(a.sample?.referenceImage).toBe(join(A_ROOT, "samples/human/human_001/reference.png"));
    const noRef = await readMBenchSample(await readMBenchDataset(A_ROOT, await filesAt(A_ROOT)), "human", "human_002");
    expect(noRef.sample?.referenceImage).toBeUndefined();
    const causal = await readMBenchSample(await readMBenchDataset(A_ROOT, await filesAt(A_ROOT)), "causal", "causal_001");
    expect(causal.sample?.annotationAction).toBe("the candle keeps burning down while the camera looks away");
    const t = await readMBenchSample(await readMBenchDataset(T_ROOT, await filesAt(T_ROOT)), "human", "human_001");
    expect(t.sample?.captionSegments).toHaveLength(5);
    expect(t.sample?.captionSegments?.[4]).toBe("The woman walks back into view and stands at the stop again.");
  });
});

describe("readMBenchDataset errors", () => {
  it("names the file and dataset_id for an unknown setting", async () => {
    const root = await dataset("dataset_id: mbenchx\nsubsets: {human: {}}\n");
    await expect(readMBenchDataset(root, await filesAt(root))).rejects.toMatchObject({
      code: FleetErrorCode.SPEC_INVALID,
      message: expect.stringMatching(new RegExp(`${join(root, "dataset.yaml")}[\\s\\S]*dataset_id: "mbenchx" is not an MBench setting; use mbencha`)),
    });
  });

  it("says where to point mbench.dataset when dataset.yaml is missing", async () => {
    await expect(readMBenchDataset(join(tmp, "nope"), await filesAt(join(tmp, "nope")))).rejects.toMatchObject({
      code: FleetErrorCode.SPEC_INVALID,
      message: expect.stringContaining("mbench.dataset: cannot read"),
    });
  });

  it("refuses an output layout other than MBench's and a broken pattern", async () => {
    const root = await dataset(
      "dataset_id: mbencha\ncondition_id: {pattern: '{action}}'}\npaths: {output_video: 'videos/{sample_id}.mp4'}\n",
    );
    const err = await readMBenchDataset(root, await filesAt(root)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: FleetErrorCode.SPEC_INVALID });
    expect((err as { issues: string[] }).issues).toEqual([
      expect.stringMatching(/^condition_id.pattern: .*brace/),
      expect.stringMatching(/^paths.output_video: "videos\/\{sample_id\}.mp4" is not MBench's layout/),
    ]);
  });

  it("takes the subsets from samples/ when dataset.yaml has none, and dataset-level conditions", async () => {
    const root = await dataset("dataset_id: mbencha\ncondition_id: {values: [orbit_5s]}\n", { "object/o1": { metadata: { object_anchor: "mug" } }, "human/h1": {} });
    const ds = await readMBenchDataset(root, await filesAt(root));
    expect(ds.subsets).toEqual(["human", "object"]);
    expect(ds.conditions).toEqual(["orbit_5s"]);
  });
});

describe("readMBenchSample required fields (README table)", () => {
  const check = async (setting: string, subset: string, body: unknown) => {
    const root = await dataset(`dataset_id: ${setting}\n`, { [`${subset}/s1`]: body });
    return readMBenchSample((await readMBenchDataset(root, await filesAt(root))) as MBenchDataset, subset, "s1");
  };

  it("needs metadata.object_anchor on the A side and metadata.object_card on the T side", async () => {
    const a = await check("mbencha", "object", { metadata: { object_card: { name: "mug" } } });
    expect(a.issues).toEqual([expect.stringMatching(/samples\/object\/s1\/sample.json: metadata.object_anchor: missing; MBench-A/)]);
    const t = await check("mbencht", "object", { metadata: { object_anchor: "mug" } });
    expect(t.issues).toEqual([expect.stringMatching(/metadata.object_card: missing; MBench-T/)]);
    expect((await check("mbencht", "object", { metadata: { object_card: { name: "mug" } } })).issues).toEqual([]);
  });

  it("needs caption segments for T causal and an action or caption for A causal", async () => {
    expect((await check("mbencht", "causal", { metadata: { caption: "x" } })).issues).toEqual([expect.stringMatching(/metadata.caption_segments: missing/)]);
    expect((await check("mbencha", "causal", {})).issues).toEqual([expect.stringMatching(/annotations.action \/ metadata.caption: missing/)]);
    expect((await check("mbencha", "causal", { annotations: { action: "door opens" } })).issues).toEqual([]);
    expect((await check("mbencha", "environment", {})).issues).toEqual([]);
  });

  it("accepts segments as {text} objects and top-level fields", async () => {
    const r = await check("mbencht", "causal", { caption_segments: [{ text: "one" }, "two"] });
    expect(r.issues).toEqual([]);
    expect(r.sample?.captionSegments).toEqual(["one", "two"]);
  });

  it("reports a sample_id that disagrees with its folder and an unparsable file", async () => {
    expect((await check("mbencha", "human", { sample_id: "other" })).issues).toEqual([
      expect.stringMatching(/sample_id: is "other" but the sample's folder says "s1"/),
    ]);
    const broken = await check("mbencha", "human", "{not json");
    expect(broken.sample).toBeUndefined();
    expect(broken.issues).toEqual([expect.stringMatching(/sample.json: cannot read or parse/)]);
  });
});
