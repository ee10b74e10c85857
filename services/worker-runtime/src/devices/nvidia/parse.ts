/**
 * Parsers for the four nvidia-smi outputs discovery reads:
 *
 * - `--query-gpu=index,uuid,name,memory.total,memory.used,memory.free,utilization.gpu,mig.mode.current --format=csv`
 * - `--query-compute-apps=gpu_uuid,pid,process_name,used_gpu_memory --format=csv`
 * - `-L` (GPUs and their MIG instances with UUIDs)
 * - `-q` (per-MIG-instance memory and per-process GPU instance ids, which the CSV queries lack)
 *
 * Each throws a FleetError INTERNAL naming the section when the text is not what nvidia-smi
 * prints. They take the text exactly as nvidia-smi printed it (the real captures in
 * shared/data/nvidia-smi are the test fixtures).
 */
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";
import { CsvParseError, csvNumber, parseCsv, presentValue, type CsvOptions, type CsvTable } from "./csv";

/** The fields of the --query-gpu call, in order. */
export const QUERY_GPU_FIELDS = [
  "index",
  "uuid",
  "name",
  "memory.total",
  "memory.used",
  "memory.free",
  "utilization.gpu",
  "mig.mode.current",
] as const;

/** The fields of the --query-compute-apps call, in order. */
export const COMPUTE_APPS_FIELDS = ["gpu_uuid", "pid", "process_name", "used_gpu_memory"] as const;

export interface QueryGpuRow {
  /** nvidia-smi's index (PCI bus order), not CUDA's. */
  readonly index: number;
  readonly uuid: string;
  readonly name: string;
  readonly totalMiB: number;
  readonly usedMiB: number;
  readonly freeMiB: number;
  /** Percent, or -1 when not reported (`[N/A]`, e.g. every GPU in MIG mode). */
  readonly utilisationPct: number;
  /** Absent where the GPU cannot do MIG (`[N/A]`). */
  readonly migMode?: "Enabled" | "Disabled";
}

export interface ComputeAppRow {
  /** The GPU's UUID: for a process in a MIG instance this is still the parent GPU's. */
  readonly gpuUuid: string;
  readonly pid: number;
  readonly name: string;
  readonly usedMiB: number;
}

export interface ListedMig {
  /** e.g. "3g.40gb" (or "1c.3g.40gb" for a compute instance smaller than its GPU instance). */
  readonly profile: string;
  /** The MIG device index shown by -L, the same as `-q`'s "MIG Device → Index". */
  readonly deviceIndex: number;
  readonly uuid: string;
}

export interface ListedGpu {
  readonly index: number;
  readonly name: string;
  readonly uuid: string;
  readonly migs: readonly ListedMig[];
}

export interface DetailMigDevice {
  readonly index: number;
  readonly gpuInstanceId: number;
  readonly computeInstanceId: number;
  readonly totalMiB: number;
  readonly usedMiB: number;
  readonly freeMiB: number;
}

export interface DetailProcess {
  /** Absent outside MIG (`N/A`). */
  readonly gpuInstanceId?: number;
  readonly computeInstanceId?: number;
  readonly pid: number;
  readonly name: string;
  /** "C" (compute), "G" (graphics), "C+G"; absent when not printed. */
  readonly type?: string;
  readonly usedMiB: number;
}

export interface DetailGpu {
  /** From the "GPU 00000000:00:09.0" line. */
  readonly busId: string;
  readonly uuid: string;
  readonly migDevices: readonly DetailMigDevice[];
  readonly processes: readonly DetailProcess[];
}

/** The FleetError every parser throws: INTERNAL, naming the nvidia-smi section. */
export function unparseable(section: string, why: string, cause?: unknown): FleetError {
  return new FleetError(
    FleetErrorCode.INTERNAL,
    `nvidia-smi ${section} printed output FrameFleet cannot parse: ${why}`,
    cause === undefined ? undefined : { cause },
  );
}

function csvSection(section: string, text: string, opts: CsvOptions): CsvTable {
  try {
    return parseCsv(text, opts);
  } catch (err) {
    if (err instanceof CsvParseError) throw unparseable(section, err.message, err);
    throw err;
  }
}

function requireFields(section: string, table: CsvTable, fields: readonly string[]): void {
  const missing = fields.filter((f) => !table.fields.includes(f));
  if (missing.length > 0) {
    throw unparseable(section, `the header lacks ${missing.join(", ")} (it has ${table.fields.join(", ") || "nothing"})`);
  }
}

function requireUnit(section: string, table: CsvTable, field: string, unit: string): void {
  const got = table.units[field];
  if (got !== undefined && got !== unit) throw unparseable(section, `${field} is in ${got}, expected ${unit}`);
}

function integer(section: string, what: string, raw: string | undefined, rowNo: number): number {
  const v = presentValue(raw);
  if (v === undefined || !/^\d+$/.test(v)) throw unparseable(section, `row ${rowNo}: ${what} is ${JSON.stringify(raw ?? "missing")}, not an integer`);
  return Number(v);
}

