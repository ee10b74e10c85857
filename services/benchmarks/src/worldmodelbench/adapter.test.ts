import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { deriveSeed } from "../../../common/src/ids";
import type { ScoredItem } from "../adapter";
import { parseRunSpec, planContext, resolveAdapter, type RunSpec } from "../index";
import { worldmodelbenchAdapter, type WorldModelBenchOptions } from "./adapter";
import { processResults } from "./formula";
import { parseResults } from "./results";

const DATA = resolve(__dirname, "../../../../../shared/data");
const JSON_FILE = resolve(DATA, "worldmodelbench/worldmodelbench.json");
const PRESENT = ["000002432090.0", "000000000932.3", "000000000073.6"];

function setup(section: string, extra = ""): { spec: RunSpec; options: WorldModelBenchOptions; source: { name: string; baseDir: string } } {
  const source = { name: "t.yaml", baseDir: resolve(DATA, "worldmodelbench") };
  const yaml = `name: wmb\nbenchmark: worldmodelbench\nseed: 3\n${extra}video: {frames: 17, fps: 8, width: 64, height: 48}\ngenerator: {backend: synthetic}\nworldmodelbench: ${section}\n`;
  const spec = parseRunSpec(yaml, source);
  return { spec, options: resolveAdapter(spec, source).options as WorldModelBenchOptions, source };
}

async function plan(section: string, extra = "") {
  const { spec, options, source } = setup(section, extra);
  return worldmodelbenchAdapter.plan(spec, options, await planContext(source, { roots: [DATA], allowSpecFolder: true }));
}

async function failure(p: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await p;
  } catch (err) {
    return { code: (err as { code?: unknown }).code, message: (err as Error).message };
  }
  throw new Error("expected a rejection");
}

