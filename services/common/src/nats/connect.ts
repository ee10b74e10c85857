/**
 * One way to connect to NATS for every service and the CLI: reconnect forever (a fleet must
 * ride out a NATS restart), and a connection name that says who we are in `nats server report`.
 */
import { connect, type ConnectionOptions, type NatsConnection } from "@nats-io/transport-node";
import { FleetError, FleetErrorCode } from "../errors";

export interface NatsSettings {
  /** Comma-separated or list of `nats://host:port`. */
  readonly servers: readonly string[];
  readonly user?: string;
  readonly pass?: string;
  readonly token?: string;
}

export async function connectNats(settings: NatsSettings, name: string, opts: { waitOnFirstConnect?: boolean } = {}): Promise<NatsConnection> {
  const options: ConnectionOptions = {
    servers: [...settings.servers],
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: opts.waitOnFirstConnect ?? false,
    ...(settings.user ? { user: settings.user, pass: settings.pass ?? "" } : {}),
    ...(settings.token ? { token: settings.token } : {}),
  };
  try {
    return await connect(options);
  } catch (err) {
    throw new FleetError(
      FleetErrorCode.DEPENDENCY_MISSING,
      `cannot connect to NATS at ${settings.servers.join(",")}: ${(err as Error).message}. ` +
        `Is nats-server running with JetStream (-js)? Set --nats or FRAMEFLEET_NATS_URL.`,
      { cause: err },
    );
  }
}

export function parseServers(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
