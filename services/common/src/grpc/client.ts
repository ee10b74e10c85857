/**
 * A promise-based client of the Control API for the CLI and tests.
 */
import * as grpc from "@grpc/grpc-js";
import { apiTokenFromConfig, controlServiceDefinition, fromServiceError, readPem } from "./control";
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
  /** Bearer token sent on every call (`authorization: Bearer <token>`). */
  readonly token?: string;
  /**
   * Call over TLS: `caFile` verifies the coordinator (default the system's roots); `certFile`
   * and `keyFile` present a client certificate where the coordinator requires one.
   */
  readonly tls?: { readonly caFile?: string; readonly certFile?: string; readonly keyFile?: string };
}

/** The `api` config section as client options (reads api.token_file); TLS when api.tls is set. */
export function controlClientOptionsFromConfig(api: {
  token?: string;
  token_file?: string;
  tls?: { ca_file?: string; cert_file?: string; key_file?: string };
}): ControlClientOptions {
  const token = apiTokenFromConfig(api);
  const t = api.tls;
  return {
    ...(token ? { token } : {}),
    ...(t ? { tls: { ...(t.ca_file ? { caFile: t.ca_file } : {}), ...(t.cert_file && t.key_file ? { certFile: t.cert_file, keyFile: t.key_file } : {}) } } : {}),
  };
}

function channelCredentials(tls: ControlClientOptions["tls"]): grpc.ChannelCredentials {
  if (!tls) return grpc.credentials.createInsecure();
  return grpc.credentials.createSsl(
    tls.caFile ? readPem(tls.caFile, "api.tls.ca_file") : null,
    tls.keyFile ? readPem(tls.keyFile, "api.tls.key_file") : null,
    tls.certFile ? readPem(tls.certFile, "api.tls.cert_file") : null,
  );
}

export class ControlClient {
  private readonly client: grpc.Client;
  private readonly timeoutMs: number;
  private readonly token: string | undefined;

  constructor(
    readonly address: string,
    opts: ControlClientOptions = {},
  ) {
    this.client = new ControlClientCtor(address, channelCredentials(opts.tls));
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.token = opts.token;
  }

  /**
   * Call metadata with the token. Plain metadata rather than call credentials: grpc-js refuses
   * call credentials on an insecure channel, and a token on a private network without TLS is
   * still worth having (docs/configuration.md says when that is acceptable).
   */
  private metadata(): grpc.Metadata {
    const md = new grpc.Metadata();
    if (this.token) md.set("authorization", `Bearer ${this.token}`);
    return md;
  }

  private unary<Req, Res>(name: keyof typeof controlServiceDefinition, req: Req, timeoutMs = this.timeoutMs): Promise<Res> {
    const def = controlServiceDefinition[name] as unknown as grpc.MethodDefinition<Req, Res>;
    return new Promise<Res>((resolve, reject) => {
      this.client.makeUnaryRequest<Req, Res>(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        req,
        this.metadata(),
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
  /** `prune`: forget stopped and lost nodes first (their adverts are deleted). */
  listNodes(req: ConstructorParameters<P["ListNodesRequest"]>[0] = {}): Promise<Msg<"ListNodesResponse">> {
    return this.unary("ListNodes", pb.ListNodesRequest.create(req));
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
      this.metadata(),
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
