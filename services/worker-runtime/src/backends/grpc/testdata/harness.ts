/**
 * Shared by the gRPC factory's tests: configs that start testdata/fake-backend.mjs with the
 * current Node, a device lease, a call context recording progress, a logger recording warnings,
 * and a liveness check that treats zombies as gone (a container's PID 1 may never reap them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GrpcBackendConfig } from "../../../../../common/src/config/schema";
import type { LogFields, Logger } from "../../../../../common/src/log";
import type { BackendCallContext, DeviceLease } from "../../../backend";

export const FAKE_BACKEND = join(__dirname, "fake-backend.mjs");

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

export interface RecordedLine {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly msg: string;
  readonly fields?: LogFields;
}

export function recordingLogger(lines: RecordedLine[] = []): Logger & { lines: RecordedLine[] } {
  const at = (level: RecordedLine["level"]) => (msg: string, fields?: LogFields) => {
    lines.push({ level, msg, ...(fields ? { fields } : {}) });
  };
  const log: Logger & { lines: RecordedLine[] } = {
    lines,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => log,
  };
  return log;
}

export function callContext(signal: AbortSignal = new AbortController().signal, log: Logger = recordingLogger()): {
  ctx: BackendCallContext;
  progress: [number, string | undefined][];
} {
  const progress: [number, string | undefined][] = [];
  return { ctx: { signal, log, device: testDevice, progress: (f, m) => progress.push([f, m]) }, progress };
}

/** True when no process has this pid, or only its zombie is left. */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
  try {
    // Field 3 of /proc/<pid>/stat is the state; the name before it is in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return true;
  }
}

/** Polls until `check` holds, for process deaths that land just after a promise settles. */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}
