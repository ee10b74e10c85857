/**
 * The coordinator's link to NATS as the Control API reports it. Nearly every call reads or writes
 * JetStream (run records, node adverts, the task queue); with NATS gone those reads fail after
 * their own timeouts with nats.js's bare "timeout", which the CLI printed as `framefleet: timeout`.
 * The API answers such a failure with UNAVAILABLE and a message that names NATS and its address,
 * so the person at the CLI knows the coordinator is fine and NATS is not.
 */
import type { NatsConnection } from "@nats-io/transport-node";
import { FleetError, FleetErrorCode, isFleetError } from "../../../common/src/errors";
import type { Logger } from "../../../common/src/log";
import { formatDuration } from "../../../common/src/units";

/** nats.js errors (by `name`, which survives realms) that mean NATS did not answer or is not connected. */
const NATS_FAILURES = new Set([
  "TimeoutError",
  "RequestError",
  "NoResponders",
  "ClosedConnectionError",
  "DrainingConnectionError",
  "ConnectionError",
  "JetStreamNotEnabled",
]);

/** Whether `err`, or an error it wraps, is nats.js saying NATS did not answer or is not connected. */
export function isNatsFailure(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (NATS_FAILURES.has(e.name)) return true;
  }
  return false;
}

/** The server list of `nats.url` without user names and passwords (`nats://user:pass@host`): they must not reach API clients. */
export function redactServers(url: string): string {
  return url
    .split(",")
    .map((s) => s.trim().replace(/^([a-z]+:\/\/)?[^@/]*@/i, "$1"))
    .filter((s) => s !== "")
    .join(",");
}

export class NatsLink {
  /** When the connection was lost; undefined while connected. */
  private downSince: number | undefined;
  private readonly servers: string;

  constructor(
    private readonly nc: Pick<NatsConnection, "status" | "isClosed">,
    natsUrl: string,
    private readonly log?: Logger,
  ) {
    this.servers = redactServers(natsUrl);
  }

  /** Follows the connection's status events until it closes. */
  start(): this {
    void (async () => {
      for await (const s of this.nc.status()) {
        if (s.type === "disconnect") {
          this.downSince ??= Date.now();
          this.log?.warn("lost the connection to NATS; reconnecting", { server: s.server });
        } else if (s.type === "reconnect") {
          this.downSince = undefined;
          this.log?.info("reconnected to NATS", { server: s.server });
        }
      }
    })();
    return this;
  }

  /** Whether the coordinator is without a NATS connection now. */
  isDown(): boolean {
    return this.downSince !== undefined || this.nc.isClosed();
  }

  /**
   * The answer while the connection is lost (a call that needs NATS would only wait for its own
   * timeouts): UNAVAILABLE naming NATS, its address, and since when.
   */
  unreachable(cause = this.downSince === undefined ? "connection closed" : `connection lost ${formatDuration(Date.now() - this.downSince)} ago`): FleetError {
    return new FleetError(
      FleetErrorCode.UNAVAILABLE,
      `the coordinator cannot reach NATS at ${this.servers} (${cause}): is nats-server running, and reachable from the coordinator's machine (its nats.url)? The coordinator keeps reconnecting; try again once NATS is back`,
    );
  }

  /**
   * `err` as the Control API answers it: a failure for want of NATS becomes an UNAVAILABLE
   * FleetError naming NATS; the coordinator's own errors (not found, bad spec …) stay as they are.
   */
  explain(err: unknown): unknown {
    if (isFleetError(err) && err.code !== FleetErrorCode.INTERNAL) return err;
    if (!isNatsFailure(err) && !this.isDown()) return err;
    const cause = err instanceof Error ? err.message : String(err);
    if (this.isDown()) return Object.assign(this.unreachable(cause), { cause: err });
    return new FleetError(
      FleetErrorCode.UNAVAILABLE,
      `NATS at ${this.servers} did not answer the coordinator in time (${cause}): nats-server may be overloaded, stopped without closing its connections, or (in a cluster) without a JetStream leader; try again in a moment`,
      { cause: err },
    );
  }
}
