import { NodeState, pb, type NodeView } from "../../common/src/proto";
import { nodesJson, nodesTable, prunedLine } from "./views";

const T0 = Date.UTC(2026, 0, 1);

function view(node: string, state: NodeState, ageS: number, lost = false): NodeView {
  return pb.NodeView.create({
    ageS,
    lost,
    advert: pb.NodeAdvert.create({
      node,
      role: "gen",
      state,
      sentAtMs: T0,
      devices: [
        pb.DeviceStatus.create({
          uuid: `sim-${node}-0`,
          name: "Simulated GPU 80GiB",
          source: "sim",
          totalMib: 81920,
          usedMib: 30720,
          freeMib: 51200,
          foreignMib: 0,
          utilisationPct: 100,
          runningTaskId: "g0123456789abcdef",
          runningRunId: "vbench-mini-1a2b3c4d",
          runningItemKey: "subject_consistency-0007",
          loadedBackend: "synthetic",
          processes: [pb.DeviceProcess.create({ pid: 42, name: "python3", usedMib: 30720, ours: true })],
        }),
        pb.DeviceStatus.create({ uuid: `sim-${node}-1`, name: "Simulated GPU 80GiB", source: "sim", totalMib: 81920, freeMib: 81920, usedMib: 0 }),
      ],
    }),
  });
}

const rowsOf = (table: string) => table.split("\n").slice(1).map((l) => l.split(/\s{2,}/));

describe("framefleet nodes", () => {
  const active = view("gpu-a", NodeState.NODE_STATE_ACTIVE, 2);
  const stopped = view("gpu-b", NodeState.NODE_STATE_STOPPED, 95);
  const lost = view("gpu-c", NodeState.NODE_STATE_ACTIVE, 3725, true);

  test("a running task shows as its run and item, not as a task id", () => {
    const [first, second] = rowsOf(nodesTable([active]));
    expect(nodesTable([active]).split("\n")[0]?.split(/\s{2,}/)).toEqual(["NODE", "ROLE", "STATE", "SEEN", "DEVICE", "NAME", "FREE/TOTAL MiB", "FOREIGN MiB", "LOADED", "RUN", "ITEM"]);
    expect(first).toEqual(["gpu-a", "gen", "active", "2s ago", "sim-gpu-a-0", "Simulated GPU 80GiB", "51200/81920", "0", "synthetic", "vbench-mini-1a2b3c4d", "subject_consistency-0007"]);
    expect(second?.slice(-3)).toEqual(["-", "-", "-"]);
    const [json] = nodesJson([active]);
    expect(json?.devices[0]).toMatchObject({ running_task: "g0123456789abcdef", running_run_id: "vbench-mini-1a2b3c4d", running_item_key: "subject_consistency-0007", free_mib: 51200 });
    expect(json?.devices[1]).toMatchObject({ running_task: null, running_run_id: null, running_item_key: null });
  });

  test("a paused node shows as paused, with why under the table and in --json (escaped on the terminal)", () => {
    const paused = view("gpu-d", NodeState.NODE_STATE_ACTIVE, 1);
    (paused.advert as NonNullable<NodeView["advert"]>).pausedReason = "the output folder /data/runs has 12 MiB free, less than worker.min_free_space (2 GiB)\u001b[2J";
    const table = nodesTable([active, paused]);
    expect(rowsOf(table).filter((r) => r[0] === "gpu-d").map((r) => r[2])).toEqual(["paused", "paused"]);
    expect(rowsOf(table).filter((r) => r[0] === "gpu-a").map((r) => r[2])).toEqual(["active", "active"]);
    expect(table.endsWith("\n\ngpu-d is paused: the output folder /data/runs has 12 MiB free, less than worker.min_free_space (2 GiB)\\x1b[2J")).toBe(true);
    const [a, d] = nodesJson([active, paused]);
    expect(a?.paused_reason).toBeNull();
    expect(d).toMatchObject({ state: "active", paused_reason: expect.stringContaining("less than worker.min_free_space") });
    // A stopped node's last pause is not its state now.
    const gone = view("gpu-e", NodeState.NODE_STATE_STOPPED, 100);
    (gone.advert as NonNullable<NodeView["advert"]>).pausedReason = "old";
    expect(nodesJson([gone])[0]?.paused_reason).toBeNull();
  });

  test("a stopped or lost node is one row: its state and when it was last seen, no memory figures", () => {
    const rows = rowsOf(nodesTable([active, stopped, lost]));
    expect(rows.filter((r) => r[0] === "gpu-b")).toEqual([["gpu-b", "gen", "stopped", "1m35s ago", "-", "-", "-", "-", "-", "-", "-"]]);
    expect(rows.filter((r) => r[0] === "gpu-c")).toEqual([["gpu-c", "gen", "lost", "1h02m ago", "-", "-", "-", "-", "-", "-", "-"]]);
    expect(rows.filter((r) => r[0] === "gpu-a")).toHaveLength(2);
  });

  test("--json keeps a gone node's devices but nulls what would read as current: memory, load, tasks", () => {
    const [, s, l] = nodesJson([active, stopped, lost]);
    for (const n of [s, l]) {
      expect(n?.last_seen_at).toBe(new Date(T0).toISOString());
      expect(n?.devices[0]).toEqual({
        uuid: `sim-${n?.node}-0`, name: "Simulated GPU 80GiB", index: 0, source: "sim", total_mib: 81920,
        used_mib: null, free_mib: null, foreign_mib: null, utilisation_pct: null,
        running_task: null, running_run_id: null, running_item_key: null, loaded_backend: null, cooling_until: null, processes: [],
      });
    }
    expect(l?.state).toBe("lost");
    expect(s?.age_s).toBe(95);
  });

  test("--prune says whom it forgot", () => {
    expect(prunedLine(["gpu-b", "gpu-c"])).toBe("forgot 2 stopped or lost nodes: gpu-b, gpu-c");
    expect(prunedLine(["gpu-b"])).toBe("forgot 1 stopped or lost node: gpu-b");
    expect(prunedLine([])).toBe("no stopped or lost nodes to forget");
  });
});
