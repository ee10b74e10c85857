/**
 * `framefleet nodes` on a real fleet (nats-server, the services and five generator workers as
 * processes): running tasks show as run and item; a worker that stops (SIGTERM) or dies
 * (SIGKILL) shows as stopped or lost with no figures, and leaves the list after
 * `coordinator.forget_nodes_after`, or at once with `--prune`; the others stay. No node is ever
 * listed twice, though adverts are rewritten while the list is read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { nodeStateName } from "../services/common/src/proto";
import { framefleet } from "./helpers/cli";
import { startTestFleet, submitSpec, waitForRunWithLogs, writeSpec, type TestFleet } from "./helpers/fleet";

/** Long enough for a few CLI calls on a busy machine before a gone node is forgotten by itself. */
const FORGET_AFTER_MS = 15_000;
/** Short adverts, so a killed worker is lost (three silent intervals) within a second. */
const ADVERT = ["--advert-interval", "300ms"];

let t: TestFleet;
let configDir: string;

interface NodeJson {
  node: string;
  state: string;
  age_s: number;
  devices: { uuid: string; free_mib: number | null; running_task: string | null; running_run_id: string | null; running_item_key: string | null }[];
}

async function nodesCli(...args: string[]) {
  const r = await framefleet(["nodes", ...args, "--api", t.fleet.apiAddress], { timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`framefleet nodes ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
  return r;
}

async function nodesJson(): Promise<NodeJson[]> {
  return JSON.parse((await nodesCli("--json")).stdout) as NodeJson[];
}

async function listed(): Promise<Map<string, string>> {
  const { nodes } = await t.client.listNodes();
  return new Map(nodes.map((n) => [n.advert?.node ?? "", n.lost ? "lost" : nodeStateName(n.advert?.state)]));
}

function stopWorker(node: string, signal: NodeJS.Signals): Promise<unknown> {
  const s = t.fleet.services.get(`worker-${node}`);
  if (!s) throw new Error(`no worker ${node}`);
  const exited = new Promise((resolve) => (s.child.exitCode !== null ? resolve(s.child.exitCode) : s.child.once("exit", resolve)));
  s.child.kill(signal);
  return exited;
}

beforeAll(async () => {
  configDir = mkdtempSync(join(tmpdir(), "ff-nodes-"));
  const configFile = join(configDir, "framefleet.yaml");
  writeFileSync(configFile, `coordinator:\n  forget_nodes_after: ${FORGET_AFTER_MS}ms\n`);
  t = await startTestFleet(
    ["keep", "stop-me", "kill-auto", "stop-prune", "kill-prune"].map((node) => ({ role: "gen" as const, node, devices: "sim:1x80GiB", args: ADVERT })),
    { configFile },
  );
});

afterAll(async () => {
  await t?.close();
  if (configDir) rmSync(configDir, { recursive: true, force: true });
});

test("a running task shows as its run and item, in the table and in --json", async () => {
  const spec = writeSpec(t.dir, "nodes-running", { items: 4, evaluation: false, simulated: "4s" });
  const { runId } = await submitSpec(t, spec);
  const running = await waitFor(
    async () => (await nodesJson()).flatMap((n) => n.devices).find((d) => d.running_run_id === runId),
    { timeoutMs: 60_000, intervalMs: 250, what: `a device running a task of ${runId}` },
  );
  expect(running.running_item_key).toMatch(/^item-\d{4}$/);
  expect(running.running_task).toMatch(/^g[0-9a-f]+$/);
  const table = (await nodesCli()).stdout;
  expect(table.split("\n")[0]).toMatch(/^NODE\s+ROLE\s+STATE\s+SEEN\s+DEVICE\s+NAME\s+FREE\/TOTAL MiB\s+FOREIGN MiB\s+LOADED\s+RUN\s+ITEM$/);
  expect(table).toMatch(new RegExp(`${runId}\\s+item-\\d{4}`));
  expect(table).not.toContain(running.running_task as string);
  await waitForRunWithLogs(t, runId);
});

test("no node is listed twice while five nodes advertise every 300 ms (the API 100 times, the CLI 5 times)", async () => {
  const names = ["keep", "kill-auto", "kill-prune", "stop-me", "stop-prune"];
  for (let i = 0; i < 100; i++) {
    const { nodes } = await t.client.listNodes();
    expect(nodes.map((n) => n.advert?.node)).toEqual(names);
  }
  for (let i = 0; i < 5; i++) expect((await nodesJson()).map((n) => n.node)).toEqual(names);
});

test("a stopped and a SIGKILLed worker show their state and last-seen age, no figures, and `nodes --prune` forgets them at once", async () => {
  await Promise.all([stopWorker("stop-prune", "SIGTERM"), stopWorker("kill-prune", "SIGKILL")]);
  await waitFor(
    async () => {
      const now = await listed();
      return now.get("stop-prune") === "stopped" && now.get("kill-prune") === "lost";
    },
    { timeoutMs: 30_000, intervalMs: 100, what: "stop-prune to be stopped and kill-prune lost" },
  );
  const table = (await nodesCli()).stdout;
  expect(table).toMatch(/^stop-prune\s+gen\s+stopped\s+\d+s ago\s+-\s+-\s+-\s+-\s+-\s+-\s+-$/m);
  expect(table).toMatch(/^kill-prune\s+gen\s+lost\s+\d+s ago\s+-\s+-\s+-\s+-\s+-\s+-\s+-$/m);
  const gone = (await nodesJson()).filter((n) => n.node.endsWith("-prune"));
  expect(gone.map((n) => n.state)).toEqual(["lost", "stopped"]);
  expect(gone.flatMap((n) => n.devices).every((d) => d.free_mib === null && d.running_task === null)).toBe(true);

  const r = await nodesCli("--prune");
  expect(r.stdout.split("\n")[0]).toBe("forgot 2 stopped or lost nodes: kill-prune, stop-prune");
  expect(r.stdout).not.toMatch(/^(kill|stop)-prune\s/m);
  expect(r.stdout).toMatch(/^keep\s+gen\s+active\s/m);
  const now = await listed();
  expect(now.has("kill-prune") || now.has("stop-prune")).toBe(false);
  // Nothing else is gone: a second prune forgets nobody.
  expect((await nodesCli("--prune")).stdout.split("\n")[0]).toBe("no stopped or lost nodes to forget");
});

test("a stopped and a SIGKILLed worker stay listed, then leave after coordinator.forget_nodes_after", async () => {
  await Promise.all([stopWorker("stop-me", "SIGTERM"), stopWorker("kill-auto", "SIGKILL")]);
  // Listed as what they are at first (the coordinator counts from their last advert)…
  await waitFor(
    async () => {
      const now = await listed();
      return now.get("stop-me") === "stopped" && now.get("kill-auto") === "lost";
    },
    { timeoutMs: 30_000, intervalMs: 100, what: "stop-me to be stopped and kill-auto lost" },
  );
  // …and gone after the configured time.
  await waitFor(
    async () => {
      const now = await listed();
      return !now.has("stop-me") && !now.has("kill-auto");
    },
    { timeoutMs: FORGET_AFTER_MS + 60_000, intervalMs: 250, what: "stop-me and kill-auto to be forgotten" },
  );
  expect([...(await listed()).entries()]).toEqual([["keep", "active"]]);
  // The coordinator says whom it forgot, and with which setting.
  const forgot = readFileSync(join(t.dir, "logs", "coordinator.log"), "utf8")
    .split("\n")
    .filter((l) => l.includes('"message":"forgot nodes that are gone"'))
    .map((l) => JSON.parse(l) as { nodes: { node: string; state: string }[]; afterMs: number });
  expect(forgot.flatMap((f) => f.nodes).sort((a, b) => a.node.localeCompare(b.node))).toEqual([
    { node: "kill-auto", state: "lost" },
    { node: "stop-me", state: "stopped" },
  ]);
  expect(forgot.every((f) => f.afterMs === FORGET_AFTER_MS)).toBe(true);
  expect((await nodesCli()).stdout).not.toMatch(/^(stop-me|kill-auto)\s/m);
});
