import { FleetErrorCode } from "../../../../common/src/errors";
import {
  captureFiles,
  listMigLines,
  loadCapture,
  qGpuLine,
  qGpuValue,
  qProcesses,
  tableGpuMemory,
  tableMigRows,
  tableProcesses,
  type CaptureMode,
} from "../../testing/nvidia-captures";
import { QUERY_GPU_FIELDS, parseComputeApps, parseList, parseQueryDetail, parseQueryGpu } from "./parse";
import { thrown } from "../../../../common/src/testing/rejection";

const MIG_FILE = "linux-x86_64__nvidia-h100-mig__590.48.01.txt";
const MODES: CaptureMode[] = ["idle", "load"];

const mib = (v: string | undefined): number => parseInt(v ?? "", 10);

describe("the captures", () => {
  test("are all there: five GPUs, one of them in MIG mode", () => {
    expect(captureFiles()).toHaveLength(5);
    expect(captureFiles()).toContain(MIG_FILE);
  });
});

describe.each(captureFiles())("%s", (file) => {
  const cap = loadCapture(file);
  const listed = parseList(cap.section("capabilities :: list (-L)"));

  describe.each(MODES)("%s", (mode) => {
    const q = cap.section(`${mode} :: query (-q)`);
    const table = cap.section(`${mode} :: nvidia-smi (default table)`);
    const gpus = parseQueryGpu(cap.section(`${mode} :: query-gpu`));
    const gpu = gpus[0];

    test("query-gpu: one GPU whose uuid, name and memory agree with -q, -L and the default table", () => {
      expect(gpus).toHaveLength(1);
      if (!gpu) return;
      expect(gpu.index).toBe(0);
      expect(gpu.uuid).toBe(qGpuLine(q, "GPU UUID"));
      expect(gpu.uuid).toMatch(/^GPU-/);
      expect(gpu.name).toBe(qGpuLine(q, "Product Name"));
      expect(gpu.name).toBe(listed[0]?.name);
      expect(gpu.totalMiB).toBe(mib(qGpuValue(q, "FB Memory Usage", "Total")));
      expect(gpu.usedMiB).toBe(mib(qGpuValue(q, "FB Memory Usage", "Used")));
      expect(gpu.freeMiB).toBe(mib(qGpuValue(q, "FB Memory Usage", "Free")));
      const t = tableGpuMemory(table);
      expect([gpu.usedMiB, gpu.totalMiB]).toEqual([t.usedMiB, t.totalMiB]);
      expect(table).toMatch(new RegExp(`\\b${gpu.usedMiB}MiB /\\s+${gpu.totalMiB}MiB`));
      // total = used + free + reserved, each rounded on its own (the RTX 4080 is 2 MiB off):
      // memory.total is not used + free.
      expect(Math.abs(gpu.totalMiB - gpu.usedMiB - gpu.freeMiB - mib(qGpuValue(q, "FB Memory Usage", "Reserved")))).toBeLessThanOrEqual(2);
    });

    test("query-gpu: utilisation and MIG mode agree with -q (N/A → -1, no MIG support → absent)", () => {
      if (!gpu) throw new Error("no GPU");
      const util = qGpuValue(q, "Utilization", "GPU");
      expect(gpu.utilisationPct).toBe(util === "N/A" ? -1 : mib(util));
      const t = tableGpuMemory(table);
      expect(t.util).toBe(gpu.utilisationPct < 0 ? "N/A" : `${gpu.utilisationPct}%`);
      const migMode = qGpuValue(q, "MIG Mode", "Current");
      if (migMode === "N/A") expect(gpu.migMode).toBeUndefined();
      else expect(gpu.migMode).toBe(migMode);
    });

    test("query-compute-apps: one row per line, each process as in -q and the default table", () => {
      const body = cap.section(`${mode} :: query-compute-apps`);
      const apps = parseComputeApps(body);
      expect(apps).toHaveLength(body.split("\n").filter((l) => l.trim() !== "").length - 1);
      const qProcs = qProcesses(q);
      const tProcs = tableProcesses(table);
      for (const a of apps) {
        expect(a.gpuUuid).toBe(gpu?.uuid);
        expect(body).toContain(`, ${a.pid}, ${a.name}, ${a.usedMiB} MiB`);
        expect(qProcs.find((p) => p.pid === a.pid)?.usedMiB).toBe(a.usedMiB);
        expect(tProcs.find((p) => p.pid === a.pid)).toMatchObject({ name: a.name, usedMiB: a.usedMiB });
      }
    });

    test("-q: the GPU, its MIG devices and processes agree with the default table", () => {
      const detail = parseQueryDetail(q);
      expect(detail).toHaveLength(1);
      const d = detail[0];
      if (!d) return;
      expect(d.uuid).toBe(gpu?.uuid);
      expect(q).toContain(`GPU ${d.busId}`);
      const migRows = tableMigRows(table);
      expect(d.migDevices).toHaveLength(migRows.length);
      for (const m of d.migDevices) {
        expect(migRows.find((r) => r.dev === m.index)).toEqual({
          gpu: 0,
          gi: m.gpuInstanceId,
          ci: m.computeInstanceId,
          dev: m.index,
          usedMiB: m.usedMiB,
          totalMiB: m.totalMiB,
        });
      }
      const qProcs = qProcesses(q);
      expect(d.processes.map((p) => [p.pid, p.usedMiB])).toEqual(qProcs.map((p) => [p.pid, p.usedMiB]));
      const tProcs = tableProcesses(table);
      expect(d.processes).toHaveLength(tProcs.length);
      for (const p of d.processes) {
        const row = tProcs.find((r) => r.pid === p.pid);
        expect(row).toMatchObject({ name: p.name, usedMiB: p.usedMiB, type: p.type });
        expect(row?.gi).toBe(p.gpuInstanceId === undefined ? "N/A" : String(p.gpuInstanceId));
        expect(row?.ci).toBe(p.computeInstanceId === undefined ? "N/A" : String(p.computeInstanceId));
      }
    });
  });

  test("-L: one GPU with the query-gpu uuid, and its MIG devices as listed", () => {
    const list = cap.section("capabilities :: list (-L)");
    expect(listed).toHaveLength(1);
    expect(listed[0]?.index).toBe(0);
    expect(listed[0]?.uuid).toBe(parseQueryGpu(cap.section("idle :: query-gpu"))[0]?.uuid);
    expect(listed[0]?.migs.map((m) => ({ profile: m.profile, dev: m.deviceIndex, uuid: m.uuid }))).toEqual(listMigLines(list));
    for (const m of listed[0]?.migs ?? []) expect(m.uuid).toMatch(/^MIG-/);
  });
});

