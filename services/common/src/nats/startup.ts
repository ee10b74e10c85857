/**
 * Connecting a service to the fleet at start: NATS, then the JetStream topology. Both are retried
 * for a while, because a service often starts while NATS does not answer yet (a pod starting
 * beside its NATS, a cluster electing a new leader after a node died); giving up at the first
 * timeout would leave the fleet without that service.
 */
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { delay } from "../abort";
import { FleetError, FleetErrorCode } from "../errors";
import { errorFields, type Logger } from "../log";
import { connectNats, type NatsSettings } from "./connect";
import { defaultTopology, ensureTopology, type Topology, type TopologyOptions } from "./topology";
import { natsSettingsFromConfig } from "./connect";
import type { FleetConfig } from "../config";

export interface FleetConnection {
  readonly nc: NatsConnection;
  readonly jsm: JetStreamManager;
  readonly topology: Topology;
}

export interface StartupOptions {
  /** How long to keep trying before giving up. @default 5 minutes */
  readonly timeoutMs?: number;
}

/** Runs `fn` until it succeeds or `deadline` (epoch ms) is near, backing off up to 5 s between tries. */
export async function retrying<T>(what: string, log: Logger, deadline: number, fn: () => Promise<T>): Promise<T> {
  for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() + wait > deadline) throw err;
      log.warn(`${what} failed; trying again`, { ...errorFields(err), inMs: wait });
      await delay(wait);
    }
  }
}

export async function openFleet(settings: NatsSettings, name: string, topology: TopologyOptions, log: Logger, opts: StartupOptions = {}): Promise<FleetConnection> {
  const deadline = Date.now() + (opts.timeoutMs ?? 300_000);
  const nc = await retrying("connecting to NATS", log, deadline, () => connectNats(settings, name));
  try {
    const jsm = await retrying("opening JetStream", log, deadline, () => jetstreamManager(nc));
    const topo = await retrying("creating the JetStream topology", log, deadline, () => ensureTopology(nc, jsm, topology));
    return { nc, jsm, topology: topo };
  } catch (err) {
    await nc.close().catch(() => undefined);
    throw new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `NATS at ${settings.servers.join(",")} does not serve JetStream: ${(err as Error).message}`, { cause: err });
  }
}

/** openFleet with the connection settings, replicas and start-up timeout of the configuration. */
export function openFleetFromConfig(cfg: FleetConfig, name: string, log: Logger): Promise<FleetConnection> {
  const n = cfg.nats;
  return openFleet(
    natsSettingsFromConfig(n),
    name,
    { ...defaultTopology, replicas: n.replicas },
    log,
    { timeoutMs: n.startup_timeout },
  );
}
