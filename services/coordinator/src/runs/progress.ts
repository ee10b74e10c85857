/**
 * ETA, bottleneck and rate of a run in progress, from a model of its two stages.
 *
 * Generation and then evaluation each work through the run's items with some devices (the
 * stage's capacity) at some time per item (the stage's recent attempt times). Videos flow from
 * generation into evaluation, so the last item is done at the later of:
 *   - generation's end plus one evaluation (the last video still has to be evaluated), and
 *   - evaluation's drain: all evaluation work left, there now or still to come, over its devices.
 * Whichever of the two is later is the bottleneck. A stage's end is its work left (the running
 * attempts' expected remainders plus one mean time per waiting item) over its devices, plus half
 * an item time for the devices not all finishing at once.
 *
 * Pure apart from what it was told: attempts and concurrency arrive with explicit timestamps, so
 * recorded event streams replay exactly (progress-accuracy.test.ts).
 */
import { MIN_RATE_SPAN_MS } from "../../../common/src/run-rate";

export const Stage = { GENERATION: "generation", EVALUATION: "evaluation" } as const;
export type Stage = (typeof Stage)[keyof typeof Stage];

/** One stage of the run at one moment. */
export interface StageInput {
  /** This run's items waiting for the stage (not started). */
  readonly waiting: number;
  /** Start times (ms) of this run's attempts running in the stage now. */
  readonly running: readonly number[];
  /** Devices of live, active nodes that serve the stage's backend (from their adverts). */
  readonly devices: number;
}

/** The run at one moment. */
export interface PipelineInput {
  readonly now: number;
  readonly gen: StageInput;
  /** Null for a run without evaluation. */
  readonly eval: StageInput | null;
}

export interface Estimate {
  /** Seconds until the last item is done; undefined when unknown (no time measured yet, or no device serves a stage with work). */
  readonly etaS: number | undefined;
  /** The stage that decides the ETA; undefined when nothing is left or it is unknown. */
  readonly bottleneck: Stage | undefined;
  /** Items per hour the run gets through at its slower stage's capacity; undefined when unknown. */
  readonly perHour: number | undefined;
}

/** A stage's time per item is the mean of this many recent attempts: enough to be steady, few enough to follow a change. */
export const TIMES_KEPT = 200;
/** Concurrency seen with work waiting, over this long, caps the advertised devices (shared or unusable devices). */
const PEAK_WINDOW_MS = 120_000;
/**
 * Running attempts are seen in the nodes' adverts, about once a second: attempts shorter than
 * this slip between adverts, so how many ran at once says nothing about the devices a run gets.
 */
const SEEN_RUNNING_MIN_MS = 5_000;
/** A running attempt is taken to need at least this share of the mean time still. */
const RESIDUAL_FLOOR = 0.1;
/** Recent attempts longer than a running one's elapsed time needed to read its remainder from them. */
const MIN_LONGER_ATTEMPTS = 3;
/** Attempts a stage needs before its rate is shown. */
const MIN_ATTEMPTS_FOR_RATE = 3;

/** Recent attempt times and concurrency of one stage. */
class StageModel {
  private readonly times: number[] = [];
  private next = 0;
  private samples: { at: number; running: number }[] = [];
  /** The times sorted, kept until the next attempt (estimates come far more often than attempts). */
  private sorted: number[] | undefined;

  addAttempt(ms: number): void {
    if (!(ms >= 0)) return;
    this.sorted = undefined;
    if (this.times.length < TIMES_KEPT) this.times.push(ms);
    else this.times[this.next] = ms;
    this.next = (this.next + 1) % TIMES_KEPT;
  }

  get attempts(): number {
    return this.times.length;
  }