describe("the MIG capture", () => {
  const cap = loadCapture(MIG_FILE);
  const listed = parseList(cap.section("capabilities :: list (-L)"));

  test("-L lists four instances (3g.40gb, 2g.20gb, 2x 1g.10gb, as the data README says)", () => {
    const migs = listed[0]?.migs ?? [];
    expect(migs).toHaveLength(4);
    expect(migs.map((m) => m.deviceIndex)).toEqual([0, 1, 2, 3]);
    expect([...migs.map((m) => m.profile)].sort()).toEqual(["1g.10gb", "1g.10gb", "2g.20gb", "3g.40gb"]);
  });

  test("under load every process runs in GPU instance 2, whose MIG device -L calls MIG-00000000-…", () => {
    const detail = parseQueryDetail(cap.section("load :: query (-q)"))[0];
    const gis = new Set(detail?.processes.map((p) => p.gpuInstanceId));
    expect([...gis]).toEqual([2]);
    const dev = detail?.migDevices.find((m) => m.gpuInstanceId === 2);
    const uuid = listed[0]?.migs.find((m) => m.deviceIndex === dev?.index)?.uuid;
    expect(uuid).toMatch(/^MIG-00000000-/);
    // Its used memory covers the processes' (plus the context's own).
    const sum = (detail?.processes ?? []).reduce((s, p) => s + p.usedMiB, 0);
    expect(dev?.usedMiB).toBeGreaterThanOrEqual(sum);
    // compute-apps reports the same processes, but under the parent GPU's uuid.
    const apps = parseComputeApps(cap.section("load :: query-compute-apps"));
    expect(apps.map((a) => a.pid).sort()).toEqual((detail?.processes ?? []).map((p) => p.pid).sort());
    expect(new Set(apps.map((a) => a.gpuUuid))).toEqual(new Set([listed[0]?.uuid]));
  });

  test("idle: no processes, yet the instances hold a little memory of their own", () => {
    const detail = parseQueryDetail(cap.section("idle :: query (-q)"))[0];
    expect(detail?.processes).toEqual([]);
    expect(detail?.migDevices).toHaveLength(4);
    expect(detail?.migDevices.every((m) => m.usedMiB > 0)).toBe(true);
    // used + free is total give or take rounding (GI 2 idle: one MiB over).
    expect(detail?.migDevices.every((m) => Math.abs(m.usedMiB + m.freeMiB - m.totalMiB) <= 1)).toBe(true);
  });
});

