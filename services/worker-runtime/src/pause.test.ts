import { Gauge, Registry } from "prom-client";
import { FleetErrorCode } from "../../common/src/errors";
import type { LogFields, Logger } from "../../common/src/log";
import type { PauseReason } from "./handler";
import { PauseGate } from "./pause";

class Lines implements Logger {
  readonly lines: string[] = [];
  debug(): void {}
  info(msg: string, _f?: LogFields): void {
    this.lines.push(`info ${msg}`);
  }
  warn(msg: string, _f?: LogFields): void {
    this.lines.push(`warn ${msg}`);
  }
  error(msg: string): void {
    this.lines.push(`error ${msg}`);
  }
  child(): Logger {
    return this;
  }
}

const full = (free: string): PauseReason => ({ code: FleetErrorCode.DISK_FULL, message: `the output folder /runs has ${free} free` });

function gate(answers: (PauseReason | undefined | Error)[]) {
  const log = new Lines();
  const nodePaused = new Gauge({ name: "t_paused", help: "t", labelNames: ["reason"] as const, registers: [new Registry()] });
  let changes = 0;
  const g = new PauseGate({
    check: async () => {
      const a = answers.shift();
      if (a instanceof Error) throw a;
      return a;
    },
    log,
    metrics: { nodePaused },
    onChange: () => changes++,
  });
  return { g, log, nodePaused, changes: () => changes };
}

test("pauses and resumes on the handler's word: logged and advertised once per change, figures kept fresh, the metric follows", async () => {
  const { g, log, nodePaused, changes } = gate([undefined, full("3 MiB"), full("1 MiB"), undefined]);
  expect(await g.paused()).toBe(false);
  expect(g.reason).toBe("");
  expect(await g.paused()).toBe(true);
  expect(g.reason).toBe("the output folder /runs has 3 MiB free");
  expect((await nodePaused.get()).values).toEqual([expect.objectContaining({ labels: { reason: "disk_full" }, value: 1 })]);
  // Same condition, new figures: the advert's reason is fresh, but nothing more is logged or sent.
  expect(await g.paused()).toBe(true);
  expect(g.reason).toBe("the output folder /runs has 1 MiB free");
  expect(await g.paused()).toBe(false);
  expect((await nodePaused.get()).values).toEqual([expect.objectContaining({ labels: { reason: "disk_full" }, value: 0 })]);
  expect(log.lines).toEqual(["warn taking no new work", "info taking work again"]);
  expect(changes()).toBe(2);
});

test("a check that fails does not stop the node, and says so once", async () => {
  const { g, log } = gate([new Error("statfs EIO"), new Error("statfs EIO"), undefined]);
  expect(await g.paused()).toBe(false);
  expect(await g.paused()).toBe(false);
  expect(log.lines).toEqual(["warn could not check whether the node may take work; taking it"]);
});

test("a handler without a check never pauses", async () => {
  const nodePaused = new Gauge({ name: "t_paused2", help: "t", labelNames: ["reason"] as const, registers: [new Registry()] });
  const g = new PauseGate({ check: undefined, log: new Lines(), metrics: { nodePaused }, onChange: () => undefined });
  expect(await g.paused()).toBe(false);
  expect((await nodePaused.get()).values).toEqual([]);
});
