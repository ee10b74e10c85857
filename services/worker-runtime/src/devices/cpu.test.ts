import { cpus } from "node:os";
import { FleetErrorCode } from "../../../common/src/errors";
import { CpuDeviceSource, parseCpuSpec } from "./cpu";

describe("parseCpuSpec", () => {
  test("a slot count from 1 to 256", () => {
    expect(parseCpuSpec("1")).toBe(1);
    expect(parseCpuSpec("2")).toBe(2);
    expect(parseCpuSpec("256")).toBe(256);
  });

  test("empty means one slot per CPU core (at least one)", () => {
    expect(parseCpuSpec("")).toBe(Math.max(1, cpus().length));
    expect(parseCpuSpec("  ")).toBe(Math.max(1, cpus().length));
  });

  test.each(["0", "257", "-1", "1.5", "two", "2x"])("cpu:%s is rejected with the expected range", (spec) => {
    let e: (Error & { code?: string }) | undefined;
    try {
      parseCpuSpec(spec);
    } catch (err) {
      e = err as Error & { code?: string };
    }
    expect(e?.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e?.message).toBe(`devices: "cpu:${spec}" needs a slot count from 1 to 256 (e.g. cpu:2)`);
  });
});

describe("CpuDeviceSource", () => {
  test("reports N slots with no GPU memory, hidden from CUDA", async () => {
    const src = new CpuDeviceSource(2, "eval-1");
    expect(src.kind).toBe("cpu");
    const devs = await src.read();
    expect(devs).toEqual([
      { uuid: "cpu-eval-1-0", name: "CPU slot", index: 0, source: "cpu", totalMiB: 0, usedMiB: 0, freeMiB: 0, utilisationPct: -1, processes: [], env: { CUDA_VISIBLE_DEVICES: "" } },
      { uuid: "cpu-eval-1-1", name: "CPU slot", index: 1, source: "cpu", totalMiB: 0, usedMiB: 0, freeMiB: 0, utilisationPct: -1, processes: [], env: { CUDA_VISIBLE_DEVICES: "" } },
    ]);
  });

  test("each read returns fresh objects", async () => {
    const src = new CpuDeviceSource(1, "n");
    const [a] = await src.read();
    const [b] = await src.read();
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});