describe("odd and broken output", () => {
  const h100 = loadCapture("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt");

  test("noheader,nounits query-gpu with our field list", () => {
    const [gpu] = parseQueryGpu(h100.section("load :: query-gpu"));
    if (!gpu) throw new Error("no GPU");
    const line = [gpu.index, gpu.uuid, gpu.name, gpu.totalMiB, gpu.usedMiB, gpu.freeMiB, gpu.utilisationPct, gpu.migMode].join(", ");
    expect(parseQueryGpu(`${line}\n`, QUERY_GPU_FIELDS)).toEqual([gpu]);
  });

  test("used_gpu_memory [N/A] (another user's process, WDDM) counts as 0", () => {
    const body = h100.section("load :: query-compute-apps").replace(/, \d+ MiB$/m, ", [N/A]");
    const apps = parseComputeApps(body);
    expect(apps[0]?.usedMiB).toBe(0);
    expect(apps[1]?.usedMiB).toBeGreaterThan(0);
  });

  test('"No running processes found" and empty output are no processes', () => {
    expect(parseComputeApps("No running processes found\n")).toEqual([]);
    expect(parseComputeApps("")).toEqual([]);
  });

  test.each([
    ["query-gpu", () => parseQueryGpu("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n"), "--query-gpu"],
    ["query-gpu, empty", () => parseQueryGpu(""), "--query-gpu"],
    ["query-gpu, a short row", () => parseQueryGpu("index, uuid, name, memory.total [MiB], memory.used [MiB], memory.free [MiB], utilization.gpu [%]\n0, GPU-1\n"), "--query-gpu"],
    ["query-gpu, GiB", () => parseQueryGpu("index, uuid, name, memory.total [GiB], memory.used [MiB], memory.free [MiB], utilization.gpu [%]\n"), "--query-gpu"],
    ["query-gpu, bad index", () => parseQueryGpu("index, uuid, name, memory.total [MiB], memory.used [MiB], memory.free [MiB], utilization.gpu [%]\nx, GPU-1, G, 1 MiB, 1 MiB, 0 MiB, 0 %\n"), "--query-gpu"],
    ["compute-apps", () => parseComputeApps("gpu_uuid, pid\nGPU-1, 7\n"), "--query-compute-apps"],
    ["-L", () => parseList("Unable to determine the device handle for GPU 0000:01:00.0: Unknown Error\n"), "-L"],
    ["-L, MIG first", () => parseList("  MIG 1g.10gb     Device  0: (UUID: MIG-1)\n"), "-L"],
    ["-q", () => parseQueryDetail("==============NVSMI LOG==============\nTimestamp : now\n"), "-q"],
    ["-q, MIG without memory", () => parseQueryDetail("GPU 00000000:00:09.0\n    GPU UUID : GPU-1\n    MIG Device\n        Index : 0\n"), "-q"],
  ])("%s: unparseable → INTERNAL naming the section", (_what, f, section) => {
    const e = thrown(f);
    expect(e.code).toBe(FleetErrorCode.INTERNAL);
    expect(e.message).toContain(`nvidia-smi ${section} printed output FrameFleet cannot parse`);
  });

  test("query-gpu memory the driver does not report is 0 (listed, never fits)", () => {
    const rows = parseQueryGpu(
      "index, uuid, name, memory.total [MiB], memory.used [MiB], memory.free [MiB], utilization.gpu [%], mig.mode.current\n0, GPU-1, NVIDIA GB10, [N/A], [N/A], [N/A], 3 %, [N/A]\n",
    );
    expect(rows).toEqual([{ index: 0, uuid: "GPU-1", name: "NVIDIA GB10", totalMiB: 0, usedMiB: 0, freeMiB: 0, utilisationPct: 3 }]);
  });

  test("-q processes printed flat (older drivers) still parse", () => {
    const d = parseQueryDetail(
      "GPU 00000000:01:00.0\n    GPU UUID : GPU-1\n    Processes\n        Process ID : 42\n        Type : C\n        Name : python\n        Used GPU Memory : 100 MiB\n        Process ID : 43\n        Type : C\n        Name : x\n        Used GPU Memory : Not available in WDDM driver model\n",
    );
    expect(d[0]?.processes).toEqual([
      { pid: 42, type: "C", name: "python", usedMiB: 100 },
      { pid: 43, type: "C", name: "x", usedMiB: 0 },
    ]);
  });
});
