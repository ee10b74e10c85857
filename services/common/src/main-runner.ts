/**
 * Runs a service's or command's main: prints a FleetError's message (it already says what was
 * wrong and what to do) without a stack trace, and sets the exit code.
 */
import { isFleetError } from "./errors";

export function runMain(main: (argv: readonly string[]) => Promise<void>, argv: readonly string[] = process.argv.slice(2)): void {
  main(argv).then(
    () => process.exit(process.exitCode ?? 0),
    (err: unknown) => {
      if (isFleetError(err)) {
        process.stderr.write(`framefleet: ${err.message}\n`);
        process.exit(err.code === "config_invalid" || err.code === "spec_invalid" ? 2 : 1);
      }
      process.stderr.write(`framefleet: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
