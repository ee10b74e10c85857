/**
 * `drain`: how fast work leaves a node. Four single-GPU nodes, two long tasks. One node running a
 * task is drained with a zero deadline: we time the decision to the hand-back (the node's retry
 * event) and to the task starting on another node. Then the node running the other task is
 * killed with SIGKILL: we time the kill to the task starting elsewhere, which the task lease
 * (worker.ack_wait) bounds - nothing can tell a dead process from a slow one sooner.
 */
import { delay } from "../services/common/src/abort";
import { RunEvents } from "./lib/events";
import { median, noopSpec, round, startBenchFleet, submit } from "./lib/harness";

const NODES = ["dr-a", "dr-b", "dr-c", "dr-d"];
const ACK_WAIT_S = 10;
const REPEATS = 3;

export async function drain(): Promise<Record<string, unknown>> {
  const handback: number[] = [];
  const handbackRestart: number[] = [];
  const deadRestart: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const one = await drainOnce(r);
    handback.push(one.handbackMs);
    handbackRestart.push(one.handbackRestartMs);
    deadRestart.push(one.deadRestartMs);
  }
  return {
    handback_s: round(median(handback) / 1000),
    handback_restart_s: round(median(handbackRestart) / 1000),
    dead_worker_restart_s: round(median(deadRestart) / 1000),
    ack_wait_s: ACK_WAIT_S,
    samples: { handback_ms: handback, handback_restart_ms: handbackRestart, dead_worker_restart_ms: deadRestart },
  };
}

async function drainOnce(r: number): Promise<{ handbackMs: number; handbackRestartMs: number; deadRestartMs: number }> {
  const bf = await startBenchFleet({
    workers: NODES.map((node) => ({ role: "gen" as const, node, devices: "sim:1x80GiB" })),
    backends: { "long-sim": "type: noop, memory: 30GiB" },
    worker: { ack_wait: `${ACK_WAIT_S}s` },
  });
  const events: RunEvents[] = [];
  try {
    // The fleet is this scenario's alone: following every run's events is following this run's.
    const ev = await RunEvents.follow(bf.fleet.natsUrl);
    events.push(ev);
    const runId = await submit(bf.client, noopSpec(`bench-drain-${r}`, 2, "long-sim", "300s"), bf.dir);
    const first = await ev.waitFor(ev.started, () => true, 30_000, "the first task to start");
    const second = await ev.waitFor(ev.started, (e) => e.taskId !== first.event.taskId, 30_000, "the second task to start");
    await delay(1000); // both well under way

    // Drain with no time to finish: the task must be handed back at once.
    const t0 = Date.now();
    // 1 ms, not 0: 0 means "the node's default deadline".
    await bf.client.drainNode({ node: first.event.node, deadlineMs: 1 });
    const back = await ev.waitFor(ev.retries, (e) => e.taskId === first.event.taskId, 30_000, "the drained task's hand-back");
    const again = await ev.waitFor(ev.started, (e) => e.taskId === first.event.taskId && e.node !== first.event.node, 30_000, "the drained task to start elsewhere");

    // Kill the node running the other task: only the lease running out frees it.
    const victim = bf.fleet.services.get(`worker-${second.event.node}`);
    if (!victim) throw new Error(`no process for node ${second.event.node}`);
    const t1 = Date.now();
    victim.child.kill("SIGKILL");
    const restarted = await ev.waitFor(ev.started, (e) => e.taskId === second.event.taskId && e.node !== second.event.node, 120_000, "the killed node's task to start elsewhere");
    await bf.client.cancelRun(runId).catch(() => undefined);
    return { handbackMs: back.at - t0, handbackRestartMs: Number(again.event.atMs) - t0, deadRestartMs: Number(restarted.event.atMs) - t1 };
  } finally {
    for (const e of events) await e.close().catch(() => undefined);
    await bf.close();
  }
}
