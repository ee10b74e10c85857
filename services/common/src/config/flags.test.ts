import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode } from "../errors";
import { AGGREGATOR_COMMAND, COMMON_FLAGS, COORDINATOR_COMMAND, WORKER_COMMAND, parseBackendFlag, parseServiceArgs } from "./flags";
import { thrown } from "../testing/rejection";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-flags-test-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("parseBackendFlag", () => {
  test("NAME:k=v,... gives the name and its options; type defaults to the name", () => {
    expect(parseBackendFlag("synthetic:memory=30GiB,load_time=2s")).toEqual(["synthetic", { memory: "30GiB", load_time: "2s", type: "synthetic" }]);
  });

  test("a bare name is a backend of that type", () => {
    expect(parseBackendFlag("cpu-metrics")).toEqual(["cpu-metrics", { type: "cpu-metrics" }]);
  });

  test("an explicit type wins over the name; spaces around keys and values and empty items are ignored", () => {
    expect(parseBackendFlag("wan:type=synthetic, memory = 40GiB ,")).toEqual(["wan", { type: "synthetic", memory: "40GiB" }]);
  });

  test("an item that is not key=value is an error naming the flag and the item", () => {
    const e = thrown(() => parseBackendFlag("wan:memory"));
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.message).toBe('--backend wan:memory: "memory" is not key=value');
    expect(() => parseBackendFlag("wan:=30GiB")).toThrow(/"=30GiB" is not key=value/);
  });
});

