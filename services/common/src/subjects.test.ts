import { FleetErrorCode } from "./errors";
import { EventType, assertBackendName, eventSubject, parseEventSubject, taskConsumerFilter, taskConsumerName, taskSubject } from "./subjects";

describe("parseEventSubject", () => {
  test("splits ff.event.<run>.<type>", () => {
    expect(parseEventSubject("ff.event.bench-20250305-abc123.result")).toEqual({ runId: "bench-20250305-abc123", type: "result" });
    expect(parseEventSubject("ff.event.r1.started")).toEqual({ runId: "r1", type: "started" });
  });

  test("round-trips eventSubject for every event type", () => {
    for (const type of Object.values(EventType)) {
      expect(parseEventSubject(eventSubject("run-1", type))).toEqual({ runId: "run-1", type });
    }
  });

  test.each(["ff.event.run-1", "ff.event.run-1.result.extra", "ff.task.gen.synthetic.run-1", "xx.event.run-1.result", "ff.events.run-1.result", "", "ff"])(
    "%j is not an event subject",
    (s) => {
      expect(parseEventSubject(s)).toBeUndefined();
    },
  );
});

describe("assertBackendName", () => {
  test.each(["synthetic", "cpu-metrics", "wan2_1", "0", "a".repeat(64)])("%j is a valid backend name", (name) => {
    expect(assertBackendName(name)).toBe(name);
  });

  test.each(["", "Synthetic", "wan.2", "wan>", "wan*", "wan 2", "-wan", "_wan", "a".repeat(65), "wän"])("%j is rejected, naming the field", (name) => {
    let e: (Error & { code?: string }) | undefined;
    try {
      assertBackendName(name, "generator.backend");
    } catch (err) {
      e = err as Error & { code?: string };
    }
    expect(e?.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e?.message).toBe(`generator.backend: "${name}" is not a valid backend name (lower-case letters, digits, '_' and '-', at most 64)`);
  });
});

describe("task subjects", () => {
  test("taskSubject is ff.task.<kind>.<backend>.<run>", () => {
    expect(taskSubject("gen", "synthetic", "run-1")).toBe("ff.task.gen.synthetic.run-1");
    expect(taskSubject("eval", "cpu-metrics", "run-1")).toBe("ff.task.eval.cpu-metrics.run-1");
  });

  test("a backend's consumer filter matches its tasks of every run, and only that kind", () => {
    const filter = taskConsumerFilter("gen", "synthetic");
    expect(filter).toBe("ff.task.gen.synthetic.>");
    const prefix = filter.slice(0, -1);
    expect(taskSubject("gen", "synthetic", "run-1").startsWith(prefix)).toBe(true);
    expect(taskSubject("eval", "synthetic", "run-1").startsWith(prefix)).toBe(false);
    expect(taskSubject("gen", "synthetic2", "run-1").startsWith(prefix)).toBe(false);
    expect(taskConsumerName("gen", "synthetic")).toBe("gen_synthetic");
  });
});
