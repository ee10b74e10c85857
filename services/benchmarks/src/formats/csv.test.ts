import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { columnIndex, csvField, formatCsv, parseCsv } from "./csv";

const DATA = resolve(__dirname, "../../../../../shared/data");
const src = { file: "t.csv", code: FleetErrorCode.INVALID_INPUT };

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and newlines, and numbers lines", () => {
    const text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row';
    const t = parseCsv(text, src);
    expect(t.header).toEqual(["a", "b"]);
    expect(t.records.map((r) => r.fields)).toEqual([
      ["x, y", 'say "hi"'],
      ["two\nlines", "z"],
      ["last", "row"],
    ]);
    // The record after the two-line field starts on line 5.
    expect(t.records.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  it("handles CRLF, a BOM, blank lines and empty quoted fields", () => {
    const t = parseCsv('\uFEFFa,b\r\n1,""\r\n\r\n"",2\r\n', src);
    expect(t.header).toEqual(["a", "b"]);
    expect(t.records.map((r) => [r.line, ...r.fields])).toEqual([
      [2, "1", ""],
      [4, "", "2"],
    ]);
  });

  it("keeps curly quotes and a bare quote inside an unquoted field as characters", () => {
    const t = parseCsv("c\n“quoted” it’s\nA 5\" screen\n", src);
    expect(t.records.map((r) => r.fields[0])).toEqual(["“quoted” it’s", 'A 5" screen']);
  });

  it("names the line of a record with the wrong number of fields", () => {
    expect(() => parseCsv("a,b\n1,2\n1,2,3\n", src)).toThrow(/t\.csv: line 3: 3 fields but the header has 2/);
  });

  it("names the line where an unclosed quote starts", () => {
    expect(() => parseCsv('a\nok\n"never closed\nmore\n', src)).toThrow(/t\.csv: line 3: a quoted field is never closed/);
  });

  it("refuses text after a closing quote and duplicate column names", () => {
    expect(() => parseCsv('a,b\n"x"y,1\n', src)).toThrow(/line 2: unexpected "y" after a closing quote/);
    expect(() => parseCsv("a,a\n1,2\n", src)).toThrow(/column "a" appears twice/);
    expect(() => parseCsv("", src)).toThrow(/t\.csv: the file is empty/);
  });

  it("uses the error code it is given", () => {
    let code: unknown;
    try {
      parseCsv("a\n\"x", { file: "s.csv", code: FleetErrorCode.SPEC_INVALID });
    } catch (err) {
      code = (err as { code?: unknown }).code;
    }
    expect(code).toBe(FleetErrorCode.SPEC_INVALID);
  });

  it("reads the real AutoEval output with its unnamed pandas index column", () => {
    const t = parseCsv(readFileSync(resolve(DATA, "videophy2/output_sa.csv"), "utf8"), src);
    expect(t.header).toEqual(["", "caption", "videopath", "score"]);
    expect(t.records).toHaveLength(10);
    expect(t.records[1]?.fields[1]).toBe("A streamer, cut from paper, descends from a high point, twisting and turning gently.");
    expect(columnIndex(t, "score")).toBe(3);
    expect(columnIndex(t, "nope")).toBeUndefined();
  });

  it("reads the real prompt CSV: 591 rows, curly quotes kept", () => {
    const t = parseCsv(readFileSync(resolve(DATA, "videophy2/videophy2_test_prompts.csv"), "utf8"), src);
    expect(t.header).toEqual(["caption", "upsampled_caption"]);
    expect(t.records).toHaveLength(591);
    expect(t.records[0]?.fields[1]?.startsWith("“In this dynamic archery sequence")).toBe(true);
  });
});

describe("formatCsv", () => {
  it("quotes like pandas: only fields with a comma, quote or newline", () => {
    expect(csvField("plain text; with semicolon")).toBe("plain text; with semicolon");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("it’s “curly”")).toBe("it’s “curly”");
  });

  it("writes LF-terminated records that parse back to the same values", () => {
    const rows = [
      ["A, b", "videos/0001_A,_b.mp4"],
      ['q"', ""],
    ];
    const text = formatCsv(["caption", "videopath"], rows);
    expect(text).toBe('caption,videopath\n"A, b","videos/0001_A,_b.mp4"\n"q""",\n');
    expect(parseCsv(text, src).records.map((r) => r.fields)).toEqual(rows);
  });

  it("writes a lone empty field as \"\" so it is not read back as a blank line", () => {
    const text = formatCsv(["x"], [[""], ["1"]]);
    expect(text).toBe('x\n""\n1\n');
    expect(parseCsv(text, src).records.map((r) => r.fields)).toEqual([[""], ["1"]]);
  });

  it("round-trips the real sa_pc.csv byte for byte", () => {
    const text = readFileSync(resolve(DATA, "videophy2/sa_pc.csv"), "utf8");
    const t = parseCsv(text, src);
    expect(formatCsv(t.header, t.records.map((r) => r.fields))).toBe(text.replace(/\r\n/g, "\n").replace(/\n?$/, "\n"));
  });
});
