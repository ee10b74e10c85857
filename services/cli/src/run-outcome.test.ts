import { ExitCode } from "../../common/src/main-runner";
import { RunState, pb, type Props } from "../../common/src/proto";
import { hasReport, outcomeLines, runExitCode } from "./run-outcome";
import { statusJson } from "./views";

function status(state: RunState, counters: Props<typeof pb.RunCounters>, failures: { itemKey: string; taskId: string; error: string }[] = []) {
  return pb.RunStatus.create({
    run: pb.RunRecord.create({ runId: "demo-1", state, counters: pb.RunCounters.create(counters) }),
    failures: failures.map((f) => pb.FailedItem.create(f)),
  });
}

describe("runExitCode", () => {
  test("0 only when the run completed with every item done", () => {
    expect(runExitCode(status(RunState.RUN_STATE_COMPLETED, { total: 24, done: 24 }))).toBe(ExitCode.OK);
    expect(runExitCode(status(RunState.RUN_STATE_COMPLETED, { total: 0 }))).toBe(ExitCode.OK);
  });

  test("RUN_INCOMPLETE (3) when items failed, the run was cancelled, or it did not complete", () => {
    expect(ExitCode.RUN_INCOMPLETE).toBe(3);
    expect(runExitCode(status(RunState.RUN_STATE_COMPLETED, { total: 24, done: 23, failed: 1 }))).toBe(3);
    expect(runExitCode(status(RunState.RUN_STATE_CANCELLED, { total: 24, done: 24 }))).toBe(3);
    expect(runExitCode(status(RunState.RUN_STATE_CANCELLED, { total: 24, done: 4, failed: 20 }))).toBe(3);
    expect(runExitCode(status(RunState.RUN_STATE_FAILED, { total: 1, failed: 1 }))).toBe(3);
    expect(runExitCode(pb.RunStatus.create({}))).toBe(3);
  });

  test("differs from the usage (2) and other-error (1) codes", () => {
    expect(new Set([ExitCode.OK, ExitCode.ERROR, ExitCode.USAGE, ExitCode.RUN_INCOMPLETE]).size).toBe(4);
  });
});

describe("outcomeLines", () => {
  test("nothing to say when every item is done", () => {
    expect(outcomeLines(status(RunState.RUN_STATE_COMPLETED, { total: 2, done: 2 }))).toEqual([]);
  });

  test("each failed item, how many more the status left out, and why the code is not 0", () => {
    const s = status(RunState.RUN_STATE_COMPLETED, { total: 150, done: 40, failed: 110 }, [
      { itemKey: "item-0001", taskId: "g1", error: "backend_failed: nan in latents" },
      { itemKey: "item-0002", taskId: "g2", error: "retries_exhausted: delivered 2 times" },
    ]);
    expect(outcomeLines(s)).toEqual([
      "failed: item-0001 (g1): backend_failed: nan in latents",
      "failed: item-0002 (g2): retries_exhausted: delivered 2 times",
      "... and 108 more failed items (framefleet report demo-1 lists them all)",
      "framefleet: run demo-1 ended completed with 40 of 150 items done, 110 failed (exit code 3; framefleet retry demo-1 --failed queues the failed ones again)",
    ]);
  });

  test("a cancelled run says so", () => {
    expect(outcomeLines(status(RunState.RUN_STATE_CANCELLED, { total: 5, done: 5 })).at(-1)).toMatch(/^framefleet: run demo-1 ended cancelled with 5 of 5 items done, 0 failed/);
  });

  test("a failed run gives its reason before the exit line", () => {
    const s = status(RunState.RUN_STATE_FAILED, { total: 20, queued: 20 });
    s.run!.reason = "planning failed while queuing tasks (5 of 20 done): maximum messages exceeded";
    const lines = outcomeLines(s);
    expect(lines[0]).toBe("framefleet: run demo-1 failed: planning failed while queuing tasks (5 of 20 done): maximum messages exceeded");
    expect(lines[1]).toMatch(/^framefleet: run demo-1 ended failed with 0 of 20 items done/);
  });
});

describe("hasReport", () => {
  test("a run that queued all its tasks and ended completed or cancelled gets a report; a failed one, or one ended while queued, none", () => {
    const ended = (state: RunState, publishedAll: boolean) => pb.RunStatus.create({ run: pb.RunRecord.create({ runId: "r", state, publishedAll }) });
    expect(hasReport(ended(RunState.RUN_STATE_COMPLETED, true))).toBe(true);
    expect(hasReport(ended(RunState.RUN_STATE_CANCELLED, true))).toBe(true);
    expect(hasReport(ended(RunState.RUN_STATE_CANCELLED, false))).toBe(false);
    expect(hasReport(ended(RunState.RUN_STATE_FAILED, false))).toBe(false);
    expect(hasReport(ended(RunState.RUN_STATE_FAILED, true))).toBe(false);
  });
});

describe("statusJson", () => {
  test("unknown ETA, bottleneck and rate are null; stuck queues are listed", () => {
    const j = statusJson(pb.RunStatus.create({ run: pb.RunRecord.create({ runId: "r" }), etaS: -1, videosPerHour: -1, etaBottleneck: "" }));
    expect([j.eta_s, j.eta_bottleneck, j.videos_per_hour, j.stuck]).toEqual([null, null, null, []]);
    const k = statusJson(
      pb.RunStatus.create({
        run: pb.RunRecord.create({ runId: "r" }),
        etaS: 50,
        videosPerHour: 0,
        etaBottleneck: "evaluation",
        stuck: [pb.StuckQueue.create({ kind: 1, backend: "wan", queued: 5, stuckS: 130, message: "m" })],
      }),
    );
    expect([k.eta_s, k.eta_bottleneck, k.videos_per_hour]).toEqual([50, "evaluation", 0]);
    expect(k.stuck).toEqual([{ kind: "gen", backend: "wan", queued: 5, stuck_s: 130, message: "m" }]);
  });
});