function text(section: string, what: string, raw: string | undefined, rowNo: number): string {
  const v = presentValue(raw);
  if (v === undefined) throw unparseable(section, `row ${rowNo}: ${what} is missing`);
  return v;
}

/**
 * `--query-gpu=…,mig.mode.current --format=csv` (or `csv,noheader,nounits` with `fields` naming
 * the columns). Memory the driver does not report (`[N/A]`, as unified-memory boards print) is
 * 0, so such a device is listed but never has room for a backend.
 */
export function parseQueryGpu(csvText: string, fields?: readonly string[]): QueryGpuRow[] {
  const section = "--query-gpu";
  const table = csvSection(section, csvText, fields ? { fields } : {});
  if (table.fields.length === 0) throw unparseable(section, "the output is empty");
  requireFields(section, table, QUERY_GPU_FIELDS.slice(0, 7));
  for (const f of ["memory.total", "memory.used", "memory.free"]) requireUnit(section, table, f, "MiB");
  return table.rows.map((row, i) => {
    const rowNo = i + 1;
    const mib = (f: string): number => {
      const raw = row[f];
      if (raw === undefined) return 0;
      const n = csvNumber(raw);
      if (n === undefined || n < 0) throw unparseable(section, `row ${rowNo}: ${f} is ${JSON.stringify(raw)}, not MiB`);
      return n;
    };
    const util = csvNumber(row["utilization.gpu"]);
    const mig = row["mig.mode.current"];
    return {
      index: integer(section, "index", row.index, rowNo),
      uuid: text(section, "uuid", row.uuid, rowNo),
      name: text(section, "name", row.name, rowNo),
      totalMiB: mib("memory.total"),
      usedMiB: mib("memory.used"),
      freeMiB: mib("memory.free"),
      utilisationPct: util === undefined ? -1 : util,
      ...(mig === "Enabled" || mig === "Disabled" ? { migMode: mig } : {}),
    };
  });
}

/**
 * `--query-compute-apps=gpu_uuid,pid,process_name,used_gpu_memory --format=csv`. No processes:
 * the header alone (some drivers print "No running processes found" instead).
 */
export function parseComputeApps(csvText: string, fields?: readonly string[]): ComputeAppRow[] {
  const section = "--query-compute-apps";
  const cleaned = csvText
    .split(/\r?\n/)
    .filter((l) => !/^\s*No running (compute )?processes found/i.test(l))
    .join("\n");
  const table = csvSection(section, cleaned, fields ? { fields } : {});
  if (table.fields.length === 0) return [];
  requireFields(section, table, ["gpu_uuid", "pid", "process_name", "used_gpu_memory"]);
  requireUnit(section, table, "used_gpu_memory", "MiB");
  return table.rows.map((row, i) => {
    const rowNo = i + 1;
    const used = csvNumber(row.used_gpu_memory);
    return {
      gpuUuid: text(section, "gpu_uuid", row.gpu_uuid, rowNo),
      pid: integer(section, "pid", row.pid, rowNo),
      name: presentValue(row.process_name) ?? "?",
      // [N/A] / [Insufficient Permissions] (another user's process, a WDDM driver) → 0: the
      // memory still shows in the device's memory.used, so it counts as foreign there.
      usedMiB: used === undefined ? 0 : used,
    };
  });
}

const LIST_GPU = /^GPU (\d+): (.+) \(UUID: ([^)\s]+)\)\s*$/;
const LIST_MIG = /^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: ([^)\s]+)\)\s*$/;

/**
 * `nvidia-smi -L`: `GPU 0: NAME (UUID: GPU-…)`, each followed by its MIG devices
 * `  MIG 3g.40gb     Device  0: (UUID: MIG-…)`. Other lines (warnings) are ignored; a MIG line
 * before any GPU, or text without any GPU line, is an error.
 */
export function parseList(listText: string): ListedGpu[] {
  const section = "-L";
  const gpus: { index: number; name: string; uuid: string; migs: ListedMig[] }[] = [];
  let sawText = false;
  for (const line of listText.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    sawText = true;
    const g = LIST_GPU.exec(line);
    if (g) {
      gpus.push({ index: Number(g[1]), name: (g[2] as string).trim(), uuid: g[3] as string, migs: [] });
      continue;
    }
    const m = LIST_MIG.exec(line);
    if (m) {
      const parent = gpus[gpus.length - 1];
      if (!parent) throw unparseable(section, `a MIG device before any GPU: ${JSON.stringify(line.trim())}`);
      parent.migs.push({ profile: m[1] as string, deviceIndex: Number(m[2]), uuid: m[3] as string });
    }
  }
  if (sawText && gpus.length === 0) throw unparseable(section, `no "GPU N: NAME (UUID: …)" line in ${JSON.stringify(listText.trim().slice(0, 200))}`);
  return gpus;
}

/** One `Key : value` line of `-q`, or a heading (no value), with the lines indented below it. */
interface QNode {
  readonly key: string;
  readonly value?: string;
  readonly children: QNode[];
}

