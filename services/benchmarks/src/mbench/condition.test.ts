import { DEFAULT_A_PATTERN, compileConditionPattern, parseCondition, type ConditionPattern } from "./condition";

function compiled(text: string): ConditionPattern {
  const p = compileConditionPattern(text);
  if (typeof p === "string") throw new TypeError(p);
  return p;
}

describe("condition ids", () => {
  it("splits {action}_{length} at the last underscore", () => {
    const p = compiled(DEFAULT_A_PATTERN);
    expect(parseCondition(p, "left_then_right_25s")).toEqual({ action: "left_then_right", length: "25s" });
    expect(parseCondition(p, "forward_then_backward_10s")).toEqual({ action: "forward_then_backward", length: "10s" });
    expect(parseCondition(p, "orbit")).toBeUndefined();
  });

  it("matches literal patterns exactly and escapes regex characters", () => {
    expect(parseCondition(compiled("text"), "text")).toEqual({});
    expect(parseCondition(compiled("text"), "texts")).toBeUndefined();
    expect(parseCondition(compiled("{a}.{b}"), "x_y")).toBeUndefined();
    expect(parseCondition(compiled("{a}.{b}"), "x.y")).toEqual({ a: "x", b: "y" });
  });

  it("refuses broken patterns", () => {
    expect(compileConditionPattern("{action}_{action}")).toMatch(/twice/);
    expect(compileConditionPattern("{action}}_{length}")).toMatch(/brace/);
    expect(compileConditionPattern("{1x}")).toMatch(/brace/);
  });
});
