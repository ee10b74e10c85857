/**
 * `framefleet up`: a local fleet in the foreground (nats-server with a persistent store, the four
 * services, simulated generator nodes, an evaluator node) until Ctrl-C. The API listens on the
 * configured address, so the other commands work without flags.
 */
import { join, resolve } from "node:path";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { controlClientOptionsFromConfig } from "../../../common/src/grpc/client";
import { CONFIG_FLAG, configOverrides, loadConfig } from "../../../common/src/config";
import { parseFlags, type CommandSpec } from "../../../common/src/flags";
import { LocalFleet, type WorkerSpec } from "../local-fleet";
import { checkPrerequisites } from "../prerequisites";

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
    store: { arg: "DIR", default: ".framefleet/nats", help: "JetStream store, kept on exit so runs survive a restart of up" },
    "output-root": { path: "output_root", arg: "DIR", help: "shared output folder" },
  },
  notes: ["Ctrl-C stops everything (workers drain first). docs/cli.md#framefleet-up says more."],
};

export async function upCommand(argv: readonly string[]): Promise<void> {
  const { values } = parseFlags(UP_COMMAND, argv);
  const cfg = loadConfig({ file: values.config as string | undefined, overrides: configOverrides(UP_COMMAND.flags, values) });
  const genNodes = Number(values["gen-nodes"]);
  if (!Number.isInteger(genNodes) || genNodes < 0 || genNodes > 64) throw new FleetError(FleetErrorCode.CONFIG_INVALID, "--gen-nodes: give 0 to 64");
  const natsPort = Number(values["nats-port"]);
  if (!Number.isInteger(natsPort) || natsPort < 1 || natsPort > 65535) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--nats-port: "${values["nats-port"]}" is not a port (1-65535)`);
  const apiPort = Number(cfg.api.address.split(":").pop());
  await checkPrerequisites(["nats-server", "ffmpeg", "ffprobe"]);
  const outputRoot = resolve(cfg.output_root);
  const workers: WorkerSpec[] = [
    ...Array.from({ length: genNodes }, (_, i) => ({ role: "gen" as const, node: `node-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ""}`, devices: values.devices as string })),
    { role: "eval", node: "evaluator", devices: values["eval-devices"] as string },
  ];
  const fleet = new LocalFleet({
    outputRoot,
    logsDir: join(outputRoot, ".logs", "up"),
    workers,
    natsStoreDir: resolve(values.store as string),
    natsPort,
    apiPort,
    logLevel: cfg.log_level,
    // The coordinator enforces the file's api.token / api.tls, so our own calls must use them.
    clientOptions: controlClientOptionsFromConfig(cfg.api),
    // Every service reads the same file, so its settings (worker backends, margins ...) apply.
    ...(values.config ? { configFile: resolve(values.config as string) } : {}),
  });
  await fleet.start();
  process.stderr.write(
    [
      `FrameFleet is up: ${workers.length} worker nodes.`,
      `  NATS          ${fleet.natsUrl}`,
      `  Control API   ${fleet.apiAddress}`,
      `  output        ${outputRoot}`,
      `  logs          ${join(outputRoot, ".logs", "up")}`,
      "Try: framefleet submit examples/runs/demo.yaml --wait   |   framefleet nodes   |   framefleet status",
      "Ctrl-C stops everything (workers drain first).",
      "",
    ].join("\n"),
  );
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  process.stderr.write("stopping the fleet...\n");
  await fleet.stop({ keepStore: true });
}
