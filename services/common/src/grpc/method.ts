/**
 * A gRPC method bound to protobufjs static classes: protobufjs generates no gRPC stubs, so each
 * service (Control, Backend) lists its methods once with this, for its server and its clients.
 */
import type * as grpc from "@grpc/grpc-js";
import type { MessageType } from "../proto";

export function protoMethod<Req, Res>(
  service: string,
  name: string,
  req: MessageType<Req>,
  res: MessageType<Res>,
  responseStream = false,
): grpc.MethodDefinition<Req, Res> {
  return {
    path: `/${service}/${name}`,
    requestStream: false,
    responseStream,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}
