/**
 * Command-line flags of the long-running commands, mapped onto config paths, so a flag, an
 * environment variable and a config-file field are three spellings of one setting. Each
 * service command is one declaration ({@link CommandSpec}): its parser and its `--help` read it.
 */
import { FleetError, FleetErrorCode } from "../errors";
import { parseFlags, type CommandSpec, type FlagDecls, type FlagValues } from "../flags";
import { loadConfig } from "./load";
import type { FleetConfig } from "./schema";

/** `--config FILE`: the one flag every configured command takes that is not a config field. */
export const CONFIG_FLAG: FlagDecls = {
  config: { arg: "FILE", defaultText: "FRAMEFLEET_CONFIG if set", help: "YAML configuration file (docs/configuration.md)" },
};

/** Flags every long-running command takes. */
export const COMMON_FLAGS: FlagDecls = {
  ...CONFIG_FLAG,
  nats: { path: "nats.url", arg: "URL", help: "NATS server URL(s), comma-separated" },
  "output-root": { path: "output_root", arg: "DIR", help: "shared folder for videos and reports" },
  "log-level": { path: "log_level", arg: "LEVEL", help: "error | warn | info | debug | silent" },
};

export const WORKER_FLAGS: FlagDecls = {
  node: { path: "worker.node", arg: "NAME", defaultText: "the host name", help: "node name" },
  role: { path: "worker.role", arg: "gen|eval", help: "generator or evaluator worker" },
  devices: {
    path: "worker.devices",
    arg: "SPEC",
    defaultText: "nvidia if nvidia-smi is on PATH, else required",
    help: "device source: nvidia, nvidia:/path/to/nvidia-smi, or on purpose simulated GPUs sim:1x80GiB or CPU slots cpu:N",
  },
  "http-port": { path: "worker.http_port", arg: "PORT", help: "port for /metrics, /healthz, /readyz (0: any free port)" },
  "http-host": { path: "worker.http_host", arg: "HOST", help: "address the /metrics server binds (127.0.0.1: this machine only)" },
  "ack-wait": { path: "worker.ack_wait", arg: "DURATION", help: "task lease, e.g. 60s" },
  "max-deliver": { path: "worker.max_deliver", arg: "N", help: "deliveries of a task before it is dead-lettered (leave room for hand-backs)" },
  "drain-deadline": { path: "worker.drain_deadline", arg: "DURATION", help: "default drain deadline (SIGTERM), e.g. 10m" },
  "advert-interval": { path: "worker.advert_interval", arg: "DURATION", help: "how often the node advertises its devices" },
  "memory-margin": { path: "worker.memory_margin", arg: "SIZE", help: "free memory a device must have beyond a backend's need, e.g. 1GiB" },
  "oom-cooldown": { path: "worker.oom_cooldown", arg: "DURATION", help: "how long a device that ran out of memory is left alone, e.g. 30s" },
  "oom-device-limit": { path: "worker.oom_device_limit", arg: "N", help: "give a task up after it ran out of memory on this many devices" },
  "min-free-space": { path: "worker.min_free_space", arg: "SIZE", help: "free space the output folder needs for a generator node to take work, e.g. 2GiB (0: no check)" },
  "backend-switch": { path: "worker.backend_switch", arg: "idle|never", help: "may a device switch to another backend when its own has no work" },
  backend: {
    path: "worker.backends",
    arg: "NAME[:type=T,memory=SIZE,load_time=DURATION]",
    multiple: true,
    defaultText: "synthetic (gen), cpu-metrics (eval)",
    help: "backend served; replaces worker.backends of the file",
  },
};

export const COORDINATOR_FLAGS: FlagDecls = {
  listen: { path: "api.listen", arg: "HOST:PORT", help: "where the gRPC Control API listens" },
  "http-port": { path: "coordinator.http_port", arg: "PORT", help: "port for the live page, /metrics, /healthz, /readyz" },
  "http-host": { path: "coordinator.http_host", arg: "HOST", help: "address the live page and /metrics bind (127.0.0.1: this machine only)" },
  "stuck-after": { path: "coordinator.stuck_after", arg: "DURATION", help: "how long tasks may wait for a backend no live node serves before their queue counts as stuck" },
  "data-root": {
    path: "coordinator.data_roots",
    arg: "DIR",
    multiple: true,
    defaultText: "the installation's examples/ folder",
    help: "a folder run specs may read files from besides the spec's own folder; replaces coordinator.data_roots of the file",
  },
  "max-videos-per-run": { path: "coordinator.max_videos_per_run", arg: "N", help: "videos one run may have; a spec that plans more is refused at submit" },
};

export const AGGREGATOR_FLAGS: FlagDecls = {
  "http-port": { path: "aggregator.http_port", arg: "PORT", help: "port for /metrics, /healthz, /readyz" },
  "http-host": { path: "aggregator.http_host", arg: "HOST", help: "address the /metrics server binds (127.0.0.1: this machine only)" },
};

const SERVICE_NOTE = "Every flag is another spelling of a configuration field (docs/configuration.md); flags beat variables, variables beat the file.";

export const COORDINATOR_COMMAND: CommandSpec = {
  name: "coordinator",
  summary: "plans runs; serves the Control API and the live page",
  usage: ["[FLAGS]"],
  flags: { ...COMMON_FLAGS, ...COORDINATOR_FLAGS },
  notes: [SERVICE_NOTE],
};

export const AGGREGATOR_COMMAND: CommandSpec = {
  name: "aggregator",
  summary: "turns evaluation results into run reports",
  usage: ["[FLAGS]"],
  flags: { ...COMMON_FLAGS, ...AGGREGATOR_FLAGS },
  notes: [SERVICE_NOTE],
};

export const WORKER_COMMAND: CommandSpec = {
  name: "worker",
  summary: "a generator or evaluator worker on this machine's devices",
  usage: ["--role gen|eval --node NAME --devices SPEC [FLAGS]"],
  flags: { ...COMMON_FLAGS, ...WORKER_FLAGS },
  notes: [SERVICE_NOTE],
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

/** The values of flags that declare a config `path`, by that path (loadConfig's overrides). */
export function configOverrides(flags: FlagDecls, values: FlagValues): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(flags)) {
    const value = values[name];
    if (spec.path === undefined || value === undefined) continue;
    overrides[spec.path] = spec.path === "worker.backends" ? Object.fromEntries((value as string[]).map(parseBackendFlag)) : value;
  }
  return overrides;
}

export interface ParsedCommand {
  readonly config: FleetConfig;
  readonly positionals: readonly string[];
  /** Flags of the command that are not config fields (`--config` aside), e.g. --json. */
  readonly extra: Readonly<Record<string, string | boolean | string[] | undefined>>;
}

/** Parses flags into config overrides (plus `--config FILE`) and loads the config. */
export function parseServiceArgs(argv: readonly string[], command: CommandSpec, env: NodeJS.ProcessEnv = process.env): ParsedCommand {
  const { values, positionals } = parseFlags(command, argv);
  const extra: Record<string, string | boolean | string[] | undefined> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name !== "config" && command.flags[name]?.path === undefined) extra[name] = value;
  }
  const config = loadConfig({ file: values.config as string | undefined, env, overrides: configOverrides(command.flags, values) });
  return { config, positionals, extra };
}
