import { chooseDevice, fits, servableBackends, type DeviceView } from "./placement";
import type { DeviceSnapshot } from "./devices/types";

function dev(index: number, totalMiB: number, foreign: number, ours = 0, over: Partial<DeviceView> = {}): DeviceView {
  const processes = [
    ...(foreign > 0 ? [{ pid: 100 + index, name: "someone-else", usedMiB: foreign, ours: false }] : []),
    ...(ours > 0 ? [{ pid: 200 + index, name: "ours", usedMiB: ours, ours: true }] : []),
  ];
  const used = foreign + ours;
  const snapshot: DeviceSnapshot = {
    uuid: `GPU-${index}`,
    name: "test",
    index,
    source: "sim",
    totalMiB,
    usedMiB: used,
    freeMiB: totalMiB - used,
    utilisationPct: 0,
    processes,
    env: {},
  };
  return { snapshot, busy: false, coolingUntilMs: 0, loadedBackend: undefined, ...over };
}

const GiB = 1024;
const wan = { name: "wan", memoryMiB: 30 * GiB };

test("a device with 70 of 80 GiB held by someone else is not free for a 30 GiB model", () => {
  const f = fits(dev(0, 80 * GiB, 70 * GiB), wan, GiB, 0);
  expect(f.ok).toBe(false);
  if (!f.ok) expect(f.reason).toContain("71680 MiB held by other processes");
});

test("memory held by our own idle backend counts as usable", () => {
  expect(fits(dev(0, 80 * GiB, 10 * GiB, 60 * GiB), wan, GiB, 0).ok).toBe(true);
});

test("busy and cooling devices are never free", () => {
  expect(fits(dev(0, 80 * GiB, 0, 0, { busy: true }), wan, GiB, 0)).toEqual({ ok: false, reason: "running a task" });
  expect(fits(dev(0, 80 * GiB, 0, 0, { coolingUntilMs: 5000 }), wan, GiB, 1000).ok).toBe(false);
  expect(fits(dev(0, 80 * GiB, 0, 0, { coolingUntilMs: 5000 }), wan, GiB, 6000).ok).toBe(true);
});

test("margin is required on top of the need", () => {
  expect(fits(dev(0, 31 * GiB, 0), wan, GiB, 0).ok).toBe(true);
  expect(fits(dev(0, 31 * GiB - 1, 0), wan, GiB, 0).ok).toBe(false);
});

test("a CPU-only backend fits any idle slot, even with no memory", () => {
  expect(fits(dev(0, 0, 0), { name: "cpu", memoryMiB: 0 }, GiB, 0).ok).toBe(true);
});

test("best fit: the device with the least memory left over wins", () => {
  const views = [dev(0, 80 * GiB, 0), dev(1, 48 * GiB, 0), dev(2, 80 * GiB, 40 * GiB)];
  expect(chooseDevice(views, wan, GiB, 0)?.snapshot.index).toBe(2);
});

test("a device already holding the backend beats a better fit", () => {
  const views = [dev(0, 40 * GiB, 0), dev(1, 80 * GiB, 0, 30 * GiB, { loadedBackend: "wan" })];
  expect(chooseDevice(views, wan, GiB, 0)?.snapshot.index).toBe(1);
});

test("no device fits → undefined; servable backends put loaded ones first", () => {
  expect(chooseDevice([dev(0, 80 * GiB, 70 * GiB)], wan, GiB, 0)).toBeUndefined();
  const small = { name: "small", memoryMiB: GiB };
  const views = [dev(0, 80 * GiB, 0, 30 * GiB, { loadedBackend: "wan" })];
  expect(servableBackends(views, [small, wan], GiB, 0).map((b) => b.name)).toEqual(["wan", "small"]);
});
