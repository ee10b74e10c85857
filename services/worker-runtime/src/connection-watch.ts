/**
 * The worker's view of its NATS connection, from the client's status events.
 *
 * A partition gives no error: packets stop, and only unanswered pings tell (nats.ping_interval ×
 * (nats.max_pings_out + 1) at most). Two things must follow from it:
 * - While the connection is down, the worker issues no pull. nats.js buffers what is published
 *   meanwhile and flushes it on reconnect: a pull request buffered during the cut reaches the
 *   server after the client-side fetch has given up, and the task the server hands it is leased to
 *   nobody until ack_wait runs out.
 * - Once the connection is back, the node advertises at once. Its periodic advert may be a whole
 *   interval away, or stuck in a put that times out, and until the coordinator hears from it the
 *   node looks lost.
 */
import type { NatsConnection, Status } from "@nats-io/transport-node";
import type { Logger } from "../../common/src/log";

export interface ConnectionWatchHooks {
  /** The connection was lost: stop waiting on a pull that can no longer be answered. */
  readonly onDown?: () => void;
  /** The connection is back: advertise now and pull again. */
  readonly onUp?: () => void;
}

export class ConnectionWatch {
  /** When the connection was lost; undefined while connected. */
  private downSince: number | undefined;
  /** Unanswered pings that ended the connection, when that is how it ended. */
  private stale = false;

  constructor(
    private readonly nc: Pick<NatsConnection, "status">,
    private readonly log: Logger,
    private readonly hooks: ConnectionWatchHooks = {},
  ) {}

  /** Follows the status events until the connection closes. */
  start(): this {
    void (async () => {
      for await (const s of this.nc.status()) this.apply(s);
    })();
    return this;
  }

  /** Whether a pull may be issued now. */
  get connected(): boolean {
    return this.downSince === undefined;
  }

  private apply(s: Status): void {
    switch (s.type) {
      case "staleConnection":
        // Comes just before its "disconnect": remember why, so that one line says it.
        this.stale = true;
        return;
      case "disconnect":
        if (this.downSince !== undefined) return;
        this.downSince = Date.now();
        this.log.warn("lost the connection to NATS; pulling no task until it is back", {
          server: s.server,
          why: this.stale ? "no answer to pings" : "connection closed",
        });
        this.stale = false;
        this.hooks.onDown?.();
        return;
      case "reconnect":
        if (this.downSince === undefined) return;
        this.log.info("connection to NATS back; advertising and pulling again", { server: s.server, downMs: Date.now() - this.downSince });
        this.downSince = undefined;
        this.hooks.onUp?.();
        return;
      default:
        return;
    }
  }
}
