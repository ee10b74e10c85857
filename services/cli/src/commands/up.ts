/**
 * `framefleet up`: a local fleet in the foreground (nats-server with a persistent store, the four
 * services, simulated generator nodes, an evaluator node) until Ctrl-C. Every listener binds
 * `--bind` (127.0.0.1), the API on the port of api.address and the live page on
 * coordinator.http_port, so the other commands and a browser find them without flags. A start
 * that fails, or is interrupted, stops whatever it had started.
 */
import { join, resolve } from "node:path";
import { CONFIG_FLAG, configOverrides, loadConfig, type FleetConfig } from "../../../common/src/config";
import { FleetError, FleetErrorCode, isFleetError } from "../../../common/src/errors";
import { parseFlags, type CommandSpec, type FlagValues } from "../../../common/src/flags";
import { controlClientOptionsFromConfig } from "../../../common/src/grpc/client";
import { apiTokenFromConfig } from "../../../common/src/grpc/control";
import { LocalFleet, type WorkerSpec } from "../local-fleet";
import { assertPortsFree } from "../ports";
import { checkPrerequisites } from "../prerequisites";
import { collectAddresses, upBanner } from "../up-banner";

export const UP_COMMAND: CommandSpec = {
  name: "up",
  summary: "local fleet in the foreground: nats-server, services, workers",
  usage: ["[--config FILE] [--gen-nodes N] [--devices SPEC] [FLAGS]"],
  flags: {
    ...CONFIG_FLAG,
    "gen-nodes": { arg: "N", default: "2", help: "generator nodes, 0 to 64 (node-a, node-b, ...)" },
    devices: { arg: "SPEC", default: "sim:2x80GiB", help: "device spec of every generator node (nvidia, sim:SPEC, cpu:N)" },
    "eval-devices": { arg: "SPEC", default: "cpu:2", help: "device spec of the evaluator node" },
    "nats-port": { arg: "PORT", default: "4222", help: "nats-server client port" },
    bind: {
      arg: "HOST",
      default: "127.0.0.1",
      help: "address every listener binds (API, live page, /metrics, NATS); 0.0.0.0 opens them to the network, so set api.token",
    },
    store: { arg: "DIR", default: ".framefleet/nats", help: "JetStream store, kept on exit so runs survive a restart of up" },
    "output-root": { path: "output_root", arg: "DIR", help: "shared output folder" },
  },
  notes: [
    "The API listens on the port of api.address, the live page on coordinator.http_port and the aggregator's /metrics on aggregator.http_port (0: any free port); workers' /metrics on free ports.",
    "Ctrl-C stops everything (workers drain first). docs/cli.md#framefleet-up says more.",
  ],
};

interface UpPlan {
  readonly host: string;
  readonly natsPort: number;
  readonly apiPort: number;
  readonly workers: readonly WorkerSpec[];
}

function plan(values: FlagValues, cfg: FleetConfig): UpPlan {
  const genNodes = Number(values["gen-nodes"]);
  if (!Number.isInteger(genNodes) || genNodes < 0 || genNodes > 64) throw new FleetError(FleetErrorCode.CONFIG_INVALID, "--gen-nodes: give 0 to 64");
  const natsPort = Number(values["nats-port"]);
  if (!Number.isInteger(natsPort) || natsPort < 1 || natsPort > 65535) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--nats-port: "${values["nats-port"]}" is not a port (1-65535)`);
  const host = (values.bind as string).replace(/^\[|\]$/g, "");
  if (!/^[^\s/]+$/.test(host)) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--bind: "${host}" is not an address (e.g. 127.0.0.1, ::1 or 0.0.0.0)`);
  const workers: WorkerSpec[] = [
    ...Array.from({ length: genNodes }, (_, i) => ({ role: "gen" as const, node: `node-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ""}`, devices: values.devices as string })),
    { role: "eval", node: "evaluator", devices: values["eval-devices"] as string },
  ];
  return { host, natsPort, apiPort: Number(cfg.api.address.split(":").pop()), workers };
}

export async function upCommand(argv: readonly string[]): Promise<void> {
  const { values } = parseFlags(UP_COMMAND, argv);
  const cfg = loadConfig({ file: values.config as string | undefined, overrides: configOverrides(UP_COMMAND.flags, values) });
  const p = plan(values, cfg);
  const token = apiTokenFromConfig(cfg.api);
  await checkPrerequisites(["nats-server", "ffmpeg", "ffprobe"]);
  await assertPortsFree(p.host, [
    { port: p.natsPort, setting: "--nats-port" },
    { port: p.apiPort, setting: "the port of api.address" },
    { port: cfg.coordinator.http_port, setting: "coordinator.http_port, the live page" },
    { port: cfg.aggregator.http_port, setting: "aggregator.http_port" },
  ]);
  const outputRoot = resolve(cfg.output_root);
  const logsDir = join(outputRoot, ".logs", "up");
  const configFile = values.config ? resolve(values.config as string) : undefined;
  const fleet = new LocalFleet({
    outputRoot,
    logsDir,
    workers: p.workers,
    natsStoreDir: resolve(values.store as string),
    natsPort: p.natsPort,
    apiPort: p.apiPort,
    host: p.host,
    coordinatorHttpPort: cfg.coordinator.http_port,
    aggregatorHttpPort: cfg.aggregator.http_port,
    logLevel: cfg.log_level,
    // The coordinator enforces the file's api.token / api.tls, so our own calls must use them.
    clientOptions: controlClientOptionsFromConfig(cfg.api),
    // Every service reads the same file, so its settings (worker backends, margins ...) apply.
    ...(configFile ? { configFile } : {}),
  });

  // Signals are ours from the first process started: one during the start aborts it (and the
  // start stops what it began), one later stops the fleet; further ones only say we are on it.
  const stopping = new AbortController();
  const onSignal = () => {
    if (stopping.signal.aborted) process.stderr.write("still stopping the fleet...\n");
    else stopping.abort(new FleetError(FleetErrorCode.CANCELLED, "interrupted"));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    try {
      await fleet.start({ signal: stopping.signal });
    } catch (err) {
      if (stopping.signal.aborted) {
        process.stderr.write("interrupted while starting: everything started is stopped\n");
        process.exitCode = 130;
        return;
      }
      const e = isFleetError(err) ? err : new FleetError(FleetErrorCode.INTERNAL, (err as Error).message, { cause: err });
      throw new FleetError(e.code, `the fleet did not start, and everything it had started is stopped: ${e.message}`, { cause: err });
    }
    // From here on the fleet runs: whatever happens, it is stopped before up exits.
    try {
      const client = fleet.client();
      try {
        const addresses = await collectAddresses(fleet, client, { coordinator: cfg.coordinator.http_port, aggregator: cfg.aggregator.http_port });
        const gen = p.workers.filter((w) => w.role === "gen");
        const workers = `${gen.length} generator node${gen.length === 1 ? "" : "s"} (${values.devices as string} each), 1 evaluator node (${values["eval-devices"] as string})`;
        process.stderr.write(upBanner({ addresses, tokenRequired: token !== undefined, workers, host: p.host, outputRoot, logsDir, ...(configFile ? { configFile } : {}) }));
      } finally {
        client.close();
      }
      await new Promise<void>((done) => {
        if (stopping.signal.aborted) done();
        else stopping.signal.addEventListener("abort", () => done(), { once: true });
      });
      process.stderr.write("stopping the fleet...\n");
    } finally {
      await fleet.stop({ keepStore: true });
    }
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
