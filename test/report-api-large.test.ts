/**
 * The report of a 6,000-video run through the Control API: gRPC's default 4 MiB limit on an answer
 * is less than such a report (~0.9 KB per video), so `framefleet report` and `submit --wait`
 * failed on exactly the sweeps they are for; and the CLI exited before a pipe had taken all of its
 * output. Real fleet, `noop` backend (no files), real CLI with its stdout a pipe.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunReport } from "../services/reports/src";
import { framefleet } from "./helpers/cli";
import { startTestFleet, submitSpec, waitForRun, type TestFleet } from "./helpers/fleet";

const ITEMS = 6000;
let t: TestFleet;

beforeAll(async () => {
  t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:8x80GiB", args: ["--backend", "noop"] }], { logLevel: "warn" });
});
afterAll(async () => t?.close());

test("framefleet report of a 6,000-video run: the whole report.json arrives, over 4 MiB", async () => {
  const spec = join(t.dir, "big.yaml");
  writeFileSync(
    spec,
    ["name: big", "benchmark: synthetic", "video: { frames: 9, fps: 8, width: 64, height: 48 }", "generator: { backend: noop }", `synthetic: { items: ${ITEMS}, prompts: ["a long prompt about a red kite flying over a windy beach at dawn"] }`].join("\n"),
  );
  const sub = await submitSpec(t, spec);
  await waitForRun(t.client, sub.runId, 600_000);
  const r = await framefleet(["report", sub.runId, "--format", "json", "--api", t.fleet.apiAddress], { timeoutMs: 180_000 });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(4 * 1024 * 1024);
  const report = JSON.parse(r.stdout) as RunReport;
  expect(report.items).toHaveLength(ITEMS);
  expect(report.counts).toMatchObject({ total: ITEMS, done: ITEMS });
}, 900_000);
