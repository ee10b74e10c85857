import { FleetErrorCode, isFleetError } from "../../common/src/errors";
import { nodeNameFromHost } from "./bootstrap";

describe("nodeNameFromHost (a worker given no --node)", () => {
  test("the host name, with every character outside [A-Za-z0-9_-] made '-'", () => {
    expect(nodeNameFromHost("gpu-17")).toBe("gpu-17");
    expect(nodeNameFromHost("gpu-17.cluster.local")).toBe("gpu-17-cluster-local");
  });

  test("a host name that cannot make a node name is a config error asking for --node", () => {
    const long = `gpu-17.${"rack".repeat(20)}.example.com`;
    let err: unknown;
    try {
      nodeNameFromHost(long);
    } catch (e) {
      err = e;
    }
    expect(isFleetError(err) && err.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect((err as Error).message).toBe(
      `worker.node: none given, and the host name "${long}" does not make a node name (node names are letters, digits, '_' and '-', start with a letter or digit, and are at most 64 characters long): give one with --node NAME or FRAMEFLEET_NODE`,
    );
    expect(() => nodeNameFromHost(".hidden")).toThrow(/give one with --node NAME/);
  });
});
