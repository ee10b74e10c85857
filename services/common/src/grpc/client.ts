/**
 * A promise-based client of the Control API for the CLI and tests.
 */
import * as grpc from "@grpc/grpc-js";
import { apiTokenFromConfig, controlServiceDefinition, fromCoordinator, fromServiceError, readPem } from "./control";
import { callMessage, connectMessage, silenceMessage } from "./deadlines";
import { ApiTimeoutError } from "../errors";
import { CONTROL_MAX_RESPONSE_BYTES } from "../limits";
import { pb } from "../proto";

type P = typeof pb;
type Msg<K extends keyof P> = P[K] extends abstract new (...a: never[]) => infer I ? I : never;

const ControlClientCtor = grpc.makeGenericClientConstructor(
  controlServiceDefinition as unknown as grpc.ServiceDefinition,
  "Control",
);

export interface ControlClientOptions {
  /**
   * How long one call may wait for its answer (`api.timeout`); on WatchRun, the longest silence
   * allowed between two statuses (the coordinator sends one at least every 2 s). @default 30 s
   */
  readonly timeoutMs?: number;
  /** How long connecting (TCP, TLS, HTTP/2) may take before a call (`api.connect_timeout`). @default 10 s */
  readonly connectTimeoutMs?: number;
  /** Bearer token sent on every call (`authorization: Bearer <token>`). */
  readonly token?: string;
  /**
   * Call over TLS: `caFile` verifies the coordinator (default the system's roots); `certFile`
   * and `keyFile` present a client certificate where the coordinator requires one.
   */
  readonly tls?: { readonly caFile?: string; readonly certFile?: string; readonly keyFile?: string };
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** The `api` config section as client options (reads api.token_file); TLS when api.tls is set. */
export function controlClientOptionsFromConfig(api: {
  token?: string;
  token_file?: string;
  timeout?: number;
  connect_timeout?: number;
  tls?: { ca_file?: string; cert_file?: string; key_file?: string };
}): ControlClientOptions {
  const token = apiTokenFromConfig(api);
  const t = api.tls;
  return {
    ...(api.timeout !== undefined ? { timeoutMs: api.timeout } : {}),
    ...(api.connect_timeout !== undefined ? { connectTimeoutMs: api.connect_timeout } : {}),
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
  private readonly connectTimeoutMs: number;
  private readonly token: string | undefined;

  constructor(
    readonly address: string,
    opts: ControlClientOptions = {},
  ) {
    this.client = new ControlClientCtor(address, channelCredentials(opts.tls), { "grpc.max_receive_message_length": CONTROL_MAX_RESPONSE_BYTES });
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
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

  /**
   * Waits for the connection, at most the connect timeout. grpc-js has no connect timeout of its
   * own: a peer that accepts TCP and never completes HTTP/2 (or TLS), or packets dropped by a
   * firewall, keep a call waiting forever. A refused connection is not waited for: the channel
   * fails at once and so does the call that follows, with its cause.
   */
  private async connected(): Promise<void> {
    const channel = this.client.getChannel();
    const deadline = Date.now() + this.connectTimeoutMs;
    for (;;) {
      const state = channel.getConnectivityState(true);
      if (state === grpc.connectivityState.READY || state === grpc.connectivityState.TRANSIENT_FAILURE || state === grpc.connectivityState.SHUTDOWN) return;
      const changed = await new Promise<boolean>((resolve) => channel.watchConnectivityState(state, deadline, (err) => resolve(!err)));
      if (!changed) throw new ApiTimeoutError(this.address, "connect", this.connectTimeoutMs, connectMessage(this.address, this.connectTimeoutMs));
    }
  }

  private async unary<Req, Res>(name: keyof typeof controlServiceDefinition, req: Req): Promise<Res> {
    const def = controlServiceDefinition[name] as unknown as grpc.MethodDefinition<Req, Res>;
    await this.connected();
    return new Promise<Res>((resolve, reject) => {
      this.client.makeUnaryRequest<Req, Res>(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        req,
        this.metadata(),
        { deadline: Date.now() + this.timeoutMs },
        (err, res) => {
          if (!err) return resolve(res as Res);
          // Our own deadline passed (the coordinator's own timeouts carry its trailer).
          if (err.code === grpc.status.DEADLINE_EXCEEDED && !fromCoordinator(err)) {
            return reject(new ApiTimeoutError(this.address, name, this.timeoutMs, callMessage(this.address, name, this.timeoutMs), { cause: err }));
          }
          reject(fromServiceError(err, this.address));
        },
      );
    });
  }

  /** Planning a large benchmark, or a resume that checks every kept video's sha256, may need a longer --timeout. */
  submitRun(req: ConstructorParameters<P["SubmitRunRequest"]>[0]): Promise<Msg<"SubmitRunResponse">> {
    return this.unary("SubmitRun", pb.SubmitRunRequest.create(req));
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

  /**
   * Yields the run's status on every change until the run finishes or `signal` aborts. The
   * coordinator sends the status at least every 2 s even when nothing changes, so a stream
   * silent for the call timeout means a hung coordinator or a dead connection: it ends with
   * {@link ApiTimeoutError} instead of waiting forever.
   */
  async *watchRun(runId: string, signal?: AbortSignal): AsyncGenerator<Msg<"RunStatus">> {
    await this.connected();
    const def = controlServiceDefinition.WatchRun;
    const call = this.client.makeServerStreamRequest(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
      pb.GetRunRequest.create({ runId }),
      this.metadata(),
      {},
    );
    let silent = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer = setTimeout(() => {
        silent = true;
        call.cancel();
      }, this.timeoutMs);
    };
    const onAbort = () => call.cancel();
    signal?.addEventListener("abort", onAbort, { once: true });
    arm();
    try {
      for await (const status of call as AsyncIterable<Msg<"RunStatus">>) {
        // Only the wait for the next status counts, not the time the caller spends on this one.
        clearTimeout(timer);
        yield status;
        arm();
      }
    } catch (err) {
      if (silent) throw new ApiTimeoutError(this.address, "WatchRun", this.timeoutMs, silenceMessage(this.address, runId, this.timeoutMs), { cause: err });
      if ((err as grpc.ServiceError).code === grpc.status.CANCELLED && signal?.aborted) return;
      throw fromServiceError(err, this.address);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      call.cancel();
    }
  }

  close(): void {
    this.client.close();
  }
}