const Q_LINE = /^( *)(\S.*?)\s*:(?:\s+(.*?))?\s*$/;

/** Builds the indentation tree of `-q` output. */
function qTree(qText: string): QNode[] {
  const root: QNode = { key: "", children: [] };
  const stack: { indent: number; node: QNode }[] = [{ indent: -1, node: root }];
  for (const line of qText.split(/\r?\n/)) {
    if (line.trim() === "" || /^=+.*=+$/.test(line.trim())) continue;
    const indent = line.length - line.trimStart().length;
    const m = Q_LINE.exec(line);
    const node: QNode = m ? { key: m[2] as string, ...(m[3] !== undefined ? { value: m[3] } : {}), children: [] } : { key: line.trim(), children: [] };
    while ((stack[stack.length - 1] as { indent: number }).indent >= indent) stack.pop();
    (stack[stack.length - 1] as { node: QNode }).node.children.push(node);
    stack.push({ indent, node });
  }
  return root.children;
}

function child(node: QNode, key: string): QNode | undefined {
  return node.children.find((c) => c.key === key);
}

function childValue(node: QNode, key: string): string | undefined {
  return presentValue(child(node, key)?.value);
}

/**
 * `nvidia-smi -q`: per GPU its UUID, its MIG devices (index, GPU/compute instance ids, and the
 * "Shared FB Memory Usage" of each) and its processes (with their GPU instance id under MIG).
 */
export function parseQueryDetail(qText: string): DetailGpu[] {
  const section = "-q";
  const gpus: DetailGpu[] = [];
  for (const top of qTree(qText)) {
    const bus = /^GPU ([0-9A-Fa-f]+:[0-9A-Fa-f]+:[0-9A-Fa-f]+\.[0-9A-Fa-f]+)$/.exec(top.key);
    if (!bus || top.value !== undefined) continue;
    const busId = bus[1] as string;
    const uuid = childValue(top, "GPU UUID");
    if (!uuid) throw unparseable(section, `GPU ${busId} has no "GPU UUID"`);

    const migDevices = top.children
      .filter((c) => c.key === "MIG Device")
      .map((mig): DetailMigDevice => {
        const where = `MIG Device of ${uuid}`;
        const num = (node: QNode | undefined, key: string): number => {
          const n = node ? csvNumber(childValue(node, key)) : undefined;
          if (n === undefined) throw unparseable(section, `${where} has no number for "${key}"`);
          return n;
        };
        // Current drivers say "Shared FB Memory Usage"; older ones "FB Memory Usage".
        const mem = child(mig, "Shared FB Memory Usage") ?? child(mig, "FB Memory Usage");
        if (!mem) throw unparseable(section, `${where} (index ${childValue(mig, "Index") ?? "?"}) has no "Shared FB Memory Usage"`);
        return {
          index: num(mig, "Index"),
          gpuInstanceId: num(mig, "GPU Instance ID"),
          computeInstanceId: num(mig, "Compute Instance ID"),
          totalMiB: num(mem, "Total"),
          usedMiB: num(mem, "Used"),
          freeMiB: num(mem, "Free"),
        };
      });

    const processes: DetailProcess[] = [];
    const procNode = child(top, "Processes");
    if (procNode) {
      // Each process: "GPU instance ID", "Compute instance ID", then "Process ID" with Type, Name
      // and "Used GPU Memory" indented below it (older drivers print those as siblings).
      let gi: number | undefined;
      let ci: number | undefined;
      let cur: { gpuInstanceId?: number; computeInstanceId?: number; pid: number; name: string; type?: string; usedMiB: number } | undefined;
      const apply = (n: QNode): void => {
        if (!cur) return;
        if (n.key === "Name") cur.name = presentValue(n.value) ?? cur.name;
        else if (n.key === "Type") {
          const t = presentValue(n.value);
          if (t !== undefined) cur.type = t;
        } else if (n.key === "Used GPU Memory") cur.usedMiB = csvNumber(n.value) ?? 0; // N/A → 0, as in compute-apps
      };
      for (const n of procNode.children) {
        if (n.key === "GPU instance ID") gi = csvNumber(n.value);
        else if (n.key === "Compute instance ID") ci = csvNumber(n.value);
        else if (n.key === "Process ID") {
          const pid = csvNumber(n.value);
          if (pid === undefined || !Number.isInteger(pid)) throw unparseable(section, `a process of ${uuid} has Process ID ${JSON.stringify(n.value ?? "")}`);
          cur = { pid, name: "?", usedMiB: 0, ...(gi !== undefined ? { gpuInstanceId: gi } : {}), ...(ci !== undefined ? { computeInstanceId: ci } : {}) };
          processes.push(cur);
          gi = undefined;
          ci = undefined;
          n.children.forEach(apply);
        } else apply(n);
      }
    }
    gpus.push({ busId, uuid, migDevices, processes });
  }
  if (gpus.length === 0 && qText.trim() !== "") throw unparseable(section, 'no "GPU <bus id>" block');
  return gpus;
}
