/**
 * CUDA_VISIBLE_DEVICES on the real nvidia-smi captures: which GPUs and MIG instances stay devices,
 * and which values are refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode } from "../../../../common/src/errors";
import type { OwnUsage } from "../types";
import { createDeviceSource } from "../index";
import { captureFiles, discoverySections, listMigLines, loadCapture, writeFakeNvidiaSmi, type Capture } from "../../testing/nvidia-captures";
import { discoverNvidia, type NvidiaRunner } from "./discover";
import { parseQueryGpu } from "./parse";
import { parseVisibleDevices } from "./visible";

const MIG_FILE = "linux-x86_64__nvidia-h100-mig__590.48.01.txt";
const H100_FILE = "linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt";
const OTHER_UUID = "GPU-11111111-1111-1111-1111-111111111111";

const nothingOurs: OwnUsage = { pids: () => new Set(), memoryMiB: () => 0, loadedBackend: () => undefined, busy: () => false };

type Outputs = { queryGpu: string; computeApps: string; list: string; detail: string };

function outputsOf(cap: Capture): Outputs {
  const t = discoverySections("load");
  return { queryGpu: cap.section(t.queryGpu), computeApps: cap.section(t.computeApps), list: cap.section(t.list), detail: cap.section(t.detail) };
}

function runner(out: Outputs, calls: string[] = []): NvidiaRunner {
  return async (args) => {
    const a = args[0] ?? "";
    calls.push(a);
    if (a.startsWith("--query-gpu=")) return out.queryGpu;
    if (a.startsWith("--query-compute-apps=")) return out.computeApps;
    if (a === "-L") return out.list;
    if (a === "-q") return out.detail;
    throw new Error(`unexpected ${args.join(" ")}`);
  };
}

/** The capture's one GPU plus a second one (its row again with index 1 and another UUID). */
function twoGpus(cap: Capture): Outputs {
  const out = outputsOf(cap);
  const lines = out.queryGpu.trimEnd().split("\n");
  const header = (lines[0] as string).split(",").map((h) => h.trim());
  const second = (lines[1] as string)
    .split(", ")
    .map((cell, i) => (header[i] === "index" ? "1" : header[i] === "uuid" ? OTHER_UUID : cell))
    .join(", ");
  const [gpu] = parseQueryGpu(out.queryGpu);
  return { ...out, queryGpu: `${lines[0]}\n${lines[1]}\n${second}\n`, list: `${out.list.trimEnd()}\nGPU 1: ${gpu?.name} (UUID: ${OTHER_UUID})\n` };
}

async function rejection(p: Promise<unknown>): Promise<Error & { code?: string }> {
  return p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (err: unknown) => err as Error & { code?: string },
  );
}

const visible = (v: string) => parseVisibleDevices(v);

describe("parseVisibleDevices", () => {
  test("unset: no limit; entries are trimmed and empty ones dropped", () => {
    expect(parseVisibleDevices(undefined)).toBeUndefined();
    expect(parseVisibleDevices(" 0, 2,,GPU-abc ")?.entries).toEqual(["0", "2", "GPU-abc"]);
  });

  test.each([
    ["", "no GPU is visible"],
    [" , ", "no GPU is visible"],
    ["NoDevFiles", "NoDevFiles"],
    ["0,gpu1", '"gpu1" is neither a GPU index'],
  ])("%j is refused as CONFIG_INVALID naming the variable", (value, why) => {
    let err: (Error & { code?: string }) | undefined;
    try {
      parseVisibleDevices(value);
    } catch (e) {
      err = e as Error & { code?: string };
    }
    expect(err?.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(err?.message).toContain(`CUDA_VISIBLE_DEVICES=${JSON.stringify(value)}`);
    expect(err?.message).toContain(why);
  });
});

describe.each(captureFiles().filter((f) => f !== MIG_FILE))("%s as two GPUs", (file) => {
  const out = twoGpus(loadCapture(file));
  const [gpu0] = parseQueryGpu(out.queryGpu);

  test.each([
    ["1", [OTHER_UUID]],
    ["0", [gpu0?.uuid]],
    ["1,0", [gpu0?.uuid, OTHER_UUID]],
    [OTHER_UUID, [OTHER_UUID]],
    [OTHER_UUID.toLowerCase().replace("gpu-", "GPU-"), [OTHER_UUID]],
    ["GPU-1111", [OTHER_UUID]],
    [`${gpu0?.uuid},1`, [gpu0?.uuid, OTHER_UUID]],
  ])("CUDA_VISIBLE_DEVICES=%s keeps %j", async (value, uuids) => {
    const devs = await discoverNvidia(runner(out), nothingOurs, visible(value));
    expect(devs.map((d) => d.uuid)).toEqual(uuids);
  });

  test("no limit: both", async () => {
    expect(await discoverNvidia(runner(out), nothingOurs, undefined)).toHaveLength(2);
  });

  test("an index or UUID nvidia-smi does not show is CONFIG_INVALID listing what it shows", async () => {
    for (const value of ["0,2", "GPU-22222222"]) {
      const e = await rejection(discoverNvidia(runner(out), nothingOurs, visible(value)));
      expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
      expect(e.message).toContain(`0 ${gpu0?.uuid}; 1 ${OTHER_UUID}`);
    }
  });

  test("a prefix of both UUIDs is ambiguous", async () => {
    const e = await rejection(discoverNvidia(runner(out), nothingOurs, visible("GPU-")));
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.message).toContain("is a prefix of");
  });
});

