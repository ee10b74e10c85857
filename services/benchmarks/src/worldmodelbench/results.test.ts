import { processResults } from "./formula";
import { parseResults, resultsJson } from "./results";

const OFFICIAL = JSON.stringify({
  model_name: "wan",
  preds: { a: { instruction: ["Score: 3"] }, b: { instruction: ["Score: 1."] } },
  accs: {
    instruction: [3.0, 1.0],
    physical_laws: [true, true, false, true, true, true, false, true, true, true],
    common_sense: [true, false, true, true],
  },
});

describe("WorldModelBench results JSON", () => {
  it("reads evaluation.py's shape: booleans as 0/1, videos = len(preds)", () => {
    const r = parseResults(OFFICIAL, "r.json");
    expect(r.modelName).toBe("wan");
    expect(r.videos).toBe(2);
    expect(r.accs.physical_laws).toEqual([1, 1, 0, 1, 1, 1, 0, 1, 1, 1]);
    expect(processResults(r.accs, r.videos, "r.json").total).toBe(7.5);
  });

  it("checks the lengths against the number of videos, naming the field", () => {
    type Raw = { accs: Record<string, unknown[]>; preds: Record<string, unknown> };
    const bad = (mutate: (d: Raw) => void): string => {
      const d = JSON.parse(OFFICIAL) as Raw;
      mutate(d);
      return JSON.stringify(d);
    };
    expect(() => parseResults(bad((d) => d.accs["physical_laws"]?.pop()), "r.json")).toThrow(/r\.json: accs\.physical_laws has 9 entries; 2 videos \(keys of preds\) need 10/);
    expect(() => parseResults(bad((d) => (d.preds["c"] = {})), "r.json")).toThrow(/accs\.instruction has 2 entries; 3 videos \(keys of preds\) need 3/);
    expect(() => parseResults(bad((d) => (d.accs["common_sense"] = ["yes", true, true, true])), "r.json")).toThrow(/accs\.common_sense\[0\] is "yes"/);
    expect(() => parseResults(bad((d) => (d.accs["extra"] = [1])), "r.json")).toThrow(/accs\.extra: unknown category/);
    expect(() => parseResults(bad((d) => delete d.accs["instruction"]), "r.json")).toThrow(/accs\.instruction is missing or not a list/);
    expect(() => parseResults("{}", "r.json")).toThrow(/field "accs" is missing/);
    expect(() => parseResults("nope", "r.json")).toThrow(/r\.json: not valid JSON/);
  });

  it("without preds counts videos from accs.instruction", () => {
    const r = parseResults(JSON.stringify({ accs: { instruction: [2], physical_laws: [1, 1, 1, 1, 1], common_sense: [0, 1] } }), "r.json");
    expect(r.videos).toBe(1);
    // total = 2 + 5 + (0 + 1) = 8
    expect(processResults(r.accs, r.videos, "r.json").total).toBe(8);
  });

  it("writes the official shape, which reads back to the same total", () => {
    const text = resultsJson("run", [
      { name: "a", scores: { instruction: 3, newton: 1, mass: 1, fluid: 0, penetration: 1, gravity: 1, framewise: 1, temporal: 0 } },
      { name: "b", scores: { instruction: 1, newton: 1, mass: 0, fluid: 1, penetration: 1, gravity: 1, framewise: 1, temporal: 0.5 } },
    ]);
    const obj = JSON.parse(text) as { preds: object; accs: { physical_laws: unknown[]; common_sense: unknown[] } };
    expect(Object.keys(obj.preds)).toEqual(["a", "b"]);
    expect(obj.accs.physical_laws.slice(0, 5)).toEqual([true, true, false, true, true]);
    // a non-0/1 answer stays a number
    expect(obj.accs.common_sense).toEqual([true, false, true, 0.5]);
    const r = parseResults(text, "w.json");
    // instruction 2 + physics (1 + 0.5 + 0.5 + 1 + 1 = 4) + common sense (1 + 0.25) = 7.25
    expect(processResults(r.accs, r.videos, "w.json").total).toBe(7.25);
  });
});
