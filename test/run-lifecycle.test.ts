/**
 * A run's lifecycle as a script sees it, on a real fleet (nats-server, the services as
 * processes, the `framefleet` bin): `submit --wait` / `retry --wait` exit codes for a run whose
 * items are all done, one with failed items and a cancelled one, each returning only once
 * report.html is in the run folder; a no-op retry that leaves the wall time alone; and a run
 * whose backend no node serves (a typo): a warning at submit, `--require-nodes` refused,
 * `framefleet_queue_stuck` set after `coordinator.stuck_after`, and a line in `framefleet status`
 * and on the live page.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { RunState } from "../services/common/src/proto";
import { launchChromium, newCheckedPage } from "./helpers/browser";
import { framefleet, type CliResult } from "./helpers/cli";
import { dumpLogs, finalReport, startTestFleet, waitForRun, writeSpec, type TestFleet } from "./helpers/fleet";

let t: TestFleet;

beforeAll(async () => {
  t = await startTestFleet(
    [
      // An item that runs out of memory fails at its first device (and the device rests 1 s).
      { role: "gen", node: "gen-a", devices: "sim:2x80GiB", args: ["--oom-device-limit", "1", "--oom-cooldown", "1s"] },
      { role: "eval", node: "eval-a", devices: "cpu:2" },
    ],
    // Stuck after 3 s instead of 2 minutes, so the test sees it.
    { coordinatorArgs: ["--stuck-after", "3s"] },
  );
});

afterAll(async () => {
  await t?.close();
});

const cli = (args: string[]): Promise<CliResult> => framefleet([...args, "--api", t.fleet.apiAddress], { timeoutMs: 180_000 });

/** Fails with the CLI's output and the services' logs, so a wrong exit code says why. */
function expectExit(r: CliResult, code: number): void {
  if (r.code !== code) throw new Error(`framefleet exited ${r.code}, expected ${code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}\n${dumpLogs(join(t.dir, "logs"))}`);
}

/** A synthetic spec whose second prompt runs out of memory on every device: items 1, 4, 7 … fail. */
function failingSpec(name: string, items: number): string {
  const path = writeSpec(t.dir, name, { items, frames: 9, simulated: "200ms" });
  const yaml = readFileSync(path, "utf8")
    .replace("generator: { backend: synthetic, simulated_time: 200ms }", "generator: { backend: synthetic, simulated_time: 200ms, params: { simulate_oom_prompt: '[oom]' } }")
    .replace('"waves on a lighthouse"', '"[oom] a scene too big for any GPU"');
  const out = join(t.dir, `${name}-oom.yaml`);
  writeFileSync(out, yaml);
  return out;
}

interface StatusJson {
  run_id: string;
  state: string;
  counters: { total: number; done: number; failed: number };
  eta_s: number | null;
  eta_bottleneck: string | null;
  stuck: { kind: string; backend: string; queued: number; message: string }[];
}

