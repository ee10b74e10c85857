import { PlanFingerprint, deriveSeed, evalTaskId, fingerprint, genTaskId, specRunId, taskMsgId } from "./ids";

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

describe("specRunId and fingerprint", () => {
  test("the same spec, whatever its key order, gives the same run id; any change gives another", () => {
    const a = fingerprint({ spec: { name: "demo", video: { fps: 8, frames: 9 } }, baseDir: "/x" });
    const b = fingerprint({ baseDir: "/x", spec: { video: { frames: 9, fps: 8 }, name: "demo" } });
    const c = fingerprint({ spec: { name: "demo", video: { fps: 8, frames: 10 } }, baseDir: "/x" });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(specRunId("My Benchmark Run!", a)).toBe(`my-benchmark-run-${a.slice(0, 8)}`);
    expect(specRunId("My Benchmark Run!", a)).not.toBe(specRunId("My Benchmark Run!", c));
  });

  test("a name with nothing usable becomes 'run'; long names are cut without a trailing '-'", () => {
    expect(specRunId("!!!", "0123456789")).toBe("run-01234567");
    expect(specRunId("日本語", "0123456789")).toBe("run-01234567");
    expect(specRunId(`${"x".repeat(39)} y`, "0123456789")).toBe(`${"x".repeat(39)}-01234567`);
    expect(specRunId("--Wan 2.1 / T2V--", "0123456789")).toMatch(/^wan-2-1-t2v-01234567$/);
  });

  test("PlanFingerprint, fed one item at a time, is fingerprint({ spec, items }): run ids of existing specs do not change", () => {
    const spec = { name: "demo", run_id: undefined, video: { fps: 8, frames: 9 }, synthetic: { prompts: ["a \"cat\"", "日本"], items: 2 } };
    const items = [
      ["item-0000", 0, 483513414, 'a "cat"', "videos/0000_a _cat_-0.mp4", { image: "/x/a.png", camera: "/x/a.npz" }, { dim: "b", cat: "a" }, 1200],
      ["item-0001", 0, 7, "日本", "videos/0001_日本-0.mp4", {}, {}, 0],
    ];
    const f = new PlanFingerprint();
    for (const item of items) f.add(item);
    expect(f.finish(spec)).toBe(fingerprint({ spec, items }));
    const empty = new PlanFingerprint();
    expect(empty.finish(spec)).toBe(fingerprint({ items: [], spec }));
    // Pinned: the run ids of specs planned by earlier versions.
    expect(fingerprint({ spec, items })).toBe("9066240d9e1fbf3ace20f9597e278d5d0f838ef2afbd0537231f664858b3141e");
  });

  test("re-published tasks of a resumed run get their own message id", () => {
    expect(taskMsgId("gabc", 0)).toBe("gabc");
    expect(taskMsgId("gabc", 2)).toBe("gabc.g2");
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
