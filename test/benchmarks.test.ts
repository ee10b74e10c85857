/**
 * Every registered benchmark with an example run, end to end: its `examples/runs/*-mini.yaml`
 * submitted with `framefleet submit --wait` (the bin, as a user runs it) to a local fleet of real
 * processes, must complete, write the files the benchmark's official tools read, and show the
 * benchmark's own table in its report; `framefleet score` on the files the run wrote agrees with
 * the report. The list comes from the benchmark registry: a new benchmark is tested here as soon
 * as it is registered with an example.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Kvm } from "@nats-io/kv";
import { benchmarks } from "../services/benchmarks/src";
import { decode } from "../services/common/src/codec";
import { pb } from "../services/common/src/proto";
import { KV_RUNS } from "../services/common/src/subjects";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { benchmarkArtifacts, type RunReport } from "../services/reports/src";
import { framefleet, type CliResult } from "./helpers/cli";
import { dumpLogs, finalReport, startTestFleet, TWO_GEN_ONE_EVAL, type TestFleet } from "./helpers/fleet";
import { itemRecords } from "./helpers/records";

const EXAMPLES = join(PACKAGE_ROOT, "examples", "runs");

const cli = (args: string[], timeoutMs = 240_000): Promise<CliResult> => framefleet(args, { timeoutMs });

const withExample = benchmarks().filter((b) => b.example !== undefined);

let t: TestFleet;

beforeAll(async () => {
  t = await startTestFleet(TWO_GEN_ONE_EVAL);
});

afterAll(async () => {
  await t?.close();
});

test("every benchmark with a scorer has an example run, and every example names a registered benchmark", () => {
  for (const b of benchmarks()) if (b.scorer) expect([b.adapter.name, b.example]).toEqual([b.adapter.name, `${b.adapter.name}-mini.yaml`]);
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith("-mini.yaml")).sort();
  expect(examples).toEqual(withExample.map((b) => b.example).sort());
  expect(withExample.length).toBeGreaterThanOrEqual(5);
});

describe.each(withExample.map((b) => [b.adapter.name, b] as const))("%s", (_name, b) => {
  test("completes with framefleet submit --wait; the report shows the benchmark's table; the official files are written", async () => {
    const r = await cli(["submit", join(EXAMPLES, b.example as string), "--wait", "--json", "--api", t.fleet.apiAddress]);
    if (r.code !== 0) throw new Error(`submit exited ${r.code}\n${r.stderr}\n${dumpLogs(join(t.dir, "logs"))}`);
    const status = JSON.parse(r.stdout) as { run_id: string; state: string };
    expect(status.state).toBe("completed");
    const report = await finalReport(t.client, status.run_id);
    expect(report.run.benchmark).toBe(b.adapter.name);
    expect(report.counts.failed).toBe(0);
    expect(report.counts.done).toBe(report.counts.total);
    expect(report.benchmark).not.toBeNull();
    expect(report.benchmark?.title.startsWith(b.title)).toBe(true);
    expect(report.benchmark?.rows.length).toBeGreaterThan(0);
    const runDir = join(t.outputRoot, status.run_id);
    const md = readFileSync(join(runDir, "report.md"), "utf8");
    expect(md).toContain(`## ${report.benchmark?.title}`);
    // The files the adapter says the official tools read are in the run folder, not empty (some
    // runs have none: WorldModelBench's judge reads the videos; the score tests below read the
    // VBench and SANA-WM files).
    const nc = await t.nc();
    const runEntry = await (await new Kvm(nc).open(KV_RUNS)).get(status.run_id);
    const record = decode(pb.RunRecord, runEntry?.value ?? new Uint8Array());
    const artifacts = benchmarkArtifacts(record, [...(await itemRecords(nc, status.run_id)).values()]);
    for (const a of artifacts) expect([a.path, statSync(join(runDir, a.path)).size > 0]).toEqual([a.path, true]);
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
