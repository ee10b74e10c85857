/**
 * Which errors are the control plane's fault, not the task's: NATS down, reconnecting or closing,
 * a request nobody answered in time, JetStream not (yet) answering after a restart, a stream or
 * the meta group between leaders. A task that met one of these is handed back without spending
 * an attempt (task-executor.ts); a write that meets one is retried first (infra-retry.ts).
 *
 * Matched by nats.js's error classes and JetStream's API error codes, not by message text.
 * `instanceof` works here because the classes come from the one copy of the library that also
 * threw them; names are checked as well for the classes whose names nothing else uses.
 */
import { errors as core } from "@nats-io/transport-node";
import { JetStreamApiError } from "@nats-io/jetstream";
// The package's second entry: JetStreamNotEnabled and JetStreamStatusError are not on the first.
import { JetStreamStatusError, jserrors } from "@nats-io/jetstream/internal";
import { FleetErrorCode, isFleetError } from "../errors";

/**
 * JetStream API error codes (nats-server's errors.json) that go away without anyone acting:
 * 10007 cluster not assigned to this server, 10008 system temporarily unavailable (no meta
 * leader), 10009 cluster can not handle request (no leader), 10118 stream offline, 10119 consumer
 * offline.
 */
const TRANSIENT_API_CODES: ReadonlySet<number> = new Set([10007, 10008, 10009, 10118, 10119]);

/** nats.js names unique to it: a plain name check is safe across Jest realms. */
const NATS_ONLY_NAMES: ReadonlySet<string> = new Set(["ClosedConnectionError", "DrainingConnectionError", "NoResponders", "JetStreamNotEnabled"]);

/** How deep a chain of `cause`s is followed (FleetError → RequestError → TimeoutError). */
const MAX_CAUSES = 5;

/**
 * True when `err`, or an error it wraps as its `cause`, is an infrastructure failure. A FleetError
 * whose code already says what went wrong (anything but `internal`) keeps its verdict: a backend
 * failure stays a task failure whatever it wraps.
 */
export function isInfrastructureError(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth <= MAX_CAUSES && e !== null && e !== undefined; depth++) {
    if (isFleetError(e)) {
      if (e.code === FleetErrorCode.INFRASTRUCTURE) return true;
      if (e.code !== FleetErrorCode.INTERNAL) return false;
    } else if (isNatsInfraFailure(e)) {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function isNatsInfraFailure(e: unknown): boolean {
  // A timeout of nats.js's own (a request, a JetStream publish or API call). Not by name: the
  // DOMException of AbortSignal.timeout() is a "TimeoutError" too, and may come from a backend.
  if (e instanceof core.TimeoutError) return true;
  if (e instanceof core.ClosedConnectionError || e instanceof core.DrainingConnectionError || e instanceof core.ConnectionError) return true;
  if (e instanceof core.NoRespondersError || e instanceof jserrors.JetStreamNotEnabled) return true;
  if (e instanceof core.RequestError && e.isNoResponders()) return true;
  if (e instanceof JetStreamApiError) return e.status === 503 || TRANSIENT_API_CODES.has(e.code);
  // 503: no responders / unavailable; 408: the server's own request timeout.
  if (e instanceof JetStreamStatusError) return e.code === 503 || e.code === 408;
  return typeof (e as { name?: unknown })?.name === "string" && NATS_ONLY_NAMES.has((e as Error).name);
}
