/**
 * Starts a gRPC server with the Control service (and gRPC health-style readiness via /readyz on
 * the HTTP side). Insecure by default on a private network; TLS and tokens come with deployment.
 */
import * as grpc from "@grpc/grpc-js";
import { FleetError, FleetErrorCode } from "../errors";
import { controlServiceDefinition, controlServiceImplementation, type ControlHandlers } from "./control";

export interface GrpcServerHandle {
  readonly address: string;
  close(graceMs?: number): Promise<void>;
}

export async function startControlServer(listen: string, handlers: ControlHandlers): Promise<GrpcServerHandle> {
  const server = new grpc.Server();
  server.addService(controlServiceDefinition as unknown as grpc.ServiceDefinition, controlServiceImplementation(handlers));
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(listen, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
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
