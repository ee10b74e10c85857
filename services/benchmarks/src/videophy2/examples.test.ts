import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DEFAULT_DATA_ROOT } from "../../../common/src/config/schema";
import { parseRunSpec, planContext, resolveAdapter } from "../index";

const SPEC = resolve(__dirname, "../../../../examples/runs/videophy2-mini.yaml");

describe("examples/runs/videophy2-mini.yaml", () => {
  it("parses, resolves to the videophy2 adapter and plans 3 tiny videos evaluated on video_check only", async () => {
    const source = { name: SPEC, baseDir: dirname(SPEC) };
    const spec = parseRunSpec(readFileSync(SPEC, "utf8"), source);
    const { adapter, options } = resolveAdapter(spec, source);
    expect(adapter.name).toBe("videophy2");
    expect(spec.video).toEqual({ frames: 17, fps: 8, width: 64, height: 48 });
    expect(spec.generator.simulated_time).toEqual({ minMs: 100, maxMs: 300 });
    // The example data is beside examples/runs, under the default data root (the examples folder).
    const items = await adapter.plan(spec, options, await planContext(source, { roots: [DEFAULT_DATA_ROOT], allowSpecFolder: true }));
    expect(items.map((i) => i.outputPath)).toEqual([
      "videos/0000_Arrows_are_shot_at_a_moving_target,_with_some_arrows_hitting_and_some_missing_vi.mp4",
      "videos/0001_A_hunter_draws_a_bow,_aiming_at_a_three-dimensional_deer_target,_the_arrow_penet.mp4",
      "videos/0002_An_archer_draws_a_recurve_bow,_the_string_stretching_taut,_then_releases_the_arr.mp4",
    ]);
    expect(items.every((i) => i.simulatedMs >= 100 && i.simulatedMs <= 300)).toBe(true);
    // The planner's rule (metrics absent): the item's own metrics kept by `only`, plus `plus`.
    const only = new Set(spec.evaluation?.only ?? []);
    const metrics = items.map((i) => [...(i.evalMetrics ?? []).filter((m) => only.has(m)), ...(spec.evaluation?.plus ?? [])]);
    expect(spec.evaluation?.only).toEqual([]);
    expect(metrics).toEqual([["video_check"], ["video_check"], ["video_check"]]);
  });

  it("ships an unchanged copy of the prompt CSV", () => {
    const copy = readFileSync(resolve(dirname(SPEC), "../data/videophy2/videophy2_test_prompts.csv"));
    const original = readFileSync(resolve(__dirname, "../../../../../shared/data/videophy2/videophy2_test_prompts.csv"));
    expect(copy.equals(original)).toBe(true);
  });
});
