import { FleetErrorCode } from "../../../common/src/errors";
import { SimDeviceSource, parseSimSpec } from "./sim";
import { foreignMiB, ourMiB, type OwnUsage } from "./types";
import { thrown } from "../../../common/src/testing/rejection";

const GiB = 1024;

function own(memory: Record<string, number> = {}, loaded: Record<string, string> = {}, busy: string[] = []): OwnUsage {
  return {
    pids: () => new Set<number>(),
    memoryMiB: (uuid) => memory[uuid] ?? 0,
    loadedBackend: (uuid) => loaded[uuid],
    busy: (uuid) => busy.includes(uuid),
  };
}

describe("parseSimSpec", () => {
  test("2x80GiB: two 80 GiB devices, no foreign load, no OOM", () => {
    expect(parseSimSpec("2x80GiB")).toEqual({ devices: [{ totalMiB: 81920 }, { totalMiB: 81920 }], foreign: [], oom: [] });
  });

  test("groups add up in order: 2x80GiB,1x40GiB", () => {
    expect(parseSimSpec("2x80GiB,1x40GiB").devices).toEqual([{ totalMiB: 81920 }, { totalMiB: 81920 }, { totalMiB: 40960 }]);
  });

  test("a bare count gives 80 GiB devices", () => {
    expect(parseSimSpec("4").devices).toEqual(Array.from({ length: 4 }, () => ({ totalMiB: 81920 })));
  });

  test("spaces and MiB/GB sizes are accepted", () => {
    expect(parseSimSpec(" 1 x 24GiB , 1x40960").devices).toEqual([{ totalMiB: 24576 }, { totalMiB: 40960 }]);
    expect(parseSimSpec("1x1GB").devices).toEqual([{ totalMiB: 954 }]); // 1e9 bytes = 953.67 MiB
  });

  test("a foreign load script: device, size and [from, to) window", () => {
    expect(parseSimSpec("2x80GiB;foreign=1:70GiB@5s-20s").foreign).toEqual([{ device: 1, mib: 71680, fromMs: 5000, toMs: 20000 }]);
  });

  test("an open-ended foreign load lasts forever", () => {
    expect(parseSimSpec("1x80GiB;foreign=0:10GiB@5s-").foreign).toEqual([{ device: 0, mib: 10240, fromMs: 5000, toMs: Infinity }]);
  });

  test("several options: foreign loads on two devices and an OOM device", () => {
    const s = parseSimSpec("2x80GiB;foreign=0:1GiB@0s-1m;oom=1;foreign=1:2GiB@1m30s-2h");
    expect(s.foreign).toEqual([
      { device: 0, mib: 1024, fromMs: 0, toMs: 60_000 },
      { device: 1, mib: 2048, fromMs: 90_000, toMs: 7_200_000 },
    ]);
    expect(s.oom).toEqual([1]);
  });

  test.each([
    ["", "names no devices"],
    ["  ", "names no devices"],
    ["0x80GiB", "needs 1 to 64 devices per group"],
    ["65x80GiB", "needs 1 to 64 devices per group"],
    ["twox80GiB", 'has a bad device group "twox80GiB"'],
    ["2x", 'has a bad device group "2x"'],
    ["2y80GiB", 'has a bad device group "2y80GiB"'],
    ["2x80XiB", 'has a bad memory size "80XiB"'],
    ["1x80GiB;foreign=1:70GiB@5s-20s", "puts foreign load on device 1, which does not exist"],
    ["2x80GiB;oom=2", "makes device 2 run out of memory, but it does not exist"],
    ["2x80GiB;foreign=0:lots@5s-20s", 'has a bad foreign load "foreign=0:lots@5s-20s"'],
    ["2x80GiB;foreign=0:70GiB@soon-20s", 'has a bad foreign load "foreign=0:70GiB@soon-20s"'],
    ["2x80GiB;foreign=0:70GiB@5s-later", 'has a bad foreign load "foreign=0:70GiB@5s-later"'],
    ["2x80GiB;foreign=0:70GiB", 'has an unknown option "foreign=0:70GiB"'],
    ["2x80GiB;colour=red", 'has an unknown option "colour=red"'],
  ])("sim:%s is rejected: %s", (spec, why) => {
    const e = thrown(() => parseSimSpec(spec));
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.message).toContain(`devices: "sim:${spec}" ${why}`);
    expect(e.message).toContain("expected e.g. sim:2x80GiB");
  });
});

