/**
 * A promise-based client of the Control API for the CLI and tests.
 */
import * as grpc from "@grpc/grpc-js";
import { controlServiceDefinition, fromServiceError } from "./control";
import { pb } from "../proto";

type P = typeof pb;
type Msg<K extends keyof P> = P[K] extends abstract new (...a: never[]) => infer I ? I : never;

const ControlClientCtor = grpc.makeGenericClientConstructor(
  controlServiceDefinition as unknown as grpc.ServiceDefinition,
  "Control",
);

export interface ControlClientOptions {
  /** Per-call deadline for unary calls. @default 30 s */
  readonly timeoutMs?: number;
}

export class ControlClient {
  private readonly client: grpc.Client;
  private readonly timeoutMs: number;

  constructor(
    readonly address: string,
    opts: ControlClientOptions = {},
  ) {
    this.client = new ControlClientCtor(address, grpc.credentials.createInsecure());
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  private unary<Req, Res>(name: keyof typeof controlServiceDefinition, req: Req, timeoutMs = this.timeoutMs): Promise<Res> {
    const def = controlServiceDefinition[name] as unknown as grpc.MethodDefinition<Req, Res>;
    return new Promise<Res>((resolve, reject) => {
      this.client.makeUnaryRequest<Req, Res>(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        req,
        new grpc.Metadata(),
        { deadline: Date.now() + timeoutMs },
        (err, res) => (err ? reject(fromServiceError(err, this.address)) : resolve(res as Res)),
      );
    });
  }

  /** Up to 30 minutes: planning a large benchmark, or a resume that checks every kept video's sha256. */
  submitRun(req: ConstructorParameters<P["SubmitRunRequest"]>[0]): Promise<Msg<"SubmitRunResponse">> {
    return this.unary("SubmitRun", pb.SubmitRunRequest.create(req), 30 * 60_000);
  }
  getRun(runId: string): Promise<Msg<"RunStatus">> {
    return this.unary("GetRun", pb.GetRunRequest.create({ runId }));
  }
  listRuns(): Promise<Msg<"ListRunsResponse">> {
    return this.unary("ListRuns", pb.ListRunsRequest.create({}));
  }
  listNodes(): Promise<Msg<"ListNodesResponse">> {
    return this.unary("ListNodes", pb.ListNodesRequest.create({}));
  }
  drainNode(req: ConstructorParameters<P["DrainNodeRequest"]>[0]): Promise<Msg<"DrainNodeResponse">> {
    return this.unary("DrainNode", pb.DrainNodeRequest.create(req));
  }
  cancelRun(runId: string): Promise<Msg<"CancelRunResponse">> {
    return this.unary("CancelRun", pb.CancelRunRequest.create({ runId }));
  }
  getReport(runId: string, format: "json" | "md"): Promise<Msg<"GetReportResponse">> {
    return this.unary("GetReport", pb.GetReportRequest.create({ runId, format }));
  }

  /** Yields the run's status on every change until the run finishes or `signal` aborts. */
  async *watchRun(runId: string, signal?: AbortSignal): AsyncGenerator<Msg<"RunStatus">> {
    const def = controlServiceDefinition.WatchRun;
    const call = this.client.makeServerStreamRequest(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
      pb.GetRunRequest.create({ runId }),
      new grpc.Metadata(),
      {},
    );
    const onAbort = () => call.cancel();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      for await (const status of call as AsyncIterable<Msg<"RunStatus">>) yield status;
    } catch (err) {
      if ((err as grpc.ServiceError).code === grpc.status.CANCELLED && signal?.aborted) return;
      throw fromServiceError(err, this.address);
    } finally {
      signal?.removeEventListener("abort", onAbort);
      call.cancel();
    }
  }

  close(): void {
    this.client.close();
  }
}
