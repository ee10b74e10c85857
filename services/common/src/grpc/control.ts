/**
 * The `framefleet.v1.Control` gRPC service bound to @grpc/grpc-js with the protobufjs static
 * message classes (protobufjs generates no gRPC stubs): one definition serves the coordinator's
 * server and the CLI's client, so both always agree on paths and encodings.
 */
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { pb, type MessageType } from "../proto";
import { FleetError, FleetErrorCode, isFleetError } from "../errors";
import { CONTROL_MAX_RESPONSE_BYTES, SPEC_MAX_BYTES, formatBytes } from "../limits";
import { protoMethod } from "./method";

type Def<Req, Res> = grpc.MethodDefinition<Req, Res>;

function method<Req, Res>(name: string, req: MessageType<Req>, res: MessageType<Res>, responseStream = false): Def<Req, Res> {
  return protoMethod("framefleet.v1.Control", name, req, res, responseStream);
}

export const controlServiceDefinition = {
  SubmitRun: method("SubmitRun", pb.SubmitRunRequest, pb.SubmitRunResponse),
  GetRun: method("GetRun", pb.GetRunRequest, pb.RunStatus),
  WatchRun: method("WatchRun", pb.GetRunRequest, pb.RunStatus, true),
  ListRuns: method("ListRuns", pb.ListRunsRequest, pb.ListRunsResponse),
  ListNodes: method("ListNodes", pb.ListNodesRequest, pb.ListNodesResponse),
  DrainNode: method("DrainNode", pb.DrainNodeRequest, pb.DrainNodeResponse),
  CancelRun: method("CancelRun", pb.CancelRunRequest, pb.CancelRunResponse),
  GetReport: method("GetReport", pb.GetReportRequest, pb.GetReportResponse),
} as const;

type P = typeof pb;
/** What the coordinator implements; handlers throw FleetError and the server maps codes. */
export interface ControlHandlers {
  submitRun(req: InstanceType<P["SubmitRunRequest"]>): Promise<InstanceType<P["SubmitRunResponse"]>>;
  getRun(req: InstanceType<P["GetRunRequest"]>): Promise<InstanceType<P["RunStatus"]>>;
  watchRun(req: InstanceType<P["GetRunRequest"]>, signal: AbortSignal): AsyncIterable<InstanceType<P["RunStatus"]>>;
  listRuns(req: InstanceType<P["ListRunsRequest"]>): Promise<InstanceType<P["ListRunsResponse"]>>;
  listNodes(req: InstanceType<P["ListNodesRequest"]>): Promise<InstanceType<P["ListNodesResponse"]>>;
  drainNode(req: InstanceType<P["DrainNodeRequest"]>): Promise<InstanceType<P["DrainNodeResponse"]>>;
  cancelRun(req: InstanceType<P["CancelRunRequest"]>): Promise<InstanceType<P["CancelRunResponse"]>>;
  getReport(req: InstanceType<P["GetReportRequest"]>): Promise<InstanceType<P["GetReportResponse"]>>;
}

const CODE_TO_STATUS: Partial<Record<FleetErrorCode, grpc.status>> = {
  spec_invalid: grpc.status.INVALID_ARGUMENT,
  invalid_input: grpc.status.INVALID_ARGUMENT,
  config_invalid: grpc.status.INVALID_ARGUMENT,
  not_found: grpc.status.NOT_FOUND,
  illegal_state: grpc.status.FAILED_PRECONDITION,
  resource_exhausted: grpc.status.RESOURCE_EXHAUSTED,
  timeout: grpc.status.DEADLINE_EXCEEDED,
  cancelled: grpc.status.CANCELLED,
  // Not UNAVAILABLE: a program or folder missing on the coordinator will not come back by retrying.
  dependency_missing: grpc.status.FAILED_PRECONDITION,
  unavailable: grpc.status.UNAVAILABLE,
  infrastructure: grpc.status.UNAVAILABLE,
};

/**
 * Trailer the coordinator puts on every error it answers with: its FleetError code. It tells the
 * client that the coordinator itself answered (an UNAVAILABLE or DEADLINE_EXCEEDED without it
 * was made by the client's own channel: no connection, or no answer in time).
 */
export const ERROR_CODE_TRAILER = "framefleet-error-code";

const STATUS_TO_CODE: Partial<Record<grpc.status, FleetErrorCode>> = {
  [grpc.status.INVALID_ARGUMENT]: FleetErrorCode.SPEC_INVALID,
  [grpc.status.NOT_FOUND]: FleetErrorCode.NOT_FOUND,
  [grpc.status.FAILED_PRECONDITION]: FleetErrorCode.ILLEGAL_STATE,
  [grpc.status.DEADLINE_EXCEEDED]: FleetErrorCode.TIMEOUT,
  [grpc.status.UNAVAILABLE]: FleetErrorCode.DEPENDENCY_MISSING,
  // A missing or wrong token is fixed in the caller's configuration (api.token).
  [grpc.status.UNAUTHENTICATED]: FleetErrorCode.CONFIG_INVALID,
};

