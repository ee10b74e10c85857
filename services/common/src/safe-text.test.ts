import { clip, escapeControl, hasControl, safeJson } from "./safe-text";

describe("escapeControl", () => {
  test("ESC sequences that retitle and clear a terminal become visible text", () => {
    const hostile = "\u001b]0;pwned\u0007\u001b[2J\u001b[HGPU";
    const safe = escapeControl(hostile);
    expect(safe).toBe("\\x1b]0;pwned\\x07\\x1b[2J\\x1b[HGPU");
    expect(safe).not.toMatch(/[\u0000-\u001f]/);
  });

  test("C1 controls (U+009B CSI), DEL and bidi overrides are escaped too", () => {
    expect(escapeControl("a\u009b31mb\u007fc\u202ed\u2066e\u2028")).toBe("a\\x9b31mb\\x7fc\\u202ed\\u2066e\\u2028");
  });

  test("one line by default; keep: lines leaves newline and tab but never carriage return", () => {
    expect(escapeControl("a\nb\tc\rd")).toBe("a\\x0ab\\x09c\\x0dd");
    expect(escapeControl("a\nb\tc\rd", { keep: "lines" })).toBe("a\nb\tc\\x0dd");
  });

  test("ordinary text (accents, CJK, emoji, backslashes) is unchanged", () => {
    const text = "café 東京 🎥 C:\\models\\wan";
    expect(escapeControl(text)).toBe(text);
    expect(hasControl(text)).toBe(false);
    expect(hasControl("x\u001by")).toBe(true);
  });
});

describe("clip", () => {
  test("short text is unchanged; long text is cut and states its full length", () => {
    expect(clip("abc", 3)).toBe("abc");
    const long = "p".repeat(200_603);
    const cut = clip(long, 100);
    expect(cut).toBe(`${"p".repeat(100)}… [cut: 200603 chars in all]`);
  });

  test("a surrogate pair at the cut is not split", () => {
    const cut = clip(`${"a".repeat(9)}🎥bbbb`, 10);
    expect(cut.startsWith(`${"a".repeat(9)}…`)).toBe(true);
    expect(cut).toContain("[cut: 15 chars in all]");
  });
});

describe("safeJson", () => {
  test("escapes what JSON.stringify leaves raw (C1, DEL, bidi) and parses back to the same value", () => {
    const value = { name: "GPU\u009b2J\u007f\u202e", esc: "\u001b[0m", plain: "café" };
    const text = safeJson(value, 2);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain("\\u009b");
    expect(JSON.parse(text)).toEqual(value);
  });
});
