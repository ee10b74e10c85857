/**
 * The BullMQ peer: npm `bullmq` on Debian's redis-server (AOF, fsync every second), 4 worker
 * processes each with one Worker of concurrency 16, a producer adding jobs with addBulk in
 * chunks of 1,000. Completed jobs are kept (BullMQ's default), as the fleet keeps item records.
 *
 * Messages: the commands the clients sent and the replies they got (counted in each child
 * process), so one command and its reply are two messages, as a NATS request and its reply are.
 * Redis's INFO commandstats also counts the commands BullMQ's Lua scripts run inside the
 * server; that sum is reported beside it.
 */
import { PRODUCER_WINDOW, SLOTS_PER_WORKER, type SystemRow } from "./common";
import type { BullmqChildConfig } from "./bullmq-child";
import { startRedisServer, type RedisServer } from "./redis-server";
import { childScript, runPeer } from "./run-peer";


export async function bullmqPeer(): Promise<SystemRow> {
  const redis = await startRedisServer();
  try {
    return await runPeer({
      system: "bullmq",
      server: { role: "redis-server", pid: redis.pid },
      script: childScript("bullmq-child"),
      config: (mode): BullmqChildConfig => ({ mode, host: redis.host, port: redis.port, queue: "peers", concurrency: SLOTS_PER_WORKER, window: PRODUCER_WINDOW }),
      messagesCounted: "Redis commands the clients sent (in) and replies they got (out), counted in each client process",
      async startCount() {
        const before = await commandCalls(redis);
        return async (clients) => ({
          in: clients.sent,
          out: clients.replies,
          extra: { redis_commands_incl_scripts_per_task: (await commandCalls(redis)) - before },
        });
      },
    });
  } finally {
    await redis.stop();
  }
}

/** Every command Redis has run (its clients' and its Lua scripts'), less the bench's own INFO reads. */
async function commandCalls(redis: RedisServer): Promise<number> {
  let calls = 0;
  for (const [k, v] of await redis.info("commandstats")) {
    if (!k.startsWith("cmdstat_") || k === "cmdstat_info") continue;
    calls += Number(/calls=(\d+)/.exec(v)?.[1] ?? 0);
  }
  return calls;
}
