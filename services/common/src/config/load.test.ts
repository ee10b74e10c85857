import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode, ValidationError } from "../errors";
import { PACKAGE_ROOT } from "../version";
import { ENV_VARS, loadConfig } from "./load";
import { DEFAULT_DATA_ROOT } from "./schema";
import { thrown } from "../testing/rejection";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-config-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function file(yaml: string): string {
  const p = join(dir, `config-${n++}.yaml`);
  writeFileSync(p, yaml);
  return p;
}

describe("defaults", () => {
  test("with no file, env or flags every field has its documented default, durations in ms and sizes in MiB", () => {
    const c = loadConfig({ env: {} });
    expect(c).toEqual({
      nats: { url: "nats://127.0.0.1:4222", replicas: 1, startup_timeout: 300000, ping_interval: 5000, max_pings_out: 2 },
      api: { listen: "127.0.0.1:7700", address: "127.0.0.1:7700", timeout: 30_000, connect_timeout: 10_000 },
      output_root: "./framefleet-runs",
      log_level: "info",
      coordinator: {
        http_port: 7701,
        http_host: "0.0.0.0",
        status_interval: 1000,
        reconcile_interval: 60000,
        stuck_after: 120000,
        forget_nodes_after: 600_000,
        data_roots: [DEFAULT_DATA_ROOT],
        allow_spec_folder: true,
        max_videos_per_run: 100_000,
        planning_memory: 1024,
        planning_timeout: 600_000,
        priority_classes: { high: { value: 100, preempt: false }, normal: { value: 0, preempt: false }, low: { value: -100, preempt: false } },
        default_priority: "normal",
        teams: {},
        admission_margin: 0.25,
        max_preemptions: 2,
      },
      aggregator: { http_port: 7702, http_host: "0.0.0.0", test_report_delay: 0 },
      worker: {
        role: "gen",
        http_port: 0,
        http_host: "0.0.0.0",
        ack_wait: 60_000,
        memory_margin: 1024,
        min_free_space: 2048,
        advert_interval: 5000,
        max_deliver: 20,
        drain_deadline: 600_000,
        oom_cooldown: 30_000,
        oom_device_limit: 3,
        infra_retry_budget: 120_000,
        backend_switch: "idle",
      },
    });
    expect(c.worker.node).toBeUndefined();
    // No simulated default: a worker given no devices looks for nvidia-smi or refuses to start.
    expect(c.worker.devices).toBeUndefined();
    expect(c.worker.backends).toBeUndefined();
  });

  test("the returned config is deeply frozen", () => {
    const c = loadConfig({ env: {} });
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.worker)).toBe(true);
    expect(Object.isFrozen(c.nats)).toBe(true);
  });

  test("an empty config file gives the defaults", () => {
    expect(loadConfig({ file: file(""), env: {} }).worker.ack_wait).toBe(60_000);
  });
});

describe("coordinator.data_roots", () => {
  test("the default is the installation's examples folder, which holds the bundled example data", () => {
    expect(DEFAULT_DATA_ROOT).toBe(join(PACKAGE_ROOT, "examples"));
    expect(existsSync(join(DEFAULT_DATA_ROOT, "data", "vbench"))).toBe(true);
  });

  test("coordinator.default_priority must name one of coordinator.priority_classes", () => {
    const f = file("coordinator:\n  priority_classes: { urgent: { value: 10 } }\n  default_priority: normal\n");
    expect(thrown(() => loadConfig({ file: f })).issues).toEqual(['coordinator.default_priority: "normal" is not one of coordinator.priority_classes (urgent)']);
  });

  test("a list in the file replaces the default; FRAMEFLEET_DATA_ROOTS is split at ':' like PATH and beats the file", () => {
    const f = file("coordinator:\n  data_roots: [/data/bench, ./local]\n  allow_spec_folder: false\n");
    const fromFile = loadConfig({ file: f, env: {} }).coordinator;
    expect(fromFile.data_roots).toEqual(["/data/bench", "./local"]);
    expect(fromFile.allow_spec_folder).toBe(false);
    expect(loadConfig({ file: f, env: { FRAMEFLEET_DATA_ROOTS: "/a:/b c::/d" } }).coordinator.data_roots).toEqual(["/a", "/b c", "/d"]);
  });

  test("wrong types name the field", () => {
    expect(() => loadConfig({ file: file("coordinator:\n  data_roots: [\"\"]\n  allow_spec_folder: maybe\n"), env: {} })).toThrow(
      /coordinator\.data_roots\.0: must not be empty[\s\S]*coordinator\.allow_spec_folder/,
    );
  });
});