describe("submit --wait and retry --wait: exit codes a script can trust, after the report exists", () => {
  let cleanRun = "";

  test("every item done: exit 0, the final status JSON on stdout, report.html already in the run folder", async () => {
    const spec = writeSpec(t.dir, "clean", { items: 4, frames: 9, simulated: "200ms" });
    const r = await cli(["submit", spec, "--wait", "--json"]);
    expectExit(r, 0);
    const s = JSON.parse(r.stdout) as StatusJson;
    cleanRun = s.run_id;
    expect(s.state).toBe("completed");
    expect(s.counters).toMatchObject({ total: 4, done: 4, failed: 0 });
    // Checked right after the process ended: --wait returned only once the aggregator had written them.
    for (const f of ["report.json", "report.md", "report.html"]) expect(existsSync(join(t.outputRoot, s.run_id, f))).toBe(true);
    expect(r.stderr).not.toMatch(/failed:|exit code 3/);
  });

  test("a retry with nothing to retry: exit 0, and the run's wall time does not move", async () => {
    const before = (await finalReport(t.client, cleanRun)).run.wall_s;
    const record = (await t.client.getRun(cleanRun)).run;
    const r = await cli(["retry", cleanRun, "--failed", "--wait"]);
    expectExit(r, 0);
    expect(r.stdout).toBe(`${cleanRun} completed\n`);
    expect(r.stderr).toContain("0 items queued again");
    const after = await t.client.getRun(cleanRun);
    // The round's report was rewritten (a new generation), with the same wall time.
    expect(after.run?.generation).toBe((record?.generation ?? 0) + 1);
    expect(Number(after.run?.lastItemDoneAtMs)).toBe(Number(record?.lastItemDoneAtMs));
    expect(Number(after.run?.finishedAtMs)).toBeGreaterThan(Number(record?.finishedAtMs));
    expect((await finalReport(t.client, cleanRun)).run.wall_s).toBe(before);
  });

  test("an item failed: exit 3, the JSON still on stdout, the failed item on stderr; retry --wait of it exits 3 too", async () => {
    const r = await cli(["submit", failingSpec("some-fail", 3), "--wait", "--json"]);
    expectExit(r, 3);
    const s = JSON.parse(r.stdout) as StatusJson;
    expect(s.state).toBe("completed");
    expect(s.counters).toMatchObject({ total: 3, done: 2, failed: 1 });
    expect(r.stderr).toMatch(/^failed: item-0001 \(g[0-9a-f]+\): resource_exhausted: /m);
    expect(r.stderr).toContain(`framefleet: run ${s.run_id} ended completed with 2 of 3 items done, 1 failed (exit code 3;`);
    expect(existsSync(join(t.outputRoot, s.run_id, "report.html"))).toBe(true);

    const retry = await cli(["retry", s.run_id, "--failed", "--wait"]);
    expectExit(retry, 3);
    expect(retry.stdout).toBe(`${s.run_id} completed\n`);
    expect(retry.stderr).toContain("1 item queued again");
    expect(retry.stderr).toMatch(/^failed: item-0001 /m);
    // The retried round's report, written before retry returned.
    const report = JSON.parse(readFileSync(join(t.outputRoot, s.run_id, "report.json"), "utf8")) as { counts: { failed: number }; failures: { item_key: string }[] };
    expect(report.failures.map((f) => f.item_key)).toEqual(["item-0001"]);
  });

  test("a cancelled run: exit 3 and `RUN cancelled`; while it ran, its status named generation as the bottleneck", async () => {
    const spec = writeSpec(t.dir, "cancelled", { items: 12, frames: 9, simulated: "2s" });
    const waiting = cli(["submit", spec, "--wait"]);
    const runId = await waitFor(
      async () => {
        const { runs } = await t.client.listRuns();
        const run = runs.find((x) => x.run?.name === "cancelled");
        // Once an attempt finished, the model has a generation time and gives an ETA.
        return run && run.etaS > 0 ? run.run?.runId : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: "the run to have an ETA" },
    );
    const running = await cli(["status", runId, "--json"]);
    expectExit(running, 0);
    const s = JSON.parse(running.stdout) as StatusJson;
    expect(s.state).toBe("running");
    // 2 s generations on 2 devices feed 2 evaluators that need a fraction of a second.
    expect(s.eta_bottleneck).toBe("generation");
    expect(s.eta_s).toBeGreaterThan(0);
    await t.client.cancelRun(runId);
    const r = await waiting;
    expectExit(r, 3);
    expect(r.stdout).toBe(`${runId} cancelled\n`);
    expect(r.stderr).toMatch(/^failed: item-\d{4} \(g[0-9a-f]+\): cancelled: the run was cancelled$/m);
    expect(r.stderr).toMatch(new RegExp(`framefleet: run ${runId} ended cancelled with \\d+ of 12 items done`));
    expect(existsSync(join(t.outputRoot, runId, "report.html"))).toBe(true);
  });
});

