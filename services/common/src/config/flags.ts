/**
 * Command-line flags of the long-running commands, mapped onto config paths, so a flag, an
 * environment variable and a config-file field are three spellings of one setting.
 */
import { parseArgs } from "node:util";
import { FleetError, FleetErrorCode } from "../errors";
import { loadConfig } from "./load";
import type { FleetConfig } from "./schema";

export interface FlagSpec {
  readonly path: string;
  readonly help: string;
  readonly multiple?: boolean;
}

/** Flags every long-running command takes. */
export const COMMON_FLAGS: Readonly<Record<string, FlagSpec>> = {
  nats: { path: "nats.url", help: "NATS server URL(s), comma-separated (FRAMEFLEET_NATS_URL)" },
  "output-root": { path: "output_root", help: "shared folder for videos and reports (FRAMEFLEET_OUTPUT_ROOT)" },
  "log-level": { path: "log_level", help: "error | warn | info | debug | silent (FRAMEFLEET_LOG_LEVEL)" },
};

export const WORKER_FLAGS: Readonly<Record<string, FlagSpec>> = {
  node: { path: "worker.node", help: "node name (default: host name)" },
  role: { path: "worker.role", help: "gen | eval" },
  devices: { path: "worker.devices", help: "device source: sim:2x80GiB, cpu:2" },
  "http-port": { path: "worker.http_port", help: "port for /metrics, /healthz, /readyz (0: any free port)" },
  "ack-wait": { path: "worker.ack_wait", help: "task lease, e.g. 60s" },
  "max-deliver": { path: "worker.max_deliver", help: "deliveries of a task before it is dead-lettered (leave room for hand-backs)" },
  "drain-deadline": { path: "worker.drain_deadline", help: "default drain deadline (SIGTERM), e.g. 10m" },
  "advert-interval": { path: "worker.advert_interval", help: "how often the node advertises its devices" },
  "memory-margin": { path: "worker.memory_margin", help: "free memory a device must have beyond a backend's need, e.g. 1GiB" },
  "oom-cooldown": { path: "worker.oom_cooldown", help: "how long a device that ran out of memory is left alone, e.g. 30s" },
  "oom-device-limit": { path: "worker.oom_device_limit", help: "give a task up after it ran out of memory on this many devices" },
  "backend-switch": { path: "worker.backend_switch", help: "idle | never: may a device switch to another backend when its own has no work" },
  backend: {
    path: "worker.backends",
    multiple: true,
    help: "backend served, NAME[:type=synthetic|noop|cpu-metrics,memory=30GiB,load_time=2s] (repeatable)",
  },
};

export const COORDINATOR_FLAGS: Readonly<Record<string, FlagSpec>> = {
  listen: { path: "api.listen", help: "gRPC Control API address, host:port (FRAMEFLEET_API_LISTEN)" },
  "http-port": { path: "coordinator.http_port", help: "port for /metrics, /healthz, /readyz" },
  "stuck-after": { path: "coordinator.stuck_after", help: "how long tasks may wait for a backend no live node serves before their queue is stuck, e.g. 2m" },
};

export const AGGREGATOR_FLAGS: Readonly<Record<string, FlagSpec>> = {
  "http-port": { path: "aggregator.http_port", help: "port for /metrics, /healthz, /readyz" },
};

/** `NAME[:k=v,...]` → [name, {type, memory, load_time}]; type defaults to the name. */
export function parseBackendFlag(value: string): [string, Record<string, string>] {
  const [name, rest] = value.split(/:(.*)/s) as [string, string | undefined];
  const opts: Record<string, string> = {};
  for (const kv of (rest ?? "").split(",").filter((s) => s.trim() !== "")) {
    const [k, v] = kv.split(/=(.*)/s);
    if (!k || v === undefined) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--backend ${value}: "${kv}" is not key=value`);
    opts[k.trim()] = v.trim();
  }
  opts.type ??= name;
  return [name, opts];
}

export interface ParsedCommand {
  readonly config: FleetConfig;
  readonly positionals: readonly string[];
  readonly extra: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * Parses flags into config overrides (plus `--config FILE`) and loads the config. `extraFlags`
 * are returned untouched in `extra` (booleans such as --json).
 */
export function parseServiceArgs(
  argv: readonly string[],
  flags: Readonly<Record<string, FlagSpec>>,
  extraFlags: Readonly<Record<string, { type: "string" | "boolean" }>> = {},
  env: NodeJS.ProcessEnv = process.env,
): ParsedCommand {
  const all = { ...COMMON_FLAGS, ...flags };
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = { config: { type: "string" } };
  for (const [name, spec] of Object.entries(all)) options[name] = { type: "string", ...(spec.multiple ? { multiple: true } : {}) };
  for (const [name, spec] of Object.entries(extraFlags)) options[name] = { type: spec.type };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, (err as Error).message);
  }
  const overrides: Record<string, unknown> = {};
  const extra: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(parsed.values)) {
    if (name === "config") continue;
    const spec = all[name];
    if (!spec) {
      extra[name] = value as string | boolean;
      continue;
    }
    if (spec.path === "worker.backends") {
      overrides[spec.path] = Object.fromEntries((value as string[]).map(parseBackendFlag));
    } else {
      overrides[spec.path] = value;
    }
  }
  const config = loadConfig({ file: parsed.values.config as string | undefined, env, overrides });
  return { config, positionals: parsed.positionals, extra };
}
