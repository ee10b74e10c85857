import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import {
  assertNoControlChars,
  controlCharProblem,
  decodeUtf8,
  describeCodePoint,
  findControlChar,
  firstInvalidUtf8,
  readRegularFile,
} from "./encoding";
import { FleetErrorCode } from "./errors";

const b = (...bytes: number[]) => Uint8Array.from(bytes);

describe("firstInvalidUtf8", () => {
  test.each([
    ["ASCII", b(0x61, 0x62), -1],
    ["2, 3 and 4-byte characters (é, €, 🎬)", new TextEncoder().encode("é€🎬"), -1],
    ["Latin-1 é (0xE9) between ASCII", b(0x61, 0xe9, 0x62), 1],
    ["a lone continuation byte", b(0x61, 0x80), 1],
    ["an overlong NUL (C0 80)", b(0xc0, 0x80), 0],
    ["an overlong 3-byte form (E0 80 AF)", b(0x61, 0xe0, 0x80, 0xaf), 1],
    ["a UTF-16 surrogate (ED A0 80)", b(0xed, 0xa0, 0x80), 0],
    ["above U+10FFFF (F4 90 80 80)", b(0xf4, 0x90, 0x80, 0x80), 0],
    ["a character cut at the end", b(0x61, 0x62, 0xe2, 0x82), 2],
    ["0xFF", b(0xff), 0],
  ])("%s", (_what, bytes, expected) => {
    expect(firstInvalidUtf8(bytes)).toBe(expected);
  });

  test("agrees with a fatal TextDecoder on 20,000 random byte strings", () => {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    // Deterministic pseudo-random bytes biased towards the lead/continuation ranges.
    let x = 12345;
    const next = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x);
    for (let n = 0; n < 20_000; n++) {
      const bytes = Uint8Array.from({ length: 1 + (next() % 6) }, () => (next() % 3 === 0 ? next() % 0x80 : 0x80 + (next() % 0x80)));
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
    }
  });
});

describe("decodeUtf8", () => {
  test("names the file, the line, the byte of the line and the offset of the first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from("caption\nA cat\nA caf"), Buffer.from([0xe9]), Buffer.from(" at noon\n")]);
    expect(() => decodeUtf8(bytes, "/data/p.csv", FleetErrorCode.SPEC_INVALID)).toThrow(
      expect.objectContaining({
        code: FleetErrorCode.SPEC_INVALID,
        message: "/data/p.csv: not valid UTF-8 at line 3, byte 6 of the line (offset 19 in the file: e9 20 61 74); save the file as UTF-8",
      }),
    );
  });

  test("drops a BOM and decodes valid text unchanged", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFcaption,é\n"), "f", FleetErrorCode.INVALID_INPUT)).toBe("caption,é\n");
  });
});

describe("control characters", () => {
  test("tab, LF and CR are allowed; C0, DEL and C1 are not", () => {
    expect(findControlChar("a\tb\r\nc")).toBeUndefined();
    expect(findControlChar("ab\u0000")).toEqual({ codePoint: 0, line: 1, column: 3 });
    expect(findControlChar("x\ny\u001b[31m")).toEqual({ codePoint: 0x1b, line: 2, column: 2 });
    expect(findControlChar("\u007f")?.codePoint).toBe(0x7f);
    expect(findControlChar("a\u0085")?.codePoint).toBe(0x85);
    expect(findControlChar("🎬\u0007")?.column).toBe(2);
    expect(findControlChar("é ü ß 日本 \u00a0")).toBeUndefined();
  });

  test("are named", () => {
    expect(describeCodePoint(0)).toBe("U+0000 (NUL)");
    expect(describeCodePoint(0x1b)).toBe("U+001B (ESC)");
    expect(describeCodePoint(0x7f)).toBe("U+007F (DEL)");
    expect(describeCodePoint(0x9b)).toBe("U+009B (C1 control)");
  });

  test("a value's problem says which character and where; a file's names the file and line", () => {
    expect(controlCharProblem("a cat\u0000")).toMatch(/^holds U\+0000 \(NUL\) at character 6; text may not hold control characters other than tab and line breaks/);
    expect(controlCharProblem("ok")).toBeUndefined();
    expect(() => assertNoControlChars("a\nb\nc\u0000d", "prompts.txt", FleetErrorCode.SPEC_INVALID)).toThrow(
      /^prompts\.txt: line 3, character 2: U\+0000 \(NUL\); text may not hold/,
    );
  });
});

describe("readRegularFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ff-encoding-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("reads a file; refuses a FIFO without opening it (it would wait for a writer)", async () => {
    writeFileSync(join(dir, "a.txt"), "x");
    expect((await readRegularFile(join(dir, "a.txt"))).toString()).toBe("x");
    execFileSync("mkfifo", [join(dir, "fifo")]);
    await expect(readRegularFile(join(dir, "fifo"))).rejects.toMatchObject({ code: "ENOTREG" });
    await expect(readRegularFile(join(dir, "missing"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
