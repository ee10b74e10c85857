/**
 * The fleet as the coordinator sees it: node adverts from KV (lost when silent for three advert
 * intervals; forgotten once gone for a while, node-pruning.ts), drain and undrain requests to a
 * node's control subject, and queue depth.
 */
import type { JetStreamManager } from "@nats-io/jetstream";
import type { KV } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { decode, encode } from "../../../common/src/codec";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { kvGetAll } from "../../../common/src/nats/kv-util";
import { NodeState, nodeStateName, pb, type NodeCommandReply, type NodeView } from "../../../common/src/proto";
import { STREAM_TASKS, nodeControlSubject } from "../../../common/src/subjects";
import type { CoordinatorMetrics } from "./coordinator-metrics";
import { shouldForget } from "./node-pruning";

const DEFAULT_ADVERT_MS = 5000;

export class FleetView {
  constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly nodesKv: KV,
    private readonly metrics: CoordinatorMetrics,
  ) {}

  async nodes(now = Date.now()): Promise<NodeView[]> {
    return (await this.read(now)).map((r) => r.view);
  }

  /**
   * Deletes the adverts of nodes that are gone (stopped or lost) and silent for at least
   * `afterMs` (0: all of them, `framefleet nodes --prune`); returns who was forgotten. A node that
   * advertised again meanwhile is kept: the delete is a compare-and-set on the advert read.
   */
  async forgetGone(afterMs: number, now = Date.now()): Promise<{ node: string; state: string }[]> {
    const forgotten: { node: string; state: string }[] = [];
    for (const { key, view, revision } of await this.read(now)) {
      if (!shouldForget(view, afterMs)) continue;
      try {
        await this.nodesKv.delete(key, { previousSeq: revision });
        forgotten.push({ node: view.advert?.node ?? key, state: view.lost ? "lost" : nodeStateName(view.advert?.state) });
      } catch {
        // It advertised again (or someone else forgot it first): nothing to do.
      }
    }
    return forgotten;
  }

  private async read(now: number): Promise<{ key: string; view: NodeView; revision: number }[]> {
    const views = (await kvGetAll(this.nodesKv, ">")).map((e) => {
      const advert = decode(pb.NodeAdvert, e.value, "node advert");
      const age = Math.max(0, now - advert.sentAtMs);
      const lost = advert.state !== NodeState.NODE_STATE_STOPPED && age > 3 * (advert.advertIntervalMs || DEFAULT_ADVERT_MS);
      return { key: e.key, view: pb.NodeView.create({ advert, ageS: age / 1000, lost }), revision: e.revision };
    });
    return views.sort((a, b) => (a.view.advert?.node ?? "").localeCompare(b.view.advert?.node ?? ""));
  }

  async drain(node: string, deadlineMs: number, undrain: boolean): Promise<NodeCommandReply> {
    const cmd = undrain ? { undrain: {} } : { drain: { deadlineMs } };
    try {
      const reply = await this.nc.request(nodeControlSubject(node), encode(pb.NodeCommand, pb.NodeCommand.create(cmd)), { timeout: 5000 });
      return decode(pb.NodeCommandReply, reply.data);
    } catch (err) {
      const known = (await this.nodes()).some((v) => v.advert?.node === node);
      throw new FleetError(
        known ? FleetErrorCode.TIMEOUT : FleetErrorCode.NOT_FOUND,
        known ? `node ${node} did not answer: ${(err as Error).message}` : `no node named ${node} is running (framefleet nodes lists them)`,
        { cause: err },
      );
    }
  }

  /** Refreshes queue and node gauges (every few seconds, not per task: consumer info is a request). */
  async refreshMetrics(): Promise<void> {
    let stuck = 0;
    for await (const ci of this.jsm.consumers.list(STREAM_TASKS)) {
      // Messages on this consumer's subjects that are neither waiting nor in flight.
      const si = await this.jsm.streams.info(STREAM_TASKS, { subjects_filter: ci.config.filter_subject ?? ">" });
      const stored = Object.values(si.state.subjects ?? {}).reduce((s, n) => s + n, 0);
      stuck += Math.max(0, stored - ci.num_pending - ci.num_ack_pending);
      const [kind, ...rest] = ci.name.split("_");
      const labels = { kind: kind ?? "", backend: rest.join("_") };
      this.metrics.queueDepth.set(labels, ci.num_pending);
      this.metrics.queueInFlight.set(labels, ci.num_ack_pending);
      this.metrics.queueWaiting.set(labels, ci.num_waiting);
    }
    // Tasks of a backend no worker has served yet have no consumer: stuck-queues.ts watches those.
    this.metrics.queueUndeliverable.set(stuck);
    const counts = new Map<string, number>();
    this.metrics.nodes.reset();
    // Nodes that went away must not keep a series.
    this.metrics.nodeDevices.reset();
    for (const v of await this.nodes()) {
      const a = v.advert;
      if (!a) continue;
      const state = v.lost ? "lost" : nodeStateName(a.state);
      const key = `${a.role}|${state}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      this.metrics.nodeDevices.set({ node: a.node, role: a.role }, a.devices.length);
    }
    for (const [key, n] of counts) {
      const [role, state] = key.split("|") as [string, string];
      this.metrics.nodes.set({ role, state }, n);
    }
  }
}
