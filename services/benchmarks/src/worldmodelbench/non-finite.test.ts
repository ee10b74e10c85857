import path from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { parseResults, readResults } from "./results";
import { worldmodelbenchScorer } from "./scorer";

// Written by Python's json.dumps(results, indent=4), as mmengine's dump writes evaluation.py's
// results: the judge answered "Score: NaN", float() made it nan, and json wrote a bare NaN.
const FILE = path.join(__dirname, "testdata/results_nan.json");
const NAN_VIDEO = "69620089860948e38a4921dd4869d24f";

describe("WorldModelBench results with the judge's NaN / Infinity", () => {
  it("reads the file as evaluation.py does and names the video behind each non-finite score", async () => {
    const r = await readResults(FILE);
    expect(r.videos).toBe(2);
    expect(Number.isNaN(r.accs.instruction[0])).toBe(true);
    expect(r.nonFinite).toEqual([{ field: "instruction", index: 0, video: NAN_VIDEO, key: "instruction", value: Number.NaN }]);
  });

  it("reports the total as not a number (python3 on the same file prints nan), with a note naming the video", async () => {
    const { json, table } = await worldmodelbenchScorer.score({ input: FILE });
    expect(json["total"]).toBeNull();
    expect(json["instruction"]).toBeNull();
    // The other means are numbers: physics (1 + 0.5 + 1 + 1 + 1) = 4.5, common sense 1 + 0.5.
    expect(json["physical_laws"]).toEqual({ newton: 1, mass: 0.5, fluid: 1, penetration: 1, gravity: 1 });
    expect(json["non_finite"]).toEqual([{ video: NAN_VIDEO, field: "accs.instruction[0]", score: "instruction", value: "nan" }]);
    expect(table.scores["total"]).toBeNull();
    expect(table.scores["physical_laws"]).toBe(4.5);
    const row = table.rows[0] as unknown[];
    expect(row[table.columns.indexOf("total")]).toBe("nan");
    expect(row[table.columns.indexOf("instruction")]).toBe("nan");
    expect(table.notes.join("\n")).toContain(`${NAN_VIDEO} (accs.instruction[0], instruction: nan)`);
  });

  it("Infinity and -Infinity per physical law: the video and the law are named", () => {
    const text = '{"preds": {"a": {}, "b": {}}, "accs": {"instruction": [3, 1], "physical_laws": [1, 1, 1, 1, 1, 1, Infinity, 1, 1, -Infinity], "common_sense": [1, 1, 1, 1]}}';
    const r = parseResults(text, "r.json");
    expect(r.nonFinite.map((e) => [e.video, e.key, e.value])).toEqual([
      ["b", "mass", Number.POSITIVE_INFINITY],
      ["b", "gravity", Number.NEGATIVE_INFINITY],
    ]);
  });

  it("other broken JSON is still refused as not valid JSON, with the position", () => {
    expect(() => parseResults('{"accs": {"instruction": [nan]}}', "r.json")).toThrow(/r\.json: not valid JSON \(unexpected character "n" at line 1 column 27\)/);
    const caught = ((): unknown => {
      try {
        return parseResults("{", "r.json");
      } catch (err) {
        return err;
      }
    })();
    expect(caught).toMatchObject({ code: FleetErrorCode.INVALID_INPUT });
  });
});
