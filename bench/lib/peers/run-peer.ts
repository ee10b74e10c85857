/**
 * One peer's measurement, the same for BullMQ and raw JetStream: 4 worker processes and a
 * producer process against the peer's server (already started by the caller), 10,000 tasks,
 * CPU read from /proc for every process over the window from the producer's start to the last
 * task done; then the workers leave and a fresh producer enqueues 100,000 tasks nobody takes.
 */
import { join } from "node:path";
import { waitFor } from "../../../services/common/src/abort";
import { cpuByRole, peakRssMb, round } from "../harness";
import { cpuPerTask, ENQUEUE_TASKS, latencyFigures, PeerChild, TASKS, taskTimes, WORKER_PROCESSES, type SystemName, type SystemRow } from "./common";

/** Messages in the window: `in` client → server, `out` server → client (null: not counted). */
export interface WindowCounts {
  readonly in: number;
  readonly out: number | null;
  readonly extra?: Record<string, number>;
  /** Per role, messages per task in and out (NATS: from /connz). */
  readonly byProcess?: Record<string, { in: number; out: number }>;
}

export interface PeerSetup {
  readonly system: Exclude<SystemName, "framefleet">;
  /** Its server's role name (e.g. "redis-server") and process. */
  readonly server: { readonly role: string; readonly pid: number };
  /** Built child script (beside this file in dist/) and its config for a mode. */
  readonly script: string;
  readonly config: (mode: "worker" | "producer") => unknown;
  /** What messages_per_task counts, in words (written into the result). */
  readonly messagesCounted: string;
  /**
   * Starts counting; the returned function ends the count. `clients`: requests and replies the
   * children counted themselves (zero where they count nothing).
   */
  startCount(): Promise<(clients: { sent: number; replies: number }) => Promise<WindowCounts>>;
}

export function childScript(name: string): string {
  return join(__dirname, `${name}.js`);
}

export async function runPeer(setup: PeerSetup): Promise<SystemRow> {
  const start = (name: string, mode: "worker" | "producer") => PeerChild.start(`${setup.system} ${name}`, setup.script, setup.config(mode));
  const workers = Array.from({ length: WORKER_PROCESSES }, (_, i) => start(`worker ${i}`, "worker"));
  const producer = start("producer", "producer");
  const all = [...workers, producer];
  try {
    await Promise.all(all.map((c) => c.next("ready")));
    const pids = { [setup.server.role]: [setup.server.pid], workers: workers.map((w) => w.pid), producer: [producer.pid] };

    // ---- 10,000 tasks ----
    const cpu0 = cpuByRole(pids);
    const endCount = await setup.startCount();
    for (const w of workers) w.send({ t: "mark" });
    producer.send({ t: "go", tasks: TASKS });
    const enqueued = producer.next("enqueued", 600_000);
    await waitFor(() => workers.reduce((a, w) => a + w.done, 0) >= TASKS, { timeoutMs: 600_000, intervalMs: 20, what: `${TASKS} ${setup.system} tasks done` });
    const cpu1 = cpuByRole(pids);
    const peakRss = Object.fromEntries(Object.entries(pids).map(([role, list]) => [role, round(list.reduce((a, pid) => a + peakRssMb(pid), 0), 1)]));
    await enqueued;
    const reports = await Promise.all(
      all.map((c) => {
        const r = c.next("records");
        c.send({ t: "report" });
        return r;
      }),
    );
    const clients = reports.reduce((a, r) => ({ sent: a.sent + (r.counts?.sent ?? 0), replies: a.replies + (r.counts?.replies ?? 0) }), { sent: 0, replies: 0 });
    const counts = await endCount(clients);
    const times = reports.flatMap((r) => taskTimes(r.rows));
    await Promise.all(all.map((c) => c.stop()));

    // ---- 100,000 tasks enqueued, nobody serving ----
    const big = start("producer (100k)", "producer");
    let enqueueMs: number;
    try {
      await big.next("ready");
      big.send({ t: "go", tasks: ENQUEUE_TASKS });
      enqueueMs = (await big.next("enqueued", 600_000)).ms;
    } finally {
      await big.stop();
    }

    const cpu = cpuPerTask(cpu0, cpu1, TASKS);
    return {
      system: setup.system,
      tasks: TASKS,
      ...latencyFigures(times),
      cpu_ms_per_task: cpu.total,
      cpu_ms_per_task_by_process: cpu.byProcess,
      messages_per_task: round((counts.in + (counts.out ?? 0)) / TASKS, 2),
      messages_in_per_task: round(counts.in / TASKS, 2),
      messages_out_per_task: counts.out === null ? null : round(counts.out / TASKS, 2),
      messages_counted: setup.messagesCounted,
      ...(counts.byProcess ? { messages_per_task_by_process: counts.byProcess } : {}),
      peak_rss_mb: peakRss,
      enqueue_100k_s: round(enqueueMs / 1000),
      ...Object.fromEntries(Object.entries(counts.extra ?? {}).map(([k, v]) => [k, round(v / TASKS, 2)])),
    };
  } finally {
    await Promise.all(all.map((c) => c.stop()));
  }
}
