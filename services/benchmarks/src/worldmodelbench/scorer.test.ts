import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { scorerFor } from "../index";
import { worldmodelbenchScorer } from "./scorer";

const dir = mkdtempSync(join(tmpdir(), "wmb-score-"));

describe("framefleet score worldmodelbench", () => {
  it("is registered", () => {
    expect(scorerFor("worldmodelbench")).toBe(worldmodelbenchScorer);
  });

  it("gives total, instruction, physical_laws and common_sense from the accs lists", async () => {
    const file = join(dir, "worldmodelbench_results.json");
    writeFileSync(
      file,
      JSON.stringify({
        model_name: "m",
        preds: { a: {}, b: {} },
        accs: {
          instruction: [3.0, 2.0],
          physical_laws: [true, true, true, false, true, true, false, true, true, true],
          common_sense: [false, true, true, true],
        },
      }),
    );
    const { json, table } = await worldmodelbenchScorer.score({ input: file });
    // instruction (3+2)/2 = 2.5; newton 1, mass (1+0)/2 = 0.5, fluid 1, penetration (0+1)/2 = 0.5, gravity 1 → 4
    // framewise (0+1)/2 = 0.5, temporal 1 → 1.5; total 2.5 + 4 + 1.5 = 8
    expect(json).toEqual({
      total: 8,
      instruction: 2.5,
      physical_laws: { newton: 1, mass: 0.5, fluid: 1, penetration: 0.5, gravity: 1 },
      common_sense: { framewise: 0.5, temporal: 1 },
      videos: 2,
    });
    expect(table.rows).toEqual([["all", 2, 2.5, 1, 0.5, 1, 0.5, 1, 4, 0.5, 1, 1.5, 8]]);
    expect(table.notes[0]).toContain('(model_name "m"): 2 videos');
  });

  it("refuses a file that is not a results JSON with INVALID_INPUT naming it", async () => {
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ accs: { instruction: [1], physical_laws: [1], common_sense: [1, 1] } }));
    let err: { code?: unknown; message?: string } = {};
    await worldmodelbenchScorer.score({ input: file }).catch((e: { code?: unknown; message?: string }) => (err = e));
    expect(err.code).toBe(FleetErrorCode.INVALID_INPUT);
    expect(err.message).toContain(`${file}: accs.physical_laws has 1 entries; 1 videos need 5`);
  });
});
