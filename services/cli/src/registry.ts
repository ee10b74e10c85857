/**
 * Every `framefleet` command: its declaration (what the parser accepts and help lists) and what
 * runs it. main.ts dispatches through this list, `framefleet help` reads it, and the test of
 * every command's help iterates it.
 */
import { main as aggregatorMain } from "../../aggregator/src/main";
import { AGGREGATOR_COMMAND, COORDINATOR_COMMAND, WORKER_COMMAND } from "../../common/src/config";
import type { CommandSpec } from "../../common/src/flags";
import { main as coordinatorMain } from "../../coordinator/src/main";
import { CANCEL_COMMAND, cancelCommand } from "./commands/cancel";
import { DEMO_COMMAND, demoCommand } from "./commands/demo";
import { DEVICES_COMMAND, devicesCommand } from "./commands/devices";
import { DRAIN_COMMAND, UNDRAIN_COMMAND, drainCommand } from "./commands/drain";
import { NODES_COMMAND, nodesCommand } from "./commands/nodes";
import { REPORT_COMMAND, reportCommand } from "./commands/report";
import { RETRY_COMMAND, retryCommand } from "./commands/retry";
import { SCORE_COMMAND, scoreCommand } from "./commands/score";
import { STATUS_COMMAND, statusCommand } from "./commands/status";
import { SUBMIT_COMMAND, submitCommand } from "./commands/submit";
import { UP_COMMAND, upCommand } from "./commands/up";
import { workerCommand } from "./commands/worker";

/** Headings of `framefleet --help`, in order. */
export const GROUPS = {
  local: "Local fleet",
  client: "Client commands (call the coordinator's Control API at --api HOST:PORT)",
  machine: "This machine (no fleet)",
  service: "Services in the foreground (what a container or systemd unit runs)",
} as const;

export interface CliCommand {
  readonly spec: CommandSpec;
  readonly group: keyof typeof GROUPS;
  run(argv: readonly string[]): Promise<void>;
}

export const COMMANDS: readonly CliCommand[] = [
  { spec: DEMO_COMMAND, group: "local", run: demoCommand },
  { spec: UP_COMMAND, group: "local", run: upCommand },
  { spec: SUBMIT_COMMAND, group: "client", run: submitCommand },
  { spec: STATUS_COMMAND, group: "client", run: statusCommand },
  { spec: NODES_COMMAND, group: "client", run: nodesCommand },
  { spec: REPORT_COMMAND, group: "client", run: reportCommand },
  { spec: DRAIN_COMMAND, group: "client", run: (argv) => drainCommand(argv, false) },
  { spec: UNDRAIN_COMMAND, group: "client", run: (argv) => drainCommand(argv, true) },
  { spec: CANCEL_COMMAND, group: "client", run: cancelCommand },
  { spec: RETRY_COMMAND, group: "client", run: retryCommand },
  { spec: DEVICES_COMMAND, group: "machine", run: (argv) => devicesCommand(argv) },
  { spec: SCORE_COMMAND, group: "machine", run: (argv) => scoreCommand(argv) },
  { spec: COORDINATOR_COMMAND, group: "service", run: coordinatorMain },
  { spec: AGGREGATOR_COMMAND, group: "service", run: aggregatorMain },
  { spec: WORKER_COMMAND, group: "service", run: workerCommand },
];

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.spec.name === name);
}
