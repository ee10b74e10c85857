/**
 * Encoding of NATS payloads. Every message on NATS is protobuf; nothing encodes inline.
 */
import { FleetError, FleetErrorCode } from "./errors";

export interface Encoder<P> {
  encode(message: P): { finish(): Uint8Array };
}

export interface Decoder<T> {
  decode(data: Uint8Array): T;
  readonly name: string;
}

/** Encodes a message or a plain object of its properties (protobufjs encodes either). */
export function encode<P>(type: Encoder<P>, value: P): Uint8Array {
  return type.encode(value).finish();
}

export function decode<T>(type: Decoder<T>, data: Uint8Array, what: string = type.name): T {
  try {
    return type.decode(data);
  } catch (err) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `cannot decode ${what}: ${(err as Error).message}`, { cause: err });
  }
}