describe("the H100 in MIG mode", () => {
  const cap = loadCapture(MIG_FILE);
  const out = outputsOf(cap);
  const migs = listMigLines(cap.section("capabilities :: list (-L)"));
  const [gpu] = parseQueryGpu(out.queryGpu);

  test("the GPU's index or UUID covers all its instances", async () => {
    for (const value of ["0", gpu?.uuid ?? "?"]) {
      const devs = await discoverNvidia(runner(out), nothingOurs, visible(value));
      expect(devs.map((d) => d.uuid)).toEqual(migs.map((m) => m.uuid));
    }
  });

  test("a MIG UUID keeps that instance only, with its own memory from -q", async () => {
    const pick = migs[1];
    if (!pick) throw new Error("capture has fewer than 2 MIG instances");
    const calls: string[] = [];
    const all = await discoverNvidia(runner(out), nothingOurs, undefined);
    const devs = await discoverNvidia(runner(out, calls), nothingOurs, visible(pick.uuid));
    expect(devs).toEqual(all.filter((d) => d.uuid === pick.uuid));
    expect(calls).toContain("-q");
  });

  test("a MIG prefix shared by several instances is ambiguous; an unknown one names the instances", async () => {
    const shared = "MIG-0000000";
    expect(migs.filter((m) => m.uuid.startsWith(shared)).length).toBeGreaterThan(1);
    expect((await rejection(discoverNvidia(runner(out), nothingOurs, visible(shared)))).message).toContain("is a prefix of");
    const unknown = await rejection(discoverNvidia(runner(out), nothingOurs, visible("MIG-99999999")));
    expect(unknown.message).toContain("no MIG instance MIG-99999999");
    expect(unknown.message).toContain(migs[0]?.uuid);
  });
});

describe("createDeviceSource reads CUDA_VISIBLE_DEVICES from the environment it is given", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ff-visible-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("through a fake nvidia-smi printing the H100 capture as two GPUs", async () => {
    const bin = writeFakeNvidiaSmi(dir, loadCapture(H100_FILE), "load", { outputs: twoGpus(loadCapture(H100_FILE)) });
    const only1 = await createDeviceSource(`nvidia:${bin}`, "n1", nothingOurs, { CUDA_VISIBLE_DEVICES: "1" }).read();
    expect(only1.map((d) => [d.index, d.uuid, d.env.CUDA_VISIBLE_DEVICES])).toEqual([[1, OTHER_UUID, OTHER_UUID]]);
    expect(await createDeviceSource(`nvidia:${bin}`, "n1", nothingOurs, {}).read()).toHaveLength(2);
  });

  test("a malformed value fails when the source is made, before nvidia-smi runs", () => {
    expect(() => createDeviceSource(`nvidia:${join(dir, "absent")}`, "n1", nothingOurs, { CUDA_VISIBLE_DEVICES: "NoDevFiles" })).toThrow(/NoDevFiles/);
  });

  test("simulated devices ignore it (they are not CUDA devices)", async () => {
    expect(await createDeviceSource("sim:2x80GiB", "n1", nothingOurs, { CUDA_VISIBLE_DEVICES: "7" }).read()).toHaveLength(2);
  });
});
