/**
 * `framefleet nodes [--json]`: every worker node, its state and its devices.
 */
import { clientCommand, parseClientArgs, printJson, withClient } from "../client-flags";
import { nodesJson, nodesTable } from "../views";

export const NODES_COMMAND = clientCommand({
  name: "nodes",
  summary: "worker nodes, their devices, free memory and state",
  usage: ["[--json]"],
  flags: {},
});

export async function nodesCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, NODES_COMMAND);
  await withClient(args.api, async (client) => {
    const { nodes } = await client.listNodes();
    if (args.values.json) printJson(nodesJson(nodes));
    else process.stdout.write(nodes.length ? `${nodesTable(nodes)}\n` : "no worker nodes have advertised yet\n");
  });
}
