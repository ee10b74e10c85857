/**
 * Submitting a run: planning its spec (in the planning thread), checking it against the limits
 * and the live fleet, and making it; or finding the run the spec names and resuming it, with
 * every unfinished item (or only the failed ones) queued again and the videos on disk kept.
 */
import { stat } from "node:fs/promises";
import { parseRunSpec } from "../../../benchmarks/src";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { evalTaskId } from "../../../common/src/ids";
import { assertSpecSize, runLimits, type RunLimits } from "../../../common/src/limits";
import { RunState, type RunRecord } from "../../../common/src/proto";
import { DEFAULT_SCHEDULING, resolveScheduling, type Submitter } from "../admission/scheduling";
import type { CoordinatorDeps, CoordinatorOptions, SubmitRequest, SubmitResult } from "../coordinator-types";
import { backendNeeds, coverageProblems } from "../fleet/backend-coverage";
import type { RunCompletion } from "./completion";
import type { ItemWriter } from "./item-writer";
import type { PlannedRun } from "./planner";
import { fileCheck, planResume } from "./resume";
import type { RunQueuer } from "./run-queuer";
import { evalMetricsOf } from "./task-builder";

export interface SubmissionDeps extends Pick<CoordinatorDeps, "nc" | "store" | "attempts" | "log" | "backends" | "planning"> {
  readonly queuer: RunQueuer;
  readonly writer: ItemWriter;
  readonly completion: RunCompletion;
}

export class Submissions {
  constructor(
    private readonly opts: CoordinatorOptions,
    private readonly deps: SubmissionDeps,
  ) {}

  /**
   * Starts a run, or finds it: the same spec again (same run id) returns the run in progress
   * untouched, or resumes a finished one. `resumeRunId` resumes by id; with `failedOnly` only the
   * failed items are queued again (framefleet retry RUN --failed).
   */
  async submit(req: SubmitRequest): Promise<SubmitResult> {
    const requireNodes = req.requireNodes ?? false;
    if (req.resumeRunId) return this.resume(req.resumeRunId, { failedOnly: req.failedOnly ?? false, requireNodes });
    const source = { name: req.specSource || "request", baseDir: req.baseDir || this.opts.defaultBaseDir };
    // Every limit is checked before anything is written: the spec's size here, the rest while planning.
    const limits = this.limits();
    assertSpecSize(req.specYaml, source.name, limits);
    const planned = await this.deps.planning.plan({ specYaml: req.specYaml, source, outputRoot: this.opts.outputRoot, dataRoots: this.opts.dataRoots, limits });
    const runId = planned.record.runId;
    // Resolved before anything is written: an unknown priority class is a spec error.
    const submitter: Submitter = { owner: req.owner ?? "", team: req.team ?? "" };
    resolveScheduling(planned.record, parseRunSpec(req.specYaml, source), submitter, this.opts.scheduling ?? DEFAULT_SCHEDULING, source.name);
    const existing = await this.deps.store.record(runId);
    if (existing) {
      if (existing.specFingerprint && existing.specFingerprint !== planned.record.specFingerprint) {
        throw new FleetError(
          FleetErrorCode.ILLEGAL_STATE,
          `run ${runId} exists with a different spec; give the new spec another run_id (or name), or resume the old run with framefleet submit --resume ${runId}`,
        );
      }
      return this.resume(runId, { failedOnly: false, requireNodes });
    }
    const warnings = await this.checkBackends(planned.record, requireNodes);
    // The same spec submitted twice at once: the first one past planning makes the run.
    if (this.deps.store.get(runId)) return this.resume(runId, { failedOnly: false, requireNodes });
    return this.startRun(planned, warnings);
  }

  /** The limits of a run submitted now: the NATS server's max_payload and the configured video cap. */
  limits(): RunLimits {
    return runLimits(this.deps.nc.info?.max_payload, this.opts.maxVideosPerRun);
  }

  /**
   * Makes a planned run. It is in memory and registered as queuing at once, so status shows it,
   * cancel stops it, and a twin submit or a resume finds it in progress; any failure on the way
   * ends it FAILED with what failed (run-queuer.ts).
   */
  private async startRun(planned: PlannedRun, warnings: string[]): Promise<SubmitResult> {
    const total = planned.record.counters?.total ?? 0;
    const run = this.deps.store.activate(planned.record);
    await this.deps.queuer.recordAndQueue(run, planned);
    return { runId: run.id, tasks: total, outputDir: run.record.outputDir, disposition: "new", requeued: total, reused: 0, warnings };
  }

