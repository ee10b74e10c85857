import { chooseVictims, victimOrder, type RunningAttempt } from "./preemption";

const task = (taskId: string, over: Partial<RunningAttempt> = {}): RunningAttempt => ({
  taskId,
  runId: "low",
  node: "gen-a",
  priority: -100,
  preemptions: 0,
  startedAtMs: 0,
  remainingMs: undefined,
  ...over,
});

const ids = (ts: readonly RunningAttempt[]) => ts.map((t) => t.taskId);

describe("chooseVictims", () => {
  test("as many as the preempting runs' tasks waiting for a device, less free devices and unanswered requests", () => {
    const running = [task("a"), task("b"), task("c"), task("d")];
    const q = { demand: [{ priority: 100, tasks: 3 }], freeDevices: 0, requested: 0, running, maxPreemptions: 2 };
    expect(chooseVictims(q)).toHaveLength(3);
    expect(chooseVictims({ ...q, freeDevices: 1 })).toHaveLength(2);
    expect(chooseVictims({ ...q, freeDevices: 1, requested: 1 })).toHaveLength(1);
    expect(chooseVictims({ ...q, requested: 5 })).toEqual([]);
    // More demand than lower tasks running: every one of them, no more.
    expect(chooseVictims({ ...q, demand: [{ priority: 100, tasks: 10 }] })).toHaveLength(4);
  });

  test("only tasks of lower priorities, lowest first; a run of the same or a higher priority is never preempted", () => {
    const running = [task("normal-1", { priority: 0, startedAtMs: 10 }), task("same", { priority: 100 }), task("low-1"), task("higher", { priority: 200 }), task("normal-2", { priority: 0, startedAtMs: 20 })];
    expect(ids(chooseVictims({ demand: [{ priority: 100, tasks: 2 }], freeDevices: 0, requested: 0, running, maxPreemptions: 2 }))).toEqual(["low-1", "normal-2"]);
    expect(ids(chooseVictims({ demand: [{ priority: 100, tasks: 9 }], freeDevices: 0, requested: 0, running, maxPreemptions: 2 })).sort()).toEqual(["low-1", "normal-1", "normal-2"]);
  });

  test("an item handed back max_preemptions times already is left alone", () => {
    const running = [task("twice", { preemptions: 2 }), task("once", { preemptions: 1 })];
    const q = { demand: [{ priority: 100, tasks: 2 }], freeDevices: 0, requested: 0, running, maxPreemptions: 2 };
    expect(ids(chooseVictims(q))).toEqual(["once"]);
    expect(chooseVictims({ ...q, maxPreemptions: 0 })).toEqual([]);
  });

  test("a task whose node is not known yet cannot be asked, so it is not chosen", () => {
    expect(chooseVictims({ demand: [{ priority: 1, tasks: 1 }], freeDevices: 0, requested: 0, running: [task("x", { node: "" })], maxPreemptions: 2 })).toEqual([]);
  });

  test("two preempting priorities: the higher one's tasks are covered first, and the lower one only takes tasks below it", () => {
    const running = [task("p50", { priority: 50 }), task("p-100")];
    // urgent (200) wants 1 and the free device covers it; high (60) wants 1 and gets the lowest task.
    const v = chooseVictims({
      demand: [
        { priority: 60, tasks: 1 },
        { priority: 200, tasks: 1 },
      ],
      freeDevices: 1,
      requested: 0,
      running,
      maxPreemptions: 2,
    });
    expect(ids(v)).toEqual(["p-100"]);
    // A demand of priority 0 cannot take a p50 task even when it is the only one left.
    const w = chooseVictims({ demand: [{ priority: 0, tasks: 2 }], freeDevices: 0, requested: 0, running, maxPreemptions: 2 });
    expect(ids(w)).toEqual(["p-100"]);
  });
});

describe("victimOrder", () => {
  test("most expected time left first; known before unknown; unknown by the most recently started", () => {
    const ts = [
      task("old-unknown", { startedAtMs: 1000 }),
      task("short", { remainingMs: 500, startedAtMs: 5 }),
      task("new-unknown", { startedAtMs: 9000 }),
      task("long", { remainingMs: 60_000, startedAtMs: 1 }),
    ];
    expect(ids([...ts].sort(victimOrder))).toEqual(["long", "short", "new-unknown", "old-unknown"]);
  });

  test("priority before time left", () => {
    const ts = [task("normal-long", { priority: 0, remainingMs: 1e9 }), task("low-short", { remainingMs: 1 })];
    expect(ids([...ts].sort(victimOrder))).toEqual(["low-short", "normal-long"]);
  });
});