describe("parseServiceArgs", () => {
  test("flags land on their config paths; --backend may be repeated", () => {
    const { config, positionals, extra } = parseServiceArgs(
      [
        "--nats",
        "nats://flag:4222",
        "--devices",
        "sim:2x80GiB",
        "--ack-wait",
        "90s",
        "--memory-margin",
        "2GiB",
        "--role",
        "eval",
        "--backend",
        "synthetic:memory=30GiB,load_time=2s",
        "--backend",
        "metrics:type=cpu-metrics",
      ],
      WORKER_COMMAND,
      {},
    );
    expect(config.nats.url).toBe("nats://flag:4222");
    expect(config.worker.devices).toBe("sim:2x80GiB");
    expect(config.worker.ack_wait).toBe(90_000);
    expect(config.worker.memory_margin).toBe(2048);
    expect(config.worker.role).toBe("eval");
    expect(config.worker.backends).toEqual({
      synthetic: { type: "synthetic", memory: 30 * 1024, load_time: 2000 },
      metrics: { type: "cpu-metrics", memory: 0, load_time: 0 },
    });
    expect(positionals).toEqual([]);
    expect(extra).toEqual({});
  });

  test("flags beat env, env beats --config file, file beats defaults", () => {
    const cfg = join(dir, "worker.yaml");
    writeFileSync(cfg, "nats:\n  url: nats://file:4222\nlog_level: warn\nworker:\n  oom_cooldown: 45s\n  devices: cpu:1\n");
    const { config } = parseServiceArgs(
      ["--config", cfg, "--nats", "nats://flag:4222"],
      WORKER_COMMAND,
      { FRAMEFLEET_NATS_URL: "nats://env:4222", FRAMEFLEET_DEVICES: "cpu:4" },
    );
    expect(config.nats.url).toBe("nats://flag:4222");
    expect(config.worker.devices).toBe("cpu:4");
    expect(config.log_level).toBe("warn");
    expect(config.worker.oom_cooldown).toBe(45_000);
    expect(config.worker.drain_deadline).toBe(600_000);
  });

  test("--backend replaces the backends of the config file", () => {
    const cfg = join(dir, "backends.yaml");
    writeFileSync(cfg, "worker:\n  backends:\n    old:\n      type: synthetic\n");
    const { config } = parseServiceArgs(["--config", cfg, "--backend", "synthetic"], WORKER_COMMAND, {});
    expect(Object.keys(config.worker.backends ?? {})).toEqual(["synthetic"]);
  });

  test("the same flag name maps to each command's own path", () => {
    expect(parseServiceArgs(["--http-port", "9100"], COORDINATOR_COMMAND, {}).config.coordinator.http_port).toBe(9100);
    expect(parseServiceArgs(["--http-port", "9200"], AGGREGATOR_COMMAND, {}).config.aggregator.http_port).toBe(9200);
    const w = parseServiceArgs(["--http-port", "9300"], WORKER_COMMAND, {}).config;
    expect(w.worker.http_port).toBe(9300);
    expect(w.coordinator.http_port).toBe(7701);
    expect(parseServiceArgs(["--listen", "0.0.0.0:7800"], COORDINATOR_COMMAND, {}).config.api.listen).toBe("0.0.0.0:7800");
    expect(parseServiceArgs(["--http-host", "127.0.0.1"], COORDINATOR_COMMAND, {}).config.coordinator.http_host).toBe("127.0.0.1");
    expect(parseServiceArgs(["--http-host", "::1"], AGGREGATOR_COMMAND, {}).config.aggregator.http_host).toBe("::1");
    expect(parseServiceArgs(["--http-host", "10.0.0.7"], WORKER_COMMAND, {}).config.worker.http_host).toBe("10.0.0.7");
    expect(() => parseServiceArgs(["--http-host", "a b"], WORKER_COMMAND, {})).toThrow(/worker\.http_host \(from a flag\): expected an address to bind/);
  });

  test("--data-root is repeatable and replaces coordinator.data_roots of the environment", () => {
    const c = parseServiceArgs(["--data-root", "/data/a", "--data-root=/data/b"], COORDINATOR_COMMAND, { FRAMEFLEET_DATA_ROOTS: "/env" }).config;
    expect(c.coordinator.data_roots).toEqual(["/data/a", "/data/b"]);
    expect(parseServiceArgs([], COORDINATOR_COMMAND, { FRAMEFLEET_DATA_ROOTS: "/env:/env2" }).config.coordinator.data_roots).toEqual(["/env", "/env2"]);
  });

  test("flags without a config path and positionals come back untouched", () => {
    const command = {
      name: "tail",
      summary: "a command with its own flags",
      usage: ["RUN"],
      positionals: true,
      flags: { ...COMMON_FLAGS, json: { type: "boolean" as const, help: "JSON" }, since: { arg: "DURATION", help: "since when" } },
    };
    const r = parseServiceArgs(["run.yaml", "--json", "--since", "5m", "--log-level", "debug"], command, {});
    expect(r.positionals).toEqual(["run.yaml"]);
    expect(r.extra).toEqual({ json: true, since: "5m" });
    expect(r.config.log_level).toBe("debug");
  });

  test("an unknown flag is a config error naming the flag and where the command's flags are listed", () => {
    const e = thrown(() => parseServiceArgs(["--gpus", "2"], WORKER_COMMAND, {}));
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.message).toBe("unknown flag --gpus for framefleet worker; framefleet help worker lists the flags it takes");
  });

  test("a service command takes no positional arguments", () => {
    expect(() => parseServiceArgs(["extra"], AGGREGATOR_COMMAND, {})).toThrow('aggregator takes no arguments, got "extra"; framefleet help aggregator lists the flags it takes');
  });

  test("a worker flag is unknown to the coordinator", () => {
    expect(() => parseServiceArgs(["--devices", "cpu:1"], COORDINATOR_COMMAND, {})).toThrow(/--devices/);
  });

  test("bad flag values are reported with every other bad field, by config path", () => {
    const e = thrown(() =>
      parseServiceArgs(["--ack-wait", "soon", "--role", "both", "--backend", "wan:memory=1GiB", "--backend", "sy:type=synthetic,memory=huge"], WORKER_COMMAND, {}),
    );
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.issues).toEqual(
      expect.arrayContaining([
        'worker.ack_wait (from a flag): "soon" is not a duration such as 30s, 10m or 1500ms',
        expect.stringMatching(/^worker\.role \(from a flag\): /),
        expect.stringMatching(/^worker\.backends\.wan\.type \(from a flag\): /), // type defaults to the name "wan"
        'worker.backends.sy.memory (from a flag): "huge" is not a size such as 80GiB or 40960MiB',
      ]),
    );
    expect(e.issues).toHaveLength(4);
  });

  test("a malformed --backend fails before the config is loaded", () => {
    expect(() => parseServiceArgs(["--backend", "wan:memory"], WORKER_COMMAND, {})).toThrow('--backend wan:memory: "memory" is not key=value');
  });
});
