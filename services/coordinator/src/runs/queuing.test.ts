import { JetStreamApiError } from "@nats-io/jetstream";
import { FleetError } from "../../../common/src/errors";
import { isRunProblem, queuingFailureReason } from "./queuing";

describe("queuingFailureReason", () => {
  test("names the step, how far it got, the cause (with what a stream limit means), what was undone and what to do", () => {
    const reason = queuingFailureReason("run-1", { step: "writing item records", done: 5000, total: 20000 }, new Error("maximum messages exceeded"), 5000);
    expect(reason).toBe(
      "planning failed while writing item records (5,000 of 20,000 done): maximum messages exceeded (the KV_ff_items stream is full: its max_msgs or max_bytes limit); " +
        "the 5,000 tasks it had queued were removed from the queue. Fix the cause, then framefleet submit --resume run-1 (it queues the run again), or framefleet cancel run-1",
    );
  });

  test("a limit met while recording the run names the runs' bucket", () => {
    const reason = queuingFailureReason("r", { step: "handing the tasks to admission", done: 0, total: 0 }, new Error("maximum bytes exceeded"), 0);
    expect(reason).toMatch(/^planning failed while handing the tasks to admission: maximum bytes exceeded \(the KV_ff_runs stream is full: its max_msgs or max_bytes limit\)\. Fix/);
  });

  test("a message above max_payload says so; a step with no count says only the step", () => {
    const reason = queuingFailureReason("r", { step: "recording the run", done: 0, total: 0 }, new Error("'payload' max_payload size exceeded"), 0);
    expect(reason).toMatch(/^planning failed while recording the run: 'payload' max_payload size exceeded \(a message above the NATS server's max_payload\)\. Fix/);
  });
});

describe("isRunProblem", () => {
  test("a JetStream refusal, a refused plan or a planning timeout is the run's; a lost connection is not", () => {
    expect(isRunProblem(new JetStreamApiError({ code: 503, err_code: 10077, description: "maximum messages exceeded" }))).toBe(true);
    expect(isRunProblem(new FleetError("spec_invalid", "prompt too large"))).toBe(true);
    expect(isRunProblem(new FleetError("timeout", "planning took too long"))).toBe(true);
    expect(isRunProblem(new Error("'payload' max_payload size exceeded"))).toBe(true);
    expect(isRunProblem(new Error("TIMEOUT"))).toBe(false);
    expect(isRunProblem(new FleetError("internal", "connection closed"))).toBe(false);
  });
});
