import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DEFAULT_DATA_ROOT } from "../../../common/src/config/schema";
import { parseRunSpec, planContext, resolveAdapter } from "../index";

const SPEC = resolve(__dirname, "../../../../examples/runs/worldmodelbench-mini.yaml");
const EXAMPLE_DATA = resolve(dirname(SPEC), "../data/worldmodelbench");

describe("examples/runs/worldmodelbench-mini.yaml", () => {
  it("parses, resolves to the worldmodelbench adapter and plans the 3 i2v instances whose images exist", async () => {
    const source = { name: SPEC, baseDir: dirname(SPEC) };
    const spec = parseRunSpec(readFileSync(SPEC, "utf8"), source);
    const { adapter, options } = resolveAdapter(spec, source);
    expect(adapter.name).toBe("worldmodelbench");
    // The example data is beside examples/runs, under the default data root (the examples folder).
    const items = await adapter.plan(spec, options, await planContext(source, { roots: [DEFAULT_DATA_ROOT], allowSpecFolder: true }));
    expect(items.map((i) => i.outputPath)).toEqual(["videos/000002432090.0.mp4", "videos/000000000932.3.mp4", "videos/000000000073.6.mp4"]);
    expect(items.map((i) => i.inputs["image"])).toEqual(items.map((i) => resolve(EXAMPLE_DATA, "images", `${i.itemKey}.jpg`)));
    const only = new Set(spec.evaluation?.only ?? []);
    const metrics = items.map((i) => [...(i.evalMetrics ?? []).filter((m) => only.has(m)), ...(spec.evaluation?.plus ?? [])]);
    expect(metrics).toEqual([["video_check"], ["video_check"], ["video_check"]]);
  });

  it("ships unchanged copies of worldmodelbench.json and the 3 images", () => {
    const shared = resolve(__dirname, "../../../../../shared/data/worldmodelbench");
    for (const rel of ["worldmodelbench.json", "images/000002432090.0.jpg", "images/000000000932.3.jpg", "images/000000000073.6.jpg"]) {
      expect(readFileSync(resolve(EXAMPLE_DATA, rel)).equals(readFileSync(resolve(shared, rel)))).toBe(true);
    }
  });
});
