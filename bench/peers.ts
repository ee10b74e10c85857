/**
 * `peers`: FrameFleet beside a job queue and beside the raw queue it is built on, with the same
 * work: 10,000 zero-work tasks, 4 worker processes × 16 slots, a ~300-byte payload, each
 * system's server on loopback, started and stopped here, one system after another.
 *
 *   framefleet  the dispatch scenario's fleet (bench/lib/peers/framefleet.ts)
 *   bullmq      npm bullmq on Debian's redis-server, AOF fsynced every second (…/bullmq.ts)
 *   jetstream   a work-queue stream and one durable pull consumer, plain acks (…/jetstream.ts)
 *
 * Every process's CPU (its server's included) is read from /proc over the window from the first
 * enqueue to the last task done; messages come from the server's counters (NATS) or the clients
 * (Redis commands). FRAMEFLEET_BENCH_PEERS=bullmq,jetstream runs only those systems.
 */
import { loadavg } from "node:os";
import { round } from "./lib/harness";
import { bullmqPeer } from "./lib/peers/bullmq";
import { ENQUEUE_TASKS, PAYLOAD_BYTES, PRODUCER_WINDOW, SLOTS_PER_WORKER, TASKS, WORKER_PROCESSES, type SystemName, type SystemRow } from "./lib/peers/common";
import { framefleetSystem } from "./lib/peers/framefleet";
import { jetstreamPeer } from "./lib/peers/jetstream";

const SYSTEMS: Record<SystemName, () => Promise<SystemRow>> = { framefleet: framefleetSystem, bullmq: bullmqPeer, jetstream: jetstreamPeer };
const RATIO_FIELDS = ["tasks_per_s", "cpu_ms_per_task", "messages_per_task", "enqueue_100k_s"] as const;

export async function peers(): Promise<Record<string, unknown>> {
  const chosen = (process.env.FRAMEFLEET_BENCH_PEERS ?? Object.keys(SYSTEMS).join(",")).split(",").map((s) => s.trim()) as SystemName[];
  const unknown = chosen.filter((s) => !SYSTEMS[s]);
  if (unknown.length > 0) throw new Error(`FRAMEFLEET_BENCH_PEERS: unknown system ${unknown.join(", ")}; systems: ${Object.keys(SYSTEMS).join(", ")}`);
  const systems: SystemRow[] = [];
  // What else loaded the machine: the systems share its cores with anything that runs meanwhile.
  const load: Record<string, number> = { start: round(loadavg()[0] ?? 0, 2) };
  for (const name of chosen) {
    console.log(`  ${name} ...`);
    systems.push(await SYSTEMS[name]());
    load[`after_${name}`] = round(loadavg()[0] ?? 0, 2);
  }
  const ff = systems.find((s) => s.system === "framefleet");
  // FrameFleet / peer: above 1 is more of it in FrameFleet (for tasks_per_s, more is better).
  const ratios = ff
    ? Object.fromEntries(
        systems
          .filter((s) => s !== ff)
          .map((peer) => [`framefleet/${peer.system}`, Object.fromEntries(RATIO_FIELDS.map((f) => [f, round(ff[f] / peer[f], 2)]))]),
      )
    : {};
  console.log(table(systems));
  return {
    tasks: TASKS,
    enqueue_tasks: ENQUEUE_TASKS,
    worker_processes: WORKER_PROCESSES,
    slots_per_worker: SLOTS_PER_WORKER,
    payload_bytes: PAYLOAD_BYTES,
    producer_window: PRODUCER_WINDOW,
    load_avg_1m: load,
    systems,
    ratios,
  };
}

/** The systems side by side, one figure a line. */
function table(systems: readonly SystemRow[]): string {
  const roles = [...new Set(systems.flatMap((s) => Object.keys(s.cpu_ms_per_task_by_process)))];
  const clients = [...new Set(systems.flatMap((s) => Object.keys(s.messages_per_task_by_process ?? {})))];
  const lines: [string, ...string[]][] = [
    ["", ...systems.map((s) => s.system)],
    ["tasks/s", ...systems.map((s) => String(s.tasks_per_s))],
    ["CPU-ms per task (all processes)", ...systems.map((s) => String(s.cpu_ms_per_task))],
    ...roles.map((r): [string, ...string[]] => [`  ${r}`, ...systems.map((s) => String(s.cpu_ms_per_task_by_process[r] ?? "-"))]),
    ["messages per task (in + out)", ...systems.map((s) => `${s.messages_per_task} (${s.messages_in_per_task} + ${s.messages_out_per_task ?? "?"})`)],
    ...clients.map((r): [string, ...string[]] => [
      `  ${r}`,
      ...systems.map((s) => {
        const m = s.messages_per_task_by_process?.[r];
        return m ? `${m.in} + ${m.out}` : "-";
      }),
    ]),
    ["claim→done p50 / p99 ms", ...systems.map((s) => `${s.claim_to_done_p50_ms} / ${s.claim_to_done_p99_ms}`)],
    ["enqueued→done p50 / p99 ms", ...systems.map((s) => `${s.enqueued_to_done_p50_ms} / ${s.enqueued_to_done_p99_ms}`)],
    ["peak RSS MB (sum)", ...systems.map((s) => String(round(Object.values(s.peak_rss_mb).reduce((a, b) => a + b, 0), 1)))],
    ["enqueue 100k s", ...systems.map((s) => String(s.enqueue_100k_s))],
  ];
  const width = (i: number) => Math.max(...lines.map((l) => (l[i] ?? "").length));
  return lines.map((l) => l.map((c, i) => (i === 0 ? c.padEnd(width(0)) : c.padStart(width(i) + 2))).join("")).join("\n");
}
