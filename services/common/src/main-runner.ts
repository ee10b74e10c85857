/**
 * Runs a service's or command's main: prints a FleetError's message (it already says what was
 * wrong and what to do) without a stack trace, and sets the exit code.
 */
import { isFleetError } from "./errors";
import { escapeControl } from "./safe-text";

/** Exit codes of every command and service (docs/cli.md, "Exit codes"). */
export const ExitCode = {
  OK: 0,
  /** Anything else: unreachable coordinator, unknown run, timeout, missing program... */
  ERROR: 1,
  /** A bad flag, configuration or run spec (`config_invalid`, `spec_invalid`). */
  USAGE: 2,
  /** `submit --wait` / `retry --wait`: the run ended, but not with every item done (items failed, or it was cancelled). */
  RUN_INCOMPLETE: 3,
  /** Interrupted by a signal (`demo`, a second SIGTERM to a service). */
  INTERRUPTED: 130,
} as const;

/**
 * Exits once stdout and stderr are flushed: a pipe is written asynchronously, and exiting at once
 * cut a large answer (`framefleet report RUN | jq`) after the first few hundred KB.
 */
export function exitFlushed(code: number): void {
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

export function runMain(main: (argv: readonly string[]) => Promise<void>, argv: readonly string[] = process.argv.slice(2)): void {
  main(argv).then(
    () => exitFlushed(typeof process.exitCode === "number" ? process.exitCode : 0),
    (err: unknown) => {
      // Messages quote what failed (nvidia-smi's output, a backend's stderr): escape before printing.
      if (isFleetError(err)) {
        process.stderr.write(`framefleet: ${escapeControl(err.message, { keep: "lines" })}\n`);
        exitFlushed(err.code === "config_invalid" || err.code === "spec_invalid" ? ExitCode.USAGE : ExitCode.ERROR);
        return;
      }
      process.stderr.write(`framefleet: ${escapeControl(err instanceof Error ? (err.stack ?? err.message) : String(err), { keep: "lines" })}\n`);
      exitFlushed(ExitCode.ERROR);
    },
  );
}
