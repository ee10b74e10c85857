/**
 * A private network for one process: a network namespace joined to this one by a veth pair, with
 * addresses in 10.213.x.0/30 that exist only on that pair. Cutting the link takes the root-side end
 * down: the namespace side keeps its address and route but loses its carrier, so its packets
 * vanish without an error, as in a real partition (a refused or unreachable error would tell the
 * client at once). Needs root and iproute2; `netnsUnavailable()` says why not otherwise.
 */
import { spawnSync } from "node:child_process";

function ip(args: readonly string[]): { ok: boolean; out: string } {
  const r = spawnSync("ip", args, { encoding: "utf8", timeout: 10_000 });
  if (r.error) return { ok: false, out: r.error.message };
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}

/** Why namespaces cannot be made here, or undefined when they can (tried for real, then removed). */
export function netnsUnavailable(): string | undefined {
  if (process.platform !== "linux") return "network namespaces exist on Linux only";
  if (process.getuid?.() !== 0) return "not running as root (ip netns and veth pairs need it)";
  if (!ip(["-V"]).ok) return "no `ip` command (install iproute2)";
  const probe = `ffprobe${process.pid}`;
  const added = ip(["netns", "add", probe]);
  if (!added.ok) return `ip netns add failed: ${added.out}`;
  const veth = ip(["link", "add", `${probe}a`, "type", "veth", "peer", "name", `${probe}b`]);
  ip(["link", "del", `${probe}a`]);
  ip(["netns", "del", probe]);
  return veth.ok ? undefined : `ip link add type veth failed: ${veth.out}`;
}

export interface NetnsLink {
  /** The namespace's name, for `ip netns exec`. */
  readonly ns: string;
  /** This side's address: what a process inside the namespace connects to. */
  readonly hostIp: string;
  /** Takes the link down: packets from either side are lost, silently. */
  cut(): void;
  restore(): void;
  /** Removes the namespace and the veth pair; safe to call again and after a failed create. */
  remove(): void;
}

function must(args: readonly string[]): void {
  const r = ip(args);
  if (!r.ok) throw new Error(`ip ${args.join(" ")}: ${r.out}`);
}

/** A /30 in 10.213.0.0/16 that no interface of this machine uses yet. */
function freeSubnet(): number {
  for (let i = 0; i < 250; i++) {
    const x = (process.pid + i) % 250;
    if (ip(["-o", "-4", "addr", "show", "to", `10.213.${x}.0/30`]).out === "") return x;
  }
  throw new Error("no free 10.213.x.0/30 subnet");
}

export function createNetnsLink(): NetnsLink {
  // Interface names are at most 15 characters.
  const tag = `ffp${process.pid % 1_000_000}`;
  const ns = `${tag}ns`;
  const host = `${tag}h`;
  const inner = `${tag}i`;
  const x = freeSubnet();
  const link: NetnsLink = {
    ns,
    hostIp: `10.213.${x}.1`,
    cut: () => must(["link", "set", host, "down"]),
    restore: () => must(["link", "set", host, "up"]),
    remove() {
      // Deleting the namespace takes its end of the pair, and so the pair, with it.
      ip(["netns", "del", ns]);
      ip(["link", "del", host]);
    },
  };
  try {
    must(["netns", "add", ns]);
    must(["link", "add", host, "type", "veth", "peer", "name", inner]);
    must(["link", "set", inner, "netns", ns]);
    must(["addr", "add", `10.213.${x}.1/30`, "dev", host]);
    must(["link", "set", host, "up"]);
    must(["netns", "exec", ns, "ip", "addr", "add", `10.213.${x}.2/30`, "dev", inner]);
    must(["netns", "exec", ns, "ip", "link", "set", inner, "up"]);
    // The worker's own HTTP server listens on the namespace's loopback.
    must(["netns", "exec", ns, "ip", "link", "set", "lo", "up"]);
  } catch (err) {
    link.remove();
    throw err;
  }
  return link;
}
