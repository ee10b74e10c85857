/**
 * Backends that live outside the worker process, the same for both worker kinds: `grpc` (a
 * model or evaluator process per device, kept loaded) and `command` (a script per task). Each
 * worker takes the entries of its own kind; the built-in types are the workers' own business.
 */
import type { BackendConfig } from "../../../common/src/config";
import type { TaskKindName } from "../../../common/src/task-kind";
import type { BackendFactory } from "../backend";
import { CommandBackendFactory } from "./command";
import { GrpcBackendFactory } from "./grpc";

/** The factory for an external backend entry of this worker's kind; undefined for anything else. */
export function externalBackend(name: string, config: BackendConfig, kind: TaskKindName): BackendFactory | undefined {
  if (config.type === "grpc" && config.kind === kind) return new GrpcBackendFactory(name, config);
  if (config.type === "command" && config.kind === kind) return new CommandBackendFactory(name, config);
  return undefined;
}
