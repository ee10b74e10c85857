/**
 * Runs as status, the run list and watch read them: a run in progress from memory with its
 * standing in admission and its ETA model, a finished one from KV.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { pb, type RunStatus } from "../../../common/src/proto";
import type { Admission } from "../admission/admission";
import type { FleetBackends } from "../coordinator-types";
import { isRunFinished, type ActiveRun, type RunStore } from "../runs/run-store";
import { buildRunStatus, type StatusContext } from "./status";

export class RunStatusView {
  constructor(
    private readonly store: RunStore,
    private readonly admission: Admission,
    private readonly backends: FleetBackends | undefined,
  ) {}

  /** The fleet's view a run's status is built with; the progress model only for runs in memory (in progress). */
  context(run: ActiveRun | undefined): StatusContext {
    const b = this.backends;
    return { ...(run ? { progress: run.progress } : {}), ...(b ? { live: b.liveBackends(), stuck: b.stuck() } : {}) };
  }

  /** A run in progress's status, with its standing in admission. */
  live(run: ActiveRun): RunStatus {
    return this.withAdmission(run, buildRunStatus(run.record, run.items.values(), this.context(run)));
  }

  /** A run that just ended, as its last gauges show it: from its record, no admission standing. */
  finished(run: ActiveRun): RunStatus {
    return buildRunStatus(run.record, [], this.context(run));
  }

  /** A run in progress's standing in admission: admitted and waiting tasks, devices, fair share, why it waits. */
  private withAdmission(run: ActiveRun, status: RunStatus): RunStatus {
    const a = this.admission.status(run);
    const c = run.record.counters;
    status.admitted = a.admitted;
    status.waiting = a.waiting;
    status.fairShare = a.fairShare;
    status.waitingReason = a.waitingReason;
    status.devicesInUse = (c?.running ?? 0) + (c?.evaluating ?? 0);
    return status;
  }

  async status(runId: string): Promise<RunStatus> {
    const run = this.store.get(runId);
    if (run) return this.live(run);
    const record = await this.store.record(runId);
    if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist (framefleet status lists runs)`);
    return buildRunStatus(record, await this.store.statusItems(runId), this.context(undefined));
  }

  /**
   * Every run's status, without its spec: a spec may be up to 256 KiB, and a list of many would
   * outgrow a gRPC message (status RUN and the report carry the spec).
   */
  async listRuns(): Promise<RunStatus[]> {
    const records = await this.store.allRecords();
    return records.map((r) => {
      const run = this.store.get(r.runId);
      const status = run ? this.live(run) : buildRunStatus(r, [], this.context(undefined));
      status.run = pb.RunRecord.create({ ...status.run, specYaml: "" });
      return status;
    });
  }

  /** Yields the run's status now and on every change (at most every 250 ms) until it finishes. */
  async *watch(runId: string, signal: AbortSignal): AsyncGenerator<RunStatus> {
    for (;;) {
      const status = await this.status(runId);
      yield status;
      if (!status.run || isRunFinished(status.run.state) || signal.aborted) return;
      const run = this.store.get(runId);
      // Woken by the run's next change (then 250 ms for more to gather), at the latest in 2 s.
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, 2000);
        const off = run?.onChange(() => setTimeout(done, 250));
        signal.addEventListener("abort", done, { once: true });
        function done() {
          clearTimeout(t);
          off?.();
          signal.removeEventListener("abort", done);
          resolve();
        }
      });
      if (signal.aborted) return;
    }
  }
}
