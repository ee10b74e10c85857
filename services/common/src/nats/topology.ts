/**
 * Creates the JetStream topology idempotently at start: every service calls ensureTopology, so
 * the first one up creates it and the others find it as it is. Works on nats-server 2.9.10
 * (Debian) and current servers: only features 2.9 honours are used (see docs/architecture.md).
 */
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamManager,
  type StreamConfig,
} from "@nats-io/jetstream";
import { nanos } from "@nats-io/transport-node";
import type { NatsConnection } from "@nats-io/transport-node";
import { Kvm, type KV } from "@nats-io/kv";
import { Objm, type ObjectStore } from "@nats-io/obj";
import type { TaskKindName } from "../task-kind";
import * as S from "../subjects";

export interface TopologyOptions {
  /** Stream and KV replicas: 1 on a single server, 3 on a 3-node cluster. @default 1 */
  readonly replicas: number;
  /** Msg-Id dedup window of the TASKS stream; must cover a coordinator restart. @default 30 min */
  readonly duplicateWindowMs: number;
  /** How long run events are kept. @default 14 days */
  readonly eventsMaxAgeMs: number;
  /** Cap of the TASKS stream; publishes fail (discard new) rather than dropping tasks. @default 4 GiB */
  readonly tasksMaxBytes: number;
}

export const defaultTopology: TopologyOptions = Object.freeze({
  replicas: 1,
  duplicateWindowMs: 30 * 60_000,
  eventsMaxAgeMs: 14 * 86_400_000,
  tasksMaxBytes: 4 * 1024 ** 3,
});

export interface TaskConsumerOptions {
  /** Lease length: a task whose worker stops heartbeating is redelivered after this. @default 60 s */
  readonly ackWaitMs: number;
  /** Deliveries before the MAX_DELIVERIES advisory; leave headroom for hand-backs. @default 20 */
  readonly maxDeliver: number;
  /** Above the fleet's peak of running tasks. @default 10000 */
  readonly maxAckPending: number;
  /** Above the fleet's peak of concurrent pulls; immutable once created. @default 4096 */
  readonly maxWaiting: number;
}

export const defaultTaskConsumer: TaskConsumerOptions = Object.freeze({
  ackWaitMs: 60_000,
  maxDeliver: 20,
  maxAckPending: 10_000,
  maxWaiting: 4096,
});

export interface Topology {
  readonly runs: KV;
  readonly items: KV;
  readonly nodes: KV;
  readonly outputs: KV;
  readonly attempts: KV;
  readonly reports: ObjectStore;
}

const STREAM_EXISTS_DIFFERENT = 10058;
const CONSUMER_EXISTS = 10148;

async function ensureStream(jsm: JetStreamManager, cfg: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    await jsm.streams.add(cfg);
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === STREAM_EXISTS_DIFFERENT) {
      await jsm.streams.update(cfg.name, cfg);
      return;
    }
    throw err;
  }
}

/** Creates or updates a durable consumer (2.9 `add` already upserts; ≥2.10 needs `update`). */
export async function ensureConsumer(jsm: JetStreamManager, stream: string, cfg: Partial<ConsumerConfig> & { durable_name: string }): Promise<void> {
  try {
    await jsm.consumers.add(stream, cfg);
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === CONSUMER_EXISTS) {
      const { durable_name: _name, max_waiting: _immutable, ...update } = cfg;
      await jsm.consumers.update(stream, cfg.durable_name, update);
      return;
    }
    throw err;
  }
}

export async function ensureTopology(nc: NatsConnection, jsm: JetStreamManager, opts: TopologyOptions = defaultTopology): Promise<Topology> {
  const replicas = opts.replicas;
  await ensureStream(jsm, {
    name: S.STREAM_TASKS,
    subjects: ["ff.task.>"],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    discard: DiscardPolicy.New,
    num_replicas: replicas,
    duplicate_window: nanos(opts.duplicateWindowMs),
    max_bytes: opts.tasksMaxBytes,
  });
  await ensureStream(jsm, {
    name: S.STREAM_EVENTS,
    subjects: ["ff.event.>"],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    max_age: nanos(opts.eventsMaxAgeMs),
    duplicate_window: nanos(opts.duplicateWindowMs),
  });
  await ensureStream(jsm, {
    name: S.STREAM_ADVISORIES,
    subjects: [S.MAX_DELIVERIES_ADVISORY],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    max_age: nanos(opts.eventsMaxAgeMs),
  });
  const eventsConsumer = (name: string, filter: string): Partial<ConsumerConfig> & { durable_name: string } => ({
    durable_name: name,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: filter,
    // An event whose handling failed while NATS was away comes back after this (a nak sent then is lost).
    ack_wait: nanos(10_000),
    max_ack_pending: 1000,
  });
  await ensureConsumer(jsm, S.STREAM_EVENTS, eventsConsumer(S.CONSUMER_COORDINATOR, "ff.event.>"));
  // The coordinator's feed to the aggregator: finished items and run changes, written once each.
  await ensureStream(jsm, {
    name: S.STREAM_FEED,
    subjects: ["ff.feed.>"],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: replicas,
    max_age: nanos(opts.eventsMaxAgeMs),
    duplicate_window: nanos(opts.duplicateWindowMs),
  });
  await ensureConsumer(jsm, S.STREAM_FEED, eventsConsumer(S.CONSUMER_AGGREGATOR, "ff.feed.>"));
  // Until 0.2 the aggregator read every worker event too; that consumer would only fill up now.
  await jsm.consumers.delete(S.STREAM_EVENTS, S.CONSUMER_AGGREGATOR).catch(() => undefined);

  const kvm = new Kvm(nc);
  const kv = (name: string) => kvm.create(name, { history: 1, replicas, storage: StorageType.File });
  const [runs, items, nodes, outputs, attempts] = await Promise.all([
    kv(S.KV_RUNS),
    kv(S.KV_ITEMS),
    kv(S.KV_NODES),
    kv(S.KV_OUTPUTS),
    kv(S.KV_ATTEMPTS),
  ]);
  const reports = await new Objm(nc).create(S.OBJ_REPORTS, { replicas, storage: StorageType.File });
  return { runs, items, nodes, outputs, attempts, reports };
}

/** The durable pull consumer shared by every worker serving (kind, backend). */
export async function ensureTaskConsumer(
  jsm: JetStreamManager,
  kind: TaskKindName,
  backend: string,
  opts: TaskConsumerOptions = defaultTaskConsumer,
): Promise<string> {
  const name = S.taskConsumerName(kind, backend);
  await ensureConsumer(jsm, S.STREAM_TASKS, {
    durable_name: name,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: S.taskConsumerFilter(kind, backend),
    // No `backoff`: its first value silently replaces ack_wait. Retry delays come from nak(ms).
    ack_wait: nanos(opts.ackWaitMs),
    max_deliver: opts.maxDeliver,
    max_ack_pending: opts.maxAckPending,
    max_waiting: opts.maxWaiting,
  });
  return name;
}
