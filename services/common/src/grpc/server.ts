/**
 * Starts a gRPC server with the Control service (and gRPC health-style readiness via /readyz on
 * the HTTP side). Insecure by default, for a single machine; with `api.tls` it serves TLS (mutual
 * TLS with `api.tls.client_ca_file`), and with `api.token` every call must carry
 * `authorization: Bearer <token>`.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import * as grpc from "@grpc/grpc-js";
import { FleetError, FleetErrorCode } from "../errors";
import { CONTROL_MAX_REQUEST_BYTES } from "../limits";
import { apiTokenFromConfig, controlServiceDefinition, controlServiceImplementation, readPem, type ControlHandlers } from "./control";

export interface GrpcServerHandle {
  readonly address: string;
  close(graceMs?: number): Promise<void>;
}

export interface ControlServerSecurity {
  /** Required bearer token; none = calls are not authenticated. */
  readonly token?: string;
  /** Serve TLS with this certificate; `clientCaFile` additionally requires client certificates. */
  readonly tls?: { readonly certFile: string; readonly keyFile: string; readonly clientCaFile?: string };
}

/** The `api` config section as the server's security settings (reads api.token_file). */
export function controlServerSecurityFromConfig(api: {
  token?: string;
  token_file?: string;
  tls?: { cert_file?: string; key_file?: string; client_ca_file?: string };
}): ControlServerSecurity {
  const token = apiTokenFromConfig(api);
  const t = api.tls;
  if (t && (!t.cert_file || !t.key_file)) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, "api.tls: the coordinator needs api.tls.cert_file and api.tls.key_file to serve TLS");
  }
  return {
    ...(token ? { token } : {}),
    ...(t?.cert_file && t.key_file ? { tls: { certFile: t.cert_file, keyFile: t.key_file, ...(t.client_ca_file ? { clientCaFile: t.client_ca_file } : {}) } } : {}),
  };
}

function serverCredentials(tls: ControlServerSecurity["tls"]): grpc.ServerCredentials {
  if (!tls) return grpc.ServerCredentials.createInsecure();
  const ca = tls.clientCaFile ? readPem(tls.clientCaFile, "api.tls.client_ca_file") : null;
  return grpc.ServerCredentials.createSsl(
    ca,
    [{ cert_chain: readPem(tls.certFile, "api.tls.cert_file"), private_key: readPem(tls.keyFile, "api.tls.key_file") }],
    ca !== null,
  );
}

// Hashing both sides gives equal lengths for timingSafeEqual, so neither the token's content
// nor its length leaks through response timing.
const digest = (s: string): Buffer => createHash("sha256").update(s).digest();

type AnyCall = { metadata: grpc.Metadata; emit(event: "error", err: Error): boolean };
type AnyHandler = (call: AnyCall, callback?: grpc.sendUnaryData<unknown>) => void;

/** Wraps every handler with a bearer-token check that answers UNAUTHENTICATED before the handler runs. */
function requireToken(impl: grpc.UntypedServiceImplementation, token: string): grpc.UntypedServiceImplementation {
  const expected = digest(`Bearer ${token}`);
  const out: grpc.UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(impl)) {
    const h = handler as unknown as AnyHandler;
    const wrapped: AnyHandler = (call, callback) => {
      const got = call.metadata.get("authorization")[0];
      if (typeof got === "string" && timingSafeEqual(digest(got), expected)) return h(call, callback);
      const err: Partial<grpc.ServiceError> = {
        code: grpc.status.UNAUTHENTICATED,
        details:
          got === undefined
            ? "the Control API requires a bearer token: set api.token or api.token_file (FRAMEFLEET_API_TOKEN)"
            : "the bearer token is not the Control API's token (api.token / FRAMEFLEET_API_TOKEN)",
      };
      if (callback) callback(err);
      // A stream ends with a status through its "error" event; destroy() would skip sending it.
      else call.emit("error", Object.assign(new Error(err.details), err));
    };
    out[name] = wrapped as unknown as grpc.UntypedHandleCall;
  }
  return out;
}

export async function startControlServer(listen: string, handlers: ControlHandlers, security: ControlServerSecurity = {}): Promise<GrpcServerHandle> {
  // gRPC's default, set explicitly because the run spec limit depends on it (limits.ts).
  const server = new grpc.Server({ "grpc.max_receive_message_length": CONTROL_MAX_REQUEST_BYTES });
  const impl = controlServiceImplementation(handlers);
  server.addService(controlServiceDefinition as unknown as grpc.ServiceDefinition, security.token ? requireToken(impl, security.token) : impl);
  const creds = serverCredentials(security.tls);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(listen, creds, (err, p) => (err ? reject(err) : resolve(p))),
  ).catch((err: unknown) => {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `api.listen: cannot listen on ${listen}: ${(err as Error).message}`, { cause: err });
  });
  const host = listen.slice(0, listen.lastIndexOf(":"));
  return {
    address: `${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
    close: (graceMs = 5000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
