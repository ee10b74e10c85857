import { FleetErrorCode, ValidationError } from "../../../../common/src/errors";
import { expandCommandTemplate, parseCommandTemplate } from "./template";

function issuesOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).code).toBe(FleetErrorCode.CONFIG_INVALID);
    return (err as ValidationError).issues;
  }
  throw new Error("expected a ValidationError");
}

describe("parseCommandTemplate", () => {
  it("splits items into text and placeholders, whole or embedded, with {{ }} escapes", () => {
    const tpl = parseCommandTemplate(["python3", "gen.py", "--out={output}", "{prompt}", "{{literal}}", "--cam={input:camera}", "{param:action}"], "gen");
    expect(tpl.program).toBe("python3");
    expect(tpl.args).toEqual([
      [{ t: "text", text: "gen.py" }],
      [{ t: "text", text: "--out=" }, { t: "value", name: "output" }],
      [{ t: "value", name: "prompt" }],
      [{ t: "text", text: "{literal}" }],
      [{ t: "text", text: "--cam=" }, { t: "input", role: "camera" }],
      [{ t: "param", key: "action" }],
    ]);
    expect([...tpl.uses].sort()).toEqual(["output", "prompt"]);
  });

  it("names the item holding an unknown placeholder", () => {
    const issues = issuesOf(() => parseCommandTemplate(["run", "--out={output}", "--x={ouput}"], "gen", "worker.backends.w.command"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('worker.backends.w.command[2] "--x={ouput}"');
    expect(issues[0]).toContain("unknown placeholder {ouput}");
  });

  it("refuses any placeholder in the program, {prompt} and {input:x} included", () => {
    expect(issuesOf(() => parseCommandTemplate(["{prompt}", "{output}"], "gen"))[0]).toMatch(/command\[0\].*cannot contain a placeholder/);
    expect(issuesOf(() => parseCommandTemplate(["{input:image}", "{output}"], "gen"))[0]).toMatch(/command\[0\].*cannot contain a placeholder/);
  });

  it("requires {output} for gen and {scores_file} for eval, and keeps kind-specific placeholders to their kind", () => {
    expect(issuesOf(() => parseCommandTemplate(["run", "{prompt}"], "gen"))).toEqual([expect.stringContaining("must contain {output}")]);
    expect(issuesOf(() => parseCommandTemplate(["run", "{video}"], "eval"))).toEqual([expect.stringContaining("must contain {scores_file}")]);
    const issues = issuesOf(() => parseCommandTemplate(["run", "{scores_file}", "{output}", "{seed}"], "eval"));
    expect(issues).toEqual([expect.stringContaining("{output} is only available to gen"), expect.stringContaining("{seed} is only available to gen")]);
    expect(issuesOf(() => parseCommandTemplate(["run", "{output}", "{metrics}"], "gen"))[0]).toContain("{metrics} is only available to eval");
  });

  it("reports unbalanced braces and bad argument placeholders", () => {
    const issues = issuesOf(() => parseCommandTemplate(["run", "{output}", "a{b", "c}d", "{input:}", "{foo:bar}", "{param:a b}"], "gen"));
    expect(issues).toEqual([
      expect.stringContaining('unclosed "{"'),
      expect.stringContaining('unmatched "}"'),
      expect.stringContaining("{input:} needs a role"),
      expect.stringContaining("unknown placeholder {foo:bar}"),
      expect.stringContaining("{param:a b} needs a key"),
    ]);
  });
});

describe("expandCommandTemplate", () => {
  const tpl = parseCommandTemplate(["run", "--out={output}", "{prompt}", "--img={input:image}", "{param:action}", "{seed}"], "gen");
  const values = { output: "/o/x.mp4", prompt: `a "q"; rm -rf ~ # $(id)`, seed: "7" };

  it("keeps each value inside its own item, verbatim", () => {
    const argv = expandCommandTemplate(tpl, { values, inputs: { image: "/in/a b.png" }, params: { action: "turn left" } }, "t1");
    expect(argv).toEqual(["--out=/o/x.mp4", `a "q"; rm -rf ~ # $(id)`, "--img=/in/a b.png", "turn left", "7"]);
  });

  it("is INVALID_INPUT naming every missing input and parameter, never reading Object.prototype", () => {
    const t2 = parseCommandTemplate(["run", "{output}", "{input:camera}", "{param:constructor}"], "gen");
    expect(() => expandCommandTemplate(t2, { values, inputs: {}, params: {} }, "t9")).toThrow(
      expect.objectContaining({ code: FleetErrorCode.INVALID_INPUT, message: expect.stringMatching(/task t9.*input "camera", parameter "constructor"/) }),
    );
  });

  it("is INVALID_INPUT for a NUL byte, which no argv item can carry", () => {
    expect(() => expandCommandTemplate(tpl, { values: { ...values, prompt: "a\0b" }, inputs: { image: "/i" }, params: { action: "x" } }, "t1")).toThrow(
      expect.objectContaining({ code: FleetErrorCode.INVALID_INPUT, message: expect.stringContaining("{prompt} contains a NUL byte") }),
    );
  });
});
