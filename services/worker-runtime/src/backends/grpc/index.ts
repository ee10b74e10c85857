/** Backends that run in their own process and speak framefleet.backend.v1.Backend over a unix socket. */
export { GrpcBackendFactory, MAX_SOCKET_PATH_BYTES, type GrpcBackendFactoryOptions } from "./factory";
export { GrpcBackendInstance } from "./instance";
export { BackendClient, backendServiceDefinition, BACKEND_SERVICE } from "./service";