describe("SimDeviceSource.read", () => {
  const T0 = 1_700_000_000_000;

  test("devices are named by node and index, idle and empty, with env that pins the device", async () => {
    const src = new SimDeviceSource(parseSimSpec("1x80GiB,1x40GiB"), "n1", own(), () => T0);
    expect(src.kind).toBe("sim");
    const [a, b] = await src.read();
    expect(a).toEqual({
      uuid: "sim-n1-0",
      name: "Simulated GPU 80GiB",
      index: 0,
      source: "sim",
      totalMiB: 81920,
      usedMiB: 0,
      freeMiB: 81920,
      utilisationPct: 0,
      processes: [],
      env: { CUDA_VISIBLE_DEVICES: "sim-n1-0", CUDA_DEVICE_ORDER: "PCI_BUS_ID" },
    });
    expect(b).toMatchObject({ uuid: "sim-n1-1", name: "Simulated GPU 40GiB", index: 1, totalMiB: 40960, freeMiB: 40960 });
  });

  test("a foreign load appears only inside its window, counted from when the source was created", async () => {
    let now = T0;
    const src = new SimDeviceSource(parseSimSpec("2x80GiB;foreign=1:70GiB@5s-20s"), "n1", own(), () => now);
    const at = async (ms: number) => {
      now = T0 + ms;
      return src.read();
    };
    // Before the window.
    let devs = await at(4999);
    expect(devs[1]?.usedMiB).toBe(0);
    expect(devs[1]?.processes).toEqual([]);
    // From its start (inclusive).
    devs = await at(5000);
    expect(devs[1]).toMatchObject({ usedMiB: 71680, freeMiB: 10240 });
    expect(devs[1]?.processes).toEqual([{ pid: expect.any(Number), name: "foreign-sim", usedMiB: 71680, ours: false }]);
    expect(foreignMiB(devs[1]!)).toBe(71680);
    // Device 0 is never touched.
    expect(devs[0]?.usedMiB).toBe(0);
    devs = await at(19_999);
    expect(devs[1]?.usedMiB).toBe(71680);
    // Until its end (exclusive).
    devs = await at(20_000);
    expect(devs[1]?.usedMiB).toBe(0);
    expect(devs[1]?.processes).toEqual([]);
  });

  test("an open-ended foreign load never goes away", async () => {
    let now = T0;
    const src = new SimDeviceSource(parseSimSpec("1x80GiB;foreign=0:8GiB@5s-"), "n1", own(), () => now);
    now = T0 + 1000;
    expect((await src.read())[0]?.usedMiB).toBe(0);
    now = T0 + 365 * 24 * 3_600_000;
    expect((await src.read())[0]?.usedMiB).toBe(8192);
  });

  test("memory our backend holds is reported as our process, not foreign", async () => {
    const src = new SimDeviceSource(parseSimSpec("2x80GiB"), "n1", own({ "sim-n1-0": 30 * GiB }, { "sim-n1-0": "wan" }), () => T0);
    const [d0, d1] = await src.read();
    // Loaded but idle: the memory is held, the device does no work.
    expect(d0).toMatchObject({ usedMiB: 30720, freeMiB: 51200, utilisationPct: 0 });
    expect(d0?.processes).toEqual([{ pid: process.pid, name: "wan", usedMiB: 30720, ours: true }]);
    expect(ourMiB(d0!)).toBe(30720);
    expect(foreignMiB(d0!)).toBe(0);
    expect(d1).toMatchObject({ usedMiB: 0, utilisationPct: 0, processes: [] });
  });

  test("our memory and a foreign load add up on the same device; each is told apart", async () => {
    let now = T0;
    const src = new SimDeviceSource(parseSimSpec("1x80GiB;foreign=0:20GiB@0s-"), "n1", own({ "sim-n1-0": 30 * GiB }), () => now);
    now = T0 + 1;
    const [d] = await src.read();
    expect(d).toMatchObject({ usedMiB: 51200, freeMiB: 30720 });
    expect(d?.processes.map((p) => [p.name, p.usedMiB, p.ours])).toEqual([
      ["foreign-sim", 20480, false],
      ["backend", 30720, true], // no loaded backend name → "backend"
    ]);
    expect(ourMiB(d!)).toBe(30720);
    expect(foreignMiB(d!)).toBe(20480);
  });

  test("two foreign loads on one device get distinct pids; usage never exceeds the device", async () => {
    const src = new SimDeviceSource(parseSimSpec("1x80GiB;foreign=0:50GiB@0s-;foreign=0:50GiB@0s-"), "n1", own(), () => T0);
    const [d] = await src.read();
    expect(d).toMatchObject({ usedMiB: 81920, freeMiB: 0 });
    const pids = d?.processes.map((p) => p.pid) ?? [];
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(process.pid);
  });

  test("an oom device carries FRAMEFLEET_SIM_OOM in its env; others do not", async () => {
    const src = new SimDeviceSource(parseSimSpec("2x80GiB;oom=1"), "n1", own(), () => T0);
    const [d0, d1] = await src.read();
    expect(d0?.env).not.toHaveProperty("FRAMEFLEET_SIM_OOM");
    expect(d1?.env).toEqual({ CUDA_VISIBLE_DEVICES: "sim-n1-1", CUDA_DEVICE_ORDER: "PCI_BUS_ID", FRAMEFLEET_SIM_OOM: "1" });
  });
});

test("a foreign load that ends before it starts is refused, and oom=N marks that device", () => {
  expect(() => parseSimSpec("2x80GiB;foreign=1:70GiB@20s-5s")).toThrow(/ends before it starts/);
  expect(() => parseSimSpec("2x80GiB;oom=2")).toThrow(/device 2.*does not exist/);
  expect(parseSimSpec("2x80GiB;oom=1").oom).toEqual([1]);
});

test("a simulated device reports 100% utilisation only while a task of ours runs on it", async () => {
  const src = new SimDeviceSource(parseSimSpec("2x80GiB"), "n1", own({}, {}, ["sim-n1-1"]), () => 0);
  const [d0, d1] = await src.read();
  expect([d0?.utilisationPct, d1?.utilisationPct]).toEqual([0, 100]);
});

describe("sim epoch", () => {
  it("foreign load counts from the given epoch, not from the worker's start", async () => {
    const epoch = 1_700_000_000_000;
    const spec = parseSimSpec(`1x80GiB;foreign=0:70GiB@5s-10s;epoch=${epoch}`);
    expect(spec.epochMs).toBe(epoch);
    const used = async (at: number) => (await new SimDeviceSource(spec, "n1", own(), () => at).read())[0]?.usedMiB;
    expect(await used(epoch + 4_000)).toBe(0);
    expect(await used(epoch + 6_000)).toBe(70 * 1024);
  });
});
