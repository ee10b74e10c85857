import { deriveSeed, evalTaskId, genTaskId, newRunId } from "./ids";

describe("genTaskId", () => {
  test("is 'g' and 23 hex characters", () => {
    expect(genTaskId("run-1", "item-a", 0, 42)).toMatch(/^g[0-9a-f]{23}$/);
  });

  test("is stable: the same task always gets the same id (resume and dedup rely on it)", () => {
    expect(genTaskId("run-1", "item-a", 0, 42)).toBe(genTaskId("run-1", "item-a", 0, 42));
    // Pinned: a change here breaks resuming runs planned by an older version.
    expect(genTaskId("run-1", "item-a", 0, 42)).toBe("gcf11e5517f3c0df6bfde091");
  });

  test("differs when any part differs", () => {
    const base = genTaskId("run-1", "item-a", 0, 42);
    const others = [genTaskId("run-2", "item-a", 0, 42), genTaskId("run-1", "item-b", 0, 42), genTaskId("run-1", "item-a", 1, 42), genTaskId("run-1", "item-a", 0, 43)];
    expect(new Set([base, ...others]).size).toBe(5);
  });

  test("parts cannot run into each other", () => {
    expect(genTaskId("run-1", "a|b", 0, 1)).not.toBe(genTaskId("run-1|a", "b", 0, 1));
    expect(genTaskId("r", "a", 1, 23)).not.toBe(genTaskId("r", "a", 12, 3));
  });
});

describe("evalTaskId", () => {
  test("is 'e' and 23 hex characters, stable, and pinned", () => {
    const id = evalTaskId("gabc", "cpu-metrics", ["flicker", "frames"]);
    expect(id).toMatch(/^e[0-9a-f]{23}$/);
    expect(id).toBe("ec2e6e4f3fcba468566cfa95");
  });

  test("does not depend on the order of metrics, and does not reorder the caller's array", () => {
    const metrics = ["frames", "flicker"];
    expect(evalTaskId("gabc", "cpu-metrics", metrics)).toBe(evalTaskId("gabc", "cpu-metrics", ["flicker", "frames"]));
    expect(metrics).toEqual(["frames", "flicker"]);
  });

  test("differs with the generation task, evaluator or metric set", () => {
    const base = evalTaskId("gabc", "cpu-metrics", ["flicker"]);
    expect(evalTaskId("gabd", "cpu-metrics", ["flicker"])).not.toBe(base);
    expect(evalTaskId("gabc", "vbench", ["flicker"])).not.toBe(base);
    expect(evalTaskId("gabc", "cpu-metrics", ["flicker", "frames"])).not.toBe(base);
    expect(evalTaskId("gabc", "cpu-metrics", [])).not.toBe(base);
  });
});

describe("newRunId", () => {
  const day = new Date("2025-03-05T23:30:00Z");

  test("is <slug>-<yyyymmdd UTC>-<6 hex>", () => {
    expect(newRunId("My Benchmark Run!", day)).toMatch(/^my-benchmark-run-20250305-[0-9a-f]{6}$/);
  });

  test("two runs of the same name on the same day get different ids", () => {
    const ids = new Set(Array.from({ length: 20 }, () => newRunId("bench", day)));
    expect(ids.size).toBe(20);
  });

  test("a name with nothing usable becomes 'run'", () => {
    expect(newRunId("!!!", day)).toMatch(/^run-20250305-[0-9a-f]{6}$/);
    expect(newRunId("", day)).toMatch(/^run-20250305-[0-9a-f]{6}$/);
    expect(newRunId("日本語", day)).toMatch(/^run-20250305-[0-9a-f]{6}$/);
  });

  test("the slug is at most 40 characters and the id is a valid run token", () => {
    const id = newRunId("x".repeat(100), day);
    expect(id).toMatch(new RegExp(`^${"x".repeat(40)}-20250305-[0-9a-f]{6}$`));
    expect(newRunId("--Wan 2.1 / T2V--", day)).toMatch(/^wan-2-1-t2v-20250305-[0-9a-f]{6}$/);
    expect(newRunId("Any Name at ALL", day)).toMatch(/^[a-z0-9][a-z0-9_-]{0,127}$/);
  });
});

describe("deriveSeed", () => {
  test("is deterministic, in [0, 2^31), and varies with each input", () => {
    const s = deriveSeed(42, "item-a", 0);
    expect(deriveSeed(42, "item-a", 0)).toBe(s);
    expect(Number.isInteger(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThan(2 ** 31);
    expect(new Set([s, deriveSeed(43, "item-a", 0), deriveSeed(42, "item-b", 0), deriveSeed(42, "item-a", 1)]).size).toBe(4);
  });
});
