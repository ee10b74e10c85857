/**
 * How a command declares its flags: one declaration per command, read by the parser (which
 * flags it accepts, their types and defaults) and by `--help` (which lists them), so the two
 * cannot drift apart. Adding a flag is one line in the command's `flags`:
 *
 * ```ts
 * "require-nodes": { arg: "N", help: "refuse the run unless N worker nodes are up" },
 * ```
 */

/** One flag, keyed by its long name (without `--`) in {@link FlagDecls}. */
export interface FlagDecl {
  /** A value (`--out FILE`) or a switch (`--wait`). @default "string" */
  readonly type?: "string" | "boolean";
  /** One line: what the flag does. */
  readonly help: string;
  /** The value's placeholder in help, e.g. FILE, RUN, DURATION. @default "VALUE" */
  readonly arg?: string;
  /** Value the parser fills in when the flag is absent; help shows it. */
  readonly default?: string;
  /**
   * The default in words when it is not a fixed value the parser can fill in (the command or
   * the configuration applies it), e.g. "the host name". Wins over {@link default} in help.
   */
  readonly defaultText?: string;
  /**
   * Configuration field the flag sets (`worker.ack_wait`): the flag, the environment variable
   * and the config file are three spellings of one setting, and help shows that field's default.
   */
  readonly path?: string;
  /** May be given several times; the values arrive as a list. */
  readonly multiple?: boolean;
  /** A one-letter alias, e.g. "o" for `-o`. */
  readonly short?: string;
}

/** A command's flags by long name. */
export type FlagDecls = Readonly<Record<string, FlagDecl>>;

/** A command as the parser and `framefleet help` see it. */
export interface CommandSpec {
  /** What follows `framefleet`, e.g. "submit". */
  readonly name: string;
  /** One line for `framefleet --help`. */
  readonly summary: string;
  /** Synopsis lines after `framefleet NAME`, e.g. "RUNSPEC.yaml [--wait]". */
  readonly usage: readonly string[];
  /** Whether it takes positional arguments (RUN, NODE, a spec file). @default false */
  readonly positionals?: boolean;
  readonly flags: FlagDecls;
  /** Lines printed after the flags: what else to know, where the full documentation is. */
  readonly notes?: readonly string[];
}

/** The flag's type, with the declaration's default applied. */
export function flagType(f: FlagDecl): "string" | "boolean" {
  return f.type ?? "string";
}