describe("precedence: flags > env > file > defaults", () => {
  const yaml = ["nats:", "  url: nats://file:4222", "log_level: warn", "worker:", "  ack_wait: 90s", "  devices: sim:1x40GiB", "  role: eval"].join("\n");

  test("the file overrides the defaults, leaving other fields at their defaults", () => {
    const c = loadConfig({ file: file(yaml), env: {} });
    expect(c.nats.url).toBe("nats://file:4222");
    expect(c.log_level).toBe("warn");
    expect(c.worker.ack_wait).toBe(90_000);
    expect(c.worker.devices).toBe("sim:1x40GiB");
    expect(c.worker.role).toBe("eval");
    expect(c.nats.replicas).toBe(1);
    expect(c.worker.oom_cooldown).toBe(30_000);
  });

  test("environment variables override the file", () => {
    const c = loadConfig({
      file: file(yaml),
      env: { FRAMEFLEET_NATS_URL: "nats://env:4222", FRAMEFLEET_ACK_WAIT: "2m", FRAMEFLEET_NATS_REPLICAS: "3" },
    });
    expect(c.nats.url).toBe("nats://env:4222");
    expect(c.worker.ack_wait).toBe(120_000);
    expect(c.nats.replicas).toBe(3);
    // Not set in env: still the file's.
    expect(c.log_level).toBe("warn");
    expect(c.worker.devices).toBe("sim:1x40GiB");
  });

  test("flags override environment variables and the file", () => {
    const c = loadConfig({
      file: file(yaml),
      env: { FRAMEFLEET_NATS_URL: "nats://env:4222", FRAMEFLEET_LOG_LEVEL: "error" },
      overrides: { "nats.url": "nats://flag:4222", "worker.ack_wait": "45s" },
    });
    expect(c.nats.url).toBe("nats://flag:4222");
    expect(c.worker.ack_wait).toBe(45_000);
    expect(c.log_level).toBe("error");
    expect(c.worker.role).toBe("eval");
  });

  test("an empty environment variable and an undefined flag are ignored", () => {
    const c = loadConfig({ file: file(yaml), env: { FRAMEFLEET_NATS_URL: "" }, overrides: { "nats.url": undefined } });
    expect(c.nats.url).toBe("nats://file:4222");
  });

  test("FRAMEFLEET_CONFIG names the file when none is given; an explicit file wins over it", () => {
    const fromEnv = file("output_root: /from-env-file\n");
    const explicit = file("output_root: /explicit\n");
    expect(loadConfig({ env: { FRAMEFLEET_CONFIG: fromEnv } }).output_root).toBe("/from-env-file");
    expect(loadConfig({ file: explicit, env: { FRAMEFLEET_CONFIG: fromEnv } }).output_root).toBe("/explicit");
  });

  test("every environment variable sets the path it is documented to set", () => {
    const env: Record<string, string> = {
      FRAMEFLEET_NATS_URL: "nats://a:1",
      FRAMEFLEET_NATS_USER: "u",
      FRAMEFLEET_NATS_PASS: "p",
      FRAMEFLEET_NATS_TOKEN: "t",
      FRAMEFLEET_NATS_REPLICAS: "5",
      FRAMEFLEET_NATS_STARTUP_TIMEOUT: "45s",
      FRAMEFLEET_NATS_PING_INTERVAL: "3s",
      FRAMEFLEET_NATS_MAX_PINGS_OUT: "4",
      FRAMEFLEET_API: "ctl.example:9000",
      FRAMEFLEET_API_TIMEOUT: "2m",
      FRAMEFLEET_API_CONNECT_TIMEOUT: "1500ms",
      FRAMEFLEET_API_LISTEN: "0.0.0.0:9001",
      FRAMEFLEET_OUTPUT_ROOT: "/mnt/runs",
      FRAMEFLEET_LOG_LEVEL: "debug",
      FRAMEFLEET_NODE: "gpu-07",
      FRAMEFLEET_DEVICES: "cpu:2",
      FRAMEFLEET_ACK_WAIT: "1h30m",
    };
    for (const name of Object.keys(env)) expect(ENV_VARS).toHaveProperty([name]);
    const c = loadConfig({ env });
    expect(c.nats).toEqual({ url: "nats://a:1", user: "u", pass: "p", token: "t", replicas: 5, startup_timeout: 45_000, ping_interval: 3000, max_pings_out: 4 });
    expect(c.api).toEqual({ address: "ctl.example:9000", listen: "0.0.0.0:9001", timeout: 120_000, connect_timeout: 1500 });
    expect(c.output_root).toBe("/mnt/runs");
    expect(c.log_level).toBe("debug");
    expect(c.worker.node).toBe("gpu-07");
    expect(c.worker.devices).toBe("cpu:2");
    expect(c.worker.ack_wait).toBe(5_400_000);
  });
});

