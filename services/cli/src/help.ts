/**
 * `framefleet --help`: every command with one line on what it does, grouped, written from the
 * command registry; each command's usage and full flag list is `framefleet help CMD`.
 */
import { twoColumns } from "../../common/src/flags";
import { VERSION } from "../../common/src/version";
import { COMMANDS, GROUPS } from "./registry";

export function globalHelp(): string {
  const out = [`framefleet ${VERSION}: run video-generation benchmarks across a fleet of GPU nodes`, "", "Usage: framefleet COMMAND [ARGUMENTS] [FLAGS]"];
  // One name column for every group, so the summaries line up down the page.
  const nameWidth = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  for (const [group, heading] of Object.entries(GROUPS)) {
    out.push("", `${heading}:`);
    out.push(...twoColumns(COMMANDS.filter((c) => c.group === group).map(({ spec }) => [spec.name, spec.summary] as const), nameWidth, nameWidth));
  }
  out.push(
    "",
    "Every command takes flags (up and worker have many): framefleet help COMMAND,",
    "or framefleet COMMAND --help, prints its usage and every flag it takes with its",
    "default. framefleet --version prints the version; docs/cli.md has the details.",
    "",
  );
  return out.join("\n");
}