  /**
   * Mean attempt time, ms; undefined before any attempt finished. Running attempts that already
   * took longer than the finished ones' mean count with their elapsed time: early in a run only
   * the short attempts have finished, and their mean alone is too low.
   */
  meanMs(elapsed: readonly number[]): number | undefined {
    const n = this.times.length;
    if (n === 0) return undefined;
    let sum = 0;
    for (const t of this.times) sum += t;
    const finishedMean = sum / n;
    let count = n;
    for (const e of elapsed) {
      if (e > finishedMean) {
        sum += e;
        count++;
      }
    }
    return sum / count;
  }

  /**
   * Expected time left of an attempt that has run `elapsedMs`: the mean overshoot of the recent
   * attempts that took longer than that (a long-running attempt is likely one of the long ones);
   * the mean minus the elapsed time when too few did, and at least a tenth of the mean.
   */
  residualMs(elapsedMs: number, meanMs: number): number {
    let sum = 0;
    let n = 0;
    for (const t of this.times) {
      if (t > elapsedMs) {
        sum += t - elapsedMs;
        n++;
      }
    }
    const left = n >= MIN_LONGER_ATTEMPTS ? sum / n : meanMs - elapsedMs;
    return Math.max(left, meanMs * RESIDUAL_FLOOR);
  }

  /**
   * How much later than the mean device the last of `devices` devices finishes, ms: half an
   * item when every item takes the same time, more when times vary, since the stage ends with
   * the longest of the last items (the expected largest of `devices` recent attempt times,
   * above their mean). The two combine as the root of their squares, which follows a simulation
   * of lognormal attempt times within a fraction of an item for 2 to 32 devices.
   */
  tailMs(meanMs: number, devices: number): number {
    const n = this.times.length;
    if (n === 0 || devices <= 1) return 0;
    this.sorted ??= [...this.times].sort((a, b) => a - b);
    const sorted = this.sorted;
    let expectedMax = 0;
    let sum = 0;
    for (let i = 1; i <= n; i++) {
      const x = sorted[i - 1] as number;
      sum += x;
      expectedMax += x * ((i / n) ** devices - ((i - 1) / n) ** devices);
    }
    const excess = Math.max(0, expectedMax - sum / n);
    const even = (meanMs * (devices - 1)) / (2 * devices);
    return Math.sqrt(even * even + excess * excess);
  }

  /**
   * Devices the run can count on in this stage: the advertised ones, but while its work waits,
   * no more than it has been running at once lately (the devices are shared with other runs, or
   * some lack the memory; only for attempts long enough to be seen running); never fewer than
   * run now. None at all when no live node serves the
   * stage: the attempts running (on a node draining or gone) finish, but nothing takes the rest.
   */
  capacity(s: StageInput, now: number): number {
    const running = s.running.length;
    if (s.waiting > 0) this.samples.push({ at: now, running });
    while (this.samples.length > 0 && (this.samples[0] as { at: number }).at < now - PEAK_WINDOW_MS) this.samples.shift();
    if (s.devices <= 0) return 0;
    let devices = s.devices;
    const mean = this.meanMs([]);
    if (s.waiting > 0 && (mean === undefined || mean >= SEEN_RUNNING_MIN_MS)) {
      let peak = 0;
      for (const x of this.samples) peak = Math.max(peak, x.running);
      if (peak > 0 && peak < devices) devices = peak;
    }
    return Math.max(devices, running);
  }
}

/**
 * When a stage with mean item time `meanMs` and `devices` devices finishes, ms from now: the
 * running attempts' remainders plus the waiting items, spread over the devices.
 */
function stageEndMs(stage: StageModel, meanMs: number, devices: number, waiting: number, elapsed: readonly number[]): number {
  let work = 0;
  let longest = 0;
  for (const e of elapsed) {
    const left = stage.residualMs(e, meanMs);
    work += left;
    longest = Math.max(longest, left);
  }
  if (waiting <= 0) return longest;
  if (devices <= 0) return Infinity;
  work += waiting * meanMs;
  // The devices do not all finish at once: the stage ends when the last one does.
  return Math.max(work / devices + stage.tailMs(meanMs, devices), longest, meanMs);
}

const finite = (ms: number | undefined): number | undefined => (ms !== undefined && Number.isFinite(ms) ? ms : undefined);