describe("durations and sizes", () => {
  test("are parsed from text wherever they appear", () => {
    const c = loadConfig({
      file: file(
        [
          "coordinator:",
          "  status_interval: 1500ms",
          "worker:",
          "  ack_wait: 30s",
          "  memory_margin: 1GiB",
          "  drain_deadline: 1h",
          "  oom_cooldown: 1.5s",
          "  advert_interval: 2500",
          "  backends:",
          "    wan:",
          "      type: synthetic",
          "      memory: 30GiB",
          "      load_time: 2s",
          "    metrics:",
          "      type: cpu-metrics",
        ].join("\n"),
      ),
      env: {},
    });
    expect(c.coordinator.status_interval).toBe(1500);
    expect(c.worker.ack_wait).toBe(30_000);
    expect(c.worker.memory_margin).toBe(1024);
    expect(c.worker.drain_deadline).toBe(3_600_000);
    expect(c.worker.oom_cooldown).toBe(1500);
    expect(c.worker.advert_interval).toBe(2500);
    expect(c.worker.backends).toEqual({
      wan: { type: "synthetic", memory: 30 * 1024, load_time: 2000 },
      metrics: { type: "cpu-metrics", memory: 0, load_time: 0 },
    });
  });

  test("YAML numbers are taken as milliseconds and MiB", () => {
    const c = loadConfig({ file: file("worker:\n  ack_wait: 250\n  memory_margin: 512\n"), env: {} });
    expect(c.worker.ack_wait).toBe(250);
    expect(c.worker.memory_margin).toBe(512);
  });
});

