/**
 * Report builds, off the event path and once per completion.
 *
 * A run's completion event starts a build and is acked only when the report is written, so an
 * aggregator that dies mid-build leaves the event unacked and JetStream hands it to the next one
 * (at-least-once). While the build runs, the event's lease is kept with `working()` at a third of
 * the events consumer's real ack_wait, so a build slower than the lease is not redelivered and
 * built again; and the events behind it keep flowing, since the build does not hold up the
 * follower. A completion whose report is already in ff_reports (a redelivery after a crash between
 * writing and acking, or the same event twice) is acked without building: the json object is
 * written last, so its presence means the whole report is there.
 *
 * A report that cannot be written for want of space (ENOSPC or EDQUOT in the run folder) is not
 * redelivered every two seconds without end: its completion is handed back with a delay that
 * doubles on each try (5 s up to 5 min), each try logged once and counted
 * (framefleet_report_write_failures_total{reason="disk_full"}, framefleet_reports_waiting_for_space),
 * and the report is written on the first try after space returns.
 */
import type { JsMsg } from "@nats-io/jetstream";
import type { ObjectStore } from "@nats-io/obj";
import type { Counter, Gauge } from "prom-client";
import { sleep } from "../../common/src/abort";
import { isNoSpaceError } from "../../common/src/disk-space";
import { FleetErrorCode } from "../../common/src/errors";
import { errorFields, type Logger } from "../../common/src/log";
import type { RunStateChanged } from "../../common/src/proto";
import { reportObjectName } from "../../reports/src";

/** Lease assumed when the consumer cannot be asked (the topology's events ack_wait). */
const FALLBACK_ACK_WAIT_MS = 10_000;
/** Delay before a failed build's event comes back. */
const RETRY_DELAY_MS = 2000;
/** First delay for a report that found no space; doubled on each try in a row, up to the cap. */
export const DISK_FULL_FIRST_DELAY_MS = 5_000;
export const DISK_FULL_MAX_DELAY_MS = 5 * 60_000;

/** The delay before try `n + 1` of a report that found no space `n` times in a row (n >= 1). */
export function diskFullDelayMs(n: number): number {
  return Math.min(DISK_FULL_MAX_DELAY_MS, DISK_FULL_FIRST_DELAY_MS * 2 ** Math.min(30, Math.max(0, n - 1)));
}

export interface ReportBuildsDeps {
  readonly reports: ObjectStore;
  readonly log: Logger;
  /** Builds and writes the report of one round of a run; false when there was nothing to build (a newer round exists). */
  readonly build: (ev: RunStateChanged) => Promise<boolean>;
  /** The events consumer's ack_wait, ms, as the server has it now (asked once per build). */
  readonly ackWaitMs: () => Promise<number>;
  /** framefleet_reports_built_total. */
  readonly built: Counter<never>;
  /** framefleet_report_write_failures_total{reason}: tries that could not write a report for want of space. */
  readonly writeFailures: Counter<"reason">;
  /** framefleet_reports_waiting_for_space: reports backing off until there is space to write them. */
  readonly waitingForSpace: Gauge<never>;
  /**
   * Test hook (`aggregator.test_report_delay`): wait this long inside each build, holding the
   * lease, so tests can make a build outlast the consumer's ack_wait. 0 in production.
   */
  readonly delayMs?: number;
}

interface Job {
  /** Deliveries of this completion that the build acks when done (a redelivery joins the build). */
  readonly msgs: JsMsg[];
  readonly done: Promise<void>;
}

export class ReportBuilds {
  private readonly jobs = new Map<string, Job>();
  /** Report (run/generation) → tries in a row that found no space to write it. */
  private readonly noSpace = new Map<string, number>();

  constructor(private readonly deps: ReportBuildsDeps) {}

  /** Takes `m` over (the build acks or naks it) and builds the report of `ev`'s round unless it is being built. */
  submit(m: JsMsg, ev: RunStateChanged): void {
    // A new delivery resets the lease at once: it may have waited behind other events.
    m.working();
    const key = `${ev.runId}/g${ev.generation}`;
    const running = this.jobs.get(key);
    if (running) {
      this.deps.log.info("completion delivered again while its report is being built; building it once", { run: ev.runId, generation: ev.generation });
      running.msgs.push(m);
      return;
    }
    const msgs = [m];
    const done = this.run(key, ev, msgs).finally(() => this.jobs.delete(key));
    this.jobs.set(key, { msgs, done });
  }

  /** Resolves once every build under way has finished (shutdown waits for them, so they ack). */
  async idle(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }

  private async run(key: string, ev: RunStateChanged, msgs: JsMsg[]): Promise<void> {
    const { log } = this.deps;
    const stopLease = await this.keepLease(msgs);
    try {
      if (await this.alreadyWritten(ev)) {
        log.info("report already written; not building it again", { run: ev.runId, generation: ev.generation });
      } else {
        log.info("building report", { run: ev.runId, generation: ev.generation });
        if (this.deps.delayMs) await sleep(this.deps.delayMs);
        if (await this.deps.build(ev)) this.deps.built.inc();
      }
      stopLease();
      for (const m of msgs) m.ack();
      this.spaceReturned(key, ev);
    } catch (err) {
      stopLease();
      if (isNoSpaceError(err)) {
        this.backOffForSpace(key, ev, msgs, err);
        return;
      }
      log.warn("could not build the report; the completion will be delivered again", { run: ev.runId, ...errorFields(err) });
      for (const m of msgs) m.nak(RETRY_DELAY_MS);
    }
  }

  /** No space to write the report: come back later, later each time, and say so once per try. */
  private backOffForSpace(key: string, ev: RunStateChanged, msgs: readonly JsMsg[], err: unknown): void {
    const tries = (this.noSpace.get(key) ?? 0) + 1;
    this.noSpace.set(key, tries);
    this.deps.waitingForSpace.set(this.noSpace.size);
    this.deps.writeFailures.inc({ reason: FleetErrorCode.DISK_FULL });
    const delayMs = diskFullDelayMs(tries);
    this.deps.log.error("no space to write the report; trying again later: free space in the output folder", {
      run: ev.runId,
      generation: ev.generation,
      code: FleetErrorCode.DISK_FULL,
      tries,
      retryInMs: delayMs,
      ...errorFields(err),
    });
    for (const m of msgs) m.nak(delayMs);
  }

  private spaceReturned(key: string, ev: RunStateChanged): void {
    const tries = this.noSpace.get(key);
    if (tries === undefined) return;
    this.noSpace.delete(key);
    this.deps.waitingForSpace.set(this.noSpace.size);
    this.deps.log.info("report written now that there is space again", { run: ev.runId, generation: ev.generation, triesWithoutSpace: tries });
  }

  private async alreadyWritten(ev: RunStateChanged): Promise<boolean> {
    return (await this.deps.reports.info(reportObjectName(ev.runId, ev.generation, "json"))) !== null;
  }

  /** `working()` on every delivery of the job at a third of the lease, until stopped. */
  private async keepLease(msgs: readonly JsMsg[]): Promise<() => void> {
    const ackWaitMs = await this.deps.ackWaitMs().catch((err: unknown) => {
      this.deps.log.warn("could not read the events consumer's ack_wait; assuming the default", { ackWaitMs: FALLBACK_ACK_WAIT_MS, ...errorFields(err) });
      return FALLBACK_ACK_WAIT_MS;
    });
    const everyMs = Math.max(100, Math.floor(ackWaitMs / 3));
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const beat = (): void => {
      if (stopped) return;
      for (const m of msgs) m.working();
      timer = setTimeout(beat, everyMs);
    };
    beat();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }
}
