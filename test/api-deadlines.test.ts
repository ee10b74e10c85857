/**
 * Every wait of the CLI on the Control API ends, with an error naming the address: the real
 * `framefleet` bin against real servers that misbehave. A TCP server that accepts connections
 * and never says a word (nothing answers, as with a hung process or the wrong port), and an
 * HTTP/2 server that takes every gRPC call and never answers it (the connection comes up, the
 * calls do not). Short --connect-timeout/--timeout keep the test quick; nothing here measures time.
 */
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer as createHttp2Server, type Http2Server } from "node:http2";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { framefleet } from "./helpers/cli";

/** The address a server listens on, as --api takes it. */
function address(s: Server | Http2Server): string {
  return `127.0.0.1:${(s.address() as AddressInfo).port}`;
}

function listen<S extends Server | Http2Server>(s: S): Promise<S> {
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

/** The CLI must end by itself: the kill after 90 s only turns a hang into a failure. */
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => framefleet(args, { timeoutMs: 90_000, env: { FRAMEFLEET_CONFIG: "", ...env } });

let dir: string;
let spec: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-deadlines-"));
  spec = join(dir, "spec.yaml");
  // The CLI only reads the spec's text before calling: nothing here gets as far as validating it.
  writeFileSync(spec, "name: waits\nbenchmark: synthetic\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a server that accepts TCP and never answers", () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let accepted = 0;
  beforeAll(async () => {
    silent = await listen(
      createServer((s) => {
        accepted++;
        sockets.push(s);
      }),
    );
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  });

  test.each([
    ["status", []],
    ["status RUN --watch", ["status", "demo-f1564726", "--watch"]],
    ["submit --wait", ["submit", "SPEC", "--wait"]],
  ])("%s ends (exit 1) with the connect error naming the address", async (_, args) => {
    const before = accepted;
    const cmd = args.length === 0 ? ["status"] : args.map((a) => (a === "SPEC" ? spec : a));
    const r = await run([...cmd, "--api", address(silent), "--connect-timeout", "2s"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`framefleet: no connection to the coordinator at ${address(silent)} within 2s (--connect-timeout): `);
    expect(r.stderr).toContain(`is ${address(silent)} its Control API (its api.listen)? Set --api or FRAMEFLEET_API`);
    // It did connect and wait: the server saw the connection.
    expect(accepted).toBeGreaterThan(before);
  });

  test("the connect timeout comes from FRAMEFLEET_API_CONNECT_TIMEOUT and the address from FRAMEFLEET_API too", async () => {
    const r = await run(["nodes"], { FRAMEFLEET_API: address(silent), FRAMEFLEET_API_CONNECT_TIMEOUT: "1s" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`no connection to the coordinator at ${address(silent)} within 1s (--connect-timeout)`);
  });
});

describe("an HTTP/2 server that takes every gRPC call and never answers", () => {
  let h2: Http2Server;
  const paths: string[] = [];
  beforeAll(async () => {
    h2 = await listen(
      createHttp2Server().on("stream", (_stream, headers) => {
        paths.push(String(headers[":path"]));
      }),
    );
  });
  afterAll(async () => {
    await new Promise((r) => h2.close(r));
  });

  test("status: the call times out after --timeout, naming the address and the call", async () => {
    const r = await run(["status", "--api", address(h2), "--timeout", "2s"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `framefleet: the coordinator at ${address(h2)} did not answer ListRuns within 2s (--timeout): it is hung or overloaded, or the connection to it was lost; its log says more.\n`,
    );
    expect(paths).toContain("/framefleet.v1.Control/ListRuns");
  });

  test("status RUN --watch: a status stream silent for --timeout ends (exit 1), naming the address and the run", async () => {
    const r = await run(["status", "demo-f1564726", "--watch", "--api", address(h2), "--timeout", "2s"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `framefleet: the coordinator at ${address(h2)} sent no status of run demo-f1564726 for 2s (--timeout; it sends one at least every 2 s): it is hung, or the connection to it was lost.`,
    );
    expect(paths).toContain("/framefleet.v1.Control/WatchRun");
  });

  test("submit --wait: the submit call times out, and says the run may still be planned", async () => {
    const r = await run(["submit", spec, "--wait", "--api", address(h2), "--timeout", "2s"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`framefleet: the coordinator at ${address(h2)} did not answer SubmitRun within 2s (--timeout)`);
    expect(r.stderr).toContain("It may still be planning or resuming the run (framefleet status lists the runs)");
    expect(paths).toContain("/framefleet.v1.Control/SubmitRun");
  });

  test("drain NODE --wait and report RUN end the same way (--timeout from the config file)", async () => {
    const config = join(dir, "framefleet.yaml");
    writeFileSync(config, `api:\n  address: ${address(h2)}\n  timeout: 1s\n`);
    for (const [args, call] of [
      [["drain", "gen-a", "--wait"], "DrainNode"],
      [["report", "demo-f1564726"], "GetReport"],
    ] as const) {
      const r = await run([...args, "--config", config]);
      expect({ args, code: r.code }).toEqual({ args, code: 1 });
      expect(r.stderr).toContain(`the coordinator at ${address(h2)} did not answer ${call} within 1s (--timeout)`);
    }
  });
});

test("a refused connection is not waited for: the error names the address and what to check", async () => {
  const closed = await listen(createServer());
  const addr = address(closed);
  await new Promise((r) => closed.close(r));
  const r = await run(["status", "--api", addr, "--connect-timeout", "10m"]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(new RegExp(`^framefleet: cannot reach the coordinator at ${addr.replace(/\./g, "\\.")} \\(.*ECONNREFUSED.*\\)\\. Is the coordinator running`));
});

test("--help of a client command states both deadlines with their defaults", async () => {
  const r = await run(["status", "--help"]);
  const help = r.stdout.replace(/\s+/g, " ");
  expect(help).toContain("--timeout DURATION how long each call to the coordinator may wait for its answer");
  expect(help).toContain("[default: 30s; config api.timeout, env FRAMEFLEET_API_TIMEOUT]");
  expect(help).toContain("--connect-timeout DURATION how long connecting to the coordinator may take [default: 10s; config api.connect_timeout, env FRAMEFLEET_API_CONNECT_TIMEOUT]");
});
