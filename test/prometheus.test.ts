/**
 * The dashboards and alert rules against a real Prometheus (Debian's `prometheus`, `promtool`):
 * the rules pass `promtool check rules`, and every query of every panel of every dashboard in
 * deploy/grafana/ returns data from a Prometheus that scraped a real local fleet during a
 * synthetic run with out-of-memory hand-backs and a dead letter.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../services/cli/src/local-fleet";
import { waitFor } from "../services/common/src/abort";
import { FleetError, FleetErrorCode } from "../services/common/src/errors";
import { RunState } from "../services/common/src/proto";
import { startTestFleet, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";

const ROOT = join(__dirname, "..");
const GRAFANA_DIR = join(ROOT, "deploy", "grafana");
const ALERTS = join(ROOT, "deploy", "prometheus", "alerts.yml");

interface Target {
  readonly refId?: string;
  readonly expr?: string;
}
interface Panel {
  readonly id?: number;
  readonly type: string;
  readonly title?: string;
  readonly description?: string;
  readonly targets?: readonly Target[];
  readonly panels?: readonly Panel[];
  readonly fieldConfig?: { readonly defaults?: { readonly unit?: string } };
}
interface Dashboard {
  readonly uid: string;
  readonly title: string;
  readonly schemaVersion: number;
  readonly panels: readonly Panel[];
  readonly templating: { readonly list: readonly { readonly name: string; readonly type: string; readonly query?: unknown }[] };
}

function loadDashboards(): { file: string; dash: Dashboard }[] {
  return readdirSync(GRAFANA_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, dash: JSON.parse(readFileSync(join(GRAFANA_DIR, file), "utf8")) as Dashboard }));
}

/** Every panel that shows data (rows only group panels; collapsed rows carry theirs inside). */
function dataPanels(d: Dashboard): Panel[] {
  return d.panels.flatMap((p) => (p.type === "row" ? [...(p.panels ?? [])] : [p]));
}

/** A panel query as Grafana would send it: template variables replaced by concrete values. */
function concreteQuery(expr: string, runId: string): string {
  return expr
    .replaceAll("$__rate_interval", "1m")
    .replaceAll("$run", runId)
    // Multi-value variables with "All" selected become the allValue `.*` inside `=~"…"`.
    .replaceAll("$node", ".*");
}

