/**
 * `framefleet devices [--json] [--devices SPEC]`: what device discovery sees on this machine,
 * read directly (no NATS, no coordinator): each device's index, UUID, name, source, memory,
 * utilisation and processes. SPEC defaults to `nvidia` (nvidia-smi from PATH); `nvidia:PATH`,
 * `sim:…` and `cpu:N` show those sources instead. Outside a worker nothing is ours, so every
 * process and all used memory count as foreign.
 */
import { hostname } from "node:os";
import { parseFlags, type CommandSpec } from "../../../common/src/flags";
import { escapeControl, safeJson } from "../../../common/src/safe-text";
import { createDeviceSource, foreignMiB, type DeviceSnapshot, type OwnUsage } from "../../../worker-runtime/src/devices";
import { renderTable } from "../ui/table";

export const DEFAULT_DEVICES_SPEC = "nvidia";

export const DEVICES_COMMAND: CommandSpec = {
  name: "devices",
  summary: "this machine's devices as a worker sees them (no NATS)",
  usage: ["[--json] [--devices SPEC]"],
  flags: {
    json: { type: "boolean", help: "the devices as JSON on stdout" },
    devices: { arg: "SPEC", default: DEFAULT_DEVICES_SPEC, help: "device source: nvidia (nvidia-smi from PATH), nvidia:/path/to/nvidia-smi, sim:SPEC or cpu:N" },
  },
};

/** One device in `framefleet devices --json` (snake_case, memory in MiB, as docs/cli.md says). */
export interface DeviceJson {
  index: number;
  uuid: string;
  name: string;
  source: string;
  total_mib: number;
  used_mib: number;
  free_mib: number;
  foreign_mib: number;
  /** Percent, or -1 when not reported. */
  utilisation_pct: number;
  processes: { pid: number; name: string; used_mib: number }[];
}

/** Outside a worker no backend runs here: no pid or memory is ours. */
const NOTHING_OURS: OwnUsage = { pids: () => new Set<number>(), memoryMiB: () => 0, loadedBackend: () => undefined, busy: () => false };

/** Reads the devices of `spec` once, as a worker would. */
export async function readDevices(spec: string = DEFAULT_DEVICES_SPEC, signal?: AbortSignal): Promise<DeviceSnapshot[]> {
  // The node name as a worker on this machine would take it (services/worker-runtime/src/bootstrap.ts).
  return createDeviceSource(spec, hostname().replace(/[^A-Za-z0-9_-]/g, "-"), NOTHING_OURS).read(signal);
}

export function devicesJson(devices: readonly DeviceSnapshot[]): DeviceJson[] {
  return devices.map((d) => ({
    index: d.index,
    uuid: d.uuid,
    name: d.name,
    source: d.source,
    total_mib: d.totalMiB,
    used_mib: d.usedMiB,
    free_mib: d.freeMiB,
    foreign_mib: foreignMiB(d),
    utilisation_pct: d.utilisationPct,
    processes: d.processes.map((p) => ({ pid: p.pid, name: p.name, used_mib: p.usedMiB })),
  }));
}

/** The devices table, then (when any) a table of their processes. */
export function devicesTable(devices: readonly DeviceSnapshot[]): string {
  const table = renderTable(
    ["INDEX", "UUID", "NAME", "SOURCE", "TOTAL MiB", "USED MiB", "FREE MiB", "UTIL"],
    devices.map((d) => [d.index, d.uuid, d.name, d.source, d.totalMiB, d.usedMiB, d.freeMiB, d.utilisationPct < 0 ? "n/a" : `${d.utilisationPct}%`]),
    { align: ["r", "l", "l", "l", "r", "r", "r", "r"] },
  );
  const procs = devices.flatMap((d) => d.processes.map((p) => [d.index, p.pid, p.name, p.usedMiB]));
  if (procs.length === 0) return `${table}\n\nno processes on these devices`;
  return `${table}\n\n${renderTable(["DEVICE", "PID", "PROCESS", "MiB"], procs, { align: ["r", "r", "l", "r"] })}`;
}

export async function devicesCommand(argv: readonly string[], write: (text: string) => void = (t) => process.stdout.write(t)): Promise<void> {
  const { values } = parseFlags(DEVICES_COMMAND, argv);
  const spec = values.devices as string;
  const devices = await readDevices(spec);
  if (values.json) {
    write(`${safeJson(devicesJson(devices), 2)}\n`);
    return;
  }
  write(devices.length > 0 ? `${devicesTable(devices)}\n` : `no devices found (--devices ${escapeControl(spec)})\n`);
}
