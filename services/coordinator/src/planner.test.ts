import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_DATA_ROOT } from "../../common/src/config/schema";
import type { PlannedItem } from "../../common/src/benchmarks";
import { ValidationError } from "../../common/src/errors";
import { itemTextIssues, planRun } from "./planner";

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
    planRun({ specYaml: spec(dataset), source: { name: "mb.yaml", baseDir: dir }, outputRoot: join(dir, "runs"), dataRoots: { roots, allowSpecFolder: true } });

  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "ff-planner-")));
    cpSync(join(DEFAULT_DATA_ROOT, "data/mbench_mini/MBench-A-Setup"), join(dir, "ds"), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("plans from the spec's folder; the example data is allowed through the default root", async () => {
    expect((await plan("ds")).items.length).toBeGreaterThan(0);
    await expect(plan(join(DEFAULT_DATA_ROOT, "data/mbench_mini/MBench-A-Setup"))).rejects.toThrow(/mbench\.dataset: .* is outside the allowed folders/);
    expect((await plan(join(DEFAULT_DATA_ROOT, "data/mbench_mini/MBench-A-Setup"), [DEFAULT_DATA_ROOT])).items.length).toBeGreaterThan(0);
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
