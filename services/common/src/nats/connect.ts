/**
 * One way to connect to NATS for every service and the CLI: reconnect forever (a fleet must
 * ride out a NATS restart), and a connection name that says who we are in `nats server report`.
 * Authentication (user/password, token, nkey, creds) and TLS come from the `nats` config section.
 *
 * A partition gives no error: packets just stop. Only unanswered pings tell, so the client pings
 * every `nats.ping_interval` and gives the connection up after `nats.max_pings_out` unanswered
 * ones (≤ 15 s with the defaults), and a reconnect attempt into a still-dead link gives up after
 * DIAL_TIMEOUT_MS, so the attempt that succeeds starts soon after the link returns.
 */
import { readFileSync } from "node:fs";
import {
  connect,
  credsAuthenticator,
  nkeyAuthenticator,
  type Authenticator,
  type ConnectionOptions,
  type NatsConnection,
  type TlsOptions,
} from "@nats-io/transport-node";
import { FleetError, FleetErrorCode } from "../errors";

export interface NatsTlsSettings {
  /** PEM CA bundle that signed the server's certificate. */
  readonly caFile?: string;
  /** Client certificate and key, for servers that verify clients (mutual TLS). */
  readonly certFile?: string;
  readonly keyFile?: string;
}

export interface NatsSettings {
  /** Comma-separated or list of `nats://host:port`. */
  readonly servers: readonly string[];
  readonly user?: string;
  readonly pass?: string;
  readonly token?: string;
  /** File with an nkey user seed (`SU…`). */
  readonly nkeySeedFile?: string;
  /** `.creds` file (JWT + seed). */
  readonly credsFile?: string;
  /** When set, the connection requires TLS. */
  readonly tls?: NatsTlsSettings;
  /** Client ping interval. @default 5000 (the schema's `nats.ping_interval`; this fallback is for callers without a config) */
  readonly pingIntervalMs?: number;
  /** Unanswered pings after which the connection counts as dead. @default 2 (`nats.max_pings_out`) */
  readonly maxPingsOut?: number;
}

/**
 * How long one connection attempt may take. nats.js waits 20 s by default: an attempt begun while
 * the link was down then blocks the reconnect for up to 20 s after the link is back (TCP retries
 * its SYN at 1, 3, 7, 15 s). 5 s keeps a handshake on a loaded server well inside the limit.
 */
export const DIAL_TIMEOUT_MS = 5000;

/** The `nats` config section as connection settings. */
export function natsSettingsFromConfig(n: {
  url: string;
  user?: string;
  pass?: string;
  token?: string;
  nkey_seed_file?: string;
  creds_file?: string;
  tls?: { ca_file?: string; cert_file?: string; key_file?: string };
  ping_interval?: number;
  max_pings_out?: number;
}): NatsSettings {
  return {
    servers: parseServers(n.url),
    user: n.user,
    pass: n.pass,
    token: n.token,
    nkeySeedFile: n.nkey_seed_file,
    credsFile: n.creds_file,
    tls: n.tls ? { caFile: n.tls.ca_file, certFile: n.tls.cert_file, keyFile: n.tls.key_file } : undefined,
    pingIntervalMs: n.ping_interval,
    maxPingsOut: n.max_pings_out,
  };
}

/** Reads a secret file once at start, so that a missing or unreadable file is a config error naming it. */
function readSecret(file: string, what: string): Uint8Array {
  try {
    return new TextEncoder().encode(readFileSync(file, "utf8").trim());
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `${what} ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function authenticator(settings: NatsSettings): Authenticator | undefined {
  if (settings.nkeySeedFile) return nkeyAuthenticator(readSecret(settings.nkeySeedFile, "nats.nkey_seed_file"));
  if (settings.credsFile) return credsAuthenticator(readSecret(settings.credsFile, "nats.creds_file"));
  return undefined;
}

function tlsOptions(tls: NatsTlsSettings | undefined): TlsOptions | undefined {
  if (!tls) return undefined;
  // An empty object still means "TLS required" to nats.js: a server without TLS is refused.
  return {
    ...(tls.caFile ? { caFile: tls.caFile } : {}),
    ...(tls.certFile ? { certFile: tls.certFile } : {}),
    ...(tls.keyFile ? { keyFile: tls.keyFile } : {}),
  };
}

export async function connectNats(settings: NatsSettings, name: string, opts: { waitOnFirstConnect?: boolean } = {}): Promise<NatsConnection> {
  const auth = authenticator(settings);
  const tls = tlsOptions(settings.tls);
  const options: ConnectionOptions = {
    servers: [...settings.servers],
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    pingInterval: settings.pingIntervalMs ?? 5000,
    maxPingOut: settings.maxPingsOut ?? 2,
    timeout: DIAL_TIMEOUT_MS,
    waitOnFirstConnect: opts.waitOnFirstConnect ?? false,
    ...(settings.user ? { user: settings.user, pass: settings.pass ?? "" } : {}),
    ...(settings.token ? { token: settings.token } : {}),
    ...(auth ? { authenticator: auth } : {}),
    ...(tls ? { tls } : {}),
  };
  try {
    return await connect(options);
  } catch (err) {
    const message = (err as Error).message;
    // An authorization failure will not heal by retrying with the same settings: say which ones to fix.
    const authHint = /authori[sz]ation|authentication/i.test(message)
      ? " Check nats.user/nats.pass, nats.token, nats.nkey_seed_file or nats.creds_file (FRAMEFLEET_NATS_*)."
      : /tls|certificate|ssl/i.test(message)
        ? " Check nats.tls (ca_file, cert_file, key_file) and that the server's certificate names this host."
        : " Is nats-server running with JetStream (-js)? Set --nats or FRAMEFLEET_NATS_URL.";
    throw new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `cannot connect to NATS at ${settings.servers.join(",")}: ${message}.${authHint}`, { cause: err });
  }
}

export function parseServers(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
