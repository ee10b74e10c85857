/**
 * The `framefleet` command line: dispatches to the client commands, the local fleet, and the
 * services themselves (what a container runs).
 */
import { main as aggregatorMain } from "../../aggregator/src/main";
import { runMain } from "../../common/src/main-runner";
import { main as coordinatorMain } from "../../coordinator/src/main";
import { VERSION } from "../../common/src/version";
import { cancelCommand } from "./commands/cancel";
import { demoCommand } from "./commands/demo";
import { devicesCommand } from "./commands/devices";
import { drainCommand } from "./commands/drain";
import { nodesCommand } from "./commands/nodes";
import { reportCommand } from "./commands/report";
import { retryCommand } from "./commands/retry";
import { scoreCommand } from "./commands/score";
import { statusCommand } from "./commands/status";
import { submitCommand } from "./commands/submit";
import { upCommand } from "./commands/up";
import { workerCommand } from "./commands/worker";

const HELP = `framefleet ${VERSION}: run video-generation benchmarks across a fleet of GPU nodes

Usage:
  framefleet demo [--json]                  local fleet + bundled demo run end to end, then report
  framefleet up [--config FILE]             local fleet in the foreground: nats-server + 4 services + workers
  framefleet submit RUNSPEC.yaml [--wait]   submit a run; prints its id (with --wait: follows it);
                                            the same spec again resumes its run
  framefleet submit --resume RUN [--wait]   carry on a run: keep valid videos, redo the rest
  framefleet status [RUN] [--json] [--watch]  runs, or one run's progress, ETA and failures
  framefleet nodes [--json] [--prune]       worker nodes, their devices, free memory and state
  framefleet devices [--json] [--devices SPEC]  this machine's GPUs as discovery sees them (nvidia, sim:SPEC, cpu:N)
  framefleet drain NODE [--deadline 10m] [--wait]
  framefleet undrain NODE
  framefleet cancel RUN
  framefleet retry RUN --failed [--wait]    queue a run's failed items again
  framefleet report RUN [RUN…] [--format md|json|html] [--out FILE] [--baseline first|best]
                                            one run's report; html: its page; several runs: a leaderboard
  framefleet score BENCHMARK --input PATH [--json]  official aggregate from official result files
                                            (vbench, videophy2 --pc CSV [--prompts CSV], worldmodelbench, sana-wm, mbench)

  framefleet coordinator | aggregator       one service in the foreground (what a container runs)
  framefleet worker --role gen|eval --node NAME [--devices sim:SPEC|cpu:N]

Client commands take --api HOST:PORT (FRAMEFLEET_API, default 127.0.0.1:7700); services take
--nats URL (FRAMEFLEET_NATS_URL) and --config FILE (FRAMEFLEET_CONFIG). See docs/cli.md.
`;

type Command = (argv: readonly string[]) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  up: upCommand,
  submit: submitCommand,
  status: statusCommand,
  nodes: nodesCommand,
  devices: devicesCommand,
  report: reportCommand,
  score: scoreCommand,
  drain: (argv) => drainCommand(argv, false),
  undrain: (argv) => drainCommand(argv, true),
  cancel: cancelCommand,
  retry: retryCommand,
  coordinator: coordinatorMain,
  aggregator: aggregatorMain,
  worker: workerCommand,
};

export async function main(argv: readonly string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (name === "--version" || name === "version") {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`framefleet: unknown command "${name}"\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  await cmd(rest);
}

if (require.main === module) runMain(main);
