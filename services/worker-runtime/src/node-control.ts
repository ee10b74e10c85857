/**
 * A worker's control subjects: `ff.node.<node>.ctl` (request/reply: drain, undrain, cancel, preempt) and
 * the fleet-wide cancel broadcast.
 */
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { decode, encode } from "../../common/src/codec";
import { toFleetError } from "../../common/src/errors";
import { pb, type NodeState } from "../../common/src/proto";
import { CANCEL_SUBJECT, nodeControlSubject } from "../../common/src/subjects";

/** What a node's control subject can ask of it (runtime.ts). */
export interface Controllable {
  /** Begins a drain, resolving once the advert shows it; throws IllegalStateError when the worker cannot drain now. */
  beginDrain(deadlineMs: number): Promise<void>;
  /** Resolves once the advert shows the node active; throws IllegalStateError unless draining or drained. */
  undrain(): Promise<void>;
  cancelRun(runId: string): void;
  /** Hands the task back if it runs here (for a run of a higher priority); false when it does not. */
  preempt(taskId: string, runId: string, reason: string): boolean;
  nodeState(): NodeState;
  readonly defaultDrainDeadlineMs: number;
}

/** How long a drain or undrain reply waits for the advert that shows it. */
const ADVERT_WAIT_MS = 3000;

export function subscribeNodeControl(nc: NatsConnection, node: string, target: Controllable): Subscription[] {
  const control = nc.subscribe(nodeControlSubject(node), {
    callback: (err, m) => {
      if (err) return;
      const reply = (ok: boolean, message: string) => m.respond(encode(pb.NodeCommandReply, { ok, message, state: target.nodeState() }));
      let cmd;
      try {
        cmd = decode(pb.NodeCommand, m.data);
      } catch (e) {
        reply(false, (e as Error).message);
        return;
      }
      if (cmd.drain) {
        const deadline = (cmd.drain.deadlineMs ?? 0) > 0 ? (cmd.drain.deadlineMs as number) : target.defaultDrainDeadlineMs;
        // A refusal (the worker is not running) is the reply, with its reason.
        // The reply waits for the advert: whoever asked reads the new state from then on.
        void refusal(() => target.beginDrain(deadline)).then((refused) => reply(refused === undefined, refused ?? `draining with a deadline of ${deadline} ms`));
      } else if (cmd.undrain) {
        void refusal(() => target.undrain()).then((refused) => reply(refused === undefined, refused ?? "active"));
      } else if (cmd.cancel?.runId) {
        target.cancelRun(cmd.cancel.runId);
        reply(true, `run ${cmd.cancel.runId} cancelled here`);
      } else if (cmd.preempt?.taskId) {
        const { taskId, runId, reason } = cmd.preempt;
        // Not running here (finished, or finishing: past its backend) is an answer, not an error.
        const ok = target.preempt(taskId, runId ?? "", reason ?? "");
        reply(ok, ok ? `task ${taskId} handed back` : `task ${taskId} does not run here`);
      } else {
        reply(false, "unknown command");
      }
    },
  });
  const cancel = nc.subscribe(CANCEL_SUBJECT, {
    callback: (err, m) => {
      if (err) return;
      try {
        target.cancelRun(decode(pb.CancelRunCommand, m.data).runId);
      } catch {
        // not a cancel command: ignore
      }
    },
  });
  return [control, cancel];
}

/** The message of what `act` threw; undefined when it did not throw. */
/** Runs a state change; its refusal's reason (IllegalStateError), or undefined once it is advertised. */
async function refusal(act: () => Promise<void>): Promise<string | undefined> {
  try {
    // A slow device read (nvidia-smi) must not make the asker time out (5 s): the advert follows.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([act(), new Promise<void>((resolve) => (timer = setTimeout(resolve, ADVERT_WAIT_MS)))]).finally(() => clearTimeout(timer));
    return undefined;
  } catch (err) {
    return toFleetError(err).message;
  }
}
