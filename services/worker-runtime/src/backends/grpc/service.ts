/**
 * The `framefleet.backend.v1.Backend` service (proto/framefleet/backend/v1/backend.proto) bound to
 * @grpc/grpc-js with the protobufjs static classes, plus a thin client over one unix socket.
 * protobufjs generates no gRPC stubs, so the paths and codecs are written down once here; the
 * test fixture (testdata/fake-backend.mjs) serves the same paths.
 */
import * as grpc from "@grpc/grpc-js";
import { protoMethod } from "../../../../common/src/grpc/method";
import { backendPb, type MessageType } from "../../../../common/src/proto";

export type InfoResponse = InstanceType<typeof backendPb.InfoResponse>;
export type HealthResponse = InstanceType<typeof backendPb.HealthResponse>;
export type GenerateRequestMsg = InstanceType<typeof backendPb.GenerateRequest>;
export type EvaluateRequestMsg = InstanceType<typeof backendPb.EvaluateRequest>;
export type GenerateEvent = InstanceType<typeof backendPb.GenerateEvent>;
export type EvaluateEvent = InstanceType<typeof backendPb.EvaluateEvent>;
type InfoRequest = InstanceType<typeof backendPb.InfoRequest>;
type HealthRequest = InstanceType<typeof backendPb.HealthRequest>;
type ShutdownRequest = InstanceType<typeof backendPb.ShutdownRequest>;
type ShutdownResponse = InstanceType<typeof backendPb.ShutdownResponse>;

/** The service name in method paths. */
export const BACKEND_SERVICE = "framefleet.backend.v1.Backend";

function method<Req, Res>(name: string, req: MessageType<Req>, res: MessageType<Res>, responseStream = false): grpc.MethodDefinition<Req, Res> {
  return protoMethod(BACKEND_SERVICE, name, req, res, responseStream);
}

export const backendServiceDefinition = {
  Info: method<InfoRequest, InfoResponse>("Info", backendPb.InfoRequest, backendPb.InfoResponse),
  Health: method<HealthRequest, HealthResponse>("Health", backendPb.HealthRequest, backendPb.HealthResponse),
  Generate: method<GenerateRequestMsg, GenerateEvent>("Generate", backendPb.GenerateRequest, backendPb.GenerateEvent, true),
  Evaluate: method<EvaluateRequestMsg, EvaluateEvent>("Evaluate", backendPb.EvaluateRequest, backendPb.EvaluateEvent, true),
  Shutdown: method<ShutdownRequest, ShutdownResponse>("Shutdown", backendPb.ShutdownRequest, backendPb.ShutdownResponse),
} as const;

/**
 * Channel options for a local socket: the default reconnect backoff (1 s growing to 120 s) would
 * make a restarted or slow-to-bind backend look dead for minutes.
 */
const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  "grpc.initial_reconnect_backoff_ms": 50,
  "grpc.min_reconnect_backoff_ms": 50,
  "grpc.max_reconnect_backoff_ms": 500,
  // Videos travel as files, but an evaluator may return many scores; keep a generous limit.
  "grpc.max_receive_message_length": 64 * 2 ** 20,
};

/** A client of one backend process. Unary calls take a deadline; streams are cancelled by the caller. */
export class BackendClient {
  private readonly client: grpc.Client;

  constructor(socketPath: string) {
    this.client = new grpc.Client(`unix:${socketPath}`, grpc.credentials.createInsecure(), CHANNEL_OPTIONS);
  }

  info(deadlineMs: number): Promise<InfoResponse> {
    return this.unary(backendServiceDefinition.Info, backendPb.InfoRequest.create(), deadlineMs);
  }

  health(deadlineMs: number): Promise<HealthResponse> {
    return this.unary(backendServiceDefinition.Health, backendPb.HealthRequest.create(), deadlineMs);
  }

  shutdown(deadlineMs: number): Promise<ShutdownResponse> {
    return this.unary(backendServiceDefinition.Shutdown, backendPb.ShutdownRequest.create(), deadlineMs);
  }

  generate(req: GenerateRequestMsg): grpc.ClientReadableStream<GenerateEvent> {
    return this.stream(backendServiceDefinition.Generate, req);
  }

  evaluate(req: EvaluateRequestMsg): grpc.ClientReadableStream<EvaluateEvent> {
    return this.stream(backendServiceDefinition.Evaluate, req);
  }

  close(): void {
    this.client.close();
  }

  private unary<Req, Res>(def: grpc.MethodDefinition<Req, Res>, req: Req, deadlineMs: number): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      this.client.makeUnaryRequest(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        req,
        new grpc.Metadata(),
        { deadline: Date.now() + deadlineMs },
        (err, res) => {
          if (err) reject(err);
          else if (res === undefined) reject(new Error(`${def.path} returned no message`));
          else resolve(res);
        },
      );
    });
  }

  private stream<Req, Res>(def: grpc.MethodDefinition<Req, Res>, req: Req): grpc.ClientReadableStream<Res> {
    return this.client.makeServerStreamRequest(def.path, def.requestSerialize, def.responseDeserialize, req, new grpc.Metadata(), {});
  }
}

/** True for a gRPC status error (what grpc-js rejects calls with). */
export function isServiceError(err: unknown): err is grpc.ServiceError {
  return err instanceof Error && typeof (err as { code?: unknown }).code === "number" && "details" in err;
}
