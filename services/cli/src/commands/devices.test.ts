import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { loadCapture, listMigLines, tableGpuMemory, tableMigRows, writeFakeNvidiaSmi } from "../../../worker-runtime/src/testing/nvidia-captures";
import { parseComputeApps, parseQueryGpu } from "../../../worker-runtime/src/devices/nvidia/parse";
import { devicesCommand, type DeviceJson } from "./devices";
import { rejectionOf } from "../../../common/src/testing/rejection";

const H100 = loadCapture("linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt");
const MIG = loadCapture("linux-x86_64__nvidia-h100-mig__590.48.01.txt");

async function run(argv: string[]): Promise<string> {
  let out = "";
  await devicesCommand(argv, (t) => {
    out += t;
  });
  return out;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-devices-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("framefleet devices", () => {
  test("--json with nvidia:PATH: the H100 under load, every process foreign", async () => {
    const bin = writeFakeNvidiaSmi(dir, H100, "load");
    const json = JSON.parse(await run(["--json", "--devices", `nvidia:${bin}`])) as DeviceJson[];
    const [gpu] = parseQueryGpu(H100.section("load :: query-gpu"));
    const apps = parseComputeApps(H100.section("load :: query-compute-apps"));
    const t = tableGpuMemory(H100.section("load :: nvidia-smi (default table)"));
    expect(json).toEqual([
      {
        index: gpu?.index,
        uuid: gpu?.uuid,
        name: gpu?.name,
        source: "nvidia",
        total_mib: t.totalMiB,
        used_mib: t.usedMiB,
        free_mib: gpu?.freeMiB,
        foreign_mib: t.usedMiB,
        utilisation_pct: gpu?.utilisationPct,
        processes: apps.map((a) => ({ pid: a.pid, name: a.name, used_mib: a.usedMiB })),
      },
    ]);
  });

  test("--json on the MIG H100: one entry per instance, uuids as -L lists them", async () => {
    const bin = writeFakeNvidiaSmi(dir, MIG, "load");
    const json = JSON.parse(await run(["--devices", `nvidia:${bin}`, "--json"])) as DeviceJson[];
    expect(json.map((d) => d.uuid)).toEqual(listMigLines(MIG.section("capabilities :: list (-L)")).map((m) => m.uuid));
    expect(json.every((d) => d.source === "mig" && d.utilisation_pct === -1)).toBe(true);
    const rows = tableMigRows(MIG.section("load :: nvidia-smi (default table)"));
    expect(json.map((d) => [d.index, d.used_mib, d.total_mib])).toEqual(rows.map((r) => [r.dev, r.usedMiB, r.totalMiB]));
  });

  test("the table shows each device and its processes", async () => {
    const bin = writeFakeNvidiaSmi(dir, H100, "load");
    const out = await run(["--devices", `nvidia:${bin}`]);
    const [gpu] = parseQueryGpu(H100.section("load :: query-gpu"));
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^INDEX\s+UUID\s+NAME\s+SOURCE\s+TOTAL MiB\s+USED MiB\s+FREE MiB\s+UTIL$/);
    expect(lines[1]).toMatch(new RegExp(`^\\s*0\\s+${gpu?.uuid}\\s+${gpu?.name}\\s+nvidia\\s+${gpu?.totalMiB}\\s+${gpu?.usedMiB}\\s+${gpu?.freeMiB}\\s+${gpu?.utilisationPct}%$`));
    expect(out).toMatch(/^DEVICE\s+PID\s+PROCESS\s+MiB$/m);
    for (const a of parseComputeApps(H100.section("load :: query-compute-apps"))) {
      expect(out).toMatch(new RegExp(`^\\s*0\\s+${a.pid}\\s+${a.name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\s+${a.usedMiB}$`, "m"));
    }
  });

  test("ESC sequences in what nvidia-smi prints (GPU and process names) reach the table escaped, the JSON exact but escaped", async () => {
    const hostile = "\u001b]0;pwned\u0007\u001b[2J";
    const bin = writeFakeNvidiaSmi(dir, H100, "load", {
      outputs: {
        queryGpu: H100.section("load :: query-gpu").replace("NVIDIA H100 80GB HBM3", `NVIDIA H100${hostile}`),
        computeApps: H100.section("load :: query-compute-apps").replace("/root/tools/memhog", `/root/tools/memhog${hostile}\u009b31m`),
      },
    });
    const table = await run(["--devices", `nvidia:${bin}`]);
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(table).toContain("NVIDIA H100\\x1b]0;pwned\\x07\\x1b[2J");
    expect(table).toContain("/root/tools/memhog\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m");
    const text = await run(["--json", "--devices", `nvidia:${bin}`]);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const json = JSON.parse(text) as DeviceJson[];
    expect(json[0]?.name).toBe(`NVIDIA H100${hostile}`);
    expect(json[0]?.processes[0]?.name).toBe(`/root/tools/memhog${hostile}\u009b31m`);
  });

  test("an idle GPU says it has no processes", async () => {
    const bin = writeFakeNvidiaSmi(dir, H100, "idle");
    expect(await run(["--devices", `nvidia:${bin}`])).toContain("no processes on these devices");
  });

  test("sim: and cpu: specs show those devices", async () => {
    const sim = JSON.parse(await run(["--json", "--devices", "sim:2x40GiB"])) as DeviceJson[];
    expect(sim.map((d) => [d.source, d.total_mib, d.foreign_mib])).toEqual([
      ["sim", 40960, 0],
      ["sim", 40960, 0],
    ]);
    const cpu = await run(["--devices", "cpu:1"]);
    expect(cpu).toContain("CPU slot");
    expect(cpu).toContain("n/a");
  });

  test("without nvidia-smi: DEPENDENCY_MISSING saying what to do", async () => {
    const e = await rejectionOf(run(["--devices", `nvidia:${join(dir, "missing", "nvidia-smi")}`]));
    expect(e.code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    expect(e.message).toContain("install the NVIDIA driver");
  });

  test("bad flags and specs are config errors", async () => {
    expect((await rejectionOf(run(["--bogus"]))).code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect((await rejectionOf(run(["extra"]))).code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect((await rejectionOf(run(["--devices", "tpu:4"]))).code).toBe(FleetErrorCode.CONFIG_INVALID);
  });
});
