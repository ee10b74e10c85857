import { NodeState, RunState, pb, type NodeView, type Props } from "../../common/src/proto";
import { nodesJson, nodesTable, prunedLine, runsTable, sharingLines, sharingTable, statusJson } from "./views";

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

/** A run's status as the coordinator sends it: record fields over a running run of 48 videos. */
function runStatus(record: Props<typeof pb.RunRecord>, status: Omit<Props<typeof pb.RunStatus>, "run"> = {}) {
  return pb.RunStatus.create({
    etaS: -1,
    videosPerHour: -1,
    ...status,
    run: pb.RunRecord.create({
      runId: "sweep-1a2b3c4d", name: "sweep", benchmark: "vbench", state: RunState.RUN_STATE_RUNNING, admission: true,
      priorityClass: "normal", owner: "alice", team: "vision", share: 1, counters: { total: 48, done: 4, running: 3 },
      ...record,
    }),
  });
}

const QUOTA = "quota: team vision holds 8 of its 8 devices (coordinator.teams.vision.max_devices)";

describe("framefleet status: sharing the fleet", () => {
  const waiting = runStatus({ priorityClass: "high", share: 2, deviceMs: 750_000 }, { devicesInUse: 3, fairShare: 8, admitted: 5, waiting: 40, waitingReason: QUOTA });

  test("status RUN: priority, owner and team, devices against the fair share, tasks admitted and waiting, and why", () => {
    expect(sharingLines(waiting)).toEqual([
      "priority   high",
      "owner      alice, team vision, share 2",
      "devices    3 in use, fair share 8.0, 12m30s of device time so far",
      "tasks      5 admitted, 40 waiting for admission",
      `waiting    ${QUOTA}`,
    ]);
    // Nothing waits: no waiting line; a share of 1 is not worth a word.
    const flowing = runStatus({}, { devicesInUse: 2, fairShare: 2.5, admitted: 2, waiting: 0 });
    expect(sharingLines(flowing)).toEqual([
      "priority   normal",
      "owner      alice, team vision",
      "devices    2 in use, fair share 2.5, 0s of device time so far",
      "tasks      2 admitted, 0 waiting for admission",
    ]);
  });

  test("an integer priority shows as its number; a finished run shows only what it used", () => {
    const done = runStatus({ priorityClass: "", priority: -5, state: RunState.RUN_STATE_COMPLETED, deviceMs: 3_720_000 }, { fairShare: 4, waitingReason: "stale" });
    expect(sharingLines(done)).toEqual(["priority   -5", "owner      alice, team vision", "devices    1h02m of device time"]);
    expect(statusJson(done)).toMatchObject({ priority_class: null, priority: -5, device_s: 3720 });
  });

  test("a run still planning has no tasks yet: who and what priority only", () => {
    expect(sharingLines(runStatus({ state: RunState.RUN_STATE_PLANNING, admission: false }))).toEqual(["priority   normal", "owner      alice, team vision"]);
  });

  test("a run queued whole by an older coordinator says it has no admission instead of 0 admitted", () => {
    const old = runStatus({ admission: false, priorityClass: "", owner: "", team: "", share: 0 }, { devicesInUse: 3 });
    expect(sharingLines(old)).toEqual([
      "priority   0",
      "owner      unknown, team default",
      "devices    3 in use, 0s of device time so far (no admission: queued whole by an older coordinator)",
    ]);
  });

  test("owner, team and the reason are shown escaped; --json keeps them exact", () => {
    const evil = runStatus({ owner: "mallory\u001b]0;pwned\u0007", team: "red\u202eteam" }, { waiting: 1, waitingReason: "no live node serves gen backend \"w\u001b[2Jan\"" });
    const lines = sharingLines(evil).join("\n");
    expect(lines).toContain("owner      mallory\\x1b]0;pwned\\x07, team red\\u202eteam");
    expect(lines).toContain('waiting    no live node serves gen backend "w\\x1b[2Jan"');
    for (const line of lines.split("\n")) expect(line).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(statusJson(evil)).toMatchObject({ owner: "mallory\u001b]0;pwned\u0007", team: "red\u202eteam", waiting_reason: "no live node serves gen backend \"w\u001b[2Jan\"" });
  });

  test("--json: every scheduling field, the reason null when nothing waits", () => {
    expect(statusJson(waiting)).toMatchObject({
      priority_class: "high", priority: 0, owner: "alice", team: "vision", share: 2, device_s: 750,
      devices_in_use: 3, fair_share: 8, admitted: 5, waiting: 40, waiting_reason: QUOTA,
    });
    expect(statusJson(runStatus({})).waiting_reason).toBeNull();
  });

  test("the list: a second table for the runs in progress, within 80 columns, and why runs wait under it", () => {
    const finished = runStatus({ runId: "demo-f1564726", name: "demo", state: RunState.RUN_STATE_COMPLETED, team: "default", counters: { total: 24, done: 24 } }, { etaS: 0, waitingReason: "stale" });
    const check = runStatus(
      { runId: "check-9e8d7c6b", name: "check", priorityClass: "", priority: 5, owner: "bob", team: "audio", counters: { total: 200, failed: 1 } },
      { devicesInUse: 4, fairShare: 4, admitted: 5, waiting: 195, etaS: 620, waitingReason: 'no free device: the 8 devices serving gen backend "wan" are busy; this run holds 4' },
    );
    const runs = [finished, waiting, check];
    const [table, below] = sharingTable(runs).split("\n\n");
    expect(table?.split("\n").map((l) => l.split(/\s{2,}/))).toEqual([
      ["RUN", "PRIORITY", "OWNER", "TEAM", "DEVICES", "FAIR SHARE", "ADMITTED", "WAITING"],
      ["sweep-1a2b3c4d", "high", "alice", "vision", "3", "8.0", "5", "40"],
      ["check-9e8d7c6b", "5", "bob", "audio", "4", "4.0", "5", "195"],
    ]);
    expect(below?.split("\n")).toEqual([`sweep-1a2b3c4d waits: ${QUOTA}`, 'check-9e8d7c6b waits: no free device: the 8 devices serving gen backend "wan" are busy; this run holds 4']);
    for (const line of [...runsTable(runs).split("\n"), ...(table?.split("\n") ?? [])]) expect(line.length).toBeLessThanOrEqual(80);
    // Nothing waits: the table alone; no run in progress: nothing at all.
    expect(sharingTable([finished, runStatus({})])).not.toContain("waits:");
    expect(sharingTable([finished])).toBe("");
  });
});
