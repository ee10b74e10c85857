/**
 * Checks, before a local fleet starts anything, that the fixed ports it will listen on are free:
 * a port held by another program (an earlier `framefleet up`, say) is then reported by name and
 * setting instead of as a service that exits half-way through the start.
 */
import { createServer } from "node:net";
import { FleetError, FleetErrorCode } from "../../common/src/errors";

export interface WantedPort {
  readonly port: number;
  /** The setting that chose it, e.g. "--nats-port" or "coordinator.http_port". */
  readonly setting: string;
}

/** Whether `host:port` can be bound now; the error code (EADDRINUSE, EACCES ...) when not. */
export function tryBind(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    srv.listen({ host, port, exclusive: true }, () => srv.close(() => resolve(undefined)));
  });
}

/** Throws one error naming every taken port and its setting; ports 0 (any free one) are skipped. */
export async function assertPortsFree(host: string, wanted: readonly WantedPort[]): Promise<void> {
  const problems: string[] = [];
  for (const w of wanted) {
    if (w.port === 0) continue;
    const code = await tryBind(host, w.port);
    if (code === "EADDRINUSE") problems.push(`port ${w.port} (${w.setting}) on ${host} is already in use`);
    else if (code) problems.push(`cannot listen on ${host}:${w.port} (${w.setting}): ${code}`);
  }
  if (problems.length > 0) {
    throw new FleetError(
      FleetErrorCode.CONFIG_INVALID,
      `${problems.join("; ")}. Stop what holds it (another framefleet up? ss -ltnp shows who) or choose other ports; nothing was started`,
    );
  }
}
