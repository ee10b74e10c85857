import { errors as core } from "@nats-io/transport-node";
import { JetStreamApiError } from "@nats-io/jetstream";
import { JetStreamStatusError, jserrors } from "@nats-io/jetstream/internal";
import { DiskFullError, FleetError, FleetErrorCode, InfrastructureError, toFleetError } from "../errors";
import { isInfrastructureError } from "./infra-errors";

const apiError = (status: number, errCode: number, description: string) => new JetStreamApiError({ code: status, err_code: errCode, description });

describe("isInfrastructureError", () => {
  test.each([
    ["a request timeout", new core.TimeoutError()],
    ["a closed connection", new core.ClosedConnectionError()],
    ["a draining connection", new core.DrainingConnectionError()],
    ["a connection error", new core.ConnectionError("connection refused")],
    ["no responders", new core.NoRespondersError("$JS.API.STREAM.INFO.X")],
    ["a request with no responders", new core.RequestError("no responders", { cause: new core.NoRespondersError("$KV.ff_outputs.t") })],
    ["a request that timed out", new core.RequestError("timeout", { cause: new core.TimeoutError() })],
    ["JetStream not answering (what nats.js makes of no responders)", new jserrors.JetStreamNotEnabled("jetstream is not enabled")],
    ["a meta leader election (10008)", apiError(503, 10008, "JetStream system temporarily unavailable")],
    ["a stream without a leader (10009)", apiError(500, 10009, "JetStream cluster can not handle request")],
    ["a stream offline (10118)", apiError(500, 10118, "stream is offline")],
    ["a direct get answered 503", new JetStreamStatusError("no responders", 503)],
    ["an InfrastructureError", new InfrastructureError("output commit", "could not record the output commit")],
    ["a nats timeout wrapped by toFleetError", toFleetError(new core.TimeoutError())],
  ])("%s is the control plane's fault", (_what, err) => {
    expect(isInfrastructureError(err)).toBe(true);
  });

  test.each([
    ["a wrong last sequence (a lost compare-and-set)", apiError(400, 10071, "wrong last sequence: 4")],
    ["a stream that does not exist", new jserrors.StreamNotFoundError({ code: 404, err_code: 10059, description: "stream not found" })],
    ["a permission violation", new core.PermissionViolationError("Permissions Violation", "publish", "x")],
    // AbortSignal.timeout() from a backend: named TimeoutError too, but not NATS's.
    ["an AbortSignal timeout", new DOMException("The operation was aborted due to timeout", "TimeoutError")],
    ["a backend failure", new FleetError(FleetErrorCode.BACKEND_FAILED, "CUDA error")],
    ["a backend failure caused by a NATS timeout", new FleetError(FleetErrorCode.BACKEND_FAILED, "lost", { cause: new core.TimeoutError() })],
    ["a full disk", new DiskFullError("full", { path: "/out", freeBytes: 0, handBack: true })],
    ["a plain Error", new Error("timeout")],
    ["not an error", "timeout"],
    ["nothing", undefined],
  ])("%s is not", (_what, err) => {
    expect(isInfrastructureError(err)).toBe(false);
  });

  test("the code travels: InfrastructureError has code infrastructure", () => {
    const err = new InfrastructureError("attempt record", "m", { cause: new core.TimeoutError() });
    expect(err.code).toBe(FleetErrorCode.INFRASTRUCTURE);
    expect(toFleetError(err)).toBe(err);
  });
});
