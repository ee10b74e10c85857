/**
 * `dispatch`: the fleet's own cost per task. Noop tasks of zero simulated time over 4 nodes × 16
 * devices, so nothing but the fleet is measured: queue → worker → backend → result → the
 * coordinator's durable record. Then the planning and publishing of a 100k-task run that no
 * worker serves (it stays queued, and is cancelled after).
 *
 * Then latency at half of the peak rate: tasks as long as makes the 64 devices finish half the
 * peak rate, enqueued (published to the work queue by admission) → done (the record committed),
 * and the same less the backend's time: what the fleet adds to a task at that load.
 *
 * Per task: claim → backend start is the worker's time from receiving the task to entering the
 * backend (start - finish - backend time: the noop backend returns at once); result → commit is
 * from the backend's return to the coordinator's item record in KV (the KV entry's server
 * timestamp), including the result event's trip through JetStream.
 */
import { Kvm } from "@nats-io/kv";
import { connect, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { decode } from "../services/common/src/codec";
import { kvGetAll } from "../services/common/src/nats/kv-util";
import { parseServers } from "../services/common/src/nats/connect";
import { ItemState, pb } from "../services/common/src/proto";
import { KV_ITEMS } from "../services/common/src/subjects";
import { cpuByRole, fleetProcesses, noopSpec, percentile, round, startBenchFleet, submit, waitForRun } from "./lib/harness";
import { readNatsCounts } from "./lib/nats-counters";

const NODES = 4;
const DEVICES_PER_NODE = 16;
const TASKS = 10_000;
const ENQUEUE = 100_000;
const HALF_LOAD_TASKS = 5_000;

export async function dispatch(): Promise<Record<string, unknown>> {
  const bf = await startBenchFleet({
    workers: Array.from({ length: NODES }, (_, i) => ({ role: "gen" as const, node: `dp-${i}`, devices: `sim:${DEVICES_PER_NODE}x80GiB` })),
    backends: { "noop-0": "type: noop" },
  });
  const nc = await connect({ servers: parseServers(bf.fleet.natsUrl) });
  try {
    // ---- throughput and per-task overhead ----
    const pids = fleetProcesses(bf);
    const tap = process.env.FRAMEFLEET_BENCH_TAP === "1" ? tapSubjects(nc) : undefined;
    const varz0 = await readNatsCounts(bf.fleet.nats?.monitorUrl ?? "");
    const cpu0 = cpuByRole(pids);
    const ts = Date.now();
    const runId = await submit(bf.client, noopSpec("bench-dispatch", TASKS, "noop-0", "0ms"), bf.dir);
    console.log(`  submitted ${TASKS} tasks in ${Date.now() - ts} ms`);
    await waitForRun(bf.client, runId, 900_000);
    console.log(`  run completed ${Date.now() - ts} ms after submit`);
    const cpu1 = cpuByRole(pids);
    const varz1 = await readNatsCounts(bf.fleet.nats?.monitorUrl ?? "");
    if (tap) {
      tap.sub.unsubscribe();
      const rows = [...tap.counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `    ${(n / TASKS).toFixed(3).padStart(8)}  ${k}`);
      console.log(`  messages per task by subject (seen by a tap; excludes the tap itself):\n${rows.join("\n")}`);
    }
    // Where the machine's CPU went, per 1,000 tasks (planning and publishing included).
    const cpuPer1k = Object.fromEntries(Object.keys(cpu1).map((k) => [k, round(((cpu1[k] as number) - (cpu0[k] as number)) / (TASKS / 1000), 3)]));
    const items = await kvGetAll(await new Kvm(nc).open(KV_ITEMS), `${runId}.>`, 256);
    const claimToStart: number[] = [];
    const resultToCommit: number[] = [];
    const total: number[] = [];
    let firstStart = Infinity;
    let lastCommit = 0;
    for (const e of items) {
      const item = decode(pb.ItemRecord, e.value, "item record");
      const t = item.genTimings;
      if (item.state !== ItemState.ITEM_STATE_DONE || !t) continue;
      const committedAt = e.created.getTime();
      const a = Number(t.finishedAtMs) - Number(t.startedAtMs) - t.backendMs;
      const b = committedAt - Number(t.finishedAtMs);
      claimToStart.push(a);
      resultToCommit.push(b);
      total.push(a + b);
      firstStart = Math.min(firstStart, Number(t.startedAtMs));
      lastCommit = Math.max(lastCommit, committedAt);
    }
    if (total.length !== TASKS) throw new Error(`expected ${TASKS} done items, found ${total.length}`);

    // ---- latency at half of peak load ----
    // Tasks as long as makes 64 devices take half the peak rate: the control plane then carries
    // half its peak, and what a task spends beyond its backend time is what the fleet adds.
    const peak = TASKS / ((lastCommit - firstStart) / 1000);
    const taskMs = Math.max(1, Math.round((NODES * DEVICES_PER_NODE * 1000) / (peak / 2)));
    const halfRun = await submit(bf.client, noopSpec("bench-half-load", HALF_LOAD_TASKS, "noop-0", `${taskMs}ms`), bf.dir);
    await waitForRun(bf.client, halfRun, 900_000);
    const enqueuedToDone: number[] = [];
    const overheadHalf: number[] = [];
    let halfFirst = Infinity;
    let halfLast = 0;
    for (const e of await kvGetAll(await new Kvm(nc).open(KV_ITEMS), `${halfRun}.>`, 256)) {
      const item = decode(pb.ItemRecord, e.value, "item record");
      const t = item.genTimings;
      if (item.state !== ItemState.ITEM_STATE_DONE || !t || !t.publishedAtMs) continue;
      const committedAt = e.created.getTime();
      enqueuedToDone.push(committedAt - Number(t.publishedAtMs));
      overheadHalf.push(committedAt - Number(t.publishedAtMs) - t.backendMs);
      halfFirst = Math.min(halfFirst, Number(t.startedAtMs));
      halfLast = Math.max(halfLast, committedAt);
    }
    console.log(`  half load: ${taskMs} ms tasks, ${round(enqueuedToDone.length / ((halfLast - halfFirst) / 1000), 1)} tasks/s`);

    // ---- enqueue 100k ----
    const t0 = Date.now();
    const big = await submit(bf.client, noopSpec("bench-enqueue", ENQUEUE, "nobody-serves-this", "0ms"), bf.dir);
    const enqueueMs = Date.now() - t0;
    // Not cancelled: marking 100k items failed is its own workload; the fleet is thrown away.
    void big;

    return {
      tasks_per_s: round(TASKS / ((lastCommit - firstStart) / 1000), 1),
      half_load_tasks_per_s: round(enqueuedToDone.length / ((halfLast - halfFirst) / 1000), 1),
      half_load_task_ms: taskMs,
      half_load_enqueued_to_done_p50_ms: percentile(enqueuedToDone, 50),
      half_load_enqueued_to_done_p99_ms: percentile(enqueuedToDone, 99),
      half_load_overhead_p50_ms: percentile(overheadHalf, 50),
      half_load_overhead_p99_ms: percentile(overheadHalf, 99),
      overhead_p50_ms: percentile(total, 50),
      overhead_p99_ms: percentile(total, 99),
      enqueue_100k_s: round(enqueueMs / 1000),
      claim_to_backend_p50_ms: percentile(claimToStart, 50),
      claim_to_backend_p99_ms: percentile(claimToStart, 99),
      result_to_commit_p50_ms: percentile(resultToCommit, 50),
      result_to_commit_p99_ms: percentile(resultToCommit, 99),
      cpu_s_per_1k_tasks: cpuPer1k,
      messages_in_per_task: round((varz1.in - varz0.in) / TASKS, 2),
      messages_out_per_task: round((varz1.out - varz0.out - (tap?.seen ?? 0)) / TASKS, 2),
      tasks: TASKS,
      devices: NODES * DEVICES_PER_NODE,
    };
  } finally {
    await nc.close();
    await bf.close();
  }
}

/** Diagnosis only: every message on the server, counted by the shape of its subject. */
function tapSubjects(nc: NatsConnection): { sub: Subscription; counts: Map<string, number>; seen: number } {
  const counts = new Map<string, number>();
  const out = { sub: undefined as unknown as Subscription, counts, seen: 0 };
  out.sub = nc.subscribe(">", {
    callback: (_e, m) => {
      out.seen++;
      const parts = m.subject.split(".");
      const text = m.data.length > 0 && m.data.length < 300 ? m.string() : "";
      const stream = /"stream":"([^"]+)"/.exec(text)?.[1];
      const key = m.subject.startsWith("_INBOX")
        ? stream
          ? `publish ack from ${stream}`
          : `reply (${m.headers ? `status ${m.headers.code}` : text.startsWith("{") ? "api" : "data"})`
        : m.subject.startsWith("$JS.ACK")
          ? `ack ${parts[2]}.${parts[3]} ${text.slice(0, 5) || "+ACK"}`
          : m.subject.startsWith("$KV")
            ? `kv put ${parts[1]}`
            : m.subject.startsWith("$JS.API")
              ? parts.slice(0, 5).join(".")
              : m.reply?.startsWith("$JS.ACK")
                ? `delivery ${parts.slice(0, 2).join(".")}.*.${parts[parts.length - 1]}`
                : `publish ${parts.slice(0, 2).join(".")}.*.${parts[parts.length - 1]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    },
  });
  return out;
}
