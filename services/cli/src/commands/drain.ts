/**
 * `framefleet drain NODE [--deadline 10m] [--wait]` and `framefleet undrain NODE`.
 */
import { escapeControl } from "../../../common/src/safe-text";
import { delay } from "../../../common/src/abort";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { ControlClient } from "../../../common/src/grpc/client";
import { NodeState, nodeStateName } from "../../../common/src/proto";
import { formatDuration, parseDurationMs } from "../../../common/src/units";
import { clientCommand, parseClientArgs, requireNodeName, withClient } from "../client-flags";

export const DRAIN_COMMAND = clientCommand({
  name: "drain",
  summary: "stop a node taking work, handing back what cannot finish",
  usage: ["NODE [--deadline 10m] [--wait]"],
  flags: {
    deadline: { arg: "DURATION", defaultText: "the node's worker.drain_deadline", help: "how long running tasks may take to finish, e.g. 10m" },
    wait: { type: "boolean", help: "wait until the node is drained" },
  },
});

export const UNDRAIN_COMMAND = clientCommand({
  name: "undrain",
  summary: "make a draining or drained node active again",
  usage: ["NODE"],
  flags: {},
});

export async function drainCommand(argv: readonly string[], undrain = false): Promise<void> {
  const args = parseClientArgs(argv, undrain ? UNDRAIN_COMMAND : DRAIN_COMMAND);
  const usage = undrain ? "framefleet undrain NODE" : "framefleet drain NODE [--deadline 10m] [--wait]";
  const node = requireNodeName(args, 0, usage);
  const deadlineMs = args.values.deadline ? parseDurationMs(args.values.deadline as string, "--deadline") : 0;
  await withClient(args.api, async (client) => {
    const r = await client.drainNode({ node, deadlineMs, undrain });
    process.stdout.write(`${node}: ${escapeControl(r.message)} (${nodeStateName(r.state)})\n`);
    if (!r.ok) process.exitCode = 1;
    if (undrain || !args.values.wait) return;
    await waitDrained(client, node, (deadlineMs || 600_000) + 60_000);
    process.stdout.write(`${node}: drained\n`);
  });
}

/**
 * Polls the node's state every 0.5 s until it is drained or stopped. Each poll is one call with
 * the call timeout, and a failed poll ends the wait with its error: an unreachable or hung
 * coordinator is reported within --timeout, not after the drain deadline. (Draining a node
 * again changes nothing, so `drain NODE --wait` can simply be run again.)
 */
async function waitDrained(client: ControlClient, node: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { nodes } = await client.listNodes();
    const state = nodes.find((n) => n.advert?.node === node)?.advert?.state;
    if (state === NodeState.NODE_STATE_DRAINED || state === NodeState.NODE_STATE_STOPPED) return;
    if (Date.now() > deadline) {
      throw new FleetError(
        FleetErrorCode.TIMEOUT,
        `${node} did not drain within ${formatDuration(timeoutMs)} (the drain deadline + 60 s); it is ${nodeStateName(state)}: framefleet nodes shows what it still runs`,
      );
    }
    // Why wait: the node reports its state with its adverts (every worker.advert_interval).
    await delay(500);
  }
}
