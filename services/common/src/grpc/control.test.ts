import * as grpc from "@grpc/grpc-js";
import { FleetError, FleetErrorCode } from "../errors";
import { ERROR_CODE_TRAILER, fromServiceError, toServiceError } from "./control";

/** What a client receives for the coordinator's error: its status, details and trailers. */
function received(err: unknown): grpc.ServiceError {
  const s = toServiceError(err);
  return Object.assign(new Error(s.details), { code: s.code, details: s.details, metadata: s.metadata }) as grpc.ServiceError;
}

describe("the coordinator's errors on the wire", () => {
  test("carry its FleetError code as a trailer, and a status for it", () => {
    const s = toServiceError(new FleetError(FleetErrorCode.UNAVAILABLE, "the coordinator cannot reach NATS at nats://n1:4222"));
    expect(s.code).toBe(grpc.status.UNAVAILABLE);
    expect(s.metadata?.get(ERROR_CODE_TRAILER)).toEqual(["unavailable"]);
    expect(toServiceError(new FleetError(FleetErrorCode.INVALID_INPUT, 'invalid run id "*"')).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(toServiceError(new TypeError("bug")).metadata?.get(ERROR_CODE_TRAILER)).toEqual(["internal"]);
  });

  test("UNAVAILABLE from the coordinator itself reads as its answer, not as an unreachable coordinator", () => {
    const e = fromServiceError(received(new FleetError(FleetErrorCode.UNAVAILABLE, "the coordinator cannot reach NATS at nats://n1:4222 (timeout): …")), "ctl:7700");
    expect(e.code).toBe(FleetErrorCode.UNAVAILABLE);
    expect(e.message).toBe("the coordinator at ctl:7700 answered: the coordinator cannot reach NATS at nats://n1:4222 (timeout): …");
  });

  test("UNAVAILABLE made by the client's channel (no trailer) is an unreachable coordinator, with what to check", () => {
    const channelError = Object.assign(new Error("14 UNAVAILABLE"), {
      code: grpc.status.UNAVAILABLE,
      details: "No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1.",
      metadata: new grpc.Metadata(),
    });
    const e = fromServiceError(channelError, "127.0.0.1:1");
    expect(e.code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    expect(e.message).toBe(
      "cannot reach the coordinator at 127.0.0.1:1 (No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1.). " +
        "Is the coordinator running, and is 127.0.0.1:1 its Control API (its api.listen)? Set --api or FRAMEFLEET_API; a coordinator serving TLS needs api.tls here too.",
    );
  });

  test("a bad request argument comes back as a usage error (exit 2) with the coordinator's message", () => {
    const e = fromServiceError(received(new FleetError(FleetErrorCode.INVALID_INPUT, 'invalid run id "*": run ids are …')), "ctl:7700");
    expect(e.code).toBe(FleetErrorCode.SPEC_INVALID);
    expect(e.message).toBe('invalid run id "*": run ids are …');
  });
});
