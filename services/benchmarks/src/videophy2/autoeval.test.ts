import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { autoEvalInputCsv, parseAutoEvalOutput } from "./autoeval";

const DATA = resolve(__dirname, "../../../../../shared/data");

describe("AutoEval files", () => {
  it("reads the real output_sa.csv (pandas index column, quoted captions, float scores)", () => {
    const rows = parseAutoEvalOutput(readFileSync(resolve(DATA, "videophy2/output_sa.csv"), "utf8"), "output_sa.csv");
    expect(rows.map((r) => r.score)).toEqual([5, 5, 5, 5, 4, 5, 5, 5, 4, 4]);
    expect(rows[1]?.caption).toBe("A streamer, cut from paper, descends from a high point, twisting and turning gently.");
    expect(rows[1]?.videopath).toBe("examples/A_streamer,_cut_from_paper,_descends_from_a_high_point,_twisting_and_turning_gently_0.mp4");
    expect(rows[1]?.line).toBe(3);
  });

  it("also reads an output without the index column", () => {
    const rows = parseAutoEvalOutput("caption,videopath,score\nA,v/a.mp4,3.0\n", "o.csv");
    expect(rows).toEqual([{ line: 2, caption: "A", videopath: "v/a.mp4", score: 3 }]);
  });

  it("refuses files that are not AutoEval output, naming file, line and column", () => {
    expect(() => parseAutoEvalOutput("caption,videopath\nA,a.mp4\n", "in.csv")).toThrow(/in\.csv: no "score" column \(header: caption, videopath\)/);
    expect(() => parseAutoEvalOutput(",caption,videopath,score\n0,A,a.mp4,high\n", "o.csv")).toThrow(/o\.csv: line 2: column score is "high"/);
    expect(() => parseAutoEvalOutput(",caption,videopath,score\n0,A,a.mp4,7\n", "o.csv")).toThrow(/line 2: column score is "7"/);
    expect(() => parseAutoEvalOutput(",caption,videopath,score\n0,A,a.mp4,4\n1,A,a.mp4,5\n", "o.csv")).toThrow(/line 3: videopath "a\.mp4" was already scored on line 2/);
    expect(() => parseAutoEvalOutput(",caption,videopath,score\n", "o.csv")).toThrow(/o\.csv: no rows/);
  });

  it("writes the input CSV as the real sa_pc.csv is written (caption,videopath, minimal quoting)", () => {
    const real = readFileSync(resolve(DATA, "videophy2/sa_pc.csv"), "utf8");
    const rows = parseAutoEvalOutput(readFileSync(resolve(DATA, "videophy2/output_sa.csv"), "utf8"), "o.csv");
    expect(autoEvalInputCsv(rows)).toBe(real.replace(/\r\n/g, "\n").replace(/\n?$/, "\n"));
  });
});
