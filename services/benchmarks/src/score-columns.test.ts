/** Each benchmark's declared score columns (what reports chart) against its table's columns. */
import { TABLE_COLUMNS as MBENCH_COLUMNS } from "./mbench/table";
import { SANA_WM_COLUMNS, SCORE_COLUMNS as SANA_SCORES } from "./sana-wm/table";
import { SCORE_COLUMNS as VBENCH_SCORES, TABLE_COLUMNS as VBENCH_COLUMNS } from "./vbench/table";
import { COLUMNS as VP2_COLUMNS, SCORE_COLUMNS as VP2_SCORES } from "./videophy2/table";
import { COLUMNS as WMB_COLUMNS, SCORE_COLUMNS as WMB_SCORES } from "./worldmodelbench/table";

describe("each benchmark's declared score columns", () => {
  it("are columns of its table, and none is a weight or a count", () => {
    const declared: [readonly string[], readonly string[]][] = [
      [VBENCH_SCORES, VBENCH_COLUMNS],
      [VP2_SCORES, VP2_COLUMNS],
      [WMB_SCORES, WMB_COLUMNS],
      [SANA_SCORES, SANA_WM_COLUMNS],
    ];
    for (const [scores, columns] of declared) {
      expect(scores.length).toBeGreaterThan(0);
      for (const c of scores) expect(columns).toContain(c);
      for (const c of ["weight", "videos", "samples", "revisit pairs", "normalized"]) expect(scores).not.toContain(c);
    }
    expect(MBENCH_COLUMNS).toContain("M-Score");
  });
});
