/**
 * `framefleet nodes [--json]`: every worker node, its state and its devices.
 */
import { parseClientArgs, printJson, withClient } from "../client-flags";
import { nodesJson, nodesTable } from "../views";

export async function nodesCommand(argv: readonly string[]): Promise<void> {
  const args = parseClientArgs(argv, {});
  await withClient(args.api, async (client) => {
    const { nodes } = await client.listNodes();
    if (args.values.json) printJson(nodesJson(nodes));
    else process.stdout.write(nodes.length ? `${nodesTable(nodes)}\n` : "no worker nodes have advertised yet\n");
  });
}
