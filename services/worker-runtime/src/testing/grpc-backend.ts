/**
 * Shared by the gRPC backend's tests: configs that start backends/grpc/testdata/fake-backend.mjs
 * with the current Node, a device lease, and a call context recording progress.
 */
import { join } from "node:path";
import type { GrpcBackendConfig } from "../../../common/src/config/schema";
import type { Logger } from "../../../common/src/log";
import { recordingLogger } from "../../../common/src/testing/recording-logger";
import type { BackendCallContext, DeviceLease } from "../backend";

export const FAKE_BACKEND = join(__dirname, "..", "backends", "grpc", "testdata", "fake-backend.mjs");

export function fakeConfig(over: Partial<GrpcBackendConfig> & { fakeEnv?: Record<string, string> } = {}): GrpcBackendConfig {
  const { fakeEnv, ...rest } = over;
  return {
    type: "grpc",
    kind: "gen",
    command: [process.execPath, FAKE_BACKEND],
    env: { ...fakeEnv },
    memory: 0,
    load_timeout: 5000,
    hang_timeout: 2000,
    stop_grace: 1000,
    ...rest,
  };
}

export const testDevice: DeviceLease = {
  uuid: "GPU-11111111-2222-3333-4444-555555555555",
  name: "Test GPU",
  index: 0,
  source: "nvidia",
  env: { CUDA_VISIBLE_DEVICES: "GPU-11111111-2222-3333-4444-555555555555", CUDA_DEVICE_ORDER: "PCI_BUS_ID" },
};

export function callContext(signal: AbortSignal = new AbortController().signal, log: Logger = recordingLogger()): {
  ctx: BackendCallContext;
  progress: [number, string | undefined][];
} {
  const progress: [number, string | undefined][] = [];
  return { ctx: { signal, log, device: testDevice, progress: (f, m) => progress.push([f, m]) }, progress };
}
