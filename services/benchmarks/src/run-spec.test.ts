import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isFleetError, ValidationError } from "../../common/src/errors";
import { resolveInside } from "../../common/src/paths";
import { planContext, resolveAdapter, validateRunSpec } from ".";
import { parseRunSpec, type RunSpec } from "./run-spec";

const source = { name: "spec.yaml", baseDir: "/tmp" };
const good = `
name: demo
benchmark: synthetic
video: { frames: 17, fps: 8, width: 64, height: 48 }
generator: { backend: synthetic, simulated_time: 1s-3s }
evaluation: { backend: cpu-metrics, metrics: [temporal_flickering] }
synthetic: { items: 3, prompts: ["a cat", "a dog"] }
`;

function issuesOf(yaml: string): string[] {
  try {
    validateRunSpec(yaml, source);
  } catch (err) {
    if (err instanceof ValidationError) return [...err.issues];
    throw err;
  }
  throw new Error("expected a validation error");
}

function withField(path: string, value: string): string {
  // Replaces one top-level line of the good spec.
  return good.replace(new RegExp(`^${path}:.*$`, "m"), `${path}: ${value}`);
}

test("a good spec parses, with defaults filled in", () => {
  const spec = parseRunSpec(good, source);
  expect(spec.seed).toBe(42);
  expect(spec.samples_per_prompt).toBe(1);
  expect(spec.generator.simulated_time).toEqual({ minMs: 1000, maxMs: 3000 });
  expect(spec.generator.max_attempts).toBe(3);
  expect(resolveAdapter(spec, source).adapter.name).toBe("synthetic");
});

test.each([
  ["name", withField("name", '""'), /^name: must not be empty/],
  ["video.width (odd)", withField("video", "{ frames: 17, fps: 8, width: 65, height: 48 }"), /^video\.width: width must be even/],
  ["video.fps (negative)", withField("video", "{ frames: 17, fps: -1, width: 64, height: 48 }"), /^video\.fps:/],
  ["video.frames (missing)", withField("video", "{ fps: 8, width: 64, height: 48 }"), /^video\.frames:/],
  ["video (unknown key)", withField("video", "{ frames: 17, fps: 8, width: 64, height: 48, depth: 3 }"), /^video: .*depth/],
  ["generator.backend", withField("generator", '{ backend: "Wan 2.2" }'), /^generator\.backend: must be lower-case/],
  ["generator.simulated_time", withField("generator", "{ backend: synthetic, simulated_time: soon }"), /^generator\.simulated_time: "soon" is not a duration/],
  ["generator.max_attempts", withField("generator", "{ backend: synthetic, max_attempts: 0 }"), /^generator\.max_attempts:/],
  ["evaluation.metrics", withField("evaluation", "{ backend: cpu-metrics, metrics: [] }"), /^evaluation\.metrics: list at least one metric/],
  ["seed", good + "seed: -4\n", /^seed:/],
  ["benchmark", withField("benchmark", "vbench-99"), /^benchmark: "vbench-99" is not a known benchmark/],
  ["synthetic.items", withField("synthetic", '{ items: 0, prompts: ["a"] }'), /^synthetic\.items:/],
  ["synthetic prompts", withField("synthetic", "{ items: 2 }"), /^synthetic: give exactly one of prompts or prompts_file/],
  ["unknown top-level field", good + "colour: blue\n", /^colour: unknown field/],
  ["priority (out of range)", good + "priority: 5000\n", /^priority: /],
  ["priority (bad class name)", good + "priority: \"very high\"\n", /^priority: /],
  ["team", good + "team: \"a b\"\n", /^team: letters, digits/],
  ["share", good + "share: 0\n", /^share: /],
  ["YAML syntax", "name: [unclosed\n", /^YAML:/],
  ["not a mapping", "- a\n- b\n", /^\(root\): must be a YAML mapping/],
])("%s: the error names the field", (_what, yaml, pattern) => {
  const issues = issuesOf(yaml);
  expect(issues.some((i) => pattern.test(i))).toBe(true);
});

test("the scheduling fields are accepted: a class name or an integer priority, owner, team, share", () => {
  const { spec } = validateRunSpec(good + "priority: high\nowner: ana.lopez\nteam: vision\nshare: 2.5\n", source);
  expect(spec).toMatchObject({ priority: "high", owner: "ana.lopez", team: "vision", share: 2.5 });
  expect(validateRunSpec(good + "priority: -20\n", source).spec.priority).toBe(-20);
});

test("several bad fields are all reported at once", () => {
  const yaml = good.replace("width: 64", "width: 63").replace("fps: 8", "fps: 0").replace("name: demo", "name: ''");
  const issues = issuesOf(yaml);
  expect(issues.length).toBeGreaterThanOrEqual(3);
});

