import { parsePythonJson, PythonJsonError } from "./python-json";

describe("parsePythonJson (what Python's json.loads accepts)", () => {
  it("reads bare NaN, Infinity and -Infinity as numbers, leaving the words inside strings alone", () => {
    const v = parsePythonJson('{"a": [NaN, Infinity, -Infinity, 1.5e-3, -0, true, null], "s": "Score: NaN, -Infinity", "__proto__": {"x": 1}}') as Record<string, unknown>;
    const a = v["a"] as unknown[];
    expect(Number.isNaN(a[0])).toBe(true);
    expect(a.slice(1)).toEqual([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.0015, -0, true, null]);
    expect(v["s"]).toBe("Score: NaN, -Infinity");
    // A "__proto__" key is an own data property, as JSON.parse makes it.
    expect(Object.keys(v)).toEqual(["a", "s", "__proto__"]);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  it("agrees with JSON.parse on standard JSON, escapes included", () => {
    const text = '{"k": ["\\u00e9\\n\\"q\\"", 12, -3.25E+2, {"n": []}, false], "k2": {}}';
    expect(parsePythonJson(text)).toEqual(JSON.parse(text));
  });

  it("refuses what Python refuses, with a position", () => {
    for (const bad of ["nan", "[1,]", "{'a': 1}", "[01]", "[Infinity", '{"a" 1}', "[1] x", "+1", '"\\x"', "NaNa"]) {
      expect(() => parsePythonJson(bad)).toThrow(PythonJsonError);
    }
    expect(() => parsePythonJson('{\n  "a": [1,,2]\n}')).toThrow(/unexpected character "," at line 2 column 11/);
  });
});
