/**
 * `CUDA_VISIBLE_DEVICES` as a limit on NVIDIA discovery. A scheduler that hands a job some of a
 * node's GPUs (Slurm's `--gpus`/`--gres`, the NVIDIA container runtime) says which ones here;
 * without honouring it a worker would place tasks on GPUs that belong to other jobs, whose
 * memory nvidia-smi may well show as free.
 *
 * Entries are what CUDA accepts: a GPU index (nvidia-smi's, which is PCI bus order, the order
 * Slurm numbers GPUs in and CUDA uses with CUDA_DEVICE_ORDER=PCI_BUS_ID), a GPU UUID, a MIG
 * instance UUID, or a unique prefix of either UUID. A GPU entry covers the GPU's MIG instances.
 * CUDA silently ignores everything after an entry it cannot resolve; a worker that did so could
 * run on fewer GPUs than the job paid for without anyone noticing, so here such an entry is a
 * config error naming it.
 */
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";

export const VISIBLE_ENV = "CUDA_VISIBLE_DEVICES";

/** The parsed variable: undefined when it is not set (every GPU is visible). */
export interface VisibleDevices {
  readonly raw: string;
  readonly entries: readonly string[];
}

/** A GPU as discovery sees it, with the UUIDs of its MIG instances. */
export interface VisibleCandidate {
  readonly index: number;
  readonly uuid: string;
  readonly migUuids: readonly string[];
}

/** What survives the filter: whole GPUs (all their instances) and single MIG instances, by UUID. */
export interface VisibleSelection {
  readonly gpus: ReadonlySet<string>;
  readonly migs: ReadonlySet<string>;
}

function invalid(raw: string, why: string): FleetError {
  return new FleetError(FleetErrorCode.CONFIG_INVALID, `${VISIBLE_ENV}=${JSON.stringify(raw)}: ${why}`);
}

/**
 * Parses the variable's value. An empty value means CUDA may use no GPU at all, and Slurm's
 * `NoDevFiles` means the job was given GPUs without device files: both refuse, since a generator
 * worker without a GPU would sit idle for the whole job.
 */
export function parseVisibleDevices(value: string | undefined): VisibleDevices | undefined {
  if (value === undefined) return undefined;
  const entries = value
    .split(",")
    .map((e) => e.trim())
    .filter((e) => e !== "");
  if (entries.length === 0) throw invalid(value, "no GPU is visible to this process (was the job given none? ask Slurm for --gpus, or unset the variable)");
  for (const e of entries) {
    if (!/^\d+$/.test(e) && !/^(GPU|MIG)-[0-9A-Fa-f-]*$/.test(e)) {
      throw invalid(value, `"${e}" is neither a GPU index nor a GPU-/MIG- UUID (Slurm sets NoDevFiles when its gres.conf names no device files)`);
    }
  }
  return { raw: value, entries };
}

/** The UUIDs among `uuids` that `entry` names: the one equal to it, else every one it prefixes. */
function byUuid(entry: string, uuids: readonly string[]): string[] {
  const e = entry.toLowerCase();
  const exact = uuids.filter((u) => u.toLowerCase() === e);
  return exact.length > 0 ? exact : uuids.filter((u) => u.toLowerCase().startsWith(e));
}

/**
 * Resolves every entry against the GPUs nvidia-smi lists. Throws CONFIG_INVALID for an entry that
 * names nothing or is an ambiguous prefix, listing what nvidia-smi shows.
 */
export function selectVisible(visible: VisibleDevices, gpus: readonly VisibleCandidate[]): VisibleSelection {
  const whole = new Set<string>();
  const migs = new Set<string>();
  const shown = gpus.map((g) => `${g.index} ${g.uuid}${g.migUuids.length > 0 ? ` (${g.migUuids.join(", ")})` : ""}`).join("; ") || "no GPU";
  for (const entry of visible.entries) {
    if (/^\d+$/.test(entry)) {
      const gpu = gpus.find((g) => g.index === Number(entry));
      if (!gpu) throw invalid(visible.raw, `no GPU with index ${entry}; nvidia-smi shows ${shown}`);
      whole.add(gpu.uuid);
      continue;
    }
    const isMig = entry.toUpperCase().startsWith("MIG-");
    const pool = isMig ? gpus.flatMap((g) => g.migUuids) : gpus.map((g) => g.uuid);
    const hits = byUuid(entry, pool);
    if (hits.length === 0) throw invalid(visible.raw, `no ${isMig ? "MIG instance" : "GPU"} ${entry}; nvidia-smi shows ${shown}`);
    if (hits.length > 1) throw invalid(visible.raw, `${entry} is a prefix of ${hits.join(" and ")}: give more of the UUID`);
    (isMig ? migs : whole).add(hits[0] as string);
  }
  return { gpus: whole, migs };
}
