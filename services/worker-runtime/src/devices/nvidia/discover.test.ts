import { FleetErrorCode } from "../../../../common/src/errors";
import { foreignMiB, ourMiB, type OwnUsage } from "../types";
import { captureFiles, discoverySections, listMigLines, loadCapture, tableGpuMemory, tableMigRows, type Capture, type CaptureMode } from "../../testing/nvidia-captures";
import { COMPUTE_APPS_ARGS, DETAIL_ARGS, LIST_ARGS, QUERY_GPU_ARGS, discoverNvidia, type NvidiaRunner } from "./discover";
import { parseComputeApps, parseQueryGpu } from "./parse";
import { rejectionOf } from "../../../../common/src/testing/rejection";

const MIG_FILE = "linux-x86_64__nvidia-h100-mig__590.48.01.txt";

function ownPids(...pids: number[]): OwnUsage {
  return { pids: () => new Set(pids), memoryMiB: () => 0, loadedBackend: () => undefined, busy: () => false };
}

type Outputs = { queryGpu: string; computeApps: string; list: string; detail: string };

function outputsOf(cap: Capture, mode: CaptureMode): Outputs {
  const t = discoverySections(mode);
  return { queryGpu: cap.section(t.queryGpu), computeApps: cap.section(t.computeApps), list: cap.section(t.list), detail: cap.section(t.detail) };
}

/** A runner answering from outputs, recording each call. */
function fakeRunner(out: Outputs): { run: NvidiaRunner; calls: string[][] } {
  const calls: string[][] = [];
  const run: NvidiaRunner = async (args) => {
    calls.push(args);
    const a = args[0] ?? "";
    if (a.startsWith("--query-gpu=")) return out.queryGpu;
    if (a.startsWith("--query-compute-apps=")) return out.computeApps;
    if (a === "-L") return out.list;
    if (a === "-q") return out.detail;
    throw new Error(`unexpected ${args.join(" ")}`);
  };
  return { run, calls };
}

test("the calls discovery makes", () => {
  expect(QUERY_GPU_ARGS).toEqual(["--query-gpu=index,uuid,name,memory.total,memory.used,memory.free,utilization.gpu,mig.mode.current", "--format=csv"]);
  expect(COMPUTE_APPS_ARGS).toEqual(["--query-compute-apps=gpu_uuid,pid,process_name,used_gpu_memory", "--format=csv"]);
  expect(LIST_ARGS).toEqual(["-L"]);
  expect(DETAIL_ARGS).toEqual(["-q"]);
});

describe.each(captureFiles().filter((f) => f !== MIG_FILE))("a whole GPU: %s", (file) => {
  const cap = loadCapture(file);

  test.each<CaptureMode>(["idle", "load"])("%s: one nvidia snapshot with query-gpu's numbers and compute-apps' processes; no -q", async (mode) => {
    const out = outputsOf(cap, mode);
    const { run, calls } = fakeRunner(out);
    const devs = await discoverNvidia(run, ownPids());
    const [gpu] = parseQueryGpu(out.queryGpu);
    const apps = parseComputeApps(out.computeApps);
    expect(devs).toHaveLength(1);
    const d = devs[0];
    if (!d || !gpu) throw new Error("no device");
    expect(d).toMatchObject({
      uuid: gpu.uuid,
      name: gpu.name,
      index: gpu.index,
      source: "nvidia",
      totalMiB: gpu.totalMiB,
      usedMiB: gpu.usedMiB,
      freeMiB: gpu.freeMiB,
      utilisationPct: gpu.utilisationPct,
      env: { CUDA_VISIBLE_DEVICES: gpu.uuid, CUDA_DEVICE_ORDER: "PCI_BUS_ID" },
    });
    const t = tableGpuMemory(cap.section(`${mode} :: nvidia-smi (default table)`));
    expect([d.usedMiB, d.totalMiB]).toEqual([t.usedMiB, t.totalMiB]);
    expect(d.processes).toEqual(apps.map((a) => ({ pid: a.pid, name: a.name, usedMiB: a.usedMiB, ours: false })));
    expect(foreignMiB(d)).toBe(d.usedMiB);
    expect(calls.map((c) => c[0])).not.toContain("-q");
    expect(calls).toHaveLength(3);
  });
});

