import { NodeState, TaskKind, pb, type NodeView } from "../../../common/src/proto";
import { LiveBackends, backendNeeds, coverageProblems } from "./backend-coverage";
import { StuckQueueTracker } from "./stuck-queues";

const T0 = 1_700_000_000_000;
const S = 1000;

function node(name: string, role: string, backends: string[], over: { state?: NodeState; lost?: boolean; devices?: number } = {}): NodeView {
  const advert = pb.NodeAdvert.create({
    node: name,
    role,
    state: over.state ?? NodeState.NODE_STATE_ACTIVE,
    backends,
    devices: Array.from({ length: over.devices ?? 1 }, (_, i) => ({ uuid: `${name}-${i}` })),
  });
  return pb.NodeView.create({ advert, lost: over.lost ?? false, ageS: 1 });
}

const FLEET = [
  node("gen-a", "gen", ["synthetic"], { devices: 2 }),
  node("gen-b", "gen", ["synthetic", "wan2-2"], { devices: 4 }),
  node("gen-c", "gen", ["hunyuan"], { state: NodeState.NODE_STATE_DRAINING }),
  node("gen-d", "gen", ["mochi"], { lost: true }),
  node("eval-a", "eval", ["cpu-metrics"], { devices: 2 }),
];

describe("LiveBackends", () => {
  const live = LiveBackends.fromNodes(FLEET);

  test("a backend is served by live, active nodes of the matching role; their devices add up", () => {
    expect(live.get("gen", "synthetic")).toEqual({ nodes: ["gen-a", "gen-b"], devices: 6 });
    expect(live.devices("gen", "wan2-2")).toBe(4);
    expect(live.devices("eval", "cpu-metrics")).toBe(2);
  });

  test("draining and lost nodes serve nothing, and a gen node does not serve evaluation", () => {
    expect(live.get("gen", "hunyuan")).toBeUndefined();
    expect(live.get("gen", "mochi")).toBeUndefined();
    expect(live.get("eval", "synthetic")).toBeUndefined();
    expect(live.devices("gen", "wan")).toBe(0);
  });

  test("describe names what each role's live nodes serve, and says so when there are none", () => {
    expect(live.describe("gen")).toBe("synthetic (gen-a, gen-b); wan2-2 (gen-b)");
    expect(LiveBackends.fromNodes([]).describe("eval")).toBe("nothing (no live eval node)");
  });

  test("coverage problems name the spec field, the backend and what the live nodes serve", () => {
    expect(coverageProblems(backendNeeds("synthetic", "cpu-metrics"), live)).toEqual([]);
    expect(coverageProblems(backendNeeds("wan", ""), live)).toEqual([
      'generator.backend: no live gen node serves backend "wan"; live gen nodes serve synthetic (gen-a, gen-b); wan2-2 (gen-b)',
    ]);
    expect(coverageProblems(backendNeeds("synthetic", "vbench"), live)).toEqual([
      'evaluation.backend: no live eval node serves backend "vbench"; live eval nodes serve cpu-metrics (eval-a)',
    ]);
  });
});

