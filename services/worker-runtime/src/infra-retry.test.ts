import { errors as core } from "@nats-io/transport-node";
import { JetStreamApiError } from "@nats-io/jetstream";
import { FleetError, FleetErrorCode, hasCode, InfrastructureError } from "../../common/src/errors";
import { withInfraRetry, type InfraRetryOptions } from "./infra-retry";

/** A fake clock: every wait moves it, so budgets and backoff are checked without waiting. */
function clock(): { opts: Pick<InfraRetryOptions, "now" | "sleep">; waits: number[]; retried: string[]; metrics: InfraRetryOptions["metrics"] } {
  let t = 0;
  const waits: number[] = [];
  const retried: string[] = [];
  return {
    waits,
    retried,
    metrics: { infraRetries: { inc: ({ what }) => void retried.push(what) } },
    opts: {
      now: () => t,
      sleep: async (ms, signal) => {
        if (signal?.aborted) throw signal.reason;
        waits.push(ms);
        t += ms;
      },
    },
  };
}

/** An operation that fails with `errors` in turn, then returns "ok". */
function failing(...errors: unknown[]): { op: () => Promise<string>; calls: () => number } {
  let n = 0;
  return {
    op: async () => {
      const err = errors[n++];
      if (err !== undefined) throw err;
      return "ok";
    },
    calls: () => n,
  };
}

test("retries NATS failures with doubling waits and returns what the operation returns", async () => {
  const c = clock();
  const leader = new JetStreamApiError({ code: 503, err_code: 10008, description: "JetStream system temporarily unavailable" });
  const f = failing(new core.TimeoutError(), new core.RequestError("no responders", { cause: new core.NoRespondersError("$KV.x.y") }), leader);
  await expect(withInfraRetry("output commit", f.op, { budgetMs: 60_000, metrics: c.metrics, ...c.opts })).resolves.toBe("ok");
  expect(f.calls()).toBe(4);
  expect(c.waits).toEqual([250, 500, 1000]);
  expect(c.retried).toEqual(["output commit", "output commit", "output commit"]);
});

test("waits grow to 5 s and stay there; past the budget an InfrastructureError names what and the last error", async () => {
  const c = clock();
  const f = failing(...Array.from({ length: 100 }, () => new core.TimeoutError()));
  const err = await withInfraRetry("attempt record", f.op, { budgetMs: 30_000, ...c.opts }).catch((e: unknown) => e);
  expect(c.waits.slice(0, 7)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  // The last wait is cut to what is left of the budget, never beyond it.
  expect(c.waits.reduce((a, b) => a + b, 0)).toBe(30_000);
  expect(err).toBeInstanceOf(InfrastructureError);
  expect(hasCode(err, FleetErrorCode.INFRASTRUCTURE)).toBe(true);
  expect((err as InfrastructureError).what).toBe("attempt record");
  expect((err as Error).message).toMatch(/could not record the attempt record: NATS failed \d+ times over 30s/);
  expect((err as Error).message).toContain("last error: TimeoutError: timeout");
  expect((err as Error).cause).toBeInstanceOf(core.TimeoutError);
});

test("a task's own error is thrown at once, untouched", async () => {
  const c = clock();
  const own = new FleetError(FleetErrorCode.BACKEND_FAILED, "boom");
  const wrongSeq = new JetStreamApiError({ code: 400, err_code: 10071, description: "wrong last sequence: 3" });
  for (const err of [own, wrongSeq]) {
    const f = failing(err);
    await expect(withInfraRetry("output commit", f.op, { budgetMs: 60_000, ...c.opts })).rejects.toBe(err);
    expect(f.calls()).toBe(1);
  }
  expect(c.waits).toEqual([]);
});

test("a cancelled task stops the retrying", async () => {
  const c = clock();
  const ac = new AbortController();
  ac.abort(new Error("cancelled"));
  const f = failing(new core.ClosedConnectionError(), new core.ClosedConnectionError());
  const err = await withInfraRetry("output commit", f.op, { budgetMs: 60_000, signal: ac.signal, ...c.opts }).catch((e: unknown) => e);
  expect(hasCode(err, FleetErrorCode.INFRASTRUCTURE)).toBe(true);
  expect((err as Error).message).toContain("the task was cancelled");
  expect(f.calls()).toBe(1);
});

test("an inner retry that gave up is not retried again by an outer one", async () => {
  const c = clock();
  const inner = new InfrastructureError("output commit lookup", "gave up");
  const f = failing(inner);
  await expect(withInfraRetry("output commit", f.op, { budgetMs: 60_000, ...c.opts })).rejects.toBe(inner);
  expect(f.calls()).toBe(1);
});
