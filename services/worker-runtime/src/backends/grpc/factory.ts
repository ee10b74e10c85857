/**
 * Backends served by a separate process over framefleet.backend.v1.Backend (the Python SDK, or
 * anything speaking the protocol): `load` starts one process per device on a fresh unix socket,
 * waits for Health ready, checks Info, and hands back an instance that keeps the model loaded.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sleep } from "../../../../common/src/abort";
import type { GrpcBackendConfig } from "../../../../common/src/config/schema";
import { FleetError, FleetErrorCode } from "../../../../common/src/errors";
import type { Logger } from "../../../../common/src/log";
import { backendPb } from "../../../../common/src/proto";
import type { BackendFactory, BackendInstance, DeviceLease, TaskKindName } from "../../backend";
import { GrpcBackendInstance } from "./instance";
import { BackendProcess } from "./process";
import { BackendClient, type HealthResponse, type InfoResponse } from "./service";

/** Options of {@link GrpcBackendFactory}. */
export interface GrpcBackendFactoryOptions {
  /** Where sockets are created. @default os.tmpdir() */
  readonly socketDir?: string;
}

/** Linux's sun_path holds 108 bytes and macOS's 104; stay clear of both. */
export const MAX_SOCKET_PATH_BYTES = 100;
const INFO_DEADLINE_MS = 10_000;
const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 500;

export class GrpcBackendFactory implements BackendFactory {
  readonly kind: TaskKindName;
  readonly memoryMiB: number;
  private readonly socketDir: string;

  constructor(
    readonly name: string,
    private readonly config: GrpcBackendConfig,
    opts: GrpcBackendFactoryOptions = {},
  ) {
    this.kind = config.kind;
    this.memoryMiB = config.memory;
    this.socketDir = opts.socketDir ?? tmpdir();
  }

  async load(device: DeviceLease, ctx: { signal: AbortSignal; log: Logger }): Promise<BackendInstance> {
    ctx.signal.throwIfAborted();
    const socketPath = join(this.socketDir, `ff-${randomBytes(6).toString("hex")}.sock`);
    if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH_BYTES) {
      throw new FleetError(
        FleetErrorCode.CONFIG_INVALID,
        `backend ${this.name}: socket path ${socketPath} is longer than ${MAX_SOCKET_PATH_BYTES} bytes, which unix sockets do not allow; use a shorter socket directory (TMPDIR)`,
      );
    }
    await mkdir(this.socketDir, { recursive: true });
    const proc = await BackendProcess.start({
      name: this.name,
      command: this.config.command,
      ...(this.config.cwd !== undefined ? { cwd: this.config.cwd } : {}),
      env: {
        ...process.env,
        ...device.env,
        ...this.config.env,
        FRAMEFLEET_BACKEND_SOCKET: socketPath,
        FRAMEFLEET_BACKEND_NAME: this.name,
        FRAMEFLEET_DEVICE_UUID: device.uuid,
      },
      log: ctx.log,
    });
    ctx.log.info("backend process started", { pid: proc.pid, command: this.config.command, socket: socketPath });
    const client = new BackendClient(socketPath);
    try {
      const info = await this.startup(proc, client, socketPath, ctx);
      return new GrpcBackendInstance({
        name: this.name,
        kind: this.kind,
        proc,
        client,
        socketPath,
        info,
        hangTimeoutMs: this.config.hang_timeout,
        stopGraceMs: this.config.stop_grace,
        log: ctx.log,
      });
    } catch (err) {
      // A half-loaded model holds GPU memory: nothing of this attempt may survive it.
      await proc.kill();
      client.close();
      await rm(socketPath, { force: true });
      throw err;
    }
  }

  /** Waits for ready (racing exit, abort and load_timeout), then checks Info. */
  private async startup(proc: BackendProcess, client: BackendClient, socketPath: string, ctx: { signal: AbortSignal; log: Logger }): Promise<InfoResponse> {
    const t0 = Date.now();
    const deadline = t0 + this.config.load_timeout;
    let pollMs = FIRST_POLL_MS;
    let last: HealthResponse | undefined;
    let lastErr = "no answer yet";
    for (;;) {
      ctx.signal.throwIfAborted();
      if (!proc.running) await this.crashedDuringLoad(proc);
      // Until the socket file exists a gRPC call can only fail; checking it first is cheap.
      const bound = await stat(socketPath).then(
        () => true,
        () => false,
      );
      if (bound) {
        const left = Math.max(1, deadline - Date.now());
        try {
          last = await client.health(Math.min(left, 1000));
          if (last.ready) break;
          if (last.state === "failed") {
            throw new FleetError(FleetErrorCode.BACKEND_FAILED, `backend ${this.name} failed to load: ${last.message || "no message"} (${proc.describeExit()})`);
          }
        } catch (err) {
          if (err instanceof FleetError) throw err;
          lastErr = (err as Error).message;
        }
      }
      if (Date.now() >= deadline) {
        const state = last ? `last Health: state "${last.state}" ${last.message}` : `never answered Health (${bound ? lastErr : `socket ${socketPath} not created`})`;
        throw new FleetError(
          FleetErrorCode.BACKEND_CRASHED,
          `backend ${this.name} was not ready within load_timeout (${this.config.load_timeout} ms); ${state}; killed process ${proc.pid} (${proc.describeExit()})`,
        );
      }
      // Model loads take seconds to minutes: poll fast at first (fake and tiny models), then back off.
      await Promise.race([sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())), ctx.signal), proc.exited]);
      pollMs = Math.min(MAX_POLL_MS, pollMs * 2);
    }
    const info = await client.info(INFO_DEADLINE_MS).catch((err: unknown) => {
      throw new FleetError(FleetErrorCode.BACKEND_CRASHED, `backend ${this.name}: Info failed: ${(err as Error).message}`, { cause: err });
    });
    this.checkInfo(info);
    const fields = { model: info.model, version: info.version, memoryMiB: info.memoryMib, capabilities: info.capabilities, metrics: info.metrics, loadMs: Date.now() - t0, pid: proc.pid };
    ctx.log.info("backend ready", fields);
    if (info.memoryMib > this.memoryMiB) {
      ctx.log.warn(
        `backend ${this.name} says it needs ${info.memoryMib} MiB of GPU memory but its config says memory: ${this.memoryMiB} MiB; placement admitted it on the config value (the device's accounting counts the reported one from now on), so raise it`,
        { backend: this.name },
      );
    }
    return info;
  }

  private async crashedDuringLoad(proc: BackendProcess): Promise<never> {
    const exit = await proc.exited;
    throw new FleetError(FleetErrorCode.BACKEND_CRASHED, `backend ${this.name}: process ${proc.pid} exited while loading (${proc.describeExit(exit)})`);
  }

  private checkInfo(info: InfoResponse): void {
    const issues: string[] = [];
    if (info.protocol !== backendPb.ProtocolVersion.PROTOCOL_VERSION_1) {
      issues.push(`it speaks protocol ${backendPb.ProtocolVersion[info.protocol] ?? info.protocol}, this worker PROTOCOL_VERSION_1`);
    }
    const needed = this.kind === "gen" ? "generate" : "evaluate";
    if (!info.capabilities.includes(needed)) {
      issues.push(`it is configured as kind ${this.kind} but its capabilities [${info.capabilities.join(", ")}] lack "${needed}"`);
    }
    if (issues.length > 0) {
      throw new FleetError(FleetErrorCode.CONFIG_INVALID, `backend ${this.name} (${info.model || "unnamed model"}) cannot be used: ${issues.join("; ")}`);
    }
  }
}
