import { RunProgress, Stage, TIMES_KEPT, type PipelineInput, type StageInput } from "./progress";

const T0 = 1_700_000_000_000;
const S = 1000;
const MIN = 60 * S;

const stage = (over: Partial<StageInput> = {}): StageInput => ({ waiting: 0, running: [], devices: 1, ...over });

function input(now: number, gen: Partial<StageInput>, ev: Partial<StageInput> | null = null): PipelineInput {
  return { now, gen: stage(gen), eval: ev ? stage(ev) : null };
}

/** A model that has seen `n` attempts of `ms` each in the stage, all finished by T0. */
function seen(p: RunProgress, st: Stage, n: number, ms: number): RunProgress {
  for (let i = 0; i < n; i++) p.recordAttempt(st, T0 - ms, T0);
  return p;
}

describe("RunProgress: ETA", () => {
  test("is unknown before any generation attempt finished (nothing to go by), even with devices and work", () => {
    const p = new RunProgress(T0);
    const e = p.estimate(input(T0 + MIN, { waiting: 10, running: [T0], devices: 4 }));
    expect(e).toEqual({ etaS: undefined, bottleneck: undefined, perHour: undefined });
  });

  test("one device, items of one minute, no evaluation: the waiting items one after another", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, 2, MIN);
    const e = p.estimate(input(T0, { waiting: 8, devices: 1 }));
    expect(e.etaS).toBeCloseTo(8 * 60, 6);
    expect(e.bottleneck).toBe(Stage.GENERATION);
  });

  test("is 0 with no bottleneck when nothing is left", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, 2, MIN);
    expect(p.estimate(input(T0, {}, {}))).toMatchObject({ etaS: 0, bottleneck: undefined });
  });

  test("generation-bound: generation's end plus one evaluation for the last video", () => {
    const p = seen(seen(new RunProgress(T0), Stage.GENERATION, 3, MIN), Stage.EVALUATION, 3, 10 * S);
    const e = p.estimate(input(T0, { waiting: 5, devices: 1 }, { devices: 1 }));
    // 5 videos of 60 s on one GPU, then the last one's 10 s evaluation.
    expect(e.etaS).toBeCloseTo(5 * 60 + 10, 6);
    expect(e.bottleneck).toBe(Stage.GENERATION);
  });

  test("evaluation-bound: every evaluation left, waiting now or still to be generated, over the evaluators", () => {
    const p = seen(seen(new RunProgress(T0), Stage.GENERATION, 3, 10 * S), Stage.EVALUATION, 3, MIN);
    const e = p.estimate(input(T0, { waiting: 5, devices: 1 }, { waiting: 2, devices: 1 }));
    // 2 videos waiting plus 5 to come, 60 s each on one evaluator; generation ends after 50 s.
    expect(e.etaS).toBeCloseTo(7 * 60, 6);
    expect(e.bottleneck).toBe(Stage.EVALUATION);
  });

  test("running attempts count with what they have left: an attempt 20 s into a 60 s job has 40 s to go", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, 3, MIN);
    const e = p.estimate(input(T0 + 20 * S, { running: [T0], devices: 1 }));
    expect(e.etaS).toBeCloseTo(40, 6);
  });

  test("an attempt past the usual time is read from the recent attempts that ran as long", () => {
    const p = new RunProgress(T0);
    for (const ms of [10, 10, 10, 10, 50, 60, 70]) p.recordAttempt(Stage.GENERATION, T0 - ms * S, T0);
    // 40 s in: the attempts longer than 40 s took 50, 60 and 70 s, so about 20 s more.
    const e = p.estimate(input(T0 + 40 * S, { running: [T0], devices: 1 }));
    expect(e.etaS).toBeCloseTo(20, 6);
  });

  test("running attempts already longer than the finished ones' mean raise the mean (early in a run only short ones have finished)", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, 1, 30 * S);
    // One finished after 30 s, one still running after 90 s: the mean is (30 + 90) / 2 = 60 s.
    const e = p.estimate(input(T0 + 90 * S, { waiting: 2, running: [T0], devices: 1 }));
    // 2 waiting items of 60 s each plus the running one's remainder (at least a tenth of the mean).
    expect(e.etaS).toBeCloseTo(2 * 60 + 6, 6);
  });

  test("more devices, shorter: the work is spread, plus the last device finishing after the others", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, 4, MIN);
    const one = p.estimate(input(T0, { waiting: 40, devices: 1 })).etaS as number;
    const four = p.estimate(input(T0, { waiting: 40, devices: 4 })).etaS as number;
    expect(one).toBeCloseTo(2400, 6);
    // 40 items over 4 devices is 10 minutes; identical times leave 4 devices ending together
    // only by luck, so the estimate adds part of an item.
    expect(four).toBeGreaterThan(600);
    expect(four).toBeLessThan(600 + 60);
  });

  test("no live device serves a stage with work: unknown, and that stage is the bottleneck", () => {
    const p = seen(seen(new RunProgress(T0), Stage.GENERATION, 3, MIN), Stage.EVALUATION, 3, 10 * S);
    expect(p.estimate(input(T0, { waiting: 5, devices: 0 }, { devices: 2 }))).toMatchObject({ etaS: undefined, bottleneck: Stage.GENERATION });
    expect(p.estimate(input(T0, { waiting: 0, devices: 0 }, { waiting: 3, devices: 0 }))).toMatchObject({ etaS: undefined, bottleneck: Stage.EVALUATION });
  });

  test("no device for waiting videos names generation even before any time was measured (a backend nobody serves)", () => {
    expect(new RunProgress(T0).estimate(input(T0, { waiting: 5, devices: 0 }, { devices: 2 }))).toEqual({ etaS: undefined, bottleneck: Stage.GENERATION, perHour: undefined });
  });

  test("while its work waits, a run counts on no more devices than it has been running at once (shared or unusable devices)", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, 5, MIN);
    // 8 devices advertised, but for the last minutes this run had only 4 attempts running with work waiting.
    for (let t = 0; t < 5; t++) p.estimate(input(T0 + t * 10 * S, { waiting: 40, running: [T0, T0, T0, T0], devices: 8 }));
    const now = T0 + 50 * S;
    const e = p.estimate(input(now, { waiting: 40, running: [T0, T0, T0, T0], devices: 8 }));
    // 40 items of 60 s on 4 devices: at least 10 minutes, not the 5 that 8 devices would take.
    expect(e.etaS as number).toBeGreaterThan(600);
    // Once the samples are older than the window and it runs 8 at once, all 8 count.
    const later = now + 10 * MIN;
    const eight = Array.from({ length: 8 }, () => later);
    const f = p.estimate(input(later, { waiting: 40, running: eight, devices: 8 }));
    expect(f.etaS as number).toBeLessThan(400);
  });

  test("follows a change of speed once the recent attempts are all at the new speed", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, TIMES_KEPT, MIN);
    expect(p.estimate(input(T0, { waiting: 10, devices: 1 })).etaS).toBeCloseTo(600, 6);
    seen(p, Stage.GENERATION, TIMES_KEPT, 2 * MIN);
    expect(p.estimate(input(T0, { waiting: 10, devices: 1 })).etaS).toBeCloseTo(1200, 6);
  });

  test("attempts without a start or finish time (a dead letter's result) are ignored", () => {
    const p = new RunProgress(T0);
    p.recordAttempt(Stage.GENERATION, 0, T0);
    p.recordAttempt(Stage.GENERATION, T0, 0);
    expect(p.attempts(Stage.GENERATION)).toBe(0);
  });
});

