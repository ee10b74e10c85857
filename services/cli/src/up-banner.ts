/**
 * What `framefleet up` says once the fleet is ready: where the live page, the Control API, NATS
 * and every service's /metrics answer, and how to pass the token when the API has one.
 */
import type { ControlClient } from "../../common/src/grpc/client";
import { urlHost } from "../../common/src/http";
import type { LocalFleet } from "./local-fleet";

export interface UpAddresses {
  /** The live page, or undefined when its port is not known (port 0 and quiet logs). */
  readonly live: string | undefined;
  readonly api: string;
  readonly nats: string;
  /** Service or node name → its /metrics URL, coordinator and aggregator first. */
  readonly metrics: readonly (readonly [string, string])[];
}

/**
 * Fixed ports are known before the start; ports chosen at start come from the services' own
 * "listening" log lines, and each worker's from its advert (which any log level carries).
 */
export async function collectAddresses(fleet: LocalFleet, client: ControlClient, ports: { coordinator: number; aggregator: number }): Promise<UpAddresses> {
  const logged = fleet.endpoints();
  const base = (port: number) => `http://${urlHost(fleet.host)}:${port}`;
  const coordinator = ports.coordinator ? `${base(ports.coordinator)}/metrics` : logged.coordinator?.metrics;
  const aggregator = ports.aggregator ? `${base(ports.aggregator)}/metrics` : logged.aggregator?.metrics;
  const metrics: [string, string][] = [];
  if (coordinator) metrics.push(["coordinator", coordinator]);
  if (aggregator) metrics.push(["aggregator", aggregator]);
  const { nodes } = await client.listNodes();
  for (const w of fleet.opts.workers) {
    const url = nodes.find((n) => n.advert?.node === w.node)?.advert?.metricsUrl || logged[`worker-${w.node}`]?.metrics;
    if (url) metrics.push([w.node, url]);
  }
  return { live: coordinator?.replace(/\/metrics$/, "/"), api: fleet.apiAddress, nats: fleet.natsUrl, metrics };
}

export interface BannerFacts {
  readonly addresses: UpAddresses;
  readonly tokenRequired: boolean;
  readonly workers: string;
  readonly host: string;
  readonly outputRoot: string;
  readonly logsDir: string;
  /** The --config file, which the client commands then need for api.address and the token. */
  readonly configFile?: string;
}

export function upBanner(f: BannerFacts): string {
  const a = f.addresses;
  const pad = " ".repeat(16);
  const live = a.live
    ? [`  live page     ${a.live}`, ...(f.tokenRequired ? [`${pad}needs the API token: open ${a.live}?token=<api.token> once in a browser (or send Authorization: Bearer <api.token>)`] : [])]
    : [`  live page     on the coordinator's HTTP port, chosen at start: see ${f.logsDir}/coordinator.log`];
  const width = Math.max(...a.metrics.map(([n]) => n.length));
  const metrics = a.metrics.map(([name, url], i) => `${i === 0 ? "  metrics       " : pad}${name.padEnd(width)}  ${url}`);
  const where = f.host === "127.0.0.1" || f.host === "::1" ? "this machine only" : "reachable from other machines";
  return [
    `FrameFleet is up: ${f.workers}; listening on ${f.host} (${where}).`,
    ...live,
    `  Control API   ${a.api}${f.tokenRequired ? " (token: api.token of the configuration)" : ""}`,
    `  NATS          ${a.nats}`,
    ...metrics,
    `  output        ${f.outputRoot}`,
    `  logs          ${f.logsDir}`,
    `Try: framefleet submit examples/runs/demo.yaml --wait   |   framefleet nodes   |   framefleet status${f.configFile ? `\n     (each with --config ${f.configFile}, for its api.address and token)` : ""}`,
    "Ctrl-C stops everything (workers drain first).",
    "",
  ].join("\n");
}