export function toServiceError(err: unknown): Partial<grpc.ServiceError> {
  const code = isFleetError(err) ? err.code : FleetErrorCode.INTERNAL;
  const metadata = new grpc.Metadata();
  metadata.set(ERROR_CODE_TRAILER, code);
  return {
    code: CODE_TO_STATUS[code] ?? grpc.status.INTERNAL,
    details: err instanceof Error ? err.message : String(err),
    metadata,
  };
}

function unary<Req, Res>(fn: (req: Req) => Promise<Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    fn(call.request).then(
      (res) => callback(null, res),
      (err: unknown) => callback(toServiceError(err)),
    );
  };
}

export function controlServiceImplementation(h: ControlHandlers): grpc.UntypedServiceImplementation {
  return {
    SubmitRun: unary(h.submitRun.bind(h)),
    GetRun: unary(h.getRun.bind(h)),
    ListRuns: unary(h.listRuns.bind(h)),
    ListNodes: unary(h.listNodes.bind(h)),
    DrainNode: unary(h.drainNode.bind(h)),
    CancelRun: unary(h.cancelRun.bind(h)),
    GetReport: unary(h.getReport.bind(h)),
    WatchRun: (call: grpc.ServerWritableStream<InstanceType<P["GetRunRequest"]>, InstanceType<P["RunStatus"]>>) => {
      const ac = new AbortController();
      call.on("cancelled", () => ac.abort());
      call.on("close", () => ac.abort());
      void (async () => {
        try {
          for await (const status of h.watchRun(call.request, ac.signal)) {
            if (ac.signal.aborted) break;
            call.write(status);
          }
          call.end();
        } catch (err) {
          // emit("error") ends the stream with this status; destroy() never sends one and the client waits forever.
          if (!ac.signal.aborted) call.emit("error", Object.assign(new Error(toServiceError(err).details), toServiceError(err)));
        }
      })();
    },
  };
}

/** Whether the coordinator itself sent this error (its trailer), rather than the client's channel. */
export function fromCoordinator(err: grpc.ServiceError): boolean {
  return err.metadata instanceof grpc.Metadata && err.metadata.get(ERROR_CODE_TRAILER).length > 0;
}

/** What to check when the coordinator cannot be reached at `address`. */
export function reachHint(address: string): string {
  return `Is the coordinator running, and is ${address} its Control API (its api.listen)? Set --api or FRAMEFLEET_API; a coordinator serving TLS needs api.tls here too.`;
}

/** Maps a gRPC error back to a FleetError with the server's message. */
export function fromServiceError(err: unknown, address: string): FleetError {
  const e = err as grpc.ServiceError;
  if (e && typeof e.code === "number") {
    if (e.code === grpc.status.UNAVAILABLE && fromCoordinator(e)) {
      // The coordinator answered: something it needs (NATS) is unreachable, and its message says what.
      return new FleetError(FleetErrorCode.UNAVAILABLE, `the coordinator at ${address} answered: ${e.details}`, { cause: err });
    }
    const tooLarge = e.code === grpc.status.RESOURCE_EXHAUSTED ? /larger than max \((\d+) vs\.? (\d+)\)/.exec(e.details ?? "") : null;
    if (tooLarge && Number(tooLarge[2]) === CONTROL_MAX_RESPONSE_BYTES) {
      // This client refused the coordinator's answer (a report of a run far above the video cap).
      return new FleetError(
        FleetErrorCode.RESOURCE_EXHAUSTED,
        `the coordinator's answer is ${formatBytes(Number(tooLarge[1]))}, more than this client reads (${formatBytes(Number(tooLarge[2]))}); read the run's report.json in its run folder instead`,
        { cause: err },
      );
    }
    if (tooLarge) {
      // Only a submit sends a large request: say which limit a user meets, not gRPC's.
      return new FleetError(
        FleetErrorCode.SPEC_INVALID,
        `the request is ${formatBytes(Number(tooLarge[1]))}, more than the coordinator reads (${formatBytes(Number(tooLarge[2]))}); ` +
          `a run spec may have at most ${formatBytes(SPEC_MAX_BYTES)} (docs/run-spec.md#limits)`,
        { cause: err },
      );
    }
    if (e.code === grpc.status.UNAVAILABLE) {
      return new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `cannot reach the coordinator at ${address} (${e.details}). ${reachHint(address)}`, { cause: err });
    }
    return new FleetError(STATUS_TO_CODE[e.code] ?? FleetErrorCode.INTERNAL, e.details || e.message, { cause: err });
  }
  return new FleetError(FleetErrorCode.INTERNAL, String(err));
}

/** Reads a PEM file named by a config field; a missing file is a config error naming the field. */
export function readPem(file: string, field: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `${field} ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** The Control API token from api.token or api.token_file (trailing newline of a Secret file ignored). */
export function apiTokenFromConfig(api: { token?: string; token_file?: string }): string | undefined {
  if (api.token !== undefined) return api.token;
  if (api.token_file === undefined) return undefined;
  const token = readPem(api.token_file, "api.token_file").toString("utf8").trim();
  if (token.length < 16) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `api.token_file ${api.token_file}: use a token of at least 16 characters`);
  return token;
}
