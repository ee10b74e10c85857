/**
 * Security against real servers: nats-server 2.9 configured for user/password, token, nkey,
 * TLS and mutual TLS, reached through the project's connectNats; and the coordinator's gRPC
 * Control API with TLS and a bearer token, both in-process and as a whole local fleet whose
 * services authenticate to NATS over TLS. Certificates are made here with openssl.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nkeys } from "@nats-io/transport-node";
import { connectNats, natsSettingsFromConfig, parseServers, type NatsSettings } from "../services/common/src/nats/connect";
import { startNatsServer, type NatsServerHandle } from "../services/common/src/nats/server-process";
import { startControlServer, controlServerSecurityFromConfig, type GrpcServerHandle } from "../services/common/src/grpc/server";
import { ControlClient, controlClientOptionsFromConfig, type ControlClientOptions } from "../services/common/src/grpc/client";
import type { ControlHandlers } from "../services/common/src/grpc/control";
import { loadConfig } from "../services/common/src/config";
import { FleetError, FleetErrorCode } from "../services/common/src/errors";
import { pb } from "../services/common/src/proto";
import { startTestFleet, type TestFleet } from "./helpers/fleet";

let dir: string;
const pem = (name: string) => join(dir, name);

/** A CA, a server certificate for 127.0.0.1/localhost and a client certificate, all signed by it; plus an unrelated CA. */
function makeCertificates(): void {
  const ssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=framefleet-test-ca");
  ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca.key", "-out", "other-ca.pem", "-days", "2", "-subj", "/CN=some-other-ca");
  writeFileSync(pem("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
  writeFileSync(pem("client.ext"), "extendedKeyUsage=clientAuth\n");
  for (const [who, cn] of [["server", "localhost"], ["client", "framefleet-client"]] as const) {
    ssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", `${who}.key`, "-out", `${who}.csr`, "-subj", `/CN=${cn}`);
    ssl("x509", "-req", "-in", `${who}.csr`, "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${who}.pem`, "-days", "2", "-extfile", `${who}.ext`);
  }
}

const servers: NatsServerHandle[] = [];
/** A real nats-server with JetStream and the given config file body (authorization / tls blocks). */
async function natsWith(name: string, conf: string): Promise<NatsServerHandle> {
  const file = pem(`${name}.conf`);
  writeFileSync(file, conf);
  const s = await startNatsServer({ args: ["-c", file] });
  servers.push(s);
  return s;
}

/** connectNats, closing the connection when it succeeds; resolves to the error when it fails. */
async function tryConnect(settings: NatsSettings): Promise<FleetError | "connected"> {
  try {
    const nc = await connectNats(settings, "security-test");
    // A round trip proves the server accepted us, not only that the socket opened.
    await nc.flush();
    await nc.close();
    return "connected";
  } catch (err) {
    return err as FleetError;
  }
}

function expectRefused(result: FleetError | "connected", pattern: RegExp): void {
  expect(result).not.toBe("connected");
  const err = result as FleetError;
  expect(err.code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
  expect(err.message).toMatch(pattern);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-security-"));
  makeCertificates();
});

afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
  if (process.env.FRAMEFLEET_KEEP_TEST_DIRS !== "1") rmSync(dir, { recursive: true, force: true });
});

describe("NATS authentication and TLS (nats-server 2.9)", () => {
  test("user/password: the right pair connects; none or a wrong password is an authorization violation", async () => {
    const s = await natsWith("userpass", `authorization { user: "fleet", password: "correct-horse-battery" }\n`);
    const servers_ = parseServers(s.url);
    expect(await tryConnect({ servers: servers_, user: "fleet", pass: "correct-horse-battery" })).toBe("connected");
    expectRefused(await tryConnect({ servers: servers_ }), /authori[sz]ation/i);
    expectRefused(await tryConnect({ servers: servers_, user: "fleet", pass: "wrong" }), /authori[sz]ation/i);
  });

  test("token: the token connects; none or a wrong one is refused", async () => {
    const s = await natsWith("token", `authorization { token: "s3cr3t-fleet-token" }\n`);
    const servers_ = parseServers(s.url);
    expect(await tryConnect({ servers: servers_, token: "s3cr3t-fleet-token" })).toBe("connected");
    expectRefused(await tryConnect({ servers: servers_ }), /authori[sz]ation/i);
    expectRefused(await tryConnect({ servers: servers_, token: "not-the-token" }), /authori[sz]ation/i);
  });

  test("nkey: the seed file of the configured public key connects; another key's seed is refused", async () => {
    const user = nkeys.createUser();
    const stranger = nkeys.createUser();
    writeFileSync(pem("user.nk"), `${new TextDecoder().decode(user.getSeed())}\n`);
    writeFileSync(pem("stranger.nk"), new TextDecoder().decode(stranger.getSeed()));
    const s = await natsWith("nkey", `authorization { users: [ { nkey: "${user.getPublicKey()}" } ] }\n`);
    // Through the config schema, as a service would: nats.nkey_seed_file.
    const cfg = loadConfig({ env: {}, overrides: { "nats.url": s.url, "nats.nkey_seed_file": pem("user.nk") } });
    expect(await tryConnect(natsSettingsFromConfig(cfg.nats))).toBe("connected");
    expectRefused(await tryConnect({ servers: parseServers(s.url), nkeySeedFile: pem("stranger.nk") }), /authori[sz]ation/i);
    expectRefused(await tryConnect({ servers: parseServers(s.url) }), /authori[sz]ation/i);
  });

  test("TLS: the CA that signed the server connects; no CA or another CA fails the handshake", async () => {
    const s = await natsWith("tls", `tls { cert_file: "${pem("server.pem")}", key_file: "${pem("server.key")}" }\n`);
    const servers_ = parseServers(s.url);
    expect(await tryConnect({ servers: servers_, tls: { caFile: pem("ca.pem") } })).toBe("connected");
    // No CA: the system roots do not know our test CA.
    expectRefused(await tryConnect({ servers: servers_ }), /certificate|tls|ssl/i);
    expectRefused(await tryConnect({ servers: servers_, tls: { caFile: pem("other-ca.pem") } }), /certificate|tls|ssl/i);
  });

  test("mutual TLS with a password: a client certificate and the password are both needed", async () => {
    const s = await natsWith(
      "mtls",
      `tls { cert_file: "${pem("server.pem")}", key_file: "${pem("server.key")}", ca_file: "${pem("ca.pem")}", verify: true }\n` +
        `authorization { user: "fleet", password: "correct-horse-battery" }\n`,
    );
    const servers_ = parseServers(s.url);
    const client = { caFile: pem("ca.pem"), certFile: pem("client.pem"), keyFile: pem("client.key") };
    expect(await tryConnect({ servers: servers_, user: "fleet", pass: "correct-horse-battery", tls: client })).toBe("connected");
    // Without a client certificate the server ends the handshake.
    expect(await tryConnect({ servers: servers_, user: "fleet", pass: "correct-horse-battery", tls: { caFile: pem("ca.pem") } })).not.toBe("connected");
    expectRefused(await tryConnect({ servers: servers_, tls: client }), /authori[sz]ation/i);
  });
});

/** Only ListNodes answers; the check is about who may call, not what the call does. */
const handlers: ControlHandlers = {
  listNodes: async () => pb.ListNodesResponse.create({ nodes: [] }),
  submitRun: () => Promise.reject(new FleetError(FleetErrorCode.INTERNAL, "not in this test")),
  getRun: () => Promise.reject(new FleetError(FleetErrorCode.NOT_FOUND, "no such run")),
  // eslint-disable-next-line require-yield
  watchRun: async function* () {
    throw new FleetError(FleetErrorCode.NOT_FOUND, "no such run");
  },
  listRuns: async () => pb.ListRunsResponse.create({ runs: [] }),
  drainNode: () => Promise.reject(new FleetError(FleetErrorCode.INTERNAL, "not in this test")),
  cancelRun: () => Promise.reject(new FleetError(FleetErrorCode.INTERNAL, "not in this test")),
  getReport: () => Promise.reject(new FleetError(FleetErrorCode.INTERNAL, "not in this test")),
};

const TOKEN = "control-api-token-0123456789";

async function callListNodes(address: string, opts: ControlClientOptions): Promise<FleetError | "ok"> {
  const client = new ControlClient(address, { timeoutMs: 10_000, ...opts });
  try {
    await client.listNodes();
    return "ok";
  } catch (err) {
    return err as FleetError;
  } finally {
    client.close();
  }
}

describe("Control API: TLS and bearer token (in-process server)", () => {
  let server: GrpcServerHandle;
  beforeAll(async () => {
    const cfg = loadConfig({
      env: { FRAMEFLEET_API_TOKEN: TOKEN, FRAMEFLEET_API_TLS_CERT_FILE: pem("server.pem"), FRAMEFLEET_API_TLS_KEY_FILE: pem("server.key") },
    });
    server = await startControlServer("127.0.0.1:0", handlers, controlServerSecurityFromConfig(cfg.api));
  });
  afterAll(async () => {
    await server?.close(1000);
  });

  test("with the CA and the token a call succeeds", async () => {
    expect(await callListNodes(server.address, { token: TOKEN, tls: { caFile: pem("ca.pem") } })).toBe("ok");
  });

  test("without a token the call fails with UNAUTHENTICATED, saying how to set one", async () => {
    const err = await callListNodes(server.address, { tls: { caFile: pem("ca.pem") } });
    expect(err).not.toBe("ok");
    expect((err as FleetError).code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect((err as FleetError).message).toMatch(/requires a bearer token/);
    expect(((err as FleetError).cause as { code: number }).code).toBe(16); // grpc.status.UNAUTHENTICATED
  });

  test("a wrong token fails with UNAUTHENTICATED, also on the streaming call", async () => {
    const err = await callListNodes(server.address, { token: "x".repeat(TOKEN.length), tls: { caFile: pem("ca.pem") } });
    expect(((err as FleetError).cause as { code: number }).code).toBe(16);
    expect((err as FleetError).message).toMatch(/not the Control API's token/);
    const client = new ControlClient(server.address, { token: "wrong-token-wrong-token", tls: { caFile: pem("ca.pem") } });
    try {
      const stream = client.watchRun("r1");
      await expect(stream.next()).rejects.toMatchObject({ message: expect.stringMatching(/not the Control API's token/) });
    } finally {
      client.close();
    }
  });

  test("without the CA (or with another CA) the TLS handshake fails, token or not", async () => {
    const noCa = await callListNodes(server.address, { token: TOKEN, tls: {} });
    expect(noCa).not.toBe("ok");
    expect((noCa as FleetError).code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    const otherCa = await callListNodes(server.address, { token: TOKEN, tls: { caFile: pem("other-ca.pem") } });
    expect((otherCa as FleetError).code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    // Plaintext against a TLS server fails too: no silent downgrade.
    const plain = await callListNodes(server.address, { token: TOKEN });
    expect((plain as FleetError).code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
  });

  test("config: api.token and api.token_file together, or a certificate without its key, are rejected by name", () => {
    expect(() => loadConfig({ env: {}, overrides: { "api.token": TOKEN, "api.token_file": "/x" } })).toThrow(/api\.token_file.*: give api\.token or api\.token_file/);
    expect(() => loadConfig({ env: {}, overrides: { "api.tls.cert_file": "/x" } })).toThrow(/api\.tls\.key_file.*: cert_file and key_file are given together/);
    expect(() => loadConfig({ env: {}, overrides: { "nats.token": "t", "nats.nkey_seed_file": "/x" } })).toThrow(/nats\.nkey_seed_file.*: nats\.nkey_seed_file is used alone: remove nats\.token/);
  });
});

describe("a local fleet with NATS auth over TLS and a secured Control API", () => {
  let t: TestFleet | undefined;
  let apiCfg: ReturnType<typeof loadConfig>["api"];

  beforeAll(async () => {
    const nats = await natsWith(
      "fleet",
      `tls { cert_file: "${pem("server.pem")}", key_file: "${pem("server.key")}" }\n` +
        `authorization { user: "fleet", password: "correct-horse-battery" }\n`,
    );
    writeFileSync(pem("api.token"), `${TOKEN}\n`);
    const configFile = pem("fleet.yaml");
    // Every service reads this file: NATS credentials and CA, the coordinator's certificate and token.
    writeFileSync(
      configFile,
      [
        "nats:",
        '  user: "fleet"',
        '  pass: "correct-horse-battery"',
        `  tls: { ca_file: "${pem("ca.pem")}" }`,
        "api:",
        `  token_file: "${pem("api.token")}"`,
        `  tls: { ca_file: "${pem("ca.pem")}", cert_file: "${pem("server.pem")}", key_file: "${pem("server.key")}" }`,
        "",
      ].join("\n"),
    );
    apiCfg = loadConfig({ file: configFile, env: {} }).api;
    t = await startTestFleet([{ role: "gen", node: "sec-a", devices: "sim:1x80GiB" }], {
      natsUrl: nats.url,
      configFile,
      clientOptions: controlClientOptionsFromConfig(apiCfg),
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  test("the services joined through the secured NATS, and the secured API lists the worker", async () => {
    const { nodes } = await t!.client.listNodes();
    expect(nodes.map((n) => n.advert?.node)).toContain("sec-a");
  });

  test("the coordinator refuses a call without the token, and a handshake without the CA", async () => {
    const address = t!.fleet.apiAddress;
    const noToken = await callListNodes(address, { tls: { caFile: pem("ca.pem") } });
    expect(((noToken as FleetError).cause as { code: number }).code).toBe(16);
    const noCa = await callListNodes(address, { token: TOKEN });
    expect((noCa as FleetError).code).toBe(FleetErrorCode.DEPENDENCY_MISSING);
    expect(await callListNodes(address, controlClientOptionsFromConfig(apiCfg))).toBe("ok");
  });
});
