/**
 * `planning`: what a run at the video cap (coordinator.max_videos_per_run, 100,000 by default)
 * costs the coordinator, and what a spec far above it costs. A fresh fleet per case, no worker
 * (the tasks stay queued), a run of 100,000 videos submitted over the real Control API while a
 * second client calls ListRuns and GetRun every 100 ms: how long the submit takes (planned in
 * the planning thread, then records written and tasks published), the coordinator's peak and
 * settled RSS (from /proc) and heap (its /metrics), and how long the API took to answer
 * meanwhile. Then a 10^9-video spec (items 1,000,000 × samples 1,000), refused.
 *
 * Twice: with Node's default heap limit (V8 then lets the garbage of 200,000 JetStream writes
 * pile up, since it may), and with the coordinator's heap capped at 384 MB
 * (NODE_OPTIONS=--max-old-space-size=384): the memory a run at the cap needs.
 */
import { delay } from "../services/common/src/abort";
import { DEFAULT_MAX_VIDEOS_PER_RUN } from "../services/common/src/limits";
import { RunState } from "../services/common/src/proto";
import { noopSpec, percentile, round, rssMb, startBenchFleet } from "./lib/harness";

const PROBE_MS = 100;
const BUDGET_HEAP_MB = 384;

export async function planning(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { videos: DEFAULT_MAX_VIDEOS_PER_RUN };
  for (const [name, env] of [
    ["default_heap", undefined],
    [`heap_${BUDGET_HEAP_MB}mb`, { NODE_OPTIONS: `--max-old-space-size=${BUDGET_HEAP_MB}` }],
  ] as const) {
    const r = await measure(DEFAULT_MAX_VIDEOS_PER_RUN, env);
    for (const [k, v] of Object.entries(r)) out[`${name}_${k}`] = v;
  }
  return out;
}

async function measure(videos: number, env: NodeJS.ProcessEnv | undefined): Promise<Record<string, number>> {
  // Info logs: the coordinator's "listening" line gives its /metrics address.
  const bf = await startBenchFleet({ workers: [], backends: { "noop-plan": "type: noop" }, logLevel: "info", ...(env ? { env } : {}) });
  try {
    const pid = bf.fleet.services.get("coordinator")?.child.pid as number;
    const metrics = bf.fleet.metricsUrls().coordinator as string;
    // The coordinator has started and planned nothing yet.
    await delay(2000);
    const idleRss = rssMb(pid);
    let peak = idleRss;
    let planningSeen = 0;
    const latencies: number[] = [];
    let done = false;
    const probe = (async () => {
      const client = bf.fleet.client();
      try {
        while (!done) {
          const t = Date.now();
          const mine = await client.listRuns().then(
            async ({ runs }) => {
              const run = runs.find((r) => r.run?.name === "bench-plan");
              if (run) await client.getRun(run.run?.runId as string);
              return run;
            },
            (err: Error) => {
              // A call that failed counts with its time (a deadline: 30 s), and is named.
              console.log(`  probe failed after ${Date.now() - t} ms: ${err.message}`);
              return undefined;
            },
          );
          latencies.push(Date.now() - t);
          if (mine?.run?.state === RunState.RUN_STATE_PLANNING) planningSeen++;
          peak = Math.max(peak, rssMb(pid));
          await delay(PROBE_MS);
        }
      } finally {
        client.close();
      }
    })();
    const t0 = Date.now();
    console.log(`  submitting ${videos} videos ${env ? `(${env.NODE_OPTIONS})` : "(default heap)"}`);
    const res = await bf.client.submitRun({ specYaml: noopSpec("bench-plan", videos, "nobody-serves-this", "0ms"), baseDir: bf.dir, specSource: "bench", resumeRunId: "" });
    const submitS = (Date.now() - t0) / 1000;
    done = true;
    await probe;
    if (res.tasks !== videos) throw new Error(`planned ${res.tasks} tasks, expected ${videos}`);
    const status = await bf.client.getRun(res.runId);
    if (status.run?.state !== RunState.RUN_STATE_RUNNING) throw new Error(`run ended ${status.run?.state}`);
    // Settled: the run in memory and whatever garbage V8 has not collected yet (what a user sees).
    await delay(5000);
    const settled = rssMb(pid);
    const heapUsed = await gauge(metrics, "nodejs_heap_size_used_bytes");
    // The same calls with the run in memory and nothing being planned: what they cost anyway.
    const baseline: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = Date.now();
      await bf.client.listRuns();
      await bf.client.getRun(res.runId);
      baseline.push(Date.now() - t);
      await delay(PROBE_MS);
    }

    const t1 = Date.now();
    const billion = noopSpec("bench-billion", 1_000_000, "nobody-serves-this", "0ms", "samples_per_prompt: 1000");
    const refused = await bf.client.submitRun({ specYaml: billion, baseDir: bf.dir, specSource: "bench", resumeRunId: "" }).then(
      () => false,
      (err: { code?: string }) => err.code === "spec_invalid",
    );
    if (!refused) throw new Error("the 10^9-video spec was not refused");
    return {
      submit_s: round(submitS, 2),
      idle_rss_mb: round(idleRss, 0),
      peak_rss_mb: round(peak, 0),
      settled_rss_mb: round(settled, 0),
      settled_heap_used_mb: round(heapUsed / 2 ** 20, 0),
      api_calls_while_submitting: latencies.length,
      api_calls_seeing_planning: planningSeen,
      api_p50_ms: percentile(latencies, 50),
      api_p99_ms: percentile(latencies, 99),
      api_max_ms: Math.max(...latencies),
      api_idle_p50_ms: percentile(baseline, 50),
      api_idle_max_ms: Math.max(...baseline),
      refuse_billion_ms: Date.now() - t1,
    };
  } finally {
    // Not cancelled: removing 100k queued tasks is its own workload; the fleet is thrown away.
    await bf.close();
  }
}

/** A gauge's value from a Prometheus text page. */
async function gauge(url: string, name: string): Promise<number> {
  const line = (await (await fetch(url)).text()).split("\n").find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  return line ? Number(line.split(" ").pop()) : NaN;
}
