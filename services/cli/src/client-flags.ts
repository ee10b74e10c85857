/**
 * Flags and config of the client commands (submit, status, nodes, report, drain, cancel, retry):
 * they call the coordinator's Control API at `--api` (FRAMEFLEET_API, default 127.0.0.1:7700).
 */
import { safeJson } from "../../common/src/safe-text";
import { CONFIG_FLAG, configOverrides, loadConfig } from "../../common/src/config";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { userInfo } from "node:os";
import { IdRule, SCHED_NAME, checkId } from "../../common/src/ids";
import { parseFlags, type CommandSpec, type FlagDecls, type FlagValues } from "../../common/src/flags";
import { ControlClient, controlClientOptionsFromConfig, type ControlClientOptions } from "../../common/src/grpc/client";

/** Flags every client command takes besides its own. */
export const CLIENT_FLAGS: FlagDecls = {
  api: { path: "api.address", arg: "HOST:PORT", help: "the coordinator's Control API" },
  timeout: {
    path: "api.timeout",
    arg: "DURATION",
    help: "how long each call to the coordinator may wait for its answer; with --watch or --wait, the longest the run's status may stay silent (the coordinator sends it every 2 s)",
  },
  "connect-timeout": { path: "api.connect_timeout", arg: "DURATION", help: "how long connecting to the coordinator may take" },
  ...CONFIG_FLAG,
  json: { type: "boolean", help: "machine-readable output on stdout" },
};

/** A client command's declaration: its own flags plus {@link CLIENT_FLAGS}; it takes arguments (RUN, NODE, files). */
export function clientCommand(spec: Omit<CommandSpec, "positionals">): CommandSpec {
  return { ...spec, positionals: true, flags: { ...spec.flags, ...CLIENT_FLAGS } };
}

export interface ClientArgs {
  readonly values: FlagValues;
  readonly positionals: readonly string[];
  readonly api: ApiTarget;
  /** Who submits: api.owner (FRAMEFLEET_OWNER) or the login name, and api.team (FRAMEFLEET_TEAM). */
  readonly submitter: { readonly owner: string; readonly team: string };
}

/** Where and how to call the Control API: the address, token and TLS of the `api` section. */
export interface ApiTarget {
  readonly address: string;
  readonly options: ControlClientOptions;
}

export function parseClientArgs(argv: readonly string[], command: CommandSpec): ClientArgs {
  const { values, positionals } = parseFlags(command, argv);
  const cfg = loadConfig({ file: values.config as string | undefined, overrides: configOverrides(command.flags, values) });
  const submitter = { owner: cfg.api.owner ?? loginName(), team: cfg.api.team ?? "" };
  return { values, positionals, api: { address: cfg.api.address, options: controlClientOptionsFromConfig(cfg.api) }, submitter };
}

/** The login name, when it follows the owner rule (it labels metrics); "" otherwise. */
function loginName(): string {
  try {
    const name = userInfo().username;
    return SCHED_NAME.test(name) ? name : "";
  } catch {
    // No passwd entry (a container running as an arbitrary uid).
    return "";
  }
}

/** Runs `fn` with a client, closing it afterwards. */
export async function withClient<T>(api: ApiTarget | string, fn: (c: ControlClient) => Promise<T>): Promise<T> {
  const client = typeof api === "string" ? new ControlClient(api) : new ControlClient(api.address, api.options);
  try {
    return await fn(client);
  } finally {
    client.close();
  }
}

export function requirePositional(args: ClientArgs, index: number, what: string, usage: string): string {
  const v = args.positionals[index];
  if (!v) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `missing ${what}. Usage: ${usage}`);
  return v;
}

/** The RUN argument at `index`, which must follow the run id rule (exit 2 naming the rule otherwise). */
export function requireRunId(args: ClientArgs, index: number, usage: string): string {
  return checkId(IdRule.RUN, requirePositional(args, index, "RUN", usage), FleetErrorCode.CONFIG_INVALID);
}

/** The NODE argument at `index`, which must follow the node name rule (exit 2 naming the rule otherwise). */
export function requireNodeName(args: ClientArgs, index: number, usage: string): string {
  return checkId(IdRule.NODE, requirePositional(args, index, "NODE", usage), FleetErrorCode.CONFIG_INVALID);
}

/** `--json` output: safeJson, so names and errors from outside cannot act on the terminal either. */
export function printJson(value: unknown): void {
  process.stdout.write(`${safeJson(value, 2)}\n`);
}
