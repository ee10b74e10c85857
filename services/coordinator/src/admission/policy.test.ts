import { fairShares, pickNext, waterFill, type LaneRun, type TeamRules } from "./policy";

const run = (runId: string, over: Partial<LaneRun> = {}): LaneRun => ({
  runId,
  priority: 0,
  team: "default",
  share: 1,
  createdAtMs: 0,
  deviceMs: 0,
  inFlight: 0,
  pending: 10,
  ...over,
});

const rules = (teams: Record<string, { weight?: number; max?: number }> = {}): TeamRules => ({
  weight: (t) => teams[t]?.weight ?? 1,
  maxDevices: (t) => teams[t]?.max,
});

/** Admits `n` tasks one by one as the admission pump does; returns how many each run got. */
function admit(runs: LaneRun[], n: number, r: TeamRules): Record<string, number> {
  const got: Record<string, number> = {};
  const held = new Map<string, number>();
  for (const x of runs) held.set(x.team, (held.get(x.team) ?? 0) + x.inFlight);
  for (let i = 0; i < n; i++) {
    const next = pickNext(runs, held, r);
    if (!next) break;
    next.pending--;
    next.inFlight++;
    held.set(next.team, (held.get(next.team) ?? 0) + 1);
    got[next.runId] = (got[next.runId] ?? 0) + 1;
  }
  return got;
}

describe("pickNext", () => {
  test("a small run submitted behind a sweep that holds every device gets the next places until both hold the same", () => {
    const sweep = run("sweep", { inFlight: 16, pending: 4984, createdAtMs: 1 });
    const small = run("small", { pending: 200, createdAtMs: 2 });
    // Eight places free up one by one: all go to the small run, which then holds 8 of 16 when the sweep has given back 8.
    sweep.inFlight = 8;
    expect(admit([sweep, small], 8, rules())).toEqual({ small: 8 });
    expect(admit([sweep, small], 2, rules())).toEqual({ sweep: 1, small: 1 });
  });

  test("strict priority between classes: a higher class takes every place while it has work", () => {
    const low = run("low", { priority: -100, createdAtMs: 1 });
    const high = run("high", { priority: 100, pending: 3, createdAtMs: 2 });
    expect(admit([low, high], 5, rules())).toEqual({ high: 3, low: 2 });
  });

  test("teams by weight 2:1:1, then runs within a team by their share", () => {
    const a = run("a", { team: "vision" });
    const b = run("b", { team: "audio" });
    const c = run("c", { team: "robotics" });
    expect(admit([a, b, c], 8, rules({ vision: { weight: 2 } }))).toEqual({ a: 4, b: 2, c: 2 });
    const big = run("big", { team: "t", share: 3 });
    const small = run("small", { team: "t", share: 1 });
    expect(admit([big, small], 8, rules())).toEqual({ big: 6, small: 2 });
  });

  test("a team at its quota (over every lane) gets nothing; the others get the places", () => {
    const q = run("q", { team: "capped", inFlight: 2 });
    const o = run("o", { team: "other" });
    expect(admit([q, o], 4, rules({ capped: { max: 3 } }))).toEqual({ q: 1, o: 3 });
    expect(pickNext([run("only", { team: "capped", inFlight: 3 })], new Map([["capped", 3]]), rules({ capped: { max: 3 } }))).toBeUndefined();
  });

  test("ties go to the run that used less device time, then to the older run", () => {
    expect(pickNext([run("x", { deviceMs: 5000 }), run("y", { deviceMs: 1000 })], new Map(), rules())?.runId).toBe("y");
    expect(pickNext([run("new", { createdAtMs: 9 }), run("old", { createdAtMs: 3 })], new Map(), rules())?.runId).toBe("old");
  });

  test("nothing waiting: undefined", () => {
    expect(pickNext([run("done", { pending: 0, inFlight: 4 })], new Map(), rules())).toBeUndefined();
  });
});

describe("fairShares", () => {
  test("two equal runs split 16 devices 8/8; a run wanting less leaves the rest to the other", () => {
    expect(Object.fromEntries(fairShares(16, [run("a", { pending: 100 }), run("b", { pending: 100 })], rules(), new Map()))).toEqual({ a: 8, b: 8 });
    expect(Object.fromEntries(fairShares(16, [run("a", { pending: 100 }), run("b", { pending: 3 })], rules(), new Map()))).toEqual({ a: 13, b: 3 });
  });

  test("a higher class is served first; the lower class shares what is left", () => {
    const s = fairShares(16, [run("hi", { priority: 100, pending: 10 }), run("lo1", { pending: 100 }), run("lo2", { pending: 100 })], rules(), new Map());
    expect(Object.fromEntries(s)).toEqual({ hi: 10, lo1: 3, lo2: 3 });
  });

  test("team weights 2:1:1 with a quota on one: the quota's room goes to the others by weight", () => {
    const runs = [run("a", { team: "a" }), run("b", { team: "b" }), run("c", { team: "c" })].map((r) => ({ ...r, pending: 100 }));
    const s = fairShares(16, runs, rules({ a: { weight: 2 }, c: { max: 2 } }), new Map());
    // c is capped at 2; a and b share 14 by 2:1.
    expect(s.get("c")).toBe(2);
    expect(s.get("a")).toBeCloseTo(28 / 3);
    expect(s.get("b")).toBeCloseTo(14 / 3);
  });
});

test("waterFill: weighted max-min, capped by what each wants", () => {
  const s = waterFill(10, [
    { key: "x", weight: 1, want: 2 },
    { key: "y", weight: 1, want: 100 },
    { key: "z", weight: 2, want: 100 },
  ]);
  expect(s.get("x")).toBe(2);
  expect(s.get("y")).toBeCloseTo(8 / 3);
  expect(s.get("z")).toBeCloseTo(16 / 3);
  expect(waterFill(0, [{ key: "x", weight: 1, want: 5 }]).get("x")).toBe(0);
});