describe("the H100 under load: ours and foreign", () => {
  const cap = loadCapture("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt");
  const out = outputsOf(cap, "load");
  const apps = parseComputeApps(out.computeApps);

  test("a process whose pid is ours is ours; the rest of the used memory is foreign", async () => {
    const mine = apps[apps.length - 1];
    if (!mine) throw new Error("no processes in the capture");
    const [d] = await discoverNvidia(fakeRunner(out).run, ownPids(mine.pid));
    if (!d) throw new Error("no device");
    expect(d.processes.filter((p) => p.ours).map((p) => p.pid)).toEqual([mine.pid]);
    expect(ourMiB(d)).toBe(mine.usedMiB);
    expect(foreignMiB(d)).toBe(d.usedMiB - mine.usedMiB);
  });

  test("two GPUs (the capture's row twice, renumbered): sorted by index, processes by GPU uuid", async () => {
    const lines = out.queryGpu.trimEnd().split("\n");
    const row = lines[1] as string;
    const [gpu] = parseQueryGpu(out.queryGpu);
    if (!gpu) throw new Error("no GPU");
    const other = "GPU-11111111-1111-1111-1111-111111111111";
    const header = (lines[0] as string).split(",").map((h) => h.trim());
    const second = row
      .split(", ")
      .map((cell, i) => (header[i] === "index" ? "1" : header[i] === "uuid" ? other : cell))
      .join(", ");
    const two = { ...out, queryGpu: `${lines[0]}\n${second}\n${row}\n`, list: `${out.list}GPU 1: ${gpu.name} (UUID: ${other})\n` };
    const devs = await discoverNvidia(fakeRunner(two).run, ownPids());
    expect(devs.map((d) => [d.index, d.uuid, d.processes.length])).toEqual([
      [0, gpu.uuid, apps.length],
      [1, other, 0],
    ]);
  });
});

describe("the H100 in MIG mode", () => {
  const cap = loadCapture(MIG_FILE);
  const list = cap.section("capabilities :: list (-L)");

  test.each<CaptureMode>(["idle", "load"])("%s: one mig snapshot per instance (not the parent), memory as the default table shows", async (mode) => {
    const out = outputsOf(cap, mode);
    const { run, calls } = fakeRunner(out);
    const devs = await discoverNvidia(run, ownPids());
    const [gpu] = parseQueryGpu(out.queryGpu);
    const migLines = listMigLines(list);
    const rows = tableMigRows(cap.section(`${mode} :: nvidia-smi (default table)`));
    expect(devs).toHaveLength(4);
    expect(devs.map((d) => d.uuid)).toEqual(migLines.map((m) => m.uuid));
    expect(devs.map((d) => d.uuid)).not.toContain(gpu?.uuid);
    for (const [i, d] of devs.entries()) {
      const line = migLines[i];
      const row = rows.find((r) => r.dev === line?.dev);
      expect(d).toMatchObject({
        source: "mig",
        name: `${gpu?.name} MIG ${line?.profile}`,
        index: (gpu?.index ?? 0) * 100 + (line?.dev ?? -1),
        totalMiB: row?.totalMiB,
        usedMiB: row?.usedMiB,
        utilisationPct: -1,
        env: { CUDA_VISIBLE_DEVICES: line?.uuid, CUDA_DEVICE_ORDER: "PCI_BUS_ID" },
      });
      expect(d.freeMiB).toBeGreaterThan(0);
    }
    expect(calls.map((c) => c[0])).toContain("-q");
  });

  test("load: the processes sit on the instance in GPU instance 2 (MIG-00000000-…), marked ours by pid", async () => {
    const out = outputsOf(cap, "load");
    const apps = parseComputeApps(out.computeApps);
    const mine = apps[0];
    if (!mine) throw new Error("no processes");
    const devs = await discoverNvidia(fakeRunner(out).run, ownPids(mine.pid));
    const gi2 = tableMigRows(cap.section("load :: nvidia-smi (default table)")).find((r) => r.gi === 2);
    const withProcs = devs.filter((d) => d.processes.length > 0);
    expect(withProcs).toHaveLength(1);
    const d = withProcs[0];
    expect(d?.uuid).toMatch(/^MIG-00000000-/);
    expect(d?.index).toBe(gi2?.dev);
    expect(d?.processes.map((p) => p.pid).sort()).toEqual(apps.map((a) => a.pid).sort());
    expect(d?.processes.find((p) => p.pid === mine.pid)).toMatchObject({ ours: true, usedMiB: mine.usedMiB });
    expect(d?.processes.filter((p) => !p.ours)).toHaveLength(apps.length - 1);
    if (d) expect(foreignMiB(d)).toBe(d.usedMiB - mine.usedMiB);
  });

  test("MIG mode with no instance created: no device at all (CUDA could not use it)", async () => {
    const out = outputsOf(cap, "idle");
    const noMigs = { ...out, list: list.split("\n").filter((l) => !/^\s+MIG /.test(l)).join("\n") };
    const { run, calls } = fakeRunner(noMigs);
    expect(await discoverNvidia(run, ownPids())).toEqual([]);
    expect(calls.map((c) => c[0])).not.toContain("-q");
  });

  test("-L names a MIG device -q does not have → INTERNAL naming -q", async () => {
    const out = outputsOf(cap, "idle");
    const extra = { ...out, list: `${list.trimEnd()}\n  MIG 1g.10gb     Device  7: (UUID: MIG-77777777-0000-0000-0000-000000000007)\n` };
    const e = await rejectionOf(discoverNvidia(fakeRunner(extra).run, ownPids()));
    expect(e.code).toBe(FleetErrorCode.INTERNAL);
    expect(e.message).toContain("nvidia-smi -q");
    expect(e.message).toContain("Index 7");
  });
});

test("a failing call rejects discovery with that error", async () => {
  const boom = Object.assign(new Error("nope"), { code: FleetErrorCode.DEPENDENCY_MISSING });
  const e = await rejectionOf(discoverNvidia(async () => Promise.reject(boom), ownPids()));
  expect(e).toBe(boom);
});
