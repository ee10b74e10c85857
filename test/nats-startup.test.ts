/**
 * A service started before its NATS keeps trying to connect for `nats.startup_timeout` (a pod
 * starting beside its NATS, a cluster electing a leader), logging each failed try; it starts
 * once NATS answers, and exits 1 naming NATS when the time runs out. The real bin and a real
 * nats-server started late on the port the service was given (docs/configuration.md, nats.url).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { freePort, stopProcess } from "../services/cli/src/local-fleet";
import { startNatsServer, type NatsServerHandle } from "../services/common/src/nats/server-process";
import { framefleet, startFramefleet } from "./helpers/cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-startup-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test("the coordinator waits for a NATS that is not up yet, and starts once it is", async () => {
  const port = await freePort();
  const url = `nats://127.0.0.1:${port}`;
  const coordinator = startFramefleet(
    ["coordinator", "--nats", url, "--listen", `127.0.0.1:${await freePort()}`, "--http-host", "127.0.0.1", "--http-port", "0", "--output-root", join(dir, "runs")],
    { timeoutMs: 120_000, env: { FRAMEFLEET_CONFIG: "" } },
  );
  let nats: NatsServerHandle | undefined;
  try {
    await waitFor(() => coordinator.stderr().includes('"message":"connecting to NATS failed; trying again"'), {
      timeoutMs: 60_000,
      intervalMs: 100,
      what: "the coordinator to log a failed try",
    });
    expect(coordinator.child.exitCode).toBeNull();
    nats = await startNatsServer({ port });
    await waitFor(() => coordinator.stderr().includes('"message":"coordinator listening"'), { timeoutMs: 60_000, intervalMs: 100, what: "the coordinator to start" });
    // The failed try named NATS's address and what it could not do.
    expect(coordinator.stderr()).toContain(`cannot connect to NATS at ${url}`);
  } finally {
    expect(await stopProcess(coordinator.child, 30_000)).toBe(0);
    await nats?.stop();
  }
});

test("a worker given no NATS within nats.startup_timeout (FRAMEFLEET_NATS_STARTUP_TIMEOUT) exits 1, naming NATS", async () => {
  const url = `nats://127.0.0.1:${await freePort()}`;
  const r = await framefleet(["worker", "--role", "eval", "--node", "late", "--devices", "cpu:1", "--nats", url, "--output-root", join(dir, "runs")], {
    timeoutMs: 120_000,
    env: { FRAMEFLEET_CONFIG: "", FRAMEFLEET_NATS_STARTUP_TIMEOUT: "2s" },
  });
  expect(r.code).toBe(1);
  // It tried more than once before giving up…
  expect(r.stderr.split("\n").filter((l) => l.includes('"message":"connecting to NATS failed; trying again"')).length).toBeGreaterThanOrEqual(2);
  // …and its last words name NATS and what to check.
  const last = r.stderr.trim().split("\n").at(-1) ?? "";
  expect(last).toMatch(new RegExp(`^framefleet: cannot connect to NATS at ${url.replace(/\./g, "\\.")}: .*Is nats-server running with JetStream \\(-js\\)\\? Set --nats or FRAMEFLEET_NATS_URL\\.$`));
});
