/**
 * Parses a command line against a command's declaration (node:util parseArgs, strict), so a
 * command accepts exactly the flags its help lists. A line it cannot take is a UsageError
 * naming the flag and pointing to `framefleet help COMMAND`.
 */
import { parseArgs } from "node:util";
import { UsageError } from "../errors";
import { flagType, type CommandSpec, type FlagDecls } from "./spec";

/** Flag values by long name: a string, a boolean, a list for `multiple` flags, or absent. */
export type FlagValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

export interface ParsedFlags {
  readonly values: FlagValues;
  readonly positionals: readonly string[];
}

type ParseArgsOption = { type: "string" | "boolean"; multiple?: boolean; short?: string; default?: string | string[] };

/** The declarations as node:util parseArgs options (defaults included). */
export function parseArgsOptions(flags: FlagDecls): Record<string, ParseArgsOption> {
  const options: Record<string, ParseArgsOption> = {};
  for (const [name, f] of Object.entries(flags)) {
    const o: ParseArgsOption = { type: flagType(f) };
    if (f.multiple) o.multiple = true;
    if (f.short) o.short = f.short;
    if (f.default !== undefined) o.default = f.multiple ? [f.default] : f.default;
    options[name] = o;
  }
  return options;
}

/** Where the command's flags are listed, for the end of every usage error. */
export function helpHint(command: string): string {
  return `framefleet help ${command} lists the flags it takes`;
}

export function parseFlags(spec: CommandSpec, argv: readonly string[]): ParsedFlags {
  try {
    const parsed = parseArgs({ args: [...argv], options: parseArgsOptions(spec.flags), allowPositionals: spec.positionals ?? false, strict: true });
    return { values: parsed.values as FlagValues, positionals: parsed.positionals };
  } catch (err) {
    throw usageError(spec.name, err);
  }
}

/** parseArgs's error, reworded to name the command and the way to its flags. */
function usageError(command: string, err: unknown): UsageError {
  const e = err as Error & { code?: string };
  // parseArgs quotes what it means: '--x', '-o, --out <value>', 'extra'; name the long flag when there is one.
  const inQuotes = /'([^']*)'/.exec(e.message)?.[1] ?? "";
  const flag = /--[A-Za-z0-9][A-Za-z0-9-]*/.exec(inQuotes)?.[0] ?? inQuotes.split(" ")[0];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(command, `unknown flag ${flag} for framefleet ${command}; ${helpHint(command)}`, flag, { cause: err });
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(command, `${command} takes no arguments, got "${inQuotes}"; ${helpHint(command)}`, undefined, { cause: err });
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(command, `${command} ${flagValueProblem(e.message, flag)}; ${helpHint(command)}`, flag, { cause: err });
    default:
      return new UsageError(command, `${command}: ${e.message}; ${helpHint(command)}`, undefined, { cause: err });
  }
}

function flagValueProblem(message: string, flag: string | undefined): string {
  if (message.includes("argument missing")) return `${flag} needs a value`;
  if (message.includes("does not take an argument")) return `${flag} is a switch and takes no value`;
  // "argument is ambiguous": the next word starts with '-' (a forgotten value before another flag).
  if (message.includes("ambiguous")) return `${flag} needs a value (one starting with '-' is written ${flag}=-VALUE)`;
  return message.split("\n")[0] ?? message;
}

/**
 * Whether the command line asks for help (`--help` or `-h` before a `--`), whatever else it
 * holds: help is answered before the line is checked, so `framefleet up --gen-nodes 99 --help`
 * prints help rather than an error.
 */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === "--") return false;
    if (a === "--help" || a === "-h") return true;
  }
  return false;
}
