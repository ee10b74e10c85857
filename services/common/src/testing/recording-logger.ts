/** A Logger that keeps what was logged, for tests that assert on log lines. */
import type { LogFields, Logger, LogLevel } from "../log";

/** One logged line: its fields, with its level and message beside them. */
export type RecordedLine = LogFields & { readonly level: LogLevel; readonly msg: string };

export interface RecordingLogger extends Logger {
  readonly lines: RecordedLine[];
}

/**
 * Keeps every line at every level; `onLine` sees each one as it is logged (to act at a moment
 * the code under test only announces in its log, such as a child process's pid). Children log
 * into the same list.
 */
export function recordingLogger(onLine?: (line: RecordedLine) => void): RecordingLogger {
  const lines: RecordedLine[] = [];
  const at =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}): void => {
      const line: RecordedLine = { ...fields, level, msg };
      lines.push(line);
      onLine?.(line);
    };
  const log: RecordingLogger = { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error"), child: () => log };
  return log;
}
