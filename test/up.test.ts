/**
 * `framefleet up` as a user runs it (the built bin, in the foreground until SIGINT): it binds
 * every listener to 127.0.0.1 and prints addresses that answer; one config file with backends
 * of both kinds serves both worker kinds; and a start that fails stops everything it started
 * and says why. Listening sockets and leftover processes are read from /proc.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { freePort } from "../services/cli/src/local-fleet";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { framefleet } from "./helpers/cli";
import { descendants, listeningSockets, processesMentioning } from "./helpers/procs";

interface Up {
  readonly child: ChildProcess;
  readonly dir: string;
  readonly config: string;
  stderr(): string;
  exited: Promise<number | null>;
}

interface Ports {
  api: number;
  live: number;
  aggregator: number;
  nats: number;
}

async function ports(): Promise<Ports> {
  return { api: await freePort(), live: await freePort(), aggregator: await freePort(), nats: await freePort() };
}

/** Starts `framefleet up` with a config file holding these ports (and `extra` YAML) in a temp folder. */
function startUp(p: Ports, extra: string[], env: NodeJS.ProcessEnv = {}): Up {
  const dir = mkdtempSync(join(tmpdir(), "ff-up-"));
  const config = join(dir, "fleet.yaml");
  writeFileSync(
    config,
    [
      `api: { address: "127.0.0.1:${p.api}" }`,
      `coordinator: { http_port: ${p.live} }`,
      `aggregator: { http_port: ${p.aggregator} }`,
      `output_root: ${join(dir, "runs")}`,
      ...extra,
      "",
    ].join("\n"),
  );
  const child = spawn(join(PACKAGE_ROOT, "bin", "framefleet"), ["up", "--config", config, "--nats-port", String(p.nats), "--store", join(dir, "store"), "--gen-nodes", "1"], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, dir, config, stderr: () => stderr, exited };
}

/** The process list must hold nothing started for this test's folder. */
function expectNothingLeft(dir: string): void {
  expect(processesMentioning(dir)).toEqual([]);
}

describe("framefleet up with one config file for both worker kinds", () => {
  let up: Up;
  let banner = "";
  beforeAll(async () => {
    up = startUp(await ports(), [
      // One backend of each kind: each worker kind must take its own and leave the other's.
      "worker:",
      "  backends:",
      "    big-gen: { type: synthetic, memory: 30GiB, load_time: 1s }",
      "    my-metrics: { type: cpu-metrics }",
    ]);
    let code: number | null | undefined;
    void up.exited.then((c) => (code = c));
    banner = await waitFor(
      async () => {
        if (code !== undefined) throw new Error(`up exited ${code} before it was up:\n${up.stderr()}`);
        return up.stderr().includes("Ctrl-C stops everything") ? up.stderr() : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 200, what: "framefleet up to say it is up" },
    );
  });
  afterAll(async () => {
    if (up.child.exitCode === null) {
      up.child.kill("SIGINT");
      await up.exited;
    }
    rmSync(up.dir, { recursive: true, force: true });
  });

  test("every socket the fleet listens on is on 127.0.0.1", () => {
    const pids = descendants(up.child.pid as number);
    const listeners = listeningSockets([up.child.pid as number, ...pids]);
    // API, live page, aggregator, two workers, nats-server's client and monitoring ports.
    expect(listeners.length).toBeGreaterThanOrEqual(7);
    expect(listeners.filter((l) => !l.address.startsWith("127.0.0.1:"))).toEqual([]);
  });

  test("it prints the live page, the API and every service's /metrics, and they answer", async () => {
    const live = /^ {2}live page +(http:\S+)$/m.exec(banner)?.[1];
    expect(live).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(live as string);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");

    const metrics = [...banner.matchAll(/^ {2}(?:metrics)? +(coordinator|aggregator|node-a|evaluator) +(http:\S+)$/gm)].map((m) => [m[1], m[2]]);
    expect(metrics.map(([name]) => name)).toEqual(["coordinator", "aggregator", "node-a", "evaluator"]);
    for (const [, url] of metrics) {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const r = await fetch(url as string);
      expect(r.status).toBe(200);
      expect(await r.text()).toContain("framefleet_");
    }
    const api = /^ {2}Control API +(\S+)/m.exec(banner)?.[1];
    const nodes = await framefleet(["nodes", "--json", "--api", api as string], { timeoutMs: 30_000 });
    expect(nodes.code).toBe(0);
    const byNode = Object.fromEntries((JSON.parse(nodes.stdout) as { node: string; role: string; backends: string[] }[]).map((n) => [n.node, [n.role, n.backends]]));
    // The file's backends reached both kinds, each taking its own.
    expect(byNode).toEqual({ "node-a": ["gen", ["big-gen"]], evaluator: ["eval", ["my-metrics"]] });
  });

  test("SIGINT stops it with exit 0 and leaves no process behind", async () => {
    // While up: nats-server and the four kinds of service name the folder (the check sees them).
    const running = processesMentioning(up.dir).map((p) => p.cmdline);
    expect(running.filter((c) => /nats-server|coordinator|aggregator|generator-worker|evaluator-worker/.test(c))).toHaveLength(5);
    up.child.kill("SIGINT");
    expect(await up.exited).toBe(0);
    expectNothingLeft(up.dir);
  });
});

describe("framefleet up that cannot start", () => {
  let dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const run = async (p: Ports, extra: string[], env: NodeJS.ProcessEnv = {}) => {
    const up = startUp(p, extra, env);
    dirs = [...dirs, up.dir];
    return { up, code: await up.exited };
  };

  test("a taken API port: exit 2 naming the port and its setting, nothing started", async () => {
    const p = await ports();
    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(p.api, "127.0.0.1", () => r()));
    try {
      const { up, code } = await run(p, []);
      expect(code).toBe(2);
      expect(up.stderr()).toContain(`port ${p.api} (the port of api.address) on 127.0.0.1 is already in use`);
      expectNothingLeft(up.dir);
    } finally {
      await new Promise<void>((r) => holder.close(() => r()));
    }
  });

  test("a service that exits during the start: exit 1 with its reason, and everything started is stopped", async () => {
    // An evaluation command without {scores_file} is refused by the evaluator (only): by then
    // nats-server, the coordinator, the aggregator and the generator are running.
    const { up, code } = await run(await ports(), ["worker:", "  backends:", '    judge: { type: command, kind: eval, command: ["true"] }']);
    expect(code).toBe(1);
    expect(up.stderr()).toContain("the fleet did not start, and everything it had started is stopped: worker-evaluator exited with code 2");
    expect(up.stderr()).toContain("{scores_file}");
    expectNothingLeft(up.dir);
  });

  test("nats-server failing: exit 1 with what it said", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ff-up-nats-"));
    dirs = [...dirs, dir];
    const fake = join(dir, "nats-server");
    writeFileSync(fake, '#!/bin/sh\necho "[INF] Starting nats-server" >&2\necho "[FTL] Error listening on port: out of luck" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    const { up, code } = await run(await ports(), [], { FRAMEFLEET_NATS_SERVER: fake });
    expect(code).toBe(1);
    expect(up.stderr()).toContain("nats-server exited with code 1: [FTL] Error listening on port: out of luck");
    expect(up.stderr()).not.toContain("[INF]");
    expectNothingLeft(up.dir);
  });
});