describe("a run whose backend no node serves", () => {
  /** The synthetic spec with the generator backend misspelt, and optionally the evaluator too. */
  function typoSpec(name: string, evalTypo = false): string {
    const path = writeSpec(t.dir, name, { items: 5, frames: 9, simulated: "200ms" });
    let yaml = readFileSync(path, "utf8").replace("backend: synthetic", "backend: wan");
    if (evalTypo) yaml = yaml.replace("backend: cpu-metrics", "backend: cpu-metric");
    writeFileSync(path, yaml);
    return path;
  }

  test("--require-nodes refuses it (exit 2) naming the backend and what the live nodes serve; nothing is created", async () => {
    const r = await cli(["submit", typoSpec("typo-required", true), "--require-nodes"]);
    expectExit(r, 2);
    expect(r.stderr).toContain('generator.backend: no live gen node serves backend "wan"; live gen nodes serve synthetic (gen-a)');
    expect(r.stderr).toContain('evaluation.backend: no live eval node serves backend "cpu-metric"; live eval nodes serve cpu-metrics (eval-a)');
    expect(r.stderr).toContain("nothing was queued (--require-nodes)");
    expect(r.stdout).toBe("");
    const { runs } = await t.client.listRuns();
    expect(runs.filter((x) => x.run?.name === "typo-required")).toEqual([]);
  });

  test("without it: accepted with a warning; after stuck_after framefleet_queue_stuck is 1 and status and the live page say why, and why its tasks wait for admission; a cancel clears it", async () => {
    // Who submits (status and the live page show owner and team): the submitter's, as the spec names none.
    const r = await framefleet(["submit", typoSpec("typo"), "--api", t.fleet.apiAddress], { timeoutMs: 180_000, env: { FRAMEFLEET_OWNER: "tester", FRAMEFLEET_TEAM: "vision" } });
    expectExit(r, 0);
    const runId = r.stdout.trim();
    expect(r.stderr).toContain(`warning: generator.backend: no live gen node serves backend "wan"; live gen nodes serve synthetic (gen-a); the run's tasks wait in the queue until a node serves it`);

    const metricsUrl = t.fleet.metricsUrls().coordinator as string;
    const stuckLine = /^framefleet_queue_stuck\{kind="gen",backend="wan"[^}]*\} (\d+)$/m;
    await waitFor(async () => stuckLine.exec(await (await fetch(metricsUrl)).text())?.[1] === "1", {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'framefleet_queue_stuck{kind="gen",backend="wan"} to be 1',
    });
    // The backend that is served has its series too, at 0.
    expect(await (await fetch(metricsUrl)).text()).toMatch(/^framefleet_queue_stuck\{kind="gen",backend="synthetic"[^}]*\} 0$/m);

    const status = await cli(["status", runId]);
    expectExit(status, 0);
    expect(status.stdout).toMatch(/^stuck {6}5 gen tasks for backend "wan" have waited \d+s with no live gen node serving it \(live gen nodes serve synthetic \(gen-a\)\): start a worker with that backend, or cancel the run and fix its spec$/m);
    expect(status.stdout).toMatch(/ETA unknown \(generation is the bottleneck\)/);
    const json = JSON.parse((await cli(["status", runId, "--json"])).stdout) as StatusJson;
    expect(json.stuck).toEqual([expect.objectContaining({ kind: "gen", backend: "wan", queued: 5 })]);
    // Admission: with no device serving "wan", 2 places (the least a backend gets) and 3 tasks
    // waiting in the coordinator, saying why.
    const why = 'no live node serves gen backend "wan"';
    for (const line of ["priority   normal", "owner      tester, team vision", "tasks      2 admitted, 3 waiting for admission", `waiting    ${why}`]) {
      expect(status.stdout.split("\n")).toContain(line);
    }
    expect(status.stdout).toMatch(/^devices {4}0 in use, fair share 0\.0, \d+s of device time so far$/m);
    expect(json).toMatchObject({ priority_class: "normal", priority: 0, owner: "tester", team: "vision", share: 1, devices_in_use: 0, fair_share: 0, admitted: 2, waiting: 3, waiting_reason: why });
    const list = await cli(["status"]);
    expectExit(list, 0);
    expect(list.stdout).toMatch(new RegExp(`^${runId} +normal +tester +vision +0 +0\\.0 +2 +3$`, "m"));
    expect(list.stdout).toContain(`\n${runId} waits: ${why}\n`);

    // The live page, in a real Chromium: the stuck queue above the runs, naming the run.
    const browser = await launchChromium();
    try {
      const { page, errors } = await newCheckedPage(browser);
      await page.goto(metricsUrl.replace(/\/metrics$/, "/runs"));
      const item = page.locator("#stuck-list li").first();
      await item.waitFor({ timeout: 30_000 });
      expect(await page.locator("#stuck").isVisible()).toBe(true);
      expect(await item.textContent()).toMatch(new RegExp(`^typo \\(${runId}\\): 5 gen tasks for backend "wan" have waited \\d+s with no live gen node serving it`));
      expect(await page.locator(`#runs-body tr[data-run="${runId}"] td`).nth(8).textContent()).toBe("unknown (generation)");
      // Its share of the fleet: priority, owner, team, devices in use, fair share, admitted, waiting, and why.
      expect(await page.locator("#sharing").isVisible()).toBe(true);
      expect(await page.locator(`#sharing-body tr[data-run="${runId}"] td`).allTextContents()).toEqual(["typo", "normal", "tester", "vision", "0", "0.0", "2", "3", why]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }

    await t.client.cancelRun(runId);
    expect((await waitForRun(t.client, runId)).run?.state).toBe(RunState.RUN_STATE_CANCELLED);
    // Its tasks were purged: the queue is gone, and so is the series.
    await waitFor(async () => !stuckLine.test(await (await fetch(metricsUrl)).text()), { timeoutMs: 30_000, intervalMs: 250, what: "the wan series to go" });
  });
});
