/**
 * What the processes of a test are doing, read from /proc (Linux): a process's descendants, the
 * TCP sockets they listen on, and which processes still mention a path (a test's temp folder)
 * on their command line, to check that nothing was left running.
 */
import { readFileSync, readdirSync, readlinkSync } from "node:fs";

function pids(): number[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

function parentOf(pid: number): number | undefined {
  try {
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

/** Every live process below `root` (children, their children ...). */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of pids()) {
    const ppid = parentOf(pid);
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const todo = [...(children.get(root) ?? [])];
  while (todo.length > 0) {
    const pid = todo.pop() as number;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  let fds: string[] = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return inodes;
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1] as string);
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

/** /proc/net/tcp's hex "0100007F:1F90" as "127.0.0.1:8080"; tcp6 addresses stay hex with their port. */
function decodeAddress(hex: string, v6: boolean): string {
  const [ip = "", port = "0"] = hex.split(":");
  const p = parseInt(port, 16);
  if (v6) return `[${ip}]:${p}`;
  const bytes = (ip.match(/../g) ?? []).map((b) => parseInt(b, 16)).reverse();
  return `${bytes.join(".")}:${p}`;
}

export interface Listener {
  readonly pid: number;
  /** "127.0.0.1:7700", or "[hex]:port" for IPv6. */
  readonly address: string;
}

/** The TCP sockets in LISTEN state that these processes hold. */
export function listeningSockets(of: readonly number[]): Listener[] {
  const owner = new Map<string, number>();
  for (const pid of of) for (const inode of socketInodes(pid)) owner.set(inode, pid);
  const out: Listener[] = [];
  for (const [file, v6] of [["/proc/net/tcp", false], ["/proc/net/tcp6", true]] as const) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.trim().split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [local, state, inode] = [cols[1] ?? "", cols[3], cols[9] ?? ""];
      const pid = owner.get(inode);
      if (state === "0A" && pid !== undefined) out.push({ pid, address: decodeAddress(local, v6) });
    }
  }
  return out;
}

/** Live processes whose command line contains `text` (other than this one). */
export function processesMentioning(text: string): { pid: number; cmdline: string }[] {
  const out: { pid: number; cmdline: string }[] = [];
  for (const pid of pids()) {
    if (pid === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
      if (cmdline.includes(text)) out.push({ pid, cmdline });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Live processes whose environment holds `entry` ("NAME=value"), other than this one. */
export function processesWithEnv(entry: string): number[] {
  return pids().filter((pid) => {
    if (pid === process.pid) return false;
    try {
      return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(entry);
    } catch {
      return false; // gone meanwhile, or not ours to read
    }
  });
}
