/**
 * The aggregator: follows the coordinator's feed (FF_FEED: items as they reach their final state,
 * and run changes), keeps live aggregates per run (exported as metrics), and when a run finishes
 * writes its report (report.json, report.md, report.html) with the benchmark's own formulas, once
 * per completion (report-builds.ts).
 *
 * It builds the report from the items the feed brought, so a finished run is not read back item
 * by item. It keeps no state of its own that matters: when it holds fewer final items than the run
 * has (it restarted mid-run, a feed message was lost, a resumed round kept earlier videos), it
 * reads the coordinator's records from KV instead, so a restarted aggregator loses nothing.
 */
import type { JetStreamClient, JsMsg } from "@nats-io/jetstream";
import type { ObjectStore } from "@nats-io/obj";
import type { Gauge, Counter } from "prom-client";
import { DurableFollower } from "../../common/src/nats/follower";
import { decode } from "../../common/src/codec";
import { errorFields, type Logger } from "../../common/src/log";
import { kvGetAll } from "../../common/src/nats/kv-util";
import { RunState, pb, type ItemRecord, type RunRecord } from "../../common/src/proto";
import { benchmarkArtifacts, buildReport } from "../../reports/src";
import { CONSUMER_AGGREGATOR, FeedType, STREAM_FEED, parseFeedSubject } from "../../common/src/subjects";
import { ReportBuilds } from "./report-builds";
import { assertSafeRelative, resolveInside } from "../../common/src/paths";
import type { KV } from "@nats-io/kv";
import { sweepTempFiles } from "../../common/src/temp-files";
import { writeFileAtomic, writeReport } from "./report-writer";
import { RunItems } from "./run-items";

export interface AggregatorDeps {
  readonly js: JetStreamClient;
  readonly runsKv: KV;
  readonly itemsKv: KV;
  readonly reports: ObjectStore;
  readonly log: Logger;
  readonly outputRoot: string;
  readonly metrics: {
    readonly metricMean: Gauge<"run" | "metric">;
    readonly scores: Counter<never>;
    /** framefleet_reports_built_total: one per completion of a run round. */
    readonly reportsBuilt: Counter<never>;
    /** framefleet_report_write_failures_total{reason}. */
    readonly reportWriteFailures: Counter<"reason">;
    /** framefleet_reports_waiting_for_space. */
    readonly reportsWaitingForSpace: Gauge<never>;
  };
  /** Test hook (`aggregator.test_report_delay`): extra time inside each report build, ms. */
  readonly reportDelayMs?: number;
}

export class Aggregator {
  /** Runs followed since their start or since a read of their records: final items and aggregates. */
  private readonly runs = new Map<string, RunItems>();
  private readonly events: DurableFollower;
  private readonly builds: ReportBuilds;

  constructor(private readonly deps: AggregatorDeps) {
    this.events = new DurableFollower(deps.js, { stream: STREAM_FEED, consumer: CONSUMER_AGGREGATOR, maxMessages: 256, log: deps.log }, (m) => this.handle(m));
    this.builds = new ReportBuilds({
      reports: deps.reports,
      log: deps.log,
      build: (ev) => this.writeRunReport(ev),
      ackWaitMs: () => this.eventsAckWaitMs(),
      built: deps.metrics.reportsBuilt,
      writeFailures: deps.metrics.reportWriteFailures,
      waitingForSpace: deps.metrics.reportsWaitingForSpace,
      ...(deps.reportDelayMs ? { delayMs: deps.reportDelayMs } : {}),
    });
  }

  isReady(): boolean {
    return this.events.following;
  }

  start(): void {
    this.events.start();
  }

  /** Stops following events, then lets the reports under way finish (and ack their events). */
  async stop(): Promise<void> {
    await this.events.stop();
    await this.builds.idle();
  }

  private async handle(m: JsMsg): Promise<void> {
    const s = parseFeedSubject(m.subject);
    try {
      if (s?.type === FeedType.ITEMS) await this.onItems(s.runId, decode(pb.ItemOutcomes, m.data).items);
      else if (s?.type === FeedType.RUN) {
        const ev = decode(pb.RunStateChanged, m.data);
        if (ev.state === RunState.RUN_STATE_COMPLETED || ev.state === RunState.RUN_STATE_CANCELLED) {
          // Built beside the feed; the build acks the message once the report is written.
          this.builds.submit(m, ev);
          return;
        }
        // A first round starts with nothing final: follow it from here without reading anything.
        // A later round keeps videos of earlier ones the feed will not repeat: read on first need.
        if (ev.state === RunState.RUN_STATE_RUNNING) {
          if (ev.generation <= 1) this.runs.set(ev.runId, new RunItems());
          else this.runs.delete(ev.runId);
        }
      }
      m.ack();
    } catch (err) {
      this.deps.log.warn("could not handle feed message; it will be redelivered", { subject: m.subject, ...errorFields(err) });
      m.nak(2000);
    }
  }

