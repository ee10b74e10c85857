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

/**
 * The wire form of a message whose only field is `repeated <message> = 1`, from its elements
 * already encoded: the bytes `encode` would give (TaskResults, ItemOutcomes), without encoding
 * each element a second time.
 */
export function repeatedField(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += 1 + varintSize(p.length) + p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out[at++] = 0x0a; // field 1, wire type 2
    let n = p.length;
    while (n > 0x7f) {
      out[at++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    out[at++] = n;
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function varintSize(n: number): number {
  let size = 1;
  while (n > 0x7f) {
    n >>>= 7;
    size++;
  }
  return size;
}
