/**
 * The five benchmarks end to end: every `examples/runs/*-mini.yaml` submitted with
 * `framefleet submit --wait` (the bin, as a user runs it) to a local fleet of real processes,
 * must complete, write the files the benchmark's official tools read, and show the benchmark's
 * own table in its report; `framefleet score` on the files the run wrote agrees with the report.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { RunReport } from "../services/common/src/report";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { framefleet, type CliResult } from "./helpers/cli";
import { dumpLogs, finalReport, startTestFleet, TWO_GEN_ONE_EVAL, type TestFleet } from "./helpers/fleet";

const EXAMPLES = join(PACKAGE_ROOT, "examples", "runs");

const cli = (args: string[], timeoutMs = 240_000): Promise<CliResult> => framefleet(args, { timeoutMs });

/** Per benchmark: files the official tools read, relative to the run folder, and a title word. */
const EXPECT: Record<string, { files: (report: RunReport) => string[]; title: RegExp }> = {
  vbench: { files: () => ["vbench_eval/temporal_flickering_eval_results.json"], title: /VBench/ },
  videophy2: { files: () => ["videophy2_autoeval_input.csv"], title: /VideoPhy-2/ },
  worldmodelbench: { files: () => [], title: /WorldModelBench/ },
  "sana-wm": { files: () => ["method_info.json"], title: /SANA-WM/ },
  mbench: { files: (r) => [`models/${r.items[0]?.output_path?.split("/")[1]}/samples.jsonl`], title: /MBench/ },
};

const specs = readdirSync(EXAMPLES).filter((f) => f.endsWith("-mini.yaml")).sort();

let t: TestFleet;

beforeAll(async () => {
  t = await startTestFleet(TWO_GEN_ONE_EVAL);
});

afterAll(async () => {
  await t?.close();
});

test("there is a mini example for each of the five benchmarks", () => {
  expect(specs.map((f) => f.replace(/-mini\.yaml$/, ""))).toEqual(["mbench", "sana-wm", "vbench", "videophy2", "worldmodelbench"]);
});

describe.each(specs)("%s", (file) => {
  test("completes with framefleet submit --wait; the report shows the benchmark's table; the official files are written", async () => {
    const r = await cli(["submit", join(EXAMPLES, file), "--wait", "--json", "--api", t.fleet.apiAddress]);
    if (r.code !== 0) throw new Error(`submit exited ${r.code}\n${r.stderr}\n${dumpLogs(join(t.dir, "logs"))}`);
    const status = JSON.parse(r.stdout) as { run_id: string; state: string };
    expect(status.state).toBe("completed");
    const report = await finalReport(t.client, status.run_id);
    const bench = report.run.benchmark;
    expect(report.counts.failed).toBe(0);
    expect(report.counts.done).toBe(report.counts.total);
    expect(report.benchmark).not.toBeNull();
    expect(report.benchmark?.title).toMatch(EXPECT[bench]?.title ?? /^$/);
    expect(report.benchmark?.rows.length).toBeGreaterThan(0);
    const runDir = join(t.outputRoot, status.run_id);
    const md = readFileSync(join(runDir, "report.md"), "utf8");
    expect(md).toContain(`## ${report.benchmark?.title}`);
    for (const f of EXPECT[bench]?.files(report) ?? []) expect(existsSync(join(runDir, f))).toBe(true);
    // Every video is where the benchmark's reader looks for it.
    for (const item of report.items) expect(existsSync(join(runDir, item.output_path as string))).toBe(true);
  });
});

test("framefleet score vbench on the run's eval-results files gives the report's numbers", async () => {
  const runs = readdirSync(t.outputRoot).filter((d) => existsSync(join(t.outputRoot, d, "vbench_eval")));
  expect(runs).toHaveLength(1);
  const runDir = join(t.outputRoot, runs[0] as string);
  const report = JSON.parse(readFileSync(join(runDir, "report.json"), "utf8")) as RunReport;
  const r = await cli(["score", "vbench", "--input", join(runDir, "vbench_eval"), "--json"], 60_000);
  if (r.code !== 0) throw new Error(`score exited ${r.code}\n${r.stderr}`);
  const scored = JSON.parse(r.stdout) as { quality_score: number; semantic_score: number; total_score: number };
  expect(scored.quality_score).toBeCloseTo(report.benchmark?.scores.quality_score as number, 12);
  expect(scored.total_score).toBeCloseTo(report.benchmark?.scores.total_score as number, 12);
});

test("SANA-WM: the CPU evaluator measured revisit PSNR/SSIM, and framefleet score sana-wm on the run folder gives the report's table", async () => {
  const runs = readdirSync(t.outputRoot).filter((d) => existsSync(join(t.outputRoot, d, "method_info.json")));
  expect(runs).toHaveLength(1);
  const runDir = join(t.outputRoot, runs[0] as string);
  const report = JSON.parse(readFileSync(join(runDir, "report.json"), "utf8")) as RunReport;
  for (const item of report.items) {
    expect(item.scores.revisit_pairs).toBeGreaterThan(0);
    expect(item.scores.revisit_ssim).toBeGreaterThan(-1);
    expect(item.scores.revisit_ssim).toBeLessThanOrEqual(1);
    expect(item.scores.revisit_psnr).toBeGreaterThan(0);
  }
  const psnr = Object.entries(report.benchmark?.scores ?? {}).filter(([k]) => k.endsWith("_revisit_psnr"));
  expect(psnr.length).toBeGreaterThan(0);
  for (const [, v] of psnr) expect(v).toBeGreaterThan(0);
  const r = await cli(["score", "sana-wm", "--input", runDir, "--json"], 60_000);
  if (r.code !== 0) throw new Error(`score exited ${r.code}\n${r.stderr}`);
  const scored = JSON.parse(r.stdout) as { splits: Record<string, { revisit_psnr: number | null; revisit_ssim: number | null }> };
  for (const [split, s] of Object.entries(scored.splits)) {
    expect(s.revisit_psnr).toBe(report.benchmark?.scores[`${split}_revisit_psnr`]);
    expect(s.revisit_ssim).toBe(report.benchmark?.scores[`${split}_revisit_ssim`]);
  }
});