describe("StuckQueueTracker", () => {
  const live = LiveBackends.fromNodes(FLEET);
  const wan = { kind: "gen" as const, backend: "wan", queued: 5 };

  test("tasks of an unserved backend are stuck once they have waited the configured time, not before", () => {
    const t = new StuckQueueTracker(120 * S);
    expect(t.observe(T0, [wan], live)).toEqual([{ ...wan, served: false, unservedSinceMs: T0, stuck: false }]);
    expect(t.stuck()).toEqual([]);
    expect(t.observe(T0 + 119 * S, [wan], live)[0]?.stuck).toBe(false);
    expect(t.observe(T0 + 130 * S, [wan], live)[0]?.stuck).toBe(true);
    const [q] = t.stuck();
    expect({ ...q }).toMatchObject({ kind: TaskKind.TASK_KIND_GEN, backend: "wan", queued: 5, stuckS: 130 });
    expect(q?.message).toBe(
      '5 gen tasks for backend "wan" have waited 2m10s with no live gen node serving it (live gen nodes serve synthetic (gen-a, gen-b); wan2-2 (gen-b)): ' +
        "start a worker with that backend, or cancel the run and fix its spec",
    );
  });

  test("a served backend is never stuck, however long its tasks wait (busy devices are not a stall)", () => {
    const t = new StuckQueueTracker(0);
    const q = { kind: "gen" as const, backend: "synthetic", queued: 500 };
    expect(t.observe(T0, [q], live)).toEqual([{ ...q, served: true, unservedSinceMs: undefined, stuck: false }]);
    expect(t.observe(T0 + 3_600 * S, [q], live)[0]?.stuck).toBe(false);
  });

  test("a node that starts serving the backend clears it; losing it again starts the clock over", () => {
    const t = new StuckQueueTracker(60 * S);
    t.observe(T0, [wan], live);
    expect(t.observe(T0 + 61 * S, [wan], live)[0]?.stuck).toBe(true);
    const served = LiveBackends.fromNodes([...FLEET, node("gen-w", "gen", ["wan"])]);
    expect(t.observe(T0 + 62 * S, [wan], served)[0]?.stuck).toBe(false);
    expect(t.observe(T0 + 70 * S, [wan], live)[0]).toMatchObject({ unservedSinceMs: T0 + 70 * S, stuck: false });
  });

  test("a queue that emptied (the run was cancelled) is forgotten; empty counts are not queues", () => {
    const t = new StuckQueueTracker(60 * S);
    t.observe(T0, [wan], live);
    expect(t.observe(T0 + 30 * S, [{ ...wan, queued: 0 }], live)).toEqual([]);
    expect(t.observe(T0 + 61 * S, [wan], live)[0]).toMatchObject({ unservedSinceMs: T0 + 61 * S, stuck: false });
  });

  test("a backend whose only nodes are paused (output folder full) is not served: stuck, naming the nodes and why", () => {
    const full = node("gen-p", "gen", ["wan"], { devices: 8 });
    (full.advert as NonNullable<NodeView["advert"]>).pausedReason = "the output folder /runs has 12 MiB free, less than worker.min_free_space (2 GiB)";
    const withPaused = LiveBackends.fromNodes([...FLEET, full]);
    expect(withPaused.get("gen", "wan")).toBeUndefined();
    expect(withPaused.devices("gen", "wan")).toBe(0);
    expect(withPaused.paused("gen", "wan")).toEqual([{ node: "gen-p", reason: expect.stringContaining("worker.min_free_space") }]);
    expect(coverageProblems(backendNeeds("wan", ""), withPaused)[0]).toMatch(/^generator\.backend: no live gen node serves backend "wan" \(gen-p serves it but is paused: the output folder \/runs has 12 MiB free/);
    const t = new StuckQueueTracker(60 * S);
    t.observe(T0, [wan], withPaused);
    t.observe(T0 + 61 * S, [wan], withPaused);
    expect(t.stuck()[0]?.message).toBe(
      '5 gen tasks for backend "wan" have waited 1m01s: every live gen node serving it is paused (gen-p: the output folder /runs has 12 MiB free, less than worker.min_free_space (2 GiB))',
    );
  });

  test("an evaluation backend with no live eval node is stuck like a generation one", () => {
    const t = new StuckQueueTracker(0);
    t.observe(T0, [{ kind: "eval", backend: "vbench", queued: 1 }], live);
    expect(t.stuck().map((q) => [q.kind, q.backend, q.queued])).toEqual([[TaskKind.TASK_KIND_EVAL, "vbench", 1]]);
    expect(t.stuck()[0]?.message).toMatch(/^1 eval task for backend "vbench" has waited 0s/);
  });
});