test("bad common fields, a bad benchmark section and unknown fields come in one error", () => {
  const yaml = [
    "name: demo",
    "benchmark: synthetic",
    "video: { frames: 17, fps: 0, width: 63, height: 48 }",
    "generator: { backend: synthetic }",
    'synthetic: { items: 0, prompts: ["a cat"], shuffle: true }',
    "colour: blue",
    "evalution: { backend: cpu-metrics }",
  ].join("\n");
  let err: unknown;
  try {
    validateRunSpec(yaml, source);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ValidationError);
  const issues = (err as ValidationError).issues;
  // Common fields first, then the section, then unknown fields: every one of them, in one list.
  expect(issues).toEqual([
    expect.stringMatching(/^video\.fps: /),
    expect.stringMatching(/^video\.width: width must be even/),
    expect.stringMatching(/^synthetic\.items: /),
    expect.stringMatching(/^synthetic: Unrecognized key: "shuffle"/),
    expect.stringMatching(/^colour: unknown field \(a synthetic run takes /),
    expect.stringMatching(/^evalution: unknown field/),
  ]);
  expect((err as Error).message.split("\n")).toHaveLength(1 + issues.length);
});

test("an unknown benchmark is reported with the common fields, and only fields no run takes are unknown", () => {
  const yaml = good.replace("benchmark: synthetic", "benchmark: vbench-99").replace("width: 64", "width: 63") + "colour: blue\n";
  const issues = issuesOf(yaml);
  expect(issues).toEqual([
    expect.stringMatching(/^video\.width: /),
    expect.stringMatching(/^benchmark: "vbench-99" is not a known benchmark/),
    // synthetic: is some benchmark's section, so it is not called unknown; colour: is.
    expect.stringMatching(/^colour: unknown field \(a run takes name, .* and its benchmark's section\)/),
  ]);
});

test("the scheduling fields are taken by every benchmark, not called unknown", () => {
  const v = validateRunSpec(good.replace("name: demo", "name: demo\npriority: high\nowner: ana\nteam: vision\nshare: 2"), source);
  expect(v.spec).toMatchObject({ priority: "high", owner: "ana", team: "vision", share: 2 });
});

test("a valid spec gives the spec, its adapter and the parsed options", () => {
  const v = validateRunSpec(good, source);
  expect(v.spec.name).toBe("demo");
  expect(v.adapter.name).toBe("synthetic");
  expect(v.options).toMatchObject({ items: 3 });
});

test("with a video cap, a spec whose count the adapter knows (items × samples) is refused above it, at the cap accepted", () => {
  const big = good.replace("items: 3,", "items: 1000000,").replace("name: demo", "name: demo\nsamples_per_prompt: 1000");
  let err: unknown;
  try {
    validateRunSpec(big, source, { maxVideos: 100_000 });
  } catch (e) {
    err = e;
  }
  expect(isFleetError(err) && err.code).toBe("spec_invalid");
  expect((err as ValidationError).issues).toEqual([
    "synthetic.items × samples_per_prompt: 1,000,000 × 1,000 = 1,000,000,000 videos; a run may have at most 100,000 videos (coordinator.max_videos_per_run); split it into several runs",
  ]);
  expect(validateRunSpec(good, source, { maxVideos: 3 }).options).toMatchObject({ items: 3 });
  // Without a cap (offline tools) nothing is counted.
  expect(validateRunSpec(big, source).spec.samples_per_prompt).toBe(1000);
});

test("the error message says which spec is wrong", () => {
  try {
    parseRunSpec(withField("name", '""'), source);
  } catch (err) {
    expect(isFleetError(err) && err.code).toBe("spec_invalid");
    expect((err as Error).message).toMatch(/^run spec spec\.yaml is invalid:\n  - name:/);
  }
});

describe("synthetic plan", () => {
  async function plan(yaml: string, baseDir = "/tmp") {
    const src = { name: "spec.yaml", baseDir };
    const spec: RunSpec = parseRunSpec(yaml, src);
    const { adapter, options } = resolveAdapter(spec, src);
    return adapter.plan(spec, options, await planContext(src));
  }

  test("is deterministic, cycles prompts, and spreads simulated times over the range", async () => {
    const a = await plan(good);
    const b = await plan(good);
    expect(a).toEqual(b);
    expect(a.map((i) => i.prompt)).toEqual(["a cat", "a dog", "a cat"]);
    expect(a.map((i) => i.itemKey)).toEqual(["item-0000", "item-0001", "item-0002"]);
    for (const i of a) {
      expect(i.simulatedMs).toBeGreaterThanOrEqual(1000);
      expect(i.simulatedMs).toBeLessThanOrEqual(3000);
    }
    expect(new Set(a.map((i) => i.seed)).size).toBe(3);
  });

  test("a hostile prompt cannot leave the run folder", async () => {
    const yaml = good.replace('["a cat", "a dog"]', '["../../../../etc/passwd", "a/b\\\\c; rm -rf ~ #$(touch x)"]');
    for (const item of await plan(yaml)) {
      expect(item.outputPath.startsWith("videos/")).toBe(true);
      expect(item.outputPath.split("/")).toHaveLength(2);
      expect(item.outputPath.split("/").every((c) => c !== ".." && c !== ".")).toBe(true);
      expect(resolveInside("/runs/r1", item.outputPath).startsWith("/runs/r1/videos/")).toBe(true);
    }
  });

  test("prompts_file is read relative to the spec, and a missing file names the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ff-spec-"));
    writeFileSync(join(dir, "p.txt"), "first\n\nsecond\n");
    const yaml = good.replace('synthetic: { items: 3, prompts: ["a cat", "a dog"] }', "synthetic: { items: 2, prompts_file: p.txt }");
    expect((await plan(yaml, dir)).map((i) => i.prompt)).toEqual(["first", "second"]);
    await expect(plan(yaml, "/nonexistent")).rejects.toThrow(/^synthetic\.prompts_file: cannot read/);
  });

  test("a prompts_file outside the spec's folder is refused, naming the field, the path and the allowed folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ff-spec-"));
    const yaml = good.replace('synthetic: { items: 3, prompts: ["a cat", "a dog"] }', "synthetic: { items: 2, prompts_file: /etc/hostname }");
    await expect(plan(yaml, dir)).rejects.toThrow(`synthetic.prompts_file: "/etc/hostname" is outside the allowed folders. Allowed: the spec's folder ${dir};`);
  });

  test("a prompts_file with a NUL or with invalid UTF-8 is refused naming the line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ff-spec-"));
    writeFileSync(join(dir, "nul.txt"), "first\nsec\u0000ond\n");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const yaml = (f: string) => good.replace('synthetic: { items: 3, prompts: ["a cat", "a dog"] }', `synthetic: { items: 2, prompts_file: ${f} }`);
    await expect(plan(yaml("nul.txt"), dir)).rejects.toThrow(`synthetic.prompts_file: ${join(dir, "nul.txt")}: line 2, character 4: U+0000 (NUL);`);
    await expect(plan(yaml("latin1.txt"), dir)).rejects.toThrow(
      `synthetic.prompts_file: ${join(dir, "latin1.txt")}: not valid UTF-8 at line 2, byte 4 of the line (offset 5 in the file: e9 0a)`,
    );
  });
});