describe("worldmodelbench adapter: plan", () => {
  it("i2v: instruction as prompt, the first frame as absolute image input, videos/<stem>.mp4", async () => {
    const items = await plan(`{instances: worldmodelbench.json, first_frames: [${PRESENT.map((p) => `"${p}"`).join(", ")}]}`);
    // File order (rows 257, 259, 280), not the order of the list.
    expect(items.map((i) => i.itemKey)).toEqual(["000002432090.0", "000000000932.3", "000000000073.6"]);
    const first = items[0];
    expect(first?.outputPath).toBe("videos/000002432090.0.mp4");
    expect(first?.prompt).toBe("The character buys items from the in-game shop in a strategy video game.");
    expect(first?.inputs["image"]).toBe(resolve(DATA, "worldmodelbench/images/000002432090.0.jpg"));
    expect(existsSync(first?.inputs["image"] ?? "")).toBe(true);
    expect(first?.labels).toEqual({ domain: "video games", subdomain: "Strategy." });
    expect(first?.seed).toBe(deriveSeed(3, "000002432090.0", 0));
    expect(first?.evalMetrics).toEqual(["instruction", "physical_laws", "common_sense"]);
    expect(first?.evalParams).toEqual({ instruction: first?.prompt });
  });

  it("i2v refuses instances whose image is missing, naming the row, the field and the path", async () => {
    const e = await failure(plan("{instances: worldmodelbench.json}"));
    expect(e.code).toBe(FleetErrorCode.SPEC_INVALID);
    expect(e.message).toContain(
      `worldmodelbench.instances: ${JSON_FILE} row 0 (69620089860948e38a4921dd4869d24f) field first_frame: image ${resolve(DATA, "worldmodelbench/images/69620089860948e38a4921dd4869d24f.jpg")} does not exist`,
    );
    expect(e.message).toContain("… and 342 more instances without their image");
    const other = await failure(plan(`{instances: ${JSON_FILE}, images_dir: /nonexistent, first_frames: ["${PRESENT[0]}"]}`));
    // A folder outside the data roots is refused before anything in it is looked at.
    expect(other.message).toContain('worldmodelbench.images_dir: "/nonexistent" is outside the allowed folders. Allowed: the spec\'s folder');
  });

  it("t2v: all 350 instances, prompt = text_first_frame + ' ' + text_instruction, no image", async () => {
    const items = await plan("{instances: worldmodelbench.json, mode: t2v}");
    expect(items).toHaveLength(350);
    expect(items[0]?.prompt).toBe(
      "The autonomous vehicle approaches a traffic light on a bridge surrounded by tall buildings. Construction barriers line the sides of the bridge with a yellow traffic light visible ahead. The autonomous vehicle stops at the traffic light on the bridge.",
    );
    expect(items[0]?.inputs).toEqual({});
    expect(items[0]?.evalParams).toEqual({ instruction: "The autonomous vehicle stops at the traffic light on the bridge." });
    // The file-name rule leaves every stem as the official evaluator expects it.
    expect(items.map((i) => i.outputPath)).toEqual(items.map((i) => `videos/${i.itemKey}.mp4`));
    expect(new Set(items.map((i) => i.outputPath)).size).toBe(350);
  });

  it("filters by domain and subdomain (case and trailing periods folded), limit, samples", async () => {
    const games = await plan("{instances: worldmodelbench.json, mode: t2v, domains: [Video Games]}");
    expect(games).toHaveLength(50);
    const strategy = await plan("{instances: worldmodelbench.json, mode: t2v, subdomains: [strategy]}");
    expect(strategy).toHaveLength(9);
    expect(strategy.every((i) => i.labels["subdomain"] === "Strategy.")).toBe(true);
    const two = await plan("{instances: worldmodelbench.json, mode: t2v, limit: 1}", "samples_per_prompt: 2\n");
    expect(two.map((i) => i.outputPath)).toEqual(["videos/sample-0/69620089860948e38a4921dd4869d24f.mp4", "videos/sample-1/69620089860948e38a4921dd4869d24f.mp4"]);
    expect(two[0]?.seed).not.toBe(two[1]?.seed);
    expect(await plan("{instances: worldmodelbench.json, mode: t2v, limit: 5}")).toEqual(await plan("{instances: worldmodelbench.json, mode: t2v, limit: 5}"));
  });

  it("refuses filter values that match nothing, and unknown keys", async () => {
    const e = await failure(plan("{instances: worldmodelbench.json, domains: [space], first_frames: [nope]}"));
    expect(e.message).toMatch(/worldmodelbench\.domains: "space" matches no instance of .*worldmodelbench\.json \(e\.g\. autonomous vehicle, human/);
    expect(e.message).toMatch(/worldmodelbench\.first_frames: "nope" matches no instance/);
    expect(() => setup("{instances: worldmodelbench.json, mode: v2v}")).toThrow(/worldmodelbench\.mode/);
    expect(() => setup("{instances: worldmodelbench.json, first_frames: [000002432090.0]}")).toThrow(
      /worldmodelbench\.first_frames\.0: must be a quoted string such as "000002432090\.0"/,
    );
    expect(() => setup("{instances: worldmodelbench.json, domain: [human]}")).toThrow(/worldmodelbench/);
  });
});

describe("worldmodelbench adapter: hostile first frames", () => {
  let dir: string;
  const row = (stem: string, first_frame: string) => ({
    domain: "human",
    subdomain: "Walking",
    text_first_frame: `frame ${stem}`,
    text_instruction: `instruction ${stem}`,
    first_frame,
  });
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "wmb-hostile-")));
    mkdirSync(join(dir, "images"));
    copyFileSync(resolve(DATA, "worldmodelbench/images/000000000073.6.jpg"), join(dir, "images/good.jpg"));
    writeFileSync(join(dir, "images/text.jpg"), "this is a text file with a .jpg name\n");
    symlinkSync("/etc/passwd", join(dir, "images/evil.jpg"));
    const climb = relative(dir, "/etc/passwd");
    writeFileSync(
      join(dir, "wmb.json"),
      JSON.stringify([row("good", "images/good.jpg"), row("passwd", climb), row("evil", "images/evil.jpg"), row("text", "images/text.jpg")]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function planIn(section: string) {
    const source = { name: "t.yaml", baseDir: dir };
    const yaml = `name: wmb\nbenchmark: worldmodelbench\nvideo: {frames: 17, fps: 8, width: 64, height: 48}\ngenerator: {backend: synthetic}\nworldmodelbench: ${section}\n`;
    const spec = parseRunSpec(yaml, source);
    const options = resolveAdapter(spec, source).options as WorldModelBenchOptions;
    return worldmodelbenchAdapter.plan(spec, options, await planContext(source));
  }

  it("a real image inside the spec's folder is planned with its real path", async () => {
    const items = await planIn('{instances: wmb.json, first_frames: ["good"]}');
    expect(items.map((i) => i.inputs["image"])).toEqual([join(dir, "images/good.jpg")]);
  });

  it("a ../ first frame, a symlink to /etc/passwd and a text file named .jpg are all refused in one error, each named", async () => {
    const e = await failure(planIn('{instances: wmb.json, first_frames: ["passwd", "evil", "text"]}'));
    expect(e.code).toBe(FleetErrorCode.SPEC_INVALID);
    const where = (n: number, stem: string) => `worldmodelbench.instances: ${join(dir, "wmb.json")} row ${n} (${stem}) field first_frame`;
    expect(e.message).toContain(`${where(1, "passwd")}: "${relative(dir, "/etc/passwd")}" (/etc/passwd) is outside the allowed folders. Allowed: the spec's folder ${dir}`);
    expect(e.message).toContain(`${where(2, "evil")}: "images/evil.jpg" (${join(dir, "images/evil.jpg")}) leads to /etc/passwd through a symbolic link`);
    expect(e.message).toContain(`${where(3, "text")}: ${join(dir, "images/text.jpg")} is not a JPEG, PNG or WebP image; an image input must be a JPEG, PNG or WebP image`);
    // Nothing was missing, so the hint about missing images does not apply.
    expect(e.message).not.toContain("mode i2v needs every selected instance's first frame");
  });

  it("t2v does not read first frames at all", async () => {
    expect(await planIn("{instances: wmb.json, mode: t2v}")).toHaveLength(4);
  });

  it("a NUL escaped in the JSON is refused naming the row and field", async () => {
    writeFileSync(join(dir, "nul.json"), JSON.stringify([{ ...row("a", "images/good.jpg"), text_instruction: "walk\u0000 away" }]));
    const e = await failure(planIn("{instances: nul.json, mode: t2v}"));
    expect(e.message).toMatch(/nul\.json: row 0: field text_instruction holds U\+0000 \(NUL\) at character 5; text may not hold control characters/);
  });
});

