/**
 * The `framefleet` command line: dispatches to the client commands, the local fleet, and the
 * services themselves (what a container runs). `--help`/`-h` on any command, and
 * `framefleet help CMD`, print that command's help from its declaration (registry.ts).
 */
import { runMain } from "../../common/src/main-runner";
import { UsageError } from "../../common/src/errors";
import { renderCommandHelp, wantsHelp } from "../../common/src/flags";
import { VERSION } from "../../common/src/version";
import { globalHelp } from "./help";
import { COMMANDS, findCommand } from "./registry";

function unknownCommand(name: string): UsageError {
  return new UsageError(name, `unknown command "${name}" (commands: ${COMMANDS.map((c) => c.spec.name).join(", ")}); framefleet --help describes them`);
}

export async function main(argv: readonly string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    process.stdout.write(globalHelp());
    return;
  }
  if (name === "--version" || name === "version") {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (name === "help") {
    const [topic, ...extra] = rest;
    if (extra.length > 0) throw new UsageError("help", `framefleet help takes one command, got ${rest.join(" ")}`);
    const cmd = findCommand(topic as string);
    if (!cmd) throw unknownCommand(topic as string);
    process.stdout.write(renderCommandHelp(cmd.spec));
    return;
  }
  const cmd = findCommand(name);
  if (!cmd) throw unknownCommand(name);
  // Help is answered before the command line is checked: it is what a user asks for when unsure of it.
  if (wantsHelp(rest)) {
    process.stdout.write(renderCommandHelp(cmd.spec));
    return;
  }
  await cmd.run(rest);
}

if (require.main === module) runMain(main);
