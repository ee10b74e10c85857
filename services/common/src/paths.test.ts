import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode } from "./errors";
import { assertSafeRelative, resolveInside, safeRelativePath, sanitizeComponent } from "./paths";

const SAFE = /^[\p{L}\p{M}\p{N} ,._'()+\-;!&=@#%~[\]{}]+$/u;

describe("sanitizeComponent", () => {
  test.each([
    ["A cat, walking (slowly) + 'fast'-ish.", "A cat, walking (slowly) + 'fast'-ish."],
    ["../etc/passwd", "_etc_passwd"],
    ["..", "_"],
    [".", "_"],
    ["/", "_"],
    ["a/b\\c", "a_b_c"],
    ["a\0b", "a_b"],
    ["line1\nline2\ttab", "line1_line2_tab"],
    ["what? yes! 100%", "what_ yes! 100%"],
    ['a "quoted" <b>|c*:d', "a _quoted_ _b__c__d"],
    ["...hidden", "hidden"],
    [" . .hidden ", "hidden"],
    ["", "_"],
    ["   ", "_"],
    ["café", "café"],
    ["cafe\u0301", "café"], // decomposed é is normalised first
    ["日本語", "日本語"],
    ["façades; a —dash", "façades; a _dash"],
  ])("%j → %j", (text, out) => {
    expect(sanitizeComponent(text)).toBe(out);
  });

  test("emoji and other astral characters become only safe characters", () => {
    const s = sanitizeComponent("a🎬b");
    expect(s).toMatch(SAFE);
    expect(s.startsWith("a_")).toBe(true);
    expect(s.endsWith("_b")).toBe(true);
  });

  test("long names are cut to 240 bytes, on whole characters", () => {
    expect(sanitizeComponent("a".repeat(300))).toBe("a".repeat(240));
    expect(sanitizeComponent("a".repeat(240))).toBe("a".repeat(240));
    // 3-byte characters: 80 fit in 240 bytes, never a broken one.
    expect(sanitizeComponent("日".repeat(100))).toBe("日".repeat(80));
    expect(Buffer.byteLength(sanitizeComponent(`a${"日".repeat(100)}`))).toBe(238);
    expect(sanitizeComponent("abcdef", 4)).toBe("abcd");
  });

  test("a cut that ends on a space is trimmed", () => {
    expect(sanitizeComponent(`${"a".repeat(239)} bbb`)).toBe("a".repeat(239));
  });

  test("the result never holds a separator, never starts with a dot, and is never empty", () => {
    for (const t of ["../../x", "./.", "..\\..", "/abs/path", ".\0.", "\u2024\u2024/x", "%2e%2e%2fx"]) {
      const s = sanitizeComponent(t);
      expect(s).toMatch(SAFE);
      expect(s).not.toMatch(/[/\\]/);
      expect(s.startsWith(".")).toBe(false);
      expect(s.length).toBeGreaterThan(0);
    }
  });

  test("is idempotent", () => {
    for (const t of ["../etc/passwd", "café ", "a".repeat(300), "  x  "]) {
      expect(sanitizeComponent(sanitizeComponent(t))).toBe(sanitizeComponent(t));
    }
  });
});

describe("safeRelativePath", () => {
  test("joins sanitised components with '/'", () => {
    expect(safeRelativePath("wan", "../a cat/x", "0.mp4")).toBe("wan/_a cat_x/0.mp4");
    expect(safeRelativePath("..", "")).toBe("_/_");
  });
});

describe("resolveInside", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "ff-paths-test-"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("joins relative parts under the root", () => {
    expect(resolveInside(root, "run-1", "videos", "a.mp4")).toBe(join(root, "run-1", "videos", "a.mp4"));
    expect(resolveInside(root, "run-1/videos/a.mp4")).toBe(join(root, "run-1", "videos", "a.mp4"));
    expect(resolveInside(root, "a/../b")).toBe(join(root, "b"));
    expect(resolveInside(root, "./a")).toBe(join(root, "a"));
  });

  test.each([["../x"], ["a/../../x"], ["a", "..", "..", "x"], [".."], ["a/.."], [""], ["."]])("rejects %j, which is not strictly inside", (...parts) => {
    let e: (Error & { code?: string }) | undefined;
    try {
      resolveInside(root, ...parts);
    } catch (err) {
      e = err as Error & { code?: string };
    }
    expect(e?.code).toBe(FleetErrorCode.INVALID_INPUT);
    expect(e?.message).toMatch(/^path ".*" would leave the output root /);
  });

  test("rejects absolute parts, even in the middle, even when they point inside the root", () => {
    expect(() => resolveInside(root, "/etc/passwd")).toThrow('path "/etc/passwd" would leave the output root');
    expect(() => resolveInside(root, "a", "/etc")).toThrow('path "/etc" would leave the output root');
    expect(() => resolveInside(root, join(root, "a"))).toThrow(/would leave the output root/);
  });

  test("a relative root is resolved", () => {
    expect(resolveInside("some-root", "x")).toBe(join(process.cwd(), "some-root", "x"));
  });
});

describe("assertSafeRelative", () => {
  test("returns the normalised relative path", () => {
    expect(assertSafeRelative("videos/a.mp4")).toBe("videos/a.mp4");
    expect(assertSafeRelative("videos/./x/../a.mp4")).toBe("videos/a.mp4");
    expect(assertSafeRelative("./a")).toBe("a");
    expect(assertSafeRelative("a//b")).toBe("a/b");
  });

  test.each(["/etc/passwd", "../a", "..", "a/../../b", "videos/../../../etc", "a\0b", "a.mp4\0"])("rejects %j naming the field", (p) => {
    let e: (Error & { code?: string }) | undefined;
    try {
      assertSafeRelative(p, "output_path");
    } catch (err) {
      e = err as Error & { code?: string };
    }
    expect(e?.code).toBe(FleetErrorCode.INVALID_INPUT);
    expect(e?.message).toBe(`output_path: "${p}" is not a relative path inside the run folder`);
  });
});

test("an empty relative path (the run folder itself) is refused", () => {
  expect(() => assertSafeRelative("")).toThrow(/not a relative path/);
  expect(() => assertSafeRelative(".")).toThrow(/not a relative path/);
});