describe("errors", () => {
  test("a call timeout or connect timeout of 0 is refused: nothing could answer within it", () => {
    const e = thrown(() => loadConfig({ file: file("api:\n  timeout: 0s\n  connect_timeout: 0\n"), env: {} }));
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.issues).toEqual(["api.timeout: must be longer than 0 (e.g. 30s)", "api.connect_timeout: must be longer than 0 (e.g. 30s)"]);
    expect(thrown(() => loadConfig({ env: { FRAMEFLEET_API_TIMEOUT: "soon" } })).issues).toEqual([
      'api.timeout (from FRAMEFLEET_API_TIMEOUT): "soon" is not a duration such as 30s, 10m or 1500ms',
    ]);
  });

  test("every bad field is reported at once, by path; values from the file carry no other source", () => {
    const e = thrown(() =>
      loadConfig({
        file: file(["log_level: loud", "nats:", "  replicas: 9", "worker:", "  ack_wait: soon", "  memory_margin: lots", "  role: both"].join("\n")),
        env: {},
      }),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    const issues = e.issues ?? [];
    expect(issues).toHaveLength(5);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^log_level: /),
        expect.stringMatching(/^nats\.replicas: /),
        'worker.ack_wait: "soon" is not a duration such as 30s, 10m or 1500ms',
        'worker.memory_margin: "lots" is not a size such as 80GiB or 40960MiB',
        expect.stringMatching(/^worker\.role: /),
      ]),
    );
    // The message names where the values came from and lists each issue.
    expect(e.message).toContain("config file ");
    for (const i of issues) expect(e.message).toContain(`  - ${i}`);
  });

  test("the message names the environment variables that were set", () => {
    const e = thrown(() => loadConfig({ env: { FRAMEFLEET_ACK_WAIT: "forever", FRAMEFLEET_NODE: "bad name!" } }));
    const header = e.message.split("\n")[0] ?? "";
    expect(header).toMatch(/^configuration \(defaults, .*\) is invalid:$/);
    expect(header).toContain("FRAMEFLEET_NODE");
    expect(header).toContain("FRAMEFLEET_ACK_WAIT");
    expect(header).not.toContain("FRAMEFLEET_NATS_URL");
    expect(e.issues).toEqual(
      expect.arrayContaining([
        'worker.ack_wait (from FRAMEFLEET_ACK_WAIT): "forever" is not a duration such as 30s, 10m or 1500ms',
        expect.stringMatching(/^worker\.node \(from FRAMEFLEET_NODE\): /),
      ]),
    );
  });

  test("unknown keys are rejected, at the root and inside sections", () => {
    const e = thrown(() => loadConfig({ file: file("colour: blue\nworker:\n  gpus: 2\nnats:\n  urls: x\n"), env: {} }));
    expect(e.issues).toHaveLength(3);
    expect(e.issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\(root\): .*"colour"/),
        expect.stringMatching(/^worker: .*"gpus"/),
        expect.stringMatching(/^nats: .*"urls"/),
      ]),
    );
  });

  test("bad backends are reported by their path", () => {
    // The fields a backend takes depend on its type, so an unknown type is the one issue of its entry.
    const unknown = thrown(() => loadConfig({ file: file("worker:\n  backends:\n    wan:\n      type: diffusers\n      memory: huge\n"), env: {} }));
    expect(unknown.issues).toEqual([expect.stringMatching(/^worker\.backends\.wan\.type: .*'synthetic' \| 'noop' \| 'cpu-metrics' \| 'grpc' \| 'command'/)]);
    const e = thrown(() =>
      loadConfig({ file: file("worker:\n  backends:\n    wan:\n      type: synthetic\n      memory: huge\n      size: 1\n    j:\n      type: grpc\n      kind: both\n      command: []\n"), env: {} }),
    );
    const issues = e.issues ?? [];
    expect(issues).toContain('worker.backends.wan.memory: "huge" is not a size such as 80GiB or 40960MiB');
    expect(issues.some((i) => i.startsWith("worker.backends.wan: ") && i.includes('"size"'))).toBe(true);
    expect(issues.some((i) => i.startsWith("worker.backends.j.kind: "))).toBe(true);
    expect(issues).toContain("worker.backends.j.command: give the program and its arguments as a list");
  });

  test("ports and host:port addresses are checked", () => {
    const e = thrown(() => loadConfig({ env: { FRAMEFLEET_API_LISTEN: "7700" }, overrides: { "coordinator.http_port": "70000" } }));
    expect(e.issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^api\.listen \(from FRAMEFLEET_API_LISTEN\): expected host:port/),
        expect.stringMatching(/^coordinator\.http_port \(from a flag\): /),
      ]),
    );
    expect(e.issues).toHaveLength(2);
  });

  test("a missing file, bad YAML and a YAML list are config errors naming the file", () => {
    const missing = join(dir, "nope.yaml");
    const e1 = thrown(() => loadConfig({ file: missing, env: {} }));
    expect(e1.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e1.message).toContain(`config file ${missing}`);

    const bad = file("worker: [unclosed\n");
    const e2 = thrown(() => loadConfig({ file: bad, env: {} }));
    expect(e2.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e2.message).toContain(`config file ${bad} is not valid YAML`);

    const list = file("- a\n- b\n");
    const e3 = thrown(() => loadConfig({ file: list, env: {} }));
    expect(e3.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e3.message).toBe(`config file ${list} must be a YAML mapping`);
  });
});

test("IPv6 addresses are valid host:port values", () => {
  expect(loadConfig({ env: { FRAMEFLEET_API: "[::1]:7700" } }).api.address).toBe("[::1]:7700");
  expect(() => loadConfig({ env: { FRAMEFLEET_API: "::1:7700" } })).toThrow(/api\.address/);
});
