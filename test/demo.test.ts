/**
 * `framefleet demo --json` as a user runs it: the bin, in an empty folder, to exit 0 with a
 * report whose every item is done and whose videos decode with the requested frames and fps.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { probeVideo } from "../services/common/src/media";
import type { RunReport } from "../services/reports/src";
import { framefleet } from "./helpers/cli";

test("framefleet demo --json completes every item with valid videos and a temporal_flickering aggregate", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ff-demo-"));
  try {
    const r = await framefleet(["demo", "--json"], { cwd: dir, env: { FRAMEFLEET_OUTPUT_ROOT: "" } });
    if (r.code !== 0) throw new Error(`demo exited ${r.code}\n${r.stderr}`);
    const report = JSON.parse(r.stdout) as RunReport;
    expect(report.final).toBe(true);
    expect(report.run.state).toBe("completed");
    expect(report.items.length).toBeGreaterThanOrEqual(24);
    expect(report.items.every((i) => i.state === "done")).toBe(true);
    const agg = report.aggregates.temporal_flickering;
    expect(agg?.n).toBe(report.items.length);
    expect(agg?.mean).toBeGreaterThan(0);
    expect(agg?.mean).toBeLessThanOrEqual(1);
    const runDir = join(dir, "framefleet-runs", report.run.run_id);
    for (const item of report.items) {
      const probe = await probeVideo(join(runDir, item.output_path as string));
      expect([probe.frames, probe.fps]).toEqual([item.video?.frames, item.video?.fps]);
    }
    // The report files are left for the user; progress went to stderr, not into the JSON.
    expect(readdirSync(runDir)).toEqual(expect.arrayContaining(["report.json", "report.md", "videos"]));
    expect(r.stderr).toContain("completed");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
