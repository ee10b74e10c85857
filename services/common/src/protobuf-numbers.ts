/**
 * Makes protobufjs decode 64-bit fields as plain numbers. pbjs's --force-number shapes the types
 * but the decoder still returns Long objects whenever the `long` package is present, and a Long
 * zero is truthy. Our 64-bit fields are millisecond times, MiB and seeds, all far below 2^53.
 * Imported by proto.ts before the generated code, which reads `util.Long` at call time.
 */
import * as protobuf from "protobufjs/minimal";

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