describe("RunProgress: rate", () => {
  test("is the slower stage's capacity: devices over mean time, per hour", () => {
    const p = seen(seen(new RunProgress(T0 - 10 * MIN), Stage.GENERATION, 3, MIN), Stage.EVALUATION, 3, 30 * S);
    // Generation: 4 devices x 60/h = 240/h; evaluation: 1 device x 120/h = 120/h.
    expect(p.estimate(input(T0, { waiting: 5, devices: 4 }, { devices: 1 })).perHour).toBeCloseTo(120, 6);
    expect(p.estimate(input(T0, { waiting: 5, devices: 1 }, { devices: 1 })).perHour).toBeCloseTo(60, 6);
  });

  test("is unknown in a run's first 30 s, so 3 quick videos do not read as 10,000 videos/h", () => {
    const p = seen(new RunProgress(T0), Stage.GENERATION, 3, 300);
    expect(p.estimate(input(T0 + 1 * S, { devices: 3 })).perHour).toBeUndefined();
    expect(p.estimate(input(T0 + 31 * S, { devices: 3 })).perHour).toBeCloseTo(36_000, 6);
  });

  test("is unknown until each stage has 3 attempts", () => {
    const p = seen(seen(new RunProgress(T0 - 10 * MIN), Stage.GENERATION, 3, MIN), Stage.EVALUATION, 2, 30 * S);
    expect(p.estimate(input(T0, { waiting: 5, devices: 1 }, { devices: 1 })).perHour).toBeUndefined();
  });
});
