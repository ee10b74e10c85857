import { NodeState, pb, type NodeView } from "../../../common/src/proto";
import { shouldForget } from "./node-pruning";

const view = (state: NodeState, ageS: number, lost = false): NodeView => pb.NodeView.create({ ageS, lost, advert: pb.NodeAdvert.create({ node: "n1", state }) });
const TEN_MIN = 600_000;

describe("which nodes are forgotten", () => {
  test("a stopped node once its last advert is older than the setting, not before", () => {
    expect(shouldForget(view(NodeState.NODE_STATE_STOPPED, 599), TEN_MIN)).toBe(false);
    expect(shouldForget(view(NodeState.NODE_STATE_STOPPED, 600), TEN_MIN)).toBe(true);
  });

  test("a lost node the same way, counted from its last advert", () => {
    expect(shouldForget(view(NodeState.NODE_STATE_ACTIVE, 20, true), TEN_MIN)).toBe(false);
    expect(shouldForget(view(NodeState.NODE_STATE_DRAINING, 601, true), TEN_MIN)).toBe(true);
  });

  test("never a node that is alive, however quiet it is or whatever it is doing", () => {
    for (const state of [NodeState.NODE_STATE_ACTIVE, NodeState.NODE_STATE_DRAINING, NodeState.NODE_STATE_DRAINED]) {
      expect(shouldForget(view(state, 10_000), TEN_MIN)).toBe(false);
      expect(shouldForget(view(state, 10_000), 0)).toBe(false);
    }
  });

  test("0 (what --prune asks) forgets every stopped or lost node at once", () => {
    expect(shouldForget(view(NodeState.NODE_STATE_STOPPED, 0), 0)).toBe(true);
    expect(shouldForget(view(NodeState.NODE_STATE_ACTIVE, 0.1, true), 0)).toBe(true);
  });
});
