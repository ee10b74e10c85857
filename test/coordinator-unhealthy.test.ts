/**
 * The CLI against a real coordinator that is unwell: frozen (SIGSTOP: its port still accepts
 * connections, nothing answers), and up while its NATS is frozen or stopped. Every command must
 * end, exit 1, and say which of the two is at fault, naming its address. A fleet without
 * workers: the run it submits stays in progress, so `status RUN --watch` has something to follow.
 */
import { waitFor } from "../services/common/src/abort";
import { framefleet, startFramefleet } from "./helpers/cli";
import { startTestFleet, submitSpec, writeSpec, type TestFleet } from "./helpers/fleet";

let t: TestFleet;
let runId: string;
let spec: string;

const cli = (args: string[]) => framefleet([...args, "--api", t.fleet.apiAddress], { timeoutMs: 90_000, env: { FRAMEFLEET_CONFIG: "" } });

function pidOf(name: "coordinator"): number {
  const pid = t.fleet.services.get(name)?.child.pid;
  if (pid === undefined) throw new Error(`no ${name} process`);
  return pid;
}

beforeAll(async () => {
  t = await startTestFleet([]);
  spec = writeSpec(t.dir, "unwell", { items: 3, evaluation: false });
  ({ runId } = await submitSpec(t, spec));
});

afterAll(async () => {
  await t?.close();
});

test("a frozen coordinator: status --watch ends once its stream is silent for --timeout, and a new call at --connect-timeout", async () => {
  const watch = startFramefleet(["status", runId, "--watch", "--timeout", "3s", "--api", t.fleet.apiAddress], { timeoutMs: 90_000, env: { FRAMEFLEET_CONFIG: "" } });
  // The stream is up once the first progress line is on stderr.
  await waitFor(() => watch.stderr().includes(runId), { timeoutMs: 60_000, intervalMs: 100, what: "the first progress line of status --watch" });
  process.kill(pidOf("coordinator"), "SIGSTOP");
  try {
    const watched = await watch.result;
    expect(watched.code).toBe(1);
    expect(watched.stderr).toContain(
      `framefleet: the coordinator at ${t.fleet.apiAddress} sent no status of run ${runId} for 3s (--timeout; it sends one at least every 2 s): it is hung, or the connection to it was lost. ` +
        `The run itself is not affected: framefleet status ${runId} --watch follows it again.`,
    );
    // A new connection is accepted by the kernel, but the frozen process never completes HTTP/2.
    const r = await cli(["status", "--connect-timeout", "2s"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`framefleet: no connection to the coordinator at ${t.fleet.apiAddress} within 2s (--connect-timeout)`);
  } finally {
    process.kill(pidOf("coordinator"), "SIGCONT");
  }
  // Thawed, it answers again.
  const again = await cli(["status", runId]);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`run        ${runId}`);
});

test("NATS frozen (SIGSTOP), the coordinator up: status says NATS did not answer the coordinator in time", async () => {
  const nats = t.fleet.nats;
  if (!nats) throw new Error("the test fleet has no nats-server of its own");
  process.kill(nats.pid, "SIGSTOP");
  try {
    const r = await cli(["status", "--timeout", "60s"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`framefleet: the coordinator at ${t.fleet.apiAddress} answered: NATS at ${nats.url} did not answer the coordinator in time (`);
  } finally {
    process.kill(nats.pid, "SIGCONT");
  }
  await waitFor(async () => (await cli(["status"])).code === 0, { timeoutMs: 60_000, intervalMs: 500, what: "status to work again with NATS thawed" });
});

test("NATS stopped, the coordinator up: status, status RUN, submit, nodes and cancel say the coordinator cannot reach NATS", async () => {
  const nats = t.fleet.nats;
  if (!nats) throw new Error("the test fleet has no nats-server of its own");
  await nats.stop({ keepStore: true });
  try {
    for (const args of [["status"], ["status", runId], ["submit", spec], ["nodes"], ["cancel", runId]]) {
      const r = await cli(args);
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 1, stdout: "" });
      expect(r.stderr).toContain(`framefleet: the coordinator at ${t.fleet.apiAddress} answered: the coordinator cannot reach NATS at ${nats.url} (`);
      expect(r.stderr).toContain("is nats-server running, and reachable from the coordinator's machine (its nats.url)?");
    }
  } finally {
    t.fleet.nats = await nats.restart();
  }
  // NATS is back: the coordinator reconnects by itself and answers again (the run was not cancelled).
  const back = await waitFor(
    async () => {
      const r = await cli(["status", runId, "--json"]);
      return r.code === 0 ? (JSON.parse(r.stdout) as { state: string }) : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 500, what: "status to work again with NATS back" },
  );
  expect(back.state).toBe("running");
});
