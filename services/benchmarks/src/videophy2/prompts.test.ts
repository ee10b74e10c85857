import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { parsePromptCsv, readPromptFile, requireColumn } from "./prompts";

const DATA = resolve(__dirname, "../../../../../shared/data");
const SPEC = FleetErrorCode.SPEC_INVALID;

const OFFICIAL = [
  "id,caption,upsampled_caption,action,is_hard,category",
  '0,"A ball, thrown",A long ball text,throwing ball,False,Sports and Physical Activities',
  "1,A cup tips over,Longer cup text,spilling,True,Object Interactions",
  "",
].join("\n");

describe("hostile prompt CSVs", () => {
  it("invalid UTF-8 (a Latin-1 é) is refused naming the file, line and byte", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vp2-utf8-"));
    const file = join(dir, "latin1.csv");
    writeFileSync(file, Buffer.concat([Buffer.from("caption\nA cat\nA caf"), Buffer.from([0xe9]), Buffer.from(" scene\n")]));
    await expect(readPromptFile(file, SPEC)).rejects.toMatchObject({
      code: SPEC,
      message: `${file}: not valid UTF-8 at line 3, byte 6 of the line (offset 19 in the file: e9 20 73 63); save the file as UTF-8`,
    });
  });

  it("a NUL or an escape character in a caption is refused naming the line", () => {
    expect(() => parsePromptCsv("caption\nA cat\n\"A dog\u0000 runs\"\n", SPEC, "p.csv")).toThrow(/^p\.csv: line 3, character 7: U\+0000 \(NUL\); text may not hold/);
    expect(() => parsePromptCsv("caption\n\u001b]0;title\u0007\n", SPEC, "p.csv")).toThrow(/^p\.csv: line 2, character 1: U\+001B \(ESC\)/);
  });
});

describe("parsePromptCsv", () => {
  it("reads the public form (caption, upsampled_caption) with ids = 0-based row index", () => {
    const f = parsePromptCsv(readFileSync(resolve(DATA, "videophy2/videophy2_test_prompts.csv"), "utf8"), SPEC, "p.csv");
    expect(f.columns).toEqual(["caption", "upsampled_caption"]);
    expect(f.rows).toHaveLength(591);
    expect(f.rows[2]?.id).toBe(2);
    expect(f.rows[1]?.caption).toBe("A hunter draws a bow, aiming at a three-dimensional deer target, the arrow penetrating the foam body.");
    expect(f.rows[0]?.isHard).toBeUndefined();
    expect(f.rows[0]?.category).toBeUndefined();
  });

  it("reads the official form: id column, action, category, is_hard as booleans", () => {
    const f = parsePromptCsv(OFFICIAL, SPEC, "o.csv");
    expect(f.rows.map((r) => [r.id, r.caption, r.action, r.isHard, r.category])).toEqual([
      [0, "A ball, thrown", "throwing ball", false, "Sports and Physical Activities"],
      [1, "A cup tips over", "spilling", true, "Object Interactions"],
    ]);
  });

  it("refuses bad is_hard, ids and missing captions naming the file and line", () => {
    expect(() => parsePromptCsv("caption,is_hard\nA,maybe\n", SPEC, "o.csv")).toThrow(/o\.csv: line 2: column is_hard is "maybe"/);
    expect(() => parsePromptCsv("id,caption\n0,A\n0,B\n", SPEC, "o.csv")).toThrow(/o\.csv: line 3: id 0 was already used on line 2/);
    expect(() => parsePromptCsv("id,caption\n-1,A\n", SPEC, "o.csv")).toThrow(/line 2: column id is "-1"/);
    expect(() => parsePromptCsv("caption,x\n ,1\n", SPEC, "o.csv")).toThrow(/line 2: column caption is empty/);
    expect(() => parsePromptCsv("prompt\nA\n", SPEC, "o.csv")).toThrow(/o\.csv: no "caption" column \(columns: prompt\)/);
  });

  it("requireColumn names the file, the missing column, the columns it has and the feature", () => {
    const f = parsePromptCsv("caption,upsampled_caption\nA,B\n", SPEC, "public.csv");
    expect(() => requireColumn(f, "is_hard", "videophy2.hard_only: true", SPEC)).toThrow(
      /public\.csv: no "is_hard" column \(it has caption, upsampled_caption\); videophy2\.hard_only: true needs it/,
    );
    expect(() => requireColumn(f, "caption", "x", SPEC)).not.toThrow();
  });
});
