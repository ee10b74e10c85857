import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CancelReason, TaskCancelledError } from "../../../../common/src/errors";
import { eventually } from "../../../../common/src/testing/eventually";
import { processGone } from "../../../../common/src/testing/process-gone";
import { recordingLogger } from "../../../../common/src/testing/recording-logger";
import type { BackendInstance } from "../../backend";
import { GrpcBackendFactory } from "./factory";
import type { GrpcBackendInstance } from "./instance";
import { fakeConfig, testDevice } from "../../testing/grpc-backend";

let dir: string;
const opened: BackendInstance[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ffg-"));
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((i) => i.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function load(factory: GrpcBackendFactory, signal = new AbortController().signal, log = recordingLogger()): Promise<GrpcBackendInstance> {
  const inst = (await factory.load(testDevice, { signal, log })) as GrpcBackendInstance;
  opened.push(inst);
  return inst;
}

describe("GrpcBackendFactory.load", () => {
  it("starts the process with the device's and the config's env, waits for ready and reads Info", async () => {
    const envFile = join(dir, "env.json");
    const log = recordingLogger();
    const factory = new GrpcBackendFactory("fake-gen", fakeConfig({ memory: 100, fakeEnv: { FAKE_LOAD_MS: "300", FAKE_ENV_FILE: envFile, FAKE_MEMORY_MIB: "200", EXTRA_FLAG: "x y" } }), { socketDir: dir });
    expect(factory.kind).toBe("gen");
    expect(factory.memoryMiB).toBe(100);
    const t0 = Date.now();
    const inst = await load(factory, undefined, log);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(inst.info.model).toBe("fake-model");
    expect(inst.alive()).toBe(true);
    expect(processGone(inst.pid)).toBe(false);
    expect(typeof inst.generate).toBe("function");
    expect(inst.evaluate).toBeUndefined();
    const env = JSON.parse(readFileSync(envFile, "utf8")) as Record<string, string>;
    expect(env).toMatchObject({
      CUDA_VISIBLE_DEVICES: testDevice.uuid,
      CUDA_DEVICE_ORDER: "PCI_BUS_ID",
      FRAMEFLEET_BACKEND_NAME: "fake-gen",
      FRAMEFLEET_DEVICE_UUID: testDevice.uuid,
      EXTRA_FLAG: "x y",
    });
    expect(env.FRAMEFLEET_BACKEND_SOCKET).toMatch(new RegExp(`^${dir}/ff-[0-9a-f]+\\.sock$`));
    // Info says 200 MiB, the config 100: placement is wrong and the operator must hear of it.
    expect(log.lines.some((l) => l.level === "warn" && /needs 200 MiB.*memory: 100 MiB/.test(l.msg))).toBe(true);
    // …and the device's accounting counts the reported 200 from now on.
    expect(inst.memoryMiB).toBe(200);
    // The backend's stdout reaches the log line by line.
    expect(log.lines.some((l) => l.msg === "backend output" && l.line === "fake backend: model loaded")).toBe(true);
  });

  it("names the exit code and the last stderr lines when the process exits while loading", async () => {
    const factory = new GrpcBackendFactory("fake-gen", fakeConfig({ fakeEnv: { FAKE_EXIT_AT_START: "7" } }), { socketDir: dir });
    await expect(load(factory)).rejects.toMatchObject({
      code: "backend_crashed",
      message: expect.stringMatching(/backend fake-gen: process \d+ exited while loading \(exit code 7; last stderr lines:\n.*loading model weights\n.*cannot load model weights: file not found/),
    });
  });

  it("fails with BACKEND_FAILED when Health reports the load failed, and kills the process", async () => {
    const pidFile = join(dir, "child.pid");
    const factory = new GrpcBackendFactory("fake-gen", fakeConfig({ fakeEnv: { FAKE_LOAD_FAILS: "1", FAKE_CHILD_PID_FILE: pidFile } }), { socketDir: dir });
    await expect(load(factory)).rejects.toMatchObject({ code: "backend_failed", message: expect.stringContaining("CUDA driver too old") });
    expect(await eventually(() => processGone(Number(readFileSync(pidFile, "utf8"))))).toBe(true);
  });

  it("gives up after load_timeout when the process never binds, and kills it", async () => {
    const pidFile = join(dir, "child.pid");
    // 2 s: long enough for the fake (a Node process) to start and write its child's pid on a loaded machine.
    const factory = new GrpcBackendFactory("fake-gen", fakeConfig({ load_timeout: 2000, fakeEnv: { FAKE_NO_BIND: "1", FAKE_CHILD_PID_FILE: pidFile } }), { socketDir: dir });
    const t0 = Date.now();
    await expect(load(factory)).rejects.toMatchObject({ code: "backend_crashed", message: expect.stringMatching(/not ready within load_timeout \(2000 ms\).*not created/) });
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(await eventually(() => processGone(Number(readFileSync(pidFile, "utf8"))))).toBe(true);
  });

  it("stops loading on abort with the signal's reason and kills the process group", async () => {
    const pidFile = join(dir, "child.pid");
    const factory = new GrpcBackendFactory("fake-gen", fakeConfig({ fakeEnv: { FAKE_LOAD_MS: "10000", FAKE_CHILD_PID_FILE: pidFile } }), { socketDir: dir });
    const ac = new AbortController();
    const reason = new TaskCancelledError(CancelReason.DRAIN_DEADLINE, "worker stopping");
    // Abort once the fake has started its child, so there is a process group to kill.
    let abortedAt = 0;
    void eventually(() => existsSync(pidFile), 8000).then(() => {
      abortedAt = Date.now();
      ac.abort(reason);
    });
    await expect(load(factory, ac.signal)).rejects.toBe(reason);
    expect(Date.now() - abortedAt).toBeLessThan(2500);
    expect(await eventually(() => processGone(Number(readFileSync(pidFile, "utf8"))))).toBe(true);
  });

  it("refuses a backend without the capability of its kind, or of another protocol, as CONFIG_INVALID", async () => {
    const evalOnly = new GrpcBackendFactory("fake-gen", fakeConfig({ fakeEnv: { FAKE_CAPABILITIES: "evaluate" } }), { socketDir: dir });
    await expect(load(evalOnly)).rejects.toMatchObject({ code: "config_invalid", message: expect.stringMatching(/backend fake-gen \(fake-model\).*kind gen.*lack "generate"/) });
    const v2 = new GrpcBackendFactory("fake-eval", fakeConfig({ kind: "eval", fakeEnv: { FAKE_PROTOCOL: "2" } }), { socketDir: dir });
    await expect(load(v2)).rejects.toMatchObject({ code: "config_invalid", message: expect.stringMatching(/backend fake-eval.*protocol 2.*PROTOCOL_VERSION_1/) });
  });

  it("rejects a socket directory too long for a unix socket path before starting anything", async () => {
    const long = join(dir, "d".repeat(100));
    const factory = new GrpcBackendFactory("fake-gen", fakeConfig(), { socketDir: long });
    await expect(load(factory)).rejects.toMatchObject({ code: "config_invalid", message: expect.stringMatching(/longer than 100 bytes/) });
  });

  it("says DEPENDENCY_MISSING naming the program when the command does not exist", async () => {
    const factory = new GrpcBackendFactory("fake-gen", fakeConfig({ command: [join(dir, "no-such-python"), "serve.py"] }), { socketDir: dir });
    await expect(load(factory)).rejects.toMatchObject({ code: "dependency_missing", message: expect.stringMatching(/backend fake-gen: cannot start .*no-such-python.*not found/) });
  });
});