describe("dashboard and rule files", () => {
  const dashboards = loadDashboards();
  const documented = readFileSync(join(ROOT, "docs", "metrics.md"), "utf8");

  test("the three dashboards exist and each has a prometheus datasource variable", () => {
    expect(dashboards.map((d) => d.file)).toEqual(["framefleet-fleet.json", "framefleet-gpus.json", "framefleet-runs.json"]);
    for (const { dash } of dashboards) {
      expect(dash.schemaVersion).toBeGreaterThanOrEqual(36);
      expect(dash.templating.list.find((v) => v.name === "datasource")).toMatchObject({ type: "datasource", query: "prometheus" });
    }
    expect(new Set(dashboards.map((d) => d.dash.uid)).size).toBe(dashboards.length);
  });

  test("every panel has a description, a unit and at least one query over documented framefleet metrics", () => {
    const problems: string[] = [];
    for (const { file, dash } of dashboards) {
      const ids = new Set<number>();
      for (const p of dash.panels) {
        if (p.id === undefined || ids.has(p.id)) problems.push(`${file}: panel "${p.title}" has a missing or repeated id`);
        else ids.add(p.id);
      }
      for (const p of dataPanels(dash)) {
        const where = `${file}: panel "${p.title}"`;
        if (!["timeseries", "stat", "table", "bargauge"].includes(p.type)) problems.push(`${where} has type ${p.type}`);
        if (!p.description) problems.push(`${where} has no description`);
        if (!p.fieldConfig?.defaults?.unit) problems.push(`${where} has no unit`);
        const exprs = (p.targets ?? []).map((t) => t.expr ?? "").filter((e) => e.trim() !== "");
        if (exprs.length === 0 || exprs.length !== (p.targets ?? []).length) problems.push(`${where} has a target without a query`);
        for (const e of exprs) {
          const names = e.match(/framefleet_[a-z_]+/g) ?? [];
          if (names.length === 0) problems.push(`${where} queries no framefleet metric: ${e}`);
          for (const n of names) {
            // Histogram series are documented under the histogram's name.
            const base = n.replace(/_(bucket|sum|count)$/, "");
            if (!documented.includes(`\`${base}\``)) problems.push(`${where} uses ${n}, which docs/metrics.md does not list`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test("the dashboards show sharing the fleet: every admission metric is on a panel", () => {
    const exprs = dashboards.flatMap(({ dash }) => dataPanels(dash).flatMap((p) => (p.targets ?? []).map((tg) => tg.expr ?? ""))).join("\n");
    const admission = [
      "framefleet_team_devices_in_use", "framefleet_team_device_seconds_total", "framefleet_preemptions_total", "framefleet_tasks_admitted_total",
      "framefleet_run_devices_in_use", "framefleet_run_fair_share_devices", "framefleet_run_device_seconds", "framefleet_run_tasks_waiting",
    ];
    expect(admission.filter((m) => !new RegExp(`${m}\\b`).test(exprs))).toEqual([]);
  });

  test("promtool accepts the alert rules, and they cover stuck queue, lost node, dead letters and OOM storm", () => {
    const res = spawnSync("promtool", ["check", "rules", ALERTS], { encoding: "utf8" });
    expect(`${res.stdout}${res.stderr}`).toMatch(/SUCCESS: \d+ rules found/);
    expect(res.status).toBe(0);
    const text = readFileSync(ALERTS, "utf8");
    for (const metric of ["framefleet_queue_stuck", "framefleet_queue_depth", "framefleet_queue_undeliverable", "framefleet_nodes{state=\"lost\"}", "framefleet_dead_letters_total", "framefleet_oom_handbacks_total"]) {
      expect(text).toContain(metric);
    }
    // Each alert carries a `for:`, a severity and both annotations.
    const alerts = text.split("- alert: ").slice(1);
    expect(alerts.length).toBeGreaterThanOrEqual(4);
    for (const a of alerts) expect(a).toMatch(/\n\s+for: \d+[smh][\s\S]*severity: (critical|warning)[\s\S]*summary: [\s\S]*description: /);
  });

  test("promtool accepts the example scrape config", () => {
    const res = spawnSync("promtool", ["check", "config", join(ROOT, "deploy", "prometheus", "prometheus.yml")], { encoding: "utf8" });
    expect(`${res.stdout}${res.stderr}`).toMatch(/is valid prometheus config file syntax/);
    expect(res.status).toBe(0);
  });
});

interface PromResponse<T> {
  readonly status: string;
  readonly data: T;
  readonly error?: string;
}
interface PromTargets {
  readonly activeTargets: readonly { readonly scrapeUrl: string; readonly health: string; readonly lastError: string }[];
}
interface PromVector {
  readonly resultType: string;
  readonly result: readonly { readonly metric: Record<string, string>; readonly value: [number, string] }[];
}

/** A Prometheus child process scraping the given targets every second. */
class PrometheusProcess {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly dir: string,
    private readonly output: () => string,
  ) {}

  static async start(jobs: Record<string, readonly string[]>): Promise<PrometheusProcess> {
    const dir = mkdtempSync(join(tmpdir(), "ff-prom-"));
    const port = await freePort();
    const config = [
      "global: { scrape_interval: 1s, evaluation_interval: 1s }",
      // The real rule file: Prometheus must load it, not only promtool.
      `rule_files: [${JSON.stringify(ALERTS)}]`,
      "scrape_configs:",
      ...Object.entries(jobs).flatMap(([job, targets]) => [`  - job_name: ${job}`, `    static_configs: [{ targets: ${JSON.stringify(targets)} }]`]),
    ].join("\n");
    writeFileSync(join(dir, "prometheus.yml"), config);
    const child = spawn(
      "prometheus",
      [`--config.file=${join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    const keep = (b: Buffer) => {
      out = (out + b.toString()).slice(-8000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    const prom = new PrometheusProcess(`http://127.0.0.1:${port}`, child, dir, () => out);
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new FleetError(FleetErrorCode.DEPENDENCY_MISSING, `prometheus exited with ${child.exitCode}:\n${out}`);
        return (await fetch(`${prom.url}/-/ready`)).ok;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: "prometheus to be ready" },
    );
    return prom;
  }

  async api<T>(path: string): Promise<PromResponse<T>> {
    return (await (await fetch(`${this.url}${path}`)).json()) as PromResponse<T>;
  }

  async query(expr: string): Promise<PromResponse<PromVector>> {
    return this.api<PromVector>(`/api/v1/query?query=${encodeURIComponent(expr)}`);
  }

  log(): string {
    return this.output();
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((r) => this.child.once("exit", r));
      this.child.kill("SIGTERM");
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe("every dashboard panel returns data from a real Prometheus scraping a local fleet", () => {
  let t: TestFleet;
  let prom: PrometheusProcess | undefined;
  let runId = "";
  // The poison worker: short leases and few deliveries so its task is dead-lettered within
  // seconds. It serves a backend of its own, so its crashes do not disturb the other workers'
  // series (a worker killed right after counting something never gets that sample scraped).
  const POISON = ["--ack-wait", "2s", "--max-deliver", "3", "--backend", "poison:type=synthetic"];
  const supervisor: { timer?: NodeJS.Timeout } = {};

  beforeAll(async () => {
    // Workers get fixed metrics ports: a restarted worker (after the poison task kills it) must
    // come back where Prometheus looks for it.
    const [genA, genB, genC, evalA] = [await freePort(), await freePort(), await freePort(), await freePort()];
    t = await startTestFleet([
      // Every generation on gen-a's only device runs out of memory: an OOM hand-back for sure.
      { role: "gen", node: "gen-a", devices: "sim:1x80GiB;oom=0", args: ["--http-port", String(genA)] },
      { role: "gen", node: "gen-b", devices: "sim:1x80GiB", args: ["--http-port", String(genB)] },
      { role: "gen", node: "gen-c", devices: "sim:1x80GiB", args: [...POISON, "--http-port", String(genC)] },
      { role: "eval", node: "eval-a", devices: "cpu:1", args: ["--http-port", String(evalA)] },
    ], { coordinatorArgs: ["--stuck-after", "3s"] });
    // Coordinator and aggregator listen on port 0; their log line says where.
    const urls = await waitFor(
      () => {
        const u = t.fleet.metricsUrls();
        return u.coordinator && u.aggregator ? u : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: "the coordinator's and aggregator's metrics URLs" },
    );
    const hostPort = (u: string) => new URL(u).host;
    prom = await PrometheusProcess.start({
      "framefleet-coordinator": [hostPort(urls.coordinator as string)],
      "framefleet-aggregator": [hostPort(urls.aggregator as string)],
      "framefleet-workers": [genA, genB, genC, evalA].map((p) => `127.0.0.1:${p}`),
    });
    // Restart workers the poison task kills, as a supervisor (systemd, Kubernetes) would.
    supervisor.timer = setInterval(() => {
      const s = t.fleet.services.get("worker-gen-c");
      if (s && (s.child.exitCode !== null || s.child.signalCode !== null)) t.fleet.restart("worker-gen-c");
    }, 200);
  });

  afterAll(async () => {
    if (supervisor.timer) clearInterval(supervisor.timer);
    await prom?.stop();
    await t?.close();
  });

  test("targets up, a run with OOM hand-backs and a dead letter, then every panel query has data", async () => {
    const p = prom as PrometheusProcess;
    await waitFor(
      async () => {
        const r = await p.api<PromTargets>("/api/v1/targets");
        const targets = r.data.activeTargets;
        return targets.length === 6 && targets.every((x) => x.health === "up") ? targets : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: "all six scrape targets to be up" },
    );

    // Long enough (over 30 s, on gen-b alone) for the rate panels: a rate over less is unknown.
    const spec = writeSpec(t.dir, "prom", { items: 6, frames: 9, simulated: "6s" });
    const submit = (specYaml: string, specSource: string) => t.client.submitRun({ specYaml, baseDir: t.dir, specSource, resumeRunId: "" });
    runId = (await submit(readFileSync(spec, "utf8"), spec)).runId;
    // A run whose backend no node serves (a typo): its queue gets stuck, for the alert below. With
    // no device for "wan", admission lets 2 of its 5 tasks into the queue and 3 wait.
    const typoSpec = writeSpec(t.dir, "typo", { items: 5, frames: 9, simulated: "100ms", evaluation: false });
    const typoId = (await submit(readFileSync(typoSpec, "utf8").replace("backend: synthetic", "backend: wan"), typoSpec)).runId;
    // One item whose prompt kills the poison worker on every delivery: a dead letter.
    const poisonSpec = writeSpec(t.dir, "poison", { items: 1, frames: 9, simulated: "100ms", evaluation: false });
    const poisonYaml = readFileSync(poisonSpec, "utf8")
      .replace("backend: synthetic, simulated_time: 100ms }", "backend: poison, simulated_time: 100ms, params: { simulate_crash_prompt: '[crash]' } }")
      .replace('"a red kite over a beach"', '"[crash] a prompt the model dies on"');
    const poisonId = (await submit(poisonYaml, poisonSpec)).runId;
    expect((await waitForRun(t.client, runId)).run?.state).toBe(RunState.RUN_STATE_COMPLETED);
    expect((await waitForRun(t.client, poisonId)).run?.state).toBe(RunState.RUN_STATE_COMPLETED);

    // The scenario happened, as Prometheus saw it (the panels below must not pass on fallbacks).
    const scalar = async (expr: string) => Number((await p.query(expr)).data.result[0]?.value[1] ?? "NaN");
    await waitFor(async () => (await scalar("sum(framefleet_oom_handbacks_total)")) >= 1, { timeoutMs: 60_000, intervalMs: 500, what: "an OOM hand-back in Prometheus" });
    await waitFor(async () => (await scalar("sum(framefleet_dead_letters_total)")) >= 1, { timeoutMs: 60_000, intervalMs: 500, what: "a dead letter in Prometheus" });
    await waitFor(async () => (await scalar(`framefleet_run_progress_ratio{run="${runId}"}`)) === 1, { timeoutMs: 60_000, intervalMs: 500, what: "the run's final progress in Prometheus" });
    // Admission as Prometheus saw it: the typo run's 3 waiting tasks, and its 2 places, the only
    // ones its team holds once the other runs are over.
    await waitFor(async () => (await scalar(`framefleet_run_tasks_waiting{run="${typoId}",team="default",priority="normal"}`)) === 3, { timeoutMs: 60_000, intervalMs: 500, what: "the typo run's waiting tasks in Prometheus" });
    await waitFor(async () => (await scalar('framefleet_team_devices_in_use{team="default"}')) === 2, { timeoutMs: 60_000, intervalMs: 500, what: "the default team's places in Prometheus" });

    const queries = loadDashboards().flatMap(({ file, dash }) =>
      dataPanels(dash).flatMap((panel) =>
        (panel.targets ?? []).map((tg) => ({ where: `${file} / ${panel.title} / ${tg.refId}`, expr: concreteQuery(tg.expr ?? "", runId) })),
      ),
    );
    expect(queries.length).toBeGreaterThan(30);
    for (const q of queries) expect(q.expr).not.toContain("$");

    // Polled gauges and first samples arrive within a few scrapes: ask again until all answer.
    let empty: string[] = [];
    try {
      await waitFor(
        async () => {
          empty = [];
          for (const q of queries) {
            const r = await p.query(q.expr);
            if (r.status !== "success") empty.push(`${q.where}: ${r.status} ${r.error ?? ""} (${q.expr})`);
            else if (r.data.result.length === 0) empty.push(`${q.where}: no data (${q.expr})`);
          }
          return empty.length === 0;
        },
        { timeoutMs: 60_000, intervalMs: 1000, what: "every panel query to return data" },
      );
    } catch {
      // Fall through: the assertion below lists the panels without data.
    }
    expect(empty).toEqual([]);

    // Prometheus loaded the real rule file and evaluates its alerts.
    const rules = await p.api<{ groups: { rules: { name: string; health: string }[] }[] }>("/api/v1/rules");
    const loaded = rules.data.groups.flatMap((g) => g.rules);
    expect(loaded.map((r) => r.name)).toEqual(
      expect.arrayContaining(["FrameFleetQueueStuck", "FrameFleetQueueNotPulled", "FrameFleetTasksUndeliverable", "FrameFleetNodeLost", "FrameFleetDeadLetters", "FrameFleetOOMStorm"]),
    );
    expect(loaded.filter((r) => r.health === "err")).toEqual([]);
    // The stuck-queue rule matches the typo'd run's queue (pending for its `for:`, then firing).
    const stuck = await waitFor(
      async () => {
        const r = await p.api<{ alerts: { labels: Record<string, string>; state: string }[] }>("/api/v1/alerts");
        return r.data.alerts.find((a) => a.labels.alertname === "FrameFleetQueueStuck");
      },
      { timeoutMs: 60_000, intervalMs: 500, what: "the FrameFleetQueueStuck alert" },
    );
    expect(stuck.labels).toMatchObject({ kind: "gen", backend: "wan", severity: "critical" });
    expect(["pending", "firing"]).toContain(stuck.state);
  });
});