/** The progress model of one run. */
export class RunProgress {
  private readonly gen = new StageModel();
  private readonly eval = new StageModel();

  /** @param createdAtMs when the run was submitted: rates need {@link MIN_RATE_SPAN_MS} of it. */
  constructor(private readonly createdAtMs: number) {}

  /** A finished attempt (done, failed or duplicate) of the stage, with its start and finish. */
  recordAttempt(stage: Stage, startedAtMs: number, finishedAtMs: number): void {
    if (!startedAtMs || !finishedAtMs) return;
    (stage === Stage.GENERATION ? this.gen : this.eval).addAttempt(finishedAtMs - startedAtMs);
  }

  /** Attempts recorded so far per stage (after a coordinator restart: those seeded from the items). */
  attempts(stage: Stage): number {
    return (stage === Stage.GENERATION ? this.gen : this.eval).attempts;
  }

  /** Mean time of the stage's finished attempts, ms; undefined before one finished. */
  meanAttemptMs(stage: Stage): number | undefined {
    return (stage === Stage.GENERATION ? this.gen : this.eval).meanMs([]);
  }

  estimate(input: PipelineInput): Estimate {
    const { now } = input;
    const elapsed = (s: StageInput) => s.running.map((t) => Math.max(0, now - t));
    const genElapsed = elapsed(input.gen);
    const genLeft = input.gen.waiting + input.gen.running.length;
    const tg = this.gen.meanMs(genElapsed);
    const dg = this.gen.capacity(input.gen, now);
    const genEnd = genLeft === 0 ? 0 : tg === undefined ? undefined : stageEndMs(this.gen, tg, dg, input.gen.waiting, genElapsed);
    const genRate = tg !== undefined && tg > 0 && this.gen.attempts >= MIN_ATTEMPTS_FOR_RATE ? (dg * 3_600_000) / tg : undefined;
    const young = now - this.createdAtMs < MIN_RATE_SPAN_MS;
    // Waiting videos and no device to generate them: unknown, whatever else is measured, and generation is what holds the run.
    if (input.gen.waiting > 0 && dg <= 0) return { etaS: undefined, bottleneck: Stage.GENERATION, perHour: undefined };

    if (!input.eval) {
      return {
        etaS: secs(finite(genEnd)),
        bottleneck: genLeft > 0 && genEnd !== undefined ? Stage.GENERATION : undefined,
        perHour: young ? undefined : genRate,
      };
    }

    const ev = input.eval;
    const evalElapsed = elapsed(ev);
    // Before any evaluation finished: a running one takes at least as long as it has run so far;
    // with none running yet, evaluation is taken not to limit the run until it is measured.
    const te = this.eval.meanMs(evalElapsed) ?? Math.max(0, ...evalElapsed);
    const de = this.eval.capacity(ev, now);
    // Every video still to be generated will need its evaluation too.
    const evalWaiting = ev.waiting + genLeft;
    const drain = stageEndMs(this.eval, te, de, evalWaiting, evalElapsed);
    const evalRate = te > 0 && this.eval.attempts >= MIN_ATTEMPTS_FOR_RATE ? (de * 3_600_000) / te : undefined;
    const perHour = young || genRate === undefined || evalRate === undefined ? undefined : Math.min(genRate, evalRate);

    if (genLeft === 0) {
      return { etaS: secs(finite(drain)), bottleneck: evalWaiting > 0 || evalElapsed.length > 0 ? Stage.EVALUATION : undefined, perHour };
    }
    if (genEnd === undefined) return { etaS: undefined, bottleneck: undefined, perHour };
    // The last video, once generated, still has to be evaluated.
    const pipeline = genEnd + te;
    const end = Math.max(drain, pipeline);
    return { etaS: secs(finite(end)), bottleneck: drain > pipeline ? Stage.EVALUATION : Stage.GENERATION, perHour };
  }
}

function secs(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.max(0, ms) / 1000;
}
