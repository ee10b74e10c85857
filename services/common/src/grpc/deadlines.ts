/**
 * What the CLI says when a wait on the Control API runs out. Each message names the address,
 * the setting that bounds the wait, and what to check; the waits themselves are in client.ts.
 */
import { formatDuration } from "../units";
import { reachHint } from "./control";

/** The connection did not come up within `api.connect_timeout`. */
export function connectMessage(address: string, timeoutMs: number): string {
  return (
    `no connection to the coordinator at ${address} within ${formatDuration(timeoutMs)} (--connect-timeout): ` +
    "something there accepted the connection but never answered as a gRPC server, or the packets are dropped on the way. " +
    `${reachHint(address)} A hung coordinator looks the same: check its log.`
  );
}

/** A call was not answered within `api.timeout`. */
export function callMessage(address: string, method: string, timeoutMs: number): string {
  const submit =
    method === "SubmitRun"
      ? " It may still be planning or resuming the run (framefleet status lists the runs): a run of very many items, or a resume that checks many videos, may need a longer --timeout."
      : "";
  return `the coordinator at ${address} did not answer ${method} within ${formatDuration(timeoutMs)} (--timeout): it is hung or overloaded, or the connection to it was lost; its log says more.${submit}`;
}

/** A WatchRun stream was silent for `api.timeout`, while the coordinator sends a status at least every 2 s. */
export function silenceMessage(address: string, runId: string, timeoutMs: number): string {
  return (
    `the coordinator at ${address} sent no status of run ${runId} for ${formatDuration(timeoutMs)} (--timeout; it sends one at least every 2 s): ` +
    `it is hung, or the connection to it was lost. The run itself is not affected: framefleet status ${runId} --watch follows it again.`
  );
}