  /** The run's final items and aggregates; read from the records when we did not see it start. */
  private async runItems(runId: string): Promise<RunItems> {
    let held = this.runs.get(runId);
    if (!held) {
      held = new RunItems();
      for (const item of await this.items(runId)) if (held.add(item)) this.deps.metrics.scores.inc();
      this.runs.set(runId, held);
    }
    return held;
  }

  private async onItems(runId: string, items: readonly ItemRecord[]): Promise<void> {
    const held = await this.runItems(runId);
    const changed = new Set<string>();
    for (const item of items) {
      if (!held.add(item)) continue;
      this.deps.metrics.scores.inc();
      for (const name of Object.keys(item.scores)) changed.add(name);
    }
    for (const name of changed) {
      const mean = held.aggregates.mean(name);
      if (mean !== undefined) this.deps.metrics.metricMean.set({ run: runId, metric: name }, mean);
    }
  }

  /** Builds and writes the report of `ev`'s round; false when a newer round already started. */
  private async writeRunReport(ev: InstanceType<typeof pb.RunStateChanged>): Promise<boolean> {
    const record = await this.record(ev.runId);
    // A newer round already started (a resume right after the end): its own end writes its report.
    if (!record || record.generation !== ev.generation) return false;
    // A round that ended before all its tasks were queued (cancelled while it was planned) never
    // ran as a whole: no report claims otherwise. Its status and reason say what happened.
    if (!record.publishedAll) {
      this.deps.log.info("no report: the run ended before all its tasks were queued", { run: ev.runId, generation: record.generation, reason: record.reason });
      return false;
    }
    const items = await this.finalItems(record);
    const report = buildReport(record, items);
    const runDir = resolveInside(this.deps.outputRoot, ev.runId);
    // Nothing runs for this run any more: temporary files of killed attempts can go.
    const swept = await sweepTempFiles(runDir);
    if (swept > 0) this.deps.log.info("removed temporary files of killed attempts", { run: ev.runId, count: swept });
    await this.writeArtifacts(record, items, runDir);
    const files = await writeReport(report, record.generation, runDir, this.deps.reports);
    this.deps.log.info("report written", { run: ev.runId, generation: record.generation, ...files, items: report.items.length });
    this.runs.delete(ev.runId);
    return true;
  }

  /** Every item of the round, from the feed when it brought them all, else from the records. */
  private async finalItems(record: RunRecord): Promise<ItemRecord[]> {
    const held = this.runs.get(record.runId);
    const total = record.counters?.total ?? 0;
    if (held && total > 0 && held.size === total) return held.list();
    const items = await this.items(record.runId);
    this.deps.log.info("report built from the records in KV", { run: record.runId, items: items.length, fromFeed: held?.size ?? 0 });
    return items;
  }

  /** The lease on the feed, as the server has it (whoever created the consumer last set it). */
  private async eventsAckWaitMs(): Promise<number> {
    const c = await this.deps.js.consumers.get(STREAM_FEED, CONSUMER_AGGREGATOR);
    const ackWaitNs = (await c.info()).config.ack_wait;
    if (!ackWaitNs) throw new Error(`consumer ${CONSUMER_AGGREGATOR} has no ack_wait`);
    return Math.floor(ackWaitNs / 1e6);
  }

  /**
   * The files the benchmark's official tools read (VBench eval results, VideoPhy-2's AutoEval CSV,
   * MBench's samples.jsonl …). A failure here is logged, not fatal: the report still gets written.
   */
  private async writeArtifacts(record: RunRecord, items: ItemRecord[], runDir: string): Promise<void> {
    try {
      const artifacts = benchmarkArtifacts(record, items);
      for (const a of artifacts) await writeFileAtomic(resolveInside(runDir, assertSafeRelative(a.path, "artifact path")), a.content);
      if (artifacts.length > 0) this.deps.log.info("benchmark files written", { run: record.runId, files: artifacts.map((a) => a.path) });
    } catch (err) {
      this.deps.log.error("benchmark files not written", { run: record.runId, ...errorFields(err) });
    }
  }

  private async record(runId: string): Promise<RunRecord | undefined> {
    const e = await this.deps.runsKv.get(runId);
    return e && e.operation === "PUT" && e.length > 0 ? decode(pb.RunRecord, e.value) : undefined;
  }

  private async items(runId: string): Promise<ItemRecord[]> {
    return (await kvGetAll(this.deps.itemsKv, `${runId}.>`)).map((e) => decode(pb.ItemRecord, e.value));
  }
}
