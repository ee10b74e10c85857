/**
 * Flags and config of the client commands (submit, status, nodes, report, drain, cancel): they
 * call the coordinator's Control API at `--api` (FRAMEFLEET_API, default 127.0.0.1:7700).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../../common/src/config";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { ControlClient, controlClientOptionsFromConfig, type ControlClientOptions } from "../../common/src/grpc/client";

export type FlagTypes = Record<string, { type: "string" | "boolean"; short?: string }>;

export interface ClientArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
  readonly api: ApiTarget;
}

/** Where and how to call the Control API: the address, token and TLS of the `api` section. */
export interface ApiTarget {
  readonly address: string;
  readonly options: ControlClientOptions;
}

type ParseOptions = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** node:util parseArgs with its errors as CONFIG_INVALID (exit code 2, like every bad flag). */
export function parseCommandArgs(argv: readonly string[], options: ParseOptions, allowPositionals = false) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `${(err as Error).message} (see framefleet --help)`);
  }
}

export function parseClientArgs(argv: readonly string[], flags: FlagTypes): ClientArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { api: { type: "string" }, config: { type: "string" }, json: { type: "boolean" }, ...flags },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `${(err as Error).message} (see framefleet --help)`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const cfg = loadConfig({
    file: values.config as string | undefined,
    overrides: values.api ? { "api.address": values.api } : {},
  });
  return { values, positionals: parsed.positionals, api: { address: cfg.api.address, options: controlClientOptionsFromConfig(cfg.api) } };
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

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
