/**
 * `framefleet up`: a local fleet in the foreground (nats-server with a persistent store, the four
 * services, simulated generator nodes, an evaluator node) until Ctrl-C. The API listens on the
 * configured address, so the other commands work without flags.
 */
import { join, resolve } from "node:path";
import { loadConfig } from "../../../common/src/config";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { controlClientOptionsFromConfig } from "../../../common/src/grpc/client";
import { parseCommandArgs } from "../client-flags";
import { LocalFleet, type WorkerSpec } from "../local-fleet";
import { checkPrerequisites } from "../prerequisites";

export async function upCommand(argv: readonly string[]): Promise<void> {
  const { values } = parseCommandArgs(argv, {
    config: { type: "string" },
    "gen-nodes": { type: "string" },
    devices: { type: "string" },
    "eval-devices": { type: "string" },
    "nats-port": { type: "string" },
    store: { type: "string" },
    "output-root": { type: "string" },
  });
  const cfg = loadConfig({ file: values.config as string | undefined, overrides: values["output-root"] ? { output_root: values["output-root"] } : {} });
  const genNodes = Number(values["gen-nodes"] ?? 2);
  if (!Number.isInteger(genNodes) || genNodes < 0 || genNodes > 64) throw new FleetError(FleetErrorCode.CONFIG_INVALID, "--gen-nodes: give 0 to 64");
  const natsPort = Number(values["nats-port"] ?? 4222);
  if (!Number.isInteger(natsPort) || natsPort < 1 || natsPort > 65535) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--nats-port: "${values["nats-port"]}" is not a port (1-65535)`);
  const apiPort = Number(cfg.api.address.split(":").pop());
  await checkPrerequisites(["nats-server", "ffmpeg", "ffprobe"]);
  const outputRoot = resolve(cfg.output_root);
  const workers: WorkerSpec[] = [
    ...Array.from({ length: genNodes }, (_, i) => ({ role: "gen" as const, node: `node-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ""}`, devices: (values.devices as string | undefined) ?? "sim:2x80GiB" })),
    { role: "eval", node: "evaluator", devices: (values["eval-devices"] as string | undefined) ?? "cpu:2" },
  ];
  const fleet = new LocalFleet({
    outputRoot,
    logsDir: join(outputRoot, ".logs", "up"),
    workers,
    natsStoreDir: resolve((values.store as string | undefined) ?? ".framefleet/nats"),
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