describe("hostile spec text", () => {
  /** The error validateRunSpec throws for `yaml`. */
  function failure(yaml: string): ValidationError {
    try {
      validateRunSpec(yaml, { name: "/specs/bomb.yaml", baseDir: "/specs" });
    } catch (err) {
      if (err instanceof ValidationError) return err;
      throw err;
    }
    throw new Error("expected a validation error");
  }

  test("a YAML alias bomb is spec_invalid naming the spec file, not an internal error", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const e = failure(`${good}\n${levels.join("\n")}\n`);
    expect(e.code).toBe("spec_invalid");
    expect(e.message).toMatch(/^run spec \/specs\/bomb\.yaml is invalid:\n  - YAML: aliases \(\*name\) expand to far more values than the document holds/);
  });

  test("a few ordinary aliases are still fine", () => {
    const yaml = good.replace("generator: { backend: synthetic, simulated_time: 1s-3s }", "x-defaults: &gen { backend: synthetic, simulated_time: 1s-3s }\ngenerator: *gen");
    // The alias is expanded and accepted; the unknown top-level key is the only problem.
    expect(issuesOf(yaml)).toEqual([expect.stringMatching(/^x-defaults: unknown field/)]);
  });

  test("a raw NUL in the text is refused by line and character", () => {
    const e = failure(good.replace('"a dog"', "a \u0000dog"));
    expect(e.issues).toEqual([expect.stringMatching(/^line 7, character \d+: U\+0000 \(NUL\); text may not hold control characters other than tab and line breaks/)]);
  });

  test("control characters from YAML escapes are refused per field, together with the other bad fields", () => {
    const yaml = good.replace('["a cat", "a dog"]', '["a cat", "a \\0dog", "red \\e[31m"]').replace("name: demo", 'name: "de\\x07mo"').replace("video: {", "samples_per_prompt: 0\nvideo: {");
    expect(issuesOf(yaml)).toEqual([
      "samples_per_prompt: Too small: expected number to be >=1",
      expect.stringMatching(/^name: holds U\+0007 \(BEL\) at character 3; /),
      expect.stringMatching(/^synthetic\.prompts\.1: holds U\+0000 \(NUL\) at character 3; /),
      expect.stringMatching(/^synthetic\.prompts\.2: holds U\+001B \(ESC\) at character 5; /),
    ]);
  });

  test("a replacement character (invalid UTF-8 sent through the API) is refused by line", () => {
    const e = failure(good.replace('"a dog"', '"a d\uFFFDg"'));
    expect(e.issues).toEqual([expect.stringMatching(/^line 7, character \d+: U\+FFFD \(the replacement character\): the spec was not valid UTF-8 when it was sent/)]);
  });

  test("a stored spec accepted before the text rules still loads (parseRunSpec); only a submit checks them", () => {
    const old = good.replace('"a dog"', '"a d\uFFFDg \u0000"');
    expect(parseRunSpec(old, source).name).toBe("demo");
    expect(() => validateRunSpec(old, source)).toThrow(/U\+FFFD/);
  });

  test("tabs and line breaks in prompts are allowed", () => {
    expect(() => validateRunSpec(good.replace('"a dog"', '"a\\tdog\\r\\nrunning"'), source)).not.toThrow();
  });
});
