import { InvalidIdError } from "./errors";
import { IdRule, PlanFingerprint, checkId, deriveSeed, evalTaskId, fingerprint, genTaskId, specRunId, taskMsgId } from "./ids";

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

describe("checkId", () => {
  test("takes the run ids and node names the fleet makes and accepts", () => {
    for (const id of ["demo-f1564726", "vbench_mini-1", "0", "a".repeat(128)]) expect(checkId(IdRule.RUN, id, "config_invalid")).toBe(id);
    for (const name of ["gen-a", "GPU_7", "node-a26", "n".repeat(64)]) expect(checkId(IdRule.NODE, name, "invalid_input")).toBe(name);
    // Every id specRunId makes follows the rule, whatever the spec's name.
    for (const name of ["Demo Run!", "***", "ÄÖÜ", "x".repeat(300)]) expect(IdRule.RUN.pattern.test(specRunId(name, "f1564726ab"))).toBe(true);
  });

  test("refuses NATS wildcards, separators and anything else outside the rule, naming the value and the rule", () => {
    for (const id of ["*", ">", "gen-a.>", "a.b", "", "-lead", "Upper", "a b", "a\nb", "a".repeat(129)]) {
      let err: unknown;
      try {
        checkId(IdRule.RUN, id, "config_invalid");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InvalidIdError);
      const e = err as InvalidIdError;
      expect({ code: e.code, what: e.what, value: e.value }).toEqual({ code: "config_invalid", what: "run id", value: id });
      expect(e.message).toContain(IdRule.RUN.rule);
    }
    expect(() => checkId(IdRule.RUN, "*", "config_invalid")).toThrow(
      `invalid run id "*": run ids are lower-case letters, digits, '_' and '-', start with a letter or digit, and are at most 128 characters long (framefleet status lists the runs)`,
    );
    expect(() => checkId(IdRule.NODE, "gen-a.>", "invalid_input")).toThrow(
      `invalid node name "gen-a.>": node names are letters, digits, '_' and '-', start with a letter or digit, and are at most 64 characters long (framefleet nodes lists the nodes)`,
    );
  });

  test("shows control characters escaped and cuts a very long value", () => {
    expect(() => checkId(IdRule.NODE, "a\u001b[2Jb", "invalid_input")).toThrow(/^invalid node name "a\\u001b\[2Jb": /);
    let message = "";
    try {
      checkId(IdRule.RUN, "*".repeat(100_000), "config_invalid");
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.startsWith(`invalid run id "${"*".repeat(80)}"… (100000 characters): run ids are`)).toBe(true);
    expect(message.length).toBeLessThan(400);
  });
});
