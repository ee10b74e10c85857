import { startHttpServer, type HttpServerHandle } from "../../../common/src/http";
import { createRegistry } from "../../../common/src/metrics";
import { NodeState, RunState, TaskKind, pb } from "../../../common/src/proto";
import { LIVE_COOKIE, liveRoutes } from "./live-page";
import type { LiveView } from "./live-view";

const TOKEN = "live-page-token-0123456789";
const EVIL = "<img src=x onerror=alert(1)>";

const source = {
  listRuns: async () => [
    pb.RunStatus.create({
      run: pb.RunRecord.create({
        runId: "r-1", name: EVIL, benchmark: "vbench", state: RunState.RUN_STATE_RUNNING, createdAtMs: 1000, counters: { total: 10, done: 4, failed: 1, running: 2 },
        priorityClass: "high", owner: "alice", team: EVIL,
      }),
      etaS: 30, videosPerHour: 120, etaBottleneck: "evaluation",
      devicesInUse: 2, fairShare: 2.5, admitted: 3, waiting: 2, waitingReason: `quota: team ${EVIL} holds 3 of its 3 devices`,
      running: [pb.RunningTask.create({ taskId: "g1", itemKey: "k", node: "n1", deviceUuid: "GPU-1" })],
      stuck: [pb.StuckQueue.create({ kind: TaskKind.TASK_KIND_EVAL, backend: "vbench", queued: 3, stuckS: 150, message: `3 eval tasks for backend "vbench" ${EVIL}` })],
    }),
    // A finished run's last admission figures (a stale reason) are not its state now.
    pb.RunStatus.create({ run: pb.RunRecord.create({ runId: "r-0", name: "old", state: RunState.RUN_STATE_COMPLETED, priority: -5, owner: "bob", team: "audio" }), etaS: 0, videosPerHour: -1, fairShare: 1, waitingReason: "stale" }),
  ],
  nodes: async () => [
    pb.NodeView.create({
      advert: pb.NodeAdvert.create({ node: "n1", role: "gen", state: NodeState.NODE_STATE_ACTIVE, pausedReason: "the output folder /runs is full", devices: [{ uuid: "GPU-1", totalMib: 81920, freeMib: 1000, utilisationPct: -1, runningTaskId: "g1", runningRunId: "r-1", runningItemKey: "scene/a cat", runningProgress: 0.5, runningStage: "step 5/10" }] }),
      ageS: 1,
    }),
    pb.NodeView.create({
      advert: pb.NodeAdvert.create({ node: "n2", role: "gen", state: NodeState.NODE_STATE_ACTIVE, devices: [{ uuid: "GPU-9", totalMib: 81920, freeMib: 80000 }] }),
      ageS: 60,
      lost: true,
    }),
    pb.NodeView.create({
      advert: pb.NodeAdvert.create({ node: "n3", role: "eval", state: NodeState.NODE_STATE_STOPPED, pausedReason: "stale", devices: [{ uuid: "cpu-0", totalMib: 0, freeMib: 0 }] }),
      ageS: 5,
    }),
  ],
};

let open: HttpServerHandle;
let guarded: HttpServerHandle;

beforeAll(async () => {
  const base = { port: 0, host: "127.0.0.1", registry: createRegistry("test"), health: () => ({ ok: true }), ready: () => ({ ok: true }) };
  open = await startHttpServer({ ...base, routes: liveRoutes(source) });
  guarded = await startHttpServer({ ...base, registry: createRegistry("test2"), routes: liveRoutes(source, { token: TOKEN }) });
});

afterAll(async () => {
  await open?.close();
  await guarded?.close();
});

describe("live page", () => {
  it("serves the page and the JSON it polls, runs in progress first, with progress from the adverts", async () => {
    const page = await fetch(`${open.url}/runs`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('fetch("api/runs"');
    expect(html).toContain('id="paused-list"');
    const view = (await (await fetch(`${open.url}/api/runs`)).json()) as LiveView;
    expect(view.runs.map((r) => [r.run_id, r.state, r.eta_s, r.eta_bottleneck, r.videos_per_hour])).toEqual([
      ["r-1", "running", 30, "evaluation", 120],
      ["r-0", "completed", 0, null, null],
    ]);
    expect(view.runs[0]?.stuck).toEqual([{ kind: "eval", backend: "vbench", queued: 3, stuck_s: 150, message: `3 eval tasks for backend "vbench" ${EVIL}` }]);
    expect(view.runs[1]?.stuck).toEqual([]);
    expect(view.runs[0]?.name).toBe(EVIL);
    // Sharing the fleet: priority (a class, or the integer), owner and team, devices against the fair share, admission.
    expect(view.runs[0]).toMatchObject({
      priority: "high", owner: "alice", team: EVIL, devices_in_use: 2, fair_share: 2.5, admitted: 3, waiting: 2, waiting_reason: `quota: team ${EVIL} holds 3 of its 3 devices`,
    });
    expect(view.runs[1]).toMatchObject({ priority: "-5", owner: "bob", team: "audio", devices_in_use: 0, fair_share: null, waiting: 0, waiting_reason: "" });
    expect(html).toContain('id="sharing-body"');
    expect(html).toContain("<th>why it waits</th>");
    expect(view.runs[0]?.running[0]).toMatchObject({ task_id: "g1", node: "n1", device: "GPU-1", progress: 0.5, stage: "step 5/10" });
    expect(view.nodes[0]?.devices[0]).toMatchObject({ uuid: "GPU-1", running_run_id: "r-1", running_item_key: "scene/a cat", free_mib: 1000, utilisation_pct: null, progress: 0.5 });
    // Lost and stopped nodes keep their row but not their last memory figures.
    expect(view.nodes.slice(1).map((v) => [v.node, v.state, v.devices.length])).toEqual([["n2", "lost", 0], ["n3", "stopped", 0]]);
    // A paused node says why; a stopped node's last reason is not its state now.
    expect(view.nodes.map((v) => v.paused_reason)).toEqual(["the output folder /runs is full", "", ""]);
  });

  it("with a token: 401 without it or with a wrong one; the bearer header works", async () => {
    for (const path of ["/", "/runs", "/api/runs"]) {
      const res = await fetch(`${guarded.url}${path}`);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    expect((await fetch(`${guarded.url}/api/runs`, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
    expect((await fetch(`${guarded.url}/runs?token=wrong`, { redirect: "manual" })).status).toBe(401);
    expect((await fetch(`${guarded.url}/api/runs`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it("?token= sets an HttpOnly cookie (not the token itself) and redirects to the page without it", async () => {
    const res = await fetch(`${guarded.url}/runs?token=${TOKEN}&x=1`, { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/runs?x=1");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^${LIVE_COOKIE}=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=/$`));
    expect(cookie).not.toContain(TOKEN);
    const pair = cookie.split(";")[0] as string;
    expect((await fetch(`${guarded.url}/api/runs`, { headers: { cookie: pair } })).status).toBe(200);
    expect((await fetch(`${guarded.url}/api/runs`, { headers: { cookie: `${LIVE_COOKIE}=forged` } })).status).toBe(401);
  });

  it("leaves /metrics, /healthz and /readyz open", async () => {
    for (const path of ["/metrics", "/healthz", "/readyz"]) expect((await fetch(`${guarded.url}${path}`)).status).toBe(200);
  });
});
