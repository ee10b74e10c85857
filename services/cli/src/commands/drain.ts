/**
 * `framefleet drain NODE [--deadline 10m] [--wait]` and `framefleet undrain NODE`.
 */
import { escapeControl } from "../../../common/src/safe-text";
import { waitFor } from "../../../common/src/abort";
import { NodeState, nodeStateName } from "../../../common/src/proto";
import { parseDurationMs } from "../../../common/src/units";
import { clientCommand, parseClientArgs, requirePositional, withClient } from "../client-flags";

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
  const node = requirePositional(args, 0, "NODE", usage);
  const deadlineMs = args.values.deadline ? parseDurationMs(args.values.deadline as string, "--deadline") : 0;
  await withClient(args.api, async (client) => {
    const r = await client.drainNode({ node, deadlineMs, undrain });
    process.stdout.write(`${node}: ${escapeControl(r.message)} (${nodeStateName(r.state)})\n`);
    if (!r.ok) process.exitCode = 1;
    if (undrain || !args.values.wait) return;
    await waitFor(
      async () => {
        const { nodes } = await client.listNodes();
        const v = nodes.find((n) => n.advert?.node === node);
        return v?.advert?.state === NodeState.NODE_STATE_DRAINED || v?.advert?.state === NodeState.NODE_STATE_STOPPED;
      },
      { timeoutMs: (deadlineMs || 600_000) + 60_000, intervalMs: 500, what: `${node} to drain` },
    );
    process.stdout.write(`${node}: drained\n`);
  });
}
