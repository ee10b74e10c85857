/** Shared by the command backend's tests: waiting for files and checking processes are gone. */
import { existsSync, readFileSync } from "node:fs";
import { waitFor } from "../../../../common/src/abort";
import type { LogFields, Logger } from "../../../../common/src/log";

/** True when `pid` no longer runs. A zombie counts as gone: the test container's init may never reap it. */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The state letter follows the ")" that closes the command name.
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return true;
  }
}

/** The pid a script wrote to `file`, once it exists. */
export async function readPid(file: string): Promise<number> {
  await waitFor(() => existsSync(file), { timeoutMs: 5_000, intervalMs: 20, what: file });
  return Number(readFileSync(file, "utf8").trim());
}

/** A logger that keeps every line, for asserting what reached the log. */
export function recordingLogger(): Logger & { lines: (LogFields & { level: string; msg: string })[] } {
  const lines: (LogFields & { level: string; msg: string })[] = [];
  const at =
    (level: string) =>
    (msg: string, fields: LogFields = {}): void => {
      lines.push({ ...fields, level, msg });
    };
  const log = { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error"), child: () => log };
  return log;
}