const FULL = { instruction: 3, newton: 1, mass: 1, fluid: 0, penetration: 1, gravity: 1, framewise: 1, temporal: 0 };

function scored(over: Partial<ScoredItem> & { itemKey: string }): ScoredItem {
  return { sampleIndex: 0, seed: 1, prompt: "p", state: "done", outputPath: `videos/${over.itemKey}.mp4`, labels: {}, scores: {}, ...over };
}

describe("worldmodelbench adapter: table and artifacts", () => {
  const { spec, options } = setup(`{instances: worldmodelbench.json, first_frames: [${PRESENT.map((p) => `"${p}"`).join(", ")}]}`, "evaluation: {backend: cpu-metrics, only: [], plus: [video_check]}\n");

  it("shows the judge scores as missing and says how to get them when only video_check ran", () => {
    const t = worldmodelbenchAdapter.table([scored({ itemKey: "a", scores: { frames_ok: 1 }, labels: { domain: "human" } })], spec, options);
    expect(t.columns).toEqual(["subset", "videos", "instruction", "newton", "mass", "fluid", "penetration", "gravity", "physical_laws", "framewise", "temporal", "common_sense", "total"]);
    expect(t.rows[0]).toEqual(["all", 0, null, null, null, null, null, null, null, null, null, null, null]);
    expect(t.scores["total"]).toBeNull();
    expect(t.notes[0]).toMatch(/no video has judge scores .* evaluator backend "cpu-metrics" does not run the WorldModelBench VLM judge/);
    expect(t.notes[0]).toMatch(/framefleet score worldmodelbench --input worldmodelbench_results\.json/);
    expect(worldmodelbenchAdapter.artifacts?.([scored({ itemKey: "a" })], spec, options)).toEqual([]);
  });

  it("computes the total per run and per domain, and writes a results JSON that scores the same", () => {
    const items = [
      scored({ itemKey: "a", labels: { domain: "human" }, scores: FULL }),
      scored({ itemKey: "b", labels: { domain: "robotics" }, scores: { ...FULL, instruction: 1, mass: 0, fluid: 1, temporal: 1 } }),
      scored({ itemKey: "c", labels: { domain: "robotics" }, state: "failed", outputPath: "" }),
    ];
    const t = worldmodelbenchAdapter.table(items, spec, options);
    // all: instruction (3+1)/2 = 2; physics 1 + 0.5 + 0.5 + 1 + 1 = 4; common sense 1 + 0.5 = 1.5 → 7.5
    expect(t.rows[0]).toEqual(["all", 2, 2, 1, 0.5, 0.5, 1, 1, 4, 1, 0.5, 1.5, 7.5]);
    // human (video a): 3 + (1+1+0+1+1 = 4) + (1+0 = 1) = 8
    expect(t.rows[1]).toEqual(["domain: human", 1, 3, 1, 1, 0, 1, 1, 4, 1, 0, 1, 8]);
    // robotics (video b only; c has no scores): 1 + 4 + 2 = 7
    expect(t.rows[2]?.[0]).toBe("domain: robotics");
    expect(t.rows[2]?.[12]).toBe(7);
    expect(t.scores["total"]).toBe(7.5);
    expect(t.notes.some((n) => n.includes("2 of 3 planned videos have judge scores"))).toBe(true);

    const arts = worldmodelbenchAdapter.artifacts?.(items, spec, options) ?? [];
    expect(arts.map((a) => a.path)).toEqual(["worldmodelbench_results.json"]);
    const r = parseResults(arts[0]?.content ?? "", "w.json");
    expect(r.modelName).toBe("wmb");
    expect(r.videos).toBe(2);
    expect(processResults(r.accs, r.videos, "w.json").total).toBe(t.scores["total"]);
  });

  it("notes when videos lack some scores and leaves them out of the results JSON", () => {
    const items = [scored({ itemKey: "a", scores: FULL }), scored({ itemKey: "b", scores: { instruction: 2 } })];
    const t = worldmodelbenchAdapter.table(items, spec, options);
    // instruction (3+2)/2 = 2.5 over 2 videos; the rest over video a only
    expect(t.rows[0]?.[2]).toBe(2.5);
    expect(t.notes.some((n) => n.includes("instruction 2, newton 1"))).toBe(true);
    const r = parseResults(worldmodelbenchAdapter.artifacts?.(items, spec, options)[0]?.content ?? "", "w.json");
    expect(r.videos).toBe(1);
  });
});
