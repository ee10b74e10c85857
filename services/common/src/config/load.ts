/**
 * Loads the configuration: defaults ← YAML file ← environment ← flags. Returns a frozen object;
 * throws one ValidationError listing every bad field.
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { ValidationError, FleetError, FleetErrorCode } from "../errors";
import { configSchema, type FleetConfig } from "./schema";

/** Environment variables and the config path they set. */
export const ENV_VARS: Readonly<Record<string, string>> = Object.freeze({
  FRAMEFLEET_NATS_URL: "nats.url",
  FRAMEFLEET_NATS_USER: "nats.user",
  FRAMEFLEET_NATS_PASS: "nats.pass",
  FRAMEFLEET_NATS_TOKEN: "nats.token",
  FRAMEFLEET_NATS_NKEY_SEED_FILE: "nats.nkey_seed_file",
  FRAMEFLEET_NATS_CREDS_FILE: "nats.creds_file",
  FRAMEFLEET_NATS_TLS_CA_FILE: "nats.tls.ca_file",
  FRAMEFLEET_NATS_TLS_CERT_FILE: "nats.tls.cert_file",
  FRAMEFLEET_NATS_TLS_KEY_FILE: "nats.tls.key_file",
  FRAMEFLEET_NATS_REPLICAS: "nats.replicas",
  FRAMEFLEET_NATS_STARTUP_TIMEOUT: "nats.startup_timeout",
  FRAMEFLEET_NATS_PING_INTERVAL: "nats.ping_interval",
  FRAMEFLEET_NATS_MAX_PINGS_OUT: "nats.max_pings_out",
  FRAMEFLEET_API: "api.address",
  FRAMEFLEET_API_TIMEOUT: "api.timeout",
  FRAMEFLEET_API_CONNECT_TIMEOUT: "api.connect_timeout",
  FRAMEFLEET_API_LISTEN: "api.listen",
  FRAMEFLEET_API_TOKEN: "api.token",
  FRAMEFLEET_API_TOKEN_FILE: "api.token_file",
  FRAMEFLEET_API_TLS_CA_FILE: "api.tls.ca_file",
  FRAMEFLEET_API_TLS_CERT_FILE: "api.tls.cert_file",
  FRAMEFLEET_API_TLS_KEY_FILE: "api.tls.key_file",
  FRAMEFLEET_API_TLS_CLIENT_CA_FILE: "api.tls.client_ca_file",
  FRAMEFLEET_OWNER: "api.owner",
  FRAMEFLEET_TEAM: "api.team",
  FRAMEFLEET_OUTPUT_ROOT: "output_root",
  FRAMEFLEET_LOG_LEVEL: "log_level",
  FRAMEFLEET_DATA_ROOTS: "coordinator.data_roots",
  FRAMEFLEET_NODE: "worker.node",
  FRAMEFLEET_ROLE: "worker.role",
  FRAMEFLEET_DEVICES: "worker.devices",
  FRAMEFLEET_ACK_WAIT: "worker.ack_wait",
  FRAMEFLEET_MIN_FREE_SPACE: "worker.min_free_space",
});

export type RawConfig = Record<string, unknown>;

export interface LoadConfigOptions {
  /** Config file path; FRAMEFLEET_CONFIG when omitted. */
  readonly file?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Values from flags, by dotted path (`worker.devices`). */
  readonly overrides?: Readonly<Record<string, unknown>>;
}

function setPath(obj: RawConfig, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur: RawConfig = obj;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    if (typeof next !== "object" || next === null) cur[k] = {};
    cur = cur[k] as RawConfig;
  }
  cur[keys[keys.length - 1] as string] = value;
}

function readFile(file: string): RawConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `config file ${file}: ${(err as Error).message}`, { cause: err });
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `config file ${file} is not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `config file ${file} must be a YAML mapping`);
  }
  return doc as RawConfig;
}

export function loadConfig(opts: LoadConfigOptions = {}): FleetConfig {
  const env = opts.env ?? process.env;
  const file = opts.file ?? env.FRAMEFLEET_CONFIG;
  const raw: RawConfig = file ? readFile(file) : {};
  const sources: string[] = [file ? `config file ${file}` : "defaults"];
  for (const [name, path] of Object.entries(ENV_VARS)) {
    const v = env[name];
    if (v !== undefined && v !== "") {
      setPath(raw, path, v);
      sources.push(name);
    }
  }
  const fromFlags = new Set<string>();
  for (const [path, v] of Object.entries(opts.overrides ?? {})) {
    if (v !== undefined) {
      setPath(raw, path, v);
      fromFlags.add(path);
    }
  }
  if (fromFlags.size > 0) sources.push("flags");
  const env_ = (name: string) => env[name] !== undefined && env[name] !== "";
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const path = i.path.join(".") || "(root)";
      // Say where the bad value came from: a flag, an environment variable, or the file.
      const env = Object.entries(ENV_VARS).find(([name, p]) => p === path && env_(name))?.[0];
      const origin = [...fromFlags].some((f) => path === f || path.startsWith(`${f}.`)) ? " (from a flag)" : env ? ` (from ${env})` : "";
      return `${path}${origin}: ${i.message}`;
    });
    throw new ValidationError(FleetErrorCode.CONFIG_INVALID, `configuration (${sources.join(", ")})`, issues);
  }
  return deepFreeze(parsed.data);
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object") {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
