/**
 * A run's report is built once per completion, also when the build outlasts the events
 * consumer's lease, and still built when the aggregator dies mid-build. A real fleet (nats-server,
 * the services as processes) whose aggregator is made slow for real: the events consumer's
 * ack_wait is shortened on the server, and `aggregator.test_report_delay` keeps every build busy
 * for longer than that. The report is made of what the workers committed: every video has its
 * poster already, and the aggregator does no media work.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import { waitFor } from "../services/common/src/abort";
import type { RunReport } from "../services/reports/src";
import { CONSUMER_AGGREGATOR, STREAM_FEED } from "../services/common/src/subjects";
import { dumpLogs, finalReport, startTestFleet, submitSpec, writeSpec, type TestFleet } from "./helpers/fleet";
import { jsonLogLines } from "./helpers/log-lines";

const ACK_WAIT_MS = 1500;
const BUILD_DELAY_MS = 5000;

let t: TestFleet;
let jsm: JetStreamManager;
let configDir: string;

interface LogLine {
  readonly message: string;
  readonly timestamp: string;
  readonly run?: string;
  readonly [k: string]: unknown;
}

function aggregatorLog(): LogLine[] {
  return jsonLogLines<LogLine>(join(t.dir, "logs", "aggregator.log"));
}

const linesFor = (runId: string, message: string) => aggregatorLog().filter((l) => l.run === runId && l.message === message);

async function reportsBuilt(): Promise<number> {
  const url = t.fleet.metricsUrls().aggregator as string;
  const body = await (await fetch(url)).text();
  const m = /^framefleet_reports_built_total(?:\{[^}]*\})? (\S+)$/m.exec(body);
  if (!m) throw new Error(`framefleet_reports_built_total is not in ${url}`);
  return Number(m[1]);
}

/** The lease the aggregator's events consumer has now, shortened on the server. */
async function shortenLease(): Promise<void> {
  await jsm.consumers.update(STREAM_FEED, CONSUMER_AGGREGATOR, { ack_wait: nanos(ACK_WAIT_MS) });
  expect((await jsm.consumers.info(STREAM_FEED, CONSUMER_AGGREGATOR)).config.ack_wait).toBe(nanos(ACK_WAIT_MS));
}

/** Every event the aggregator was given is acked: nothing more can come back to build again. */
async function allAcked(): Promise<void> {
  await waitFor(async () => {
    const ci = await jsm.consumers.info(STREAM_FEED, CONSUMER_AGGREGATOR);
    return ci.num_ack_pending === 0 && ci.num_pending === 0;
  }, { timeoutMs: 60_000, intervalMs: 200, what: "the aggregator to ack every event" });
}

beforeAll(async () => {
  configDir = mkdtempSync(join(tmpdir(), "ff-report-once-"));
  const configFile = join(configDir, "framefleet.yaml");
  writeFileSync(configFile, `aggregator:\n  test_report_delay: ${BUILD_DELAY_MS}ms\n`);
  t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:2x80GiB" }], { configFile });
  jsm = await jetstreamManager(await t.nc());
  await shortenLease();
});

afterAll(async () => {
  await t?.close();
  if (configDir) rmSync(configDir, { recursive: true, force: true });
});

test("a build that outlasts the events lease happens once: one `report written`, framefleet_reports_built_total 1", async () => {
  const spec = writeSpec(t.dir, "once", { items: 4, evaluation: false, simulated: "50ms-150ms" });
  const { runId } = await submitSpec(t, spec);
  // Watch the server's side until the report is written: the completion event, held for longer
  // than its lease, must never be redelivered (working() keeps the lease).
  let redelivered = 0;
  await waitFor(
    async () => {
      redelivered = Math.max(redelivered, (await jsm.consumers.info(STREAM_FEED, CONSUMER_AGGREGATOR)).num_redelivered);
      return linesFor(runId, "report written").length > 0;
    },
    { timeoutMs: 120_000, intervalMs: 100, what: `the report of ${runId}` },
  ).catch((err: Error) => {
    throw new Error(`${err.message}\n${dumpLogs(join(t.dir, "logs"))}`);
  });
  expect(redelivered).toBe(0);
  const report: RunReport = await finalReport(t.client, runId);
  await allAcked();

  const building = linesFor(runId, "building report");
  const written = linesFor(runId, "report written");
  expect(building).toHaveLength(1);
  expect(written).toHaveLength(1);
  // The build really held its event for longer than the lease: only working() kept it.
  const heldMs = Date.parse(written[0]?.timestamp as string) - Date.parse(building[0]?.timestamp as string);
  expect(heldMs).toBeGreaterThan(ACK_WAIT_MS);
  expect(aggregatorLog().filter((l) => /delivered again|not building it again|could not build/.test(l.message))).toEqual([]);
  expect(await reportsBuilt()).toBe(1);

  // Every video came with its poster, made by the worker; the aggregator made none.
  expect(report.items).toHaveLength(4);
  for (const it of report.items) {
    expect(it.poster_path).toBe(`.previews/${it.task_id}.jpg`);
    expect(readFileSync(join(t.outputRoot, runId, it.poster_path as string)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  }
  expect(aggregatorLog().filter((l) => /poster|ffmpeg/i.test(JSON.stringify(l)))).toEqual([]);
});

test("an aggregator killed mid-build leaves the completion unacked, and the next one writes the report, once", async () => {
  const before = await reportsBuilt();
  const spec = writeSpec(t.dir, "crash", { items: 3, evaluation: false, simulated: "50ms" });
  const sub = await submitSpec(t, spec);
  const runId = sub.runId;
  await waitFor(async () => linesFor(runId, "building report").length === 1, { timeoutMs: 120_000, intervalMs: 100, what: "the aggregator to start building the report" });
  const aggregator = t.fleet.services.get("aggregator");
  const exited = new Promise((resolve) => aggregator?.child.once("exit", resolve));
  aggregator?.child.kill("SIGKILL");
  await exited;
  expect(before).toBe(1);
  // Killed inside the build: nothing was written.
  expect((await t.client.getReport(runId, "json")).path).toBe("");
  expect(linesFor(runId, "report written")).toEqual([]);

  t.fleet.restart("aggregator");
  await finalReport(t.client, runId);
  await allAcked();
  expect(linesFor(runId, "report written")).toHaveLength(1);
  // The restarted aggregator built this report and nothing else (the first run's is not built again).
  await waitFor(async () => (await reportsBuilt().catch(() => 0)) === 1, { timeoutMs: 30_000, intervalMs: 200, what: "the restarted aggregator's counter" });
  expect(linesFor(runId, "building report").length).toBeGreaterThanOrEqual(2);
});
