/**
 * `framefleet nodes [--json] [--prune]`: every worker node, its state and its devices. `--prune`
 * forgets stopped and lost nodes first (the coordinator also does it by itself after
 * `coordinator.forget_nodes_after`).
 */
import { clientCommand, parseClientArgs, printJson, withClient } from "../client-flags";
import { nodesJson, nodesTable, prunedLine } from "../views";

export const NODES_COMMAND = clientCommand({
  name: "nodes",
  summary: "worker nodes, their devices, free memory and state",
  usage: ["[--json] [--prune]"],
  flags: {
    prune: { type: "boolean", help: "forget stopped and lost nodes now (the coordinator also does it after coordinator.forget_nodes_after)" },
  },
});

export async function nodesCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, NODES_COMMAND);
  const prune = args.values.prune === true;
  await withClient(args.api, async (client) => {
    const { nodes, pruned } = await client.listNodes({ prune });
    if (args.values.json) {
      // The JSON stays the documented array; what was forgotten goes to stderr.
      if (prune) process.stderr.write(`${prunedLine(pruned)}\n`);
      printJson(nodesJson(nodes));
      return;
    }
    if (prune) process.stdout.write(`${prunedLine(pruned)}\n`);
    process.stdout.write(nodes.length ? `${nodesTable(nodes)}\n` : "no worker nodes have advertised yet\n");
  });
}
