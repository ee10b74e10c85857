import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode } from "../../../../common/src/errors";
import { foreignMiB, ourMiB, type OwnUsage } from "../types";
import { DRIVER_DOWN_MESSAGE, fakeLog, loadCapture, tableGpuMemory, writeFakeNvidiaSmi } from "../../testing/nvidia-captures";
import { COMPUTE_APPS_ARGS, LIST_ARGS, QUERY_GPU_ARGS } from "./discover";
import { parseComputeApps } from "./parse";
import { NvidiaDeviceSource, runNvidiaSmi } from "./source";
import { rejectionOf } from "../../../../common/src/testing/rejection";

const H100 = loadCapture("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt");
const MIG = loadCapture("linux-x86_64__nvidia-h100-mig__590.48.01.txt");
const DRIVER_DOWN = DRIVER_DOWN_MESSAGE;

function own(...pids: number[]): OwnUsage {
  return { pids: () => new Set(pids), memoryMiB: () => 0, loadedBackend: () => undefined, busy: () => false };
}

/** True while a process (or, for a negative pid, a process group) exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function gone(pid: number, withinMs = 2000): Promise<boolean> {
  const until = Date.now() + withinMs;
  while (alive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-nvsmi-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("NvidiaDeviceSource with a fake nvidia-smi", () => {
  test("reads the H100 under load through the binary, argv passed as is (no shell)", async () => {
    const bin = writeFakeNvidiaSmi(dir, H100, "load");
    const src = new NvidiaDeviceSource(own(), { binary: bin });
    expect(src.kind).toBe("nvidia");
    const devs = await src.read();
    expect(devs).toHaveLength(1);
    const t = tableGpuMemory(H100.section("load :: nvidia-smi (default table)"));
    expect(devs[0]).toMatchObject({ source: "nvidia", usedMiB: t.usedMiB, totalMiB: t.totalMiB });
    expect(devs[0]?.processes).toHaveLength(parseComputeApps(H100.section("load :: query-compute-apps")).length);
    expect(fakeLog(dir, "calls.log").sort()).toEqual([QUERY_GPU_ARGS, COMPUTE_APPS_ARGS, LIST_ARGS].map((a) => a.join(" ")).sort());
  });

  test("reads the MIG H100: four instances, and -q was asked for", async () => {
    const bin = writeFakeNvidiaSmi(dir, MIG, "load");
    const devs = await new NvidiaDeviceSource(own(), { binary: bin }).read();
    expect(devs.map((d) => d.source)).toEqual(["mig", "mig", "mig", "mig"]);
    expect(fakeLog(dir, "calls.log")).toContain("-q");
  });

  test("a foreign process and one of ours: ours by pid, the rest foreign", async () => {
    const apps = parseComputeApps(H100.section("load :: query-compute-apps"));
    const mine = apps[1];
    if (!mine) throw new Error("no processes");
    const bin = writeFakeNvidiaSmi(dir, H100, "load");
    const [d] = await new NvidiaDeviceSource(own(mine.pid), { binary: bin }).read();
    if (!d) throw new Error("no device");
    expect(d.processes.map((p) => [p.pid, p.ours])).toEqual(apps.map((a) => [a.pid, a.pid === mine.pid]));
    expect(ourMiB(d)).toBe(mine.usedMiB);
    expect(foreignMiB(d)).toBe(d.usedMiB - mine.usedMiB);
  });

  test.each([
    ["a path that does not exist", (d: string) => join(d, "no-such-dir", "nvidia-smi")],
    ["a name not on PATH", () => "nvidia-smi-framefleet-test-missing"],
  ])("missing binary (%s) → DEPENDENCY_MISSING saying what to do", async (_what, binary) => {
    const e = await rejectionOf(new NvidiaDeviceSource(own(), { binary: binary(dir) }).read());
    expect(e.code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    expect(e.message).toContain("nvidia-smi not found");
    expect(e.message).toContain("install the NVIDIA driver");
    expect(e.message).toContain("--devices sim:");
    expect(e.message).toContain("cpu:N");
  });

  test("a file that is not executable → DEPENDENCY_MISSING", async () => {
    const bin = join(dir, "nvidia-smi");
    writeFileSync(bin, "#!/bin/sh\n");
    chmodSync(bin, 0o644);
    const e = await rejectionOf(new NvidiaDeviceSource(own(), { binary: bin }).read());
    expect(e.code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    expect(e.message).toContain(bin);
  });

  test("a hung nvidia-smi is killed at the timeout → TIMEOUT naming the command; the child and its group are gone", async () => {
    const bin = writeFakeNvidiaSmi(dir, undefined, "idle", { script: "sleep 30" });
    const started = Date.now();
    const e = await rejectionOf(new NvidiaDeviceSource(own(), { binary: bin, timeoutMs: 300 }).read());
    expect(Date.now() - started).toBeLessThan(5000);
    expect(e.code).toBe(FleetErrorCode.TIMEOUT);
    expect(e.message).toMatch(/nvidia-smi --(query-gpu|query-compute-apps)=\S+ --format=csv did not finish within 300 ms|nvidia-smi -L did not finish within 300 ms/);
    expect(e.message).toContain(bin);
    const pids = fakeLog(dir, "pids.log").map(Number);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) {
      expect(await gone(pid)).toBe(true);
      // The script's `sleep` child too: its whole process group was killed.
      expect(await gone(-pid)).toBe(true);
    }
  });

  test("an abort kills the call and rejects with the signal's reason", async () => {
    const bin = writeFakeNvidiaSmi(dir, undefined, "idle", { script: "sleep 30" });
    const ac = new AbortController();
    const reason = new Error("worker shutting down");
    let pid = 0;
    const p = runNvidiaSmi(bin, ["-L"], { timeoutMs: 10_000, signal: ac.signal, onSpawn: (p2) => (pid = p2) });
    await new Promise((r) => setTimeout(r, 100));
    ac.abort(reason);
    expect(await rejectionOf(p)).toBe(reason);
    expect(pid).toBeGreaterThan(0);
    expect(await gone(pid)).toBe(true);
    expect(await gone(-pid)).toBe(true);
    expect(await rejectionOf(runNvidiaSmi(bin, ["-L"], { timeoutMs: 1000, signal: ac.signal }))).toBe(reason);
  });

  test("a non-zero exit → DEPENDENCY_MISSING with the driver's message and the exit code", async () => {
    const bin = writeFakeNvidiaSmi(dir, undefined, "idle", { script: `echo ${JSON.stringify(DRIVER_DOWN)}\nexit 9` });
    const e = await rejectionOf(new NvidiaDeviceSource(own(), { binary: bin }).read());
    expect(e.code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    expect(e.message).toContain(DRIVER_DOWN);
    expect(e.message).toContain("exit code 9");
  });

  test("stderr wins over stdout in the message of a failed call", async () => {
    const bin = writeFakeNvidiaSmi(dir, undefined, "idle", { script: "echo some table\necho 'Failed to initialize NVML: Driver/library version mismatch' >&2\nexit 18" });
    const e = await rejectionOf(runNvidiaSmi(bin, ["-L"], { timeoutMs: 5000 }));
    expect(e.message).toContain("Failed to initialize NVML: Driver/library version mismatch");
    expect(e.message).not.toContain("some table");
  });

  test("output that is not nvidia-smi's → INTERNAL naming the section", async () => {
    const bin = writeFakeNvidiaSmi(dir, H100, "idle", { outputs: { queryGpu: "this is not csv, at all\nreally\n" } });
    const e = await rejectionOf(new NvidiaDeviceSource(own(), { binary: bin }).read());
    expect(e.code).toBe(FleetErrorCode.INTERNAL);
    expect(e.message).toContain("nvidia-smi --query-gpu");
  });
});