  /**
   * The run's backends that no live node serves: warnings, or with `require` an error before
   * anything is created or queued (SPEC_INVALID: most often the spec names a backend wrongly).
   */
  private async checkBackends(record: Pick<RunRecord, "generatorBackend" | "evaluatorBackend">, require: boolean): Promise<string[]> {
    const backends = this.deps.backends;
    if (!backends) return [];
    const problems = coverageProblems(backendNeeds(record.generatorBackend, record.evaluatorBackend), await backends.liveBackendsNow());
    if (problems.length === 0) return [];
    if (require) {
      throw new FleetError(
        FleetErrorCode.SPEC_INVALID,
        `${problems.join("\n")}\nnothing was queued (--require-nodes): fix the backend name in the spec, or start a worker that serves it; without --require-nodes the run is queued and waits for one`,
      );
    }
    return problems.map((p) => `${p}; the run's tasks wait in the queue until a node serves it`);
  }

  /** Resumes the run by id (framefleet submit --resume, retry), or finds it in progress. */
  async resume(runId: string, opts: { failedOnly: boolean; requireNodes: boolean }): Promise<SubmitResult> {
    const { store, log } = this.deps;
    let run = store.get(runId);
    const record = run?.record ?? (await store.record(runId));
    if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${runId} does not exist (framefleet status lists runs)`);
    const warnings = await this.checkBackends(record, opts.requireNodes);
    const inProgress = () => ({ runId, tasks: run?.items.size ?? 0, outputDir: record.outputDir, disposition: "running" as const, requeued: 0, reused: 0, warnings });
    // Being queued right now: there is nothing to add.
    if (run && this.deps.queuer.isQueuing(runId)) return inProgress();
    if (run && !run.record.publishedAll) {
      // In memory, its queuing stopped by a failure that could not be recorded: carry on with it.
      const active = run;
      await this.deps.queuer.queue(active, (signal, progress) => this.deps.queuer.finishQueuing(active, signal, progress));
      await this.deps.completion.check(active);
      return { ...inProgress(), disposition: "resumed", requeued: active.record.counters?.queued ?? 0 };
    }
    // In progress: submitting the same spec again changes nothing.
    if (run && !opts.failedOnly) return inProgress();
    run ??= await store.load(record);
    const active = run;
    // A run whose queuing never finished (it failed, or was cancelled, while being planned or
    // queued) goes again with every unfinished item, whatever was asked: none was surely queued.
    const failedOnly = opts.failedOnly && active.record.publishedAll;
    const runDir = active.record.outputDir;
    const committed = [...active.items.values()].some((i) => i.output);
    if (!failedOnly && committed && !(await isDirectory(runDir))) {
      store.retire(runId);
      throw new FleetError(
        FleetErrorCode.DEPENDENCY_MISSING,
        `the coordinator cannot see the run folder ${runDir}, so it cannot check which videos to keep; mount the shared output folder on the coordinator`,
      );
    }
    let requeued = 0;
    let reused = 0;
    await this.deps.queuer.queue(active, async (signal, progress) => {
      if (active.missingItems > 0 || active.items.size === 0) await this.deps.queuer.writeMissingItems(active, signal, progress);
      progress.step = "checking which videos to keep";
      const plan = await planResume(active.items.values(), fileCheck(runDir), { failedOnly });
      const ev = active.spec.evaluation;
      for (const item of plan.changed) {
        // A fresh attempt budget: the fleet-wide failure records of its tasks start over.
        await this.deps.attempts.delete(item.taskId).catch(() => undefined);
        if (ev) await this.deps.attempts.delete(evalTaskId(item.taskId, ev.backend, evalMetricsOf(item, active.spec))).catch(() => undefined);
        active.replaceItem(active.items.get(item.taskId) ?? item, item);
      }
      await this.deps.writer.writeAll(plan.changed);
      active.record.generation += 1;
      // PLANNING with published_all false: a coordinator that dies before the publish below
      // publishes every queued item again at start (with this generation's message ids).
      if (active.record.state !== RunState.RUN_STATE_RUNNING) active.record.state = RunState.RUN_STATE_PLANNING;
      active.record.finishedAtMs = 0;
      active.record.reason = "";
      active.record.publishedAll = false;
      active.refreshCounters();
      await store.putRun(active.record);
      log.info("run resumed", { run: runId, requeued: plan.changed.length, reused: plan.reused, generation: active.record.generation });
      requeued = plan.changed.length;
      reused = plan.reused;
      await this.deps.queuer.publishPending(active, plan.changed, signal, progress);
    });
    await this.deps.completion.check(active);
    return { runId, tasks: active.items.size, outputDir: runDir, disposition: "resumed", requeued, reused, warnings };
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
