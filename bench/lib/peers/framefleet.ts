/**
 * FrameFleet in the `peers` scenario: the dispatch scenario's fleet (4 worker processes × 16
 * simulated devices, the noop backend, zero simulated time) running one 10,000-task run.
 *
 * Times per task: enqueued is when the submit call began (one call enqueues the whole run);
 * received is the worker's start of the attempt (the item's gen_timings.started_at_ms); done is
 * the coordinator's commit of the item record (the KV entry's server timestamp). Messages are
 * the nats-server's own counters over the window from the submit to the run's completion.
 */
import { Kvm } from "@nats-io/kv";
import { connect } from "@nats-io/transport-node";
import { decode } from "../../../services/common/src/codec";
import { kvGetAll } from "../../../services/common/src/nats/kv-util";
import { parseServers } from "../../../services/common/src/nats/connect";
import { ItemState, pb } from "../../../services/common/src/proto";
import { KV_ITEMS } from "../../../services/common/src/subjects";
import { cpuByRole, fleetProcesses, noopSpec, peakRssMb, round, startBenchFleet, submit, waitForRun } from "../harness";
import { natsMessageCounter, natsMessagesByName } from "../nats-counters";
import { cpuPerTask, ENQUEUE_TASKS, latencyFigures, messagesByRole, SLOTS_PER_WORKER, TASKS, WORKER_PROCESSES, type SystemRow, type TaskTimes } from "./common";

export async function framefleetSystem(): Promise<SystemRow> {
  const bf = await startBenchFleet({
    workers: Array.from({ length: WORKER_PROCESSES }, (_, i) => ({ role: "gen" as const, node: `peer-${i}`, devices: `sim:${SLOTS_PER_WORKER}x80GiB` })),
    backends: { "noop-0": "type: noop" },
  });
  const nc = await connect({ servers: parseServers(bf.fleet.natsUrl) });
  try {
    const monitorUrl = bf.fleet.nats?.monitorUrl;
    if (!monitorUrl) throw new Error("the bench fleet's nats-server has no monitoring port");
    const pids = fleetProcesses(bf);

    // ---- 10,000 tasks ----
    const counter = await natsMessageCounter(monitorUrl);
    const byName = await natsMessagesByName(monitorUrl);
    const cpu0 = cpuByRole(pids);
    const submittedAt = Date.now();
    const runId = await submit(bf.client, noopSpec("bench-peers", TASKS, "noop-0", "0ms"), bf.dir);
    await waitForRun(bf.client, runId, 900_000);
    const cpu1 = cpuByRole(pids);
    const messages = await counter.delta();
    const messagesByProcess = messagesByRole(await byName.delta(), fleetRoleOf, TASKS);
    const peakRss = Object.fromEntries(Object.entries(pids).map(([role, list]) => [role, round(list.reduce((a, pid) => a + peakRssMb(pid), 0), 1)]));

    // Read after the window: these reads are the bench's, not the run's.
    const times: TaskTimes[] = [];
    for (const e of await kvGetAll(await new Kvm(nc).open(KV_ITEMS), `${runId}.>`, 256)) {
      const item = decode(pb.ItemRecord, e.value, "item record");
      const t = item.genTimings;
      if (item.state !== ItemState.ITEM_STATE_DONE || !t) continue;
      times.push({ enqueued: submittedAt, received: Number(t.startedAtMs), done: e.created.getTime() });
    }

    // ---- 100,000 tasks enqueued: a run nobody serves (as in the dispatch scenario) ----
    const t0 = Date.now();
    await submit(bf.client, noopSpec("bench-peers-enqueue", ENQUEUE_TASKS, "nobody-serves-this", "0ms"), bf.dir);
    const enqueueMs = Date.now() - t0;

    const cpu = cpuPerTask(cpu0, cpu1, TASKS);
    return {
      system: "framefleet",
      tasks: TASKS,
      ...latencyFigures(times),
      cpu_ms_per_task: cpu.total,
      cpu_ms_per_task_by_process: cpu.byProcess,
      messages_per_task: round((messages.in + messages.out) / TASKS, 2),
      messages_in_per_task: round(messages.in / TASKS, 2),
      messages_out_per_task: round(messages.out / TASKS, 2),
      messages_counted: "NATS messages from the server's /varz: in_msgs (clients → server) and out_msgs (server → clients)",
      messages_per_task_by_process: messagesByProcess,
      peak_rss_mb: peakRss,
      enqueue_100k_s: round(enqueueMs / 1000),
    };
  } finally {
    await nc.close();
    await bf.close();
  }
}

/** A fleet connection's role from its name (framefleet-coordinator, framefleet-gen-worker-<node> …). */
function fleetRoleOf(name: string): string {
  if (name === "framefleet-coordinator") return "coordinator";
  if (name === "framefleet-aggregator") return "aggregator";
  if (/^framefleet-\w+-worker-/.test(name)) return "workers";
  return "other (bench, CLI)";
}

