import { FleetErrorCode } from "../../../common/src/errors";
import { createDeviceSource, NvidiaDeviceSource, type OwnUsage } from "./index";

const own: OwnUsage = { pids: () => new Set(), memoryMiB: () => 0, loadedBackend: () => undefined, busy: () => false };

describe("createDeviceSource", () => {
  test("sim:SPEC builds simulated devices for the node", async () => {
    const src = createDeviceSource("sim:2x40GiB", "n1", own);
    expect(src.kind).toBe("sim");
    const devs = await src.read();
    expect(devs.map((d) => [d.uuid, d.totalMiB])).toEqual([
      ["sim-n1-0", 40960],
      ["sim-n1-1", 40960],
    ]);
  });

  test("the sim spec's own colons survive (foreign=DEVICE:SIZE)", async () => {
    const src = createDeviceSource("sim:2x80GiB;foreign=1:70GiB@0s-", "n1", own);
    const devs = await src.read();
    expect(devs[1]?.usedMiB).toBe(71680);
  });

  test("cpu:N builds N CPU slots", async () => {
    const src = createDeviceSource("cpu:3", "e1", own);
    expect(src.kind).toBe("cpu");
    expect((await src.read()).map((d) => d.uuid)).toEqual(["cpu-e1-0", "cpu-e1-1", "cpu-e1-2"]);
  });

  test("nvidia uses nvidia-smi from PATH; nvidia:PATH names the binary (colons in it survive)", () => {
    const plain = createDeviceSource("nvidia", "n1", own);
    expect(plain.kind).toBe("nvidia");
    expect(plain).toBeInstanceOf(NvidiaDeviceSource);
    expect((plain as NvidiaDeviceSource).binary).toBe("nvidia-smi");
    expect((createDeviceSource("nvidia:/opt/a:b/nvidia-smi", "n1", own) as NvidiaDeviceSource).binary).toBe("/opt/a:b/nvidia-smi");
  });

  test("a bad spec of a known source fails with that source's message", () => {
    expect(() => createDeviceSource("sim:0", "n", own)).toThrow('devices: "sim:0" needs 1 to 64 devices per group');
    expect(() => createDeviceSource("cpu:0", "n", own)).toThrow('devices: "cpu:0" needs a slot count');
    expect(() => createDeviceSource("sim", "n", own)).toThrow('devices: "sim:" names no devices');
  });

  test.each(["tpu:4", "SIM:1x80GiB", "", "2x80GiB"])("an unknown source %j is a config error naming it", (spec) => {
    let e: (Error & { code?: string }) | undefined;
    try {
      createDeviceSource(spec, "n", own);
    } catch (err) {
      e = err as Error & { code?: string };
    }
    expect(e?.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e?.message).toBe(`devices: "${spec}" is not a device source; use nvidia, nvidia:/path/to/nvidia-smi, sim:2x80GiB or cpu:2`);
  });
});
