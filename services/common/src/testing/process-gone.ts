/**
 * Whether a process has ended, for tests that check a kill or a cleanup reached it. A zombie
 * counts as gone: the test container's PID 1 may never reap it, and it runs no code any more.
 */
import { readFileSync } from "node:fs";

/** True when no process has this pid, or only its zombie is left. */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists, but is not ours to signal.
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
  try {
    // The state letter follows the ")" that closes the command name (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return true; // gone between the two looks
  }
}
