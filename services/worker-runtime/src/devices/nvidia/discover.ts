/**
 * Device discovery from nvidia-smi: turns its outputs into DeviceSnapshots, one per GPU, or one
 * per MIG instance on a GPU in MIG mode (the parent itself is then not a device: CUDA can only
 * use its instances).
 *
 * - `--query-gpu` gives each GPU's index, UUID, name, memory, utilisation and MIG mode;
 * - `--query-compute-apps` gives the processes on each GPU (foreign memory, and ours by pid);
 * - `-L` gives the MIG instances with their UUIDs and profiles;
 * - `-q`, only when some GPU has MIG instances, gives each instance's memory and which instance
 *   each process runs in (compute-apps reports only the parent GPU's UUID under MIG).
 *
 * Snapshot index: the nvidia-smi GPU index (PCI bus order, not CUDA's order; backends are
 * pinned by UUID, so the two never need to agree). A MIG instance gets parent index × 100 + its
 * MIG device index (GPU 1's MIG device 2 → 102), so indexes stay unique and sort by parent.
 *
 * With `visible` (CUDA_VISIBLE_DEVICES, see visible.ts) only the GPUs and instances it names are
 * devices: the others belong to someone else's job.
 */
import type { DeviceProcessInfo, DeviceSnapshot, OwnUsage } from "../types";
import {
  COMPUTE_APPS_FIELDS,
  QUERY_GPU_FIELDS,
  parseComputeApps,
  parseList,
  parseQueryDetail,
  parseQueryGpu,
  unparseable,
  type DetailGpu,
  type ListedGpu,
} from "./parse";
import { selectVisible, type VisibleDevices } from "./visible";

/** Runs nvidia-smi with these arguments and resolves with its stdout (rejects on any failure). */
export type NvidiaRunner = (args: string[]) => Promise<string>;

export const QUERY_GPU_ARGS: readonly string[] = [`--query-gpu=${QUERY_GPU_FIELDS.join(",")}`, "--format=csv"];
export const COMPUTE_APPS_ARGS: readonly string[] = [`--query-compute-apps=${COMPUTE_APPS_FIELDS.join(",")}`, "--format=csv"];
export const LIST_ARGS: readonly string[] = ["-L"];
export const DETAIL_ARGS: readonly string[] = ["-q"];

/** MIG instance snapshot index = parent GPU index × this + MIG device index. */
export const MIG_INDEX_STRIDE = 100;

function envFor(uuid: string): Record<string, string> {
  return { CUDA_VISIBLE_DEVICES: uuid, CUDA_DEVICE_ORDER: "PCI_BUS_ID" };
}

export async function discoverNvidia(run: NvidiaRunner, own: OwnUsage, visible?: VisibleDevices): Promise<DeviceSnapshot[]> {
  const [gpuText, appsText, listText] = await Promise.all([run([...QUERY_GPU_ARGS]), run([...COMPUTE_APPS_ARGS]), run([...LIST_ARGS])]);
  const allGpus = parseQueryGpu(gpuText);
  const apps = parseComputeApps(appsText);
  const listed = new Map<string, ListedGpu>(parseList(listText).map((g) => [g.uuid, g]));
  const allMigsOf = (uuid: string) => listed.get(uuid)?.migs ?? [];
  const chosen = visible && selectVisible(visible, allGpus.map((g) => ({ index: g.index, uuid: g.uuid, migUuids: allMigsOf(g.uuid).map((m) => m.uuid) })));
  const migsOf = (uuid: string) => (chosen && !chosen.gpus.has(uuid) ? allMigsOf(uuid).filter((m) => chosen.migs.has(m.uuid)) : allMigsOf(uuid));
  const gpus = chosen ? allGpus.filter((g) => chosen.gpus.has(g.uuid) || migsOf(g.uuid).length > 0) : allGpus;

  let details: Map<string, DetailGpu> | undefined;
  if (gpus.some((g) => migsOf(g.uuid).length > 0)) {
    details = new Map(parseQueryDetail(await run([...DETAIL_ARGS])).map((g) => [g.uuid, g]));
  }

  const ourPids = own.pids();
  const proc = (pid: number, name: string, usedMiB: number): DeviceProcessInfo => ({ pid, name, usedMiB, ours: ourPids.has(pid) });

  const snapshots: DeviceSnapshot[] = [];
  for (const gpu of [...gpus].sort((a, b) => a.index - b.index)) {
    const migs = migsOf(gpu.uuid);
    if (migs.length === 0) {
      // MIG mode on but no instance created: CUDA sees no device there, so neither do we.
      if (gpu.migMode === "Enabled") continue;
      snapshots.push({
        uuid: gpu.uuid,
        name: gpu.name,
        index: gpu.index,
        source: "nvidia",
        totalMiB: gpu.totalMiB,
        usedMiB: gpu.usedMiB,
        freeMiB: gpu.freeMiB,
        utilisationPct: gpu.utilisationPct,
        processes: apps.filter((a) => a.gpuUuid === gpu.uuid).map((a) => proc(a.pid, a.name, a.usedMiB)),
        env: envFor(gpu.uuid),
      });
      continue;
    }
    const detail = details?.get(gpu.uuid);
    if (!detail) throw unparseable("-q", `no GPU with UUID ${gpu.uuid}, which -L lists with MIG devices`);
    for (const mig of [...migs].sort((a, b) => a.deviceIndex - b.deviceIndex)) {
      const dev = detail.migDevices.find((d) => d.index === mig.deviceIndex);
      if (!dev) throw unparseable("-q", `no MIG Device with Index ${mig.deviceIndex} on ${gpu.uuid} (-L lists ${mig.uuid})`);
      // A process belongs to the instance whose GPU instance (and, when printed, compute
      // instance) it runs in.
      const processes = detail.processes
        .filter((p) => p.gpuInstanceId === dev.gpuInstanceId && (p.computeInstanceId === undefined || p.computeInstanceId === dev.computeInstanceId))
        .map((p) => proc(p.pid, p.name, p.usedMiB));
      snapshots.push({
        uuid: mig.uuid,
        name: `${gpu.name} MIG ${mig.profile}`,
        index: gpu.index * MIG_INDEX_STRIDE + mig.deviceIndex,
        source: "mig",
        totalMiB: dev.totalMiB,
        usedMiB: dev.usedMiB,
        freeMiB: dev.freeMiB,
        // nvidia-smi reports no utilisation per MIG instance (the parent's is N/A too).
        utilisationPct: -1,
        processes,
        env: envFor(mig.uuid),
      });
    }
  }
  return snapshots;
}
