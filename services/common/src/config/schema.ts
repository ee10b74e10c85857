/**
 * The one FrameFleet configuration: a YAML file (`--config`, FRAMEFLEET_CONFIG), environment
 * variables and command-line flags, validated together at start. Every bad field is reported
 * at once, by its path, with what was expected. Field names are snake_case as written in YAML;
 * durations take "30s"/"10m" and sizes "80GiB". docs/configuration.md documents each field.
 */
import { delimiter, join } from "node:path";
import { z } from "zod";
import { parseDurationMs, parseSizeMiB } from "../units";
import { LOG_LEVELS } from "../log";
import { IdRule, SCHED_NAME, SCHED_NAME_RULE } from "../ids";
import { DEFAULT_MAX_VIDEOS_PER_RUN } from "../limits";
import { PACKAGE_ROOT } from "../version";

/**
 * The installation's bundled examples (their run specs and the public example data they name),
 * the one data root a coordinator allows unless told otherwise, so that `framefleet submit
 * examples/runs/*.yaml` works on a fresh install. Nothing in it is private.
 */
export const DEFAULT_DATA_ROOT = join(PACKAGE_ROOT, "examples");

/** A list of folders: a YAML list, or one string of folders separated by ":" (as FRAMEFLEET_DATA_ROOTS, like PATH). */
const folderList = z.union([
  z.array(z.string().min(1, "must not be empty")),
  z.string().transform((s) => s.split(delimiter).filter((p) => p !== "")),
]);

const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    return parseDurationMs(v);
  } catch {
    ctx.addIssue({ code: "custom", message: `"${v}" is not a duration such as 30s, 10m or 1500ms` });
    return z.NEVER;
  }
});

/** A duration that must be above zero: a wait of 0 would give up before anything could answer. */
const positiveDuration = duration.refine((ms) => ms > 0, { message: "must be longer than 0 (e.g. 30s)" });

const size = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    return parseSizeMiB(v);
  } catch {
    ctx.addIssue({ code: "custom", message: `"${v}" is not a size such as 80GiB or 40960MiB` });
    return z.NEVER;
  }
});

const port = z.coerce.number().int().min(0).max(65535);
/**
 * An address to bind: an IPv4 or IPv6 address or a host name. 0.0.0.0 (every interface) is the
 * default of the services so that Prometheus and the kubelet reach the pod's IP; `framefleet up`
 * and `demo` bind 127.0.0.1.
 */
const bindHost = z.string().regex(/^[^\s[\]/]+$/, "expected an address to bind, e.g. 127.0.0.1, 0.0.0.0 or ::1").default("0.0.0.0");
const hostPort = z.string().regex(/^(\[[0-9A-Fa-f:.]+\]|[^\s:[\]]+):\d{1,5}$/, "expected host:port, e.g. 127.0.0.1:7700 or [::1]:7700");

const backendName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "lower-case letters, digits, '_' and '-'");

const builtinBackendSchema = z
  .object({
    /**
     * Built-in implementations: "synthetic" (generation, real videos), "noop" (generation that
     * only spends the simulated time and writes no file: for benchmarks of the fleet itself) or
     * "cpu-metrics" (evaluation).
     */
    type: z.enum(["synthetic", "noop", "cpu-metrics"]),
    /** GPU memory one loaded instance needs. */
    memory: size.prefault(0),
    /** Simulated model load time (synthetic and noop). */
    load_time: duration.prefault(0),
  })
  .strict();

const taskKind = z.enum(["gen", "eval"]);
const envMap = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "environment variable names are letters, digits and _"), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({});
const argv = z.array(z.string()).min(1, "give the program and its arguments as a list");

/**
 * A model or evaluator process speaking framefleet.backend.v1.Backend over a unix socket (the
 * Python SDK, or anything else): one process per (device, backend), kept for every task.
 */
const grpcBackendSchema = z
  .object({
    type: z.literal("grpc"),
    /** Whether it generates videos ("gen") or evaluates them ("eval"). */
    kind: taskKind,
    /** Program and arguments (no shell); the socket path arrives in FRAMEFLEET_BACKEND_SOCKET. */
    command: argv,
    env: envMap,
    /** Working directory of the process; default the worker's. */
    cwd: z.string().min(1).optional(),
    /** GPU memory one loaded instance needs; placement uses it before the process exists. */
    memory: size.prefault(0),
    /** How long loading the model (start to Health ready) may take. */
    load_timeout: duration.prefault("20m"),
    /** No progress for this long during a task = hung: the process is killed and the task handed back. */
    hang_timeout: duration.prefault("5m"),
    /** How long a process may take to exit after Shutdown / SIGTERM before SIGKILL. */
    stop_grace: duration.prefault("10s"),
  })
  .strict();

/**
 * A command run once per task from an argv template (the seeds' scripts as they are). Prompts
 * reach it only as files or single argv items, never through a shell.
 */
const commandBackendSchema = z
  .object({
    type: z.literal("command"),
    kind: taskKind,
    /** Program and arguments with {placeholders} (docs/backends.md lists them). */
    command: argv,
    env: envMap,
    cwd: z.string().min(1).optional(),
    memory: size.prefault(0),
    /** A task running longer than this is killed (and retried as a backend failure). */
    timeout: duration.prefault("2h"),
    /** Exit codes that mean out of GPU memory (handed back without spending an attempt). */
    oom_exit_codes: z.array(z.number().int().min(1).max(255)).default([]),
    /** A regular expression on stderr that means out of GPU memory. */
    oom_pattern: z.string().min(1).default("CUDA out of memory|OutOfMemoryError|CUBLAS_STATUS_ALLOC_FAILED"),
    /** Exit codes that mean the task's input is wrong (not retried). */
    invalid_input_exit_codes: z.array(z.number().int().min(1).max(255)).default([]),
  })
  .strict();

/** A certificate and its key come together; one without the other is a mistake worth naming. */
function certKeyPair(t: { cert_file?: string; key_file?: string }, ctx: z.RefinementCtx): void {
  if ((t.cert_file === undefined) !== (t.key_file === undefined)) {
    ctx.addIssue({ code: "custom", path: [t.cert_file === undefined ? "cert_file" : "key_file"], message: "cert_file and key_file are given together" });
  }
}

const tlsFilesSchema = z
  .object({
    /** PEM CA bundle that signed the peer's certificate; default the system's roots. */
    ca_file: z.string().min(1).optional(),
    /** PEM certificate (and below its key) presented to the peer. */
    cert_file: z.string().min(1).optional(),
    key_file: z.string().min(1).optional(),
  })
  .strict()
  .superRefine(certKeyPair);

const apiTlsSchema = z
  .object({
    ca_file: z.string().min(1).optional(),
    cert_file: z.string().min(1).optional(),
    key_file: z.string().min(1).optional(),
    /** Coordinator only: require client certificates signed by this CA (mutual TLS). */
    client_ca_file: z.string().min(1).optional(),
  })
  .strict()
  .superRefine(certKeyPair);

export const backendConfigSchema = z.discriminatedUnion("type", [builtinBackendSchema, grpcBackendSchema, commandBackendSchema]);

export const configSchema = z
  .object({
    nats: z
      .object({
        url: z.string().min(1).default("nats://127.0.0.1:4222"),
        user: z.string().optional(),
        pass: z.string().optional(),
        token: z.string().optional(),
        /** NKey seed file (`SU…`, as `nk -gen user` writes it): the server challenges, the seed signs. */
        nkey_seed_file: z.string().min(1).optional(),
        /** A `.creds` file (user JWT + seed) for servers run in operator/decentralised mode. */
        creds_file: z.string().min(1).optional(),
        /** TLS to NATS: the CA that signed the server's certificate, and a client certificate where the server verifies clients. */
        tls: tlsFilesSchema.optional(),
        /** Stream and KV replicas (3 on a 3-node cluster). */
        replicas: z.coerce.number().int().min(1).max(5).default(1),
        /** How long a starting service keeps trying to reach NATS and JetStream. */
        startup_timeout: duration.prefault("5m"),
        /**
         * How often the client pings the server. A connection is given up as dead when
         * `max_pings_out` pings in a row get no answer, i.e. after ping_interval × (max_pings_out + 1)
         * at most: 15 s with the defaults (nats.js's own 2 minutes left a partitioned worker unnoticed).
         */
        ping_interval: positiveDuration.prefault("5s"),
        /** Unanswered pings after which the connection counts as dead and the client reconnects. */
        max_pings_out: z.coerce.number().int().min(1).max(100).default(2),
      })
      .strict()
      .superRefine((n, ctx) => {
        // An nkey or creds authenticator replaces user/password and token in nats.js: silently
        // dropping one of them would hide a wrong config. (user + token stay allowed, as before.)
        const keyed = (["nkey_seed_file", "creds_file"] as const).filter((k) => n[k] !== undefined);
        const others = (["user", "token"] as const).filter((k) => n[k] !== undefined);
        if (keyed.length > 1 || (keyed.length === 1 && others.length > 0)) {
          ctx.addIssue({ code: "custom", path: [keyed[0] as string], message: `nats.${keyed[0]} is used alone: remove ${[...keyed.slice(1), ...others].map((k) => `nats.${k}`).join(", ")}` });
        }
      })
      .prefault({}),
    api: z
      .object({
        /** Where the coordinator's gRPC Control API listens. */
        listen: hostPort.default("127.0.0.1:7700"),
        /** Where the CLI calls the Control API. */
        address: hostPort.default("127.0.0.1:7700"),
        /**
         * CLI: how long one call to the Control API may wait for its answer; on the status
         * stream of `--watch`/`--wait`, the longest silence between two updates (the coordinator
         * sends one at least every 2 s).
         */
        timeout: positiveDuration.prefault("30s"),
        /** CLI: how long connecting to the Control API (TCP, TLS, HTTP/2) may take. */
        connect_timeout: positiveDuration.prefault("10s"),
        /** Bearer token: the coordinator requires it on every call, the CLI sends it. */
        token: z.string().min(16, "use a token of at least 16 characters").optional(),
        /** File holding the token (a mounted Secret); trailing whitespace is ignored. */
        token_file: z.string().min(1).optional(),
        /**
         * TLS: the coordinator serves with cert_file/key_file (and requires client certificates
         * signed by client_ca_file when set); the CLI verifies the coordinator with ca_file and
         * presents cert_file/key_file when both are set.
         */
        tls: apiTlsSchema.optional(),
        /** CLI: who submits (a run spec's `owner` wins); the login name when unset. */
        owner: z.string().regex(SCHED_NAME, SCHED_NAME_RULE).optional(),
        /** CLI: the submitter's team (a run spec's `team` wins); "default" when unset. */
        team: z.string().regex(SCHED_NAME, SCHED_NAME_RULE).optional(),
      })
      .strict()
      .superRefine((a, ctx) => {
        if (a.token !== undefined && a.token_file !== undefined) ctx.addIssue({ code: "custom", path: ["token_file"], message: "give api.token or api.token_file, not both" });
      })
      .prefault({}),
    /** Shared folder (NFS, PVC) where every run's videos and reports are written. */
    output_root: z.string().min(1).default("./framefleet-runs"),
    log_level: z.enum([...LOG_LEVELS, "silent"]).default("info"),
    coordinator: z
      .object({
        http_port: port.default(7701),
        /** Address the HTTP server (live page, /metrics, /healthz, /readyz) binds. */
        http_host: bindHost,
        /** How often run counters and ETA are recomputed and written. */
        status_interval: duration.prefault("1s"),
        /** How often every captured dead-letter advisory is checked again. */
        reconcile_interval: duration.prefault("60s"),
        /**
         * How long tasks may wait for a backend no live node serves before their queue counts
         * as stuck (framefleet_queue_stuck, `framefleet status`, the live page).
         */
        stuck_after: duration.prefault("2m"),
        /** A stopped or lost node leaves `framefleet nodes` (its advert is deleted) after this; 0 keeps it listed. */
        forget_nodes_after: duration.prefault("10m"),
        /**
         * Folders on the coordinator's machine that run specs may read files from (prompt files,
         * benchmark data, first frames …), besides the spec's own folder. Relative ones resolve
         * against the coordinator's working folder. Setting it replaces the default.
         * @default [the installation's examples/ folder]
         */
        data_roots: folderList.default(() => [DEFAULT_DATA_ROOT]),
        /**
         * Whether the spec's own folder (the submit's base_dir) is allowed too. Any API client
         * can name any folder as base_dir, so where API clients must not read the coordinator's
         * files, set false and list the data in data_roots. @default true
         */
        allow_spec_folder: z.boolean().default(true),
        /**
         * Videos (generation tasks) one run may have; a spec that plans more is refused at submit
         * (spec_invalid). It bounds the coordinator's memory, which holds every item of a run in
         * progress (docs/performance.md gives the cost per video).
         */
        max_videos_per_run: z.coerce.number().int().min(1).max(10_000_000).default(DEFAULT_MAX_VIDEOS_PER_RUN),
        /** Heap of the thread that plans one spec; a plan that needs more is refused (spec_invalid). */
        planning_memory: size.prefault("1GiB"),
        /** How long planning one spec may take before it is stopped and refused. */
        planning_timeout: duration.prefault("10m"),
        /**
         * Priority classes a run spec's `priority` may name: higher `value` first. A class with
         * `preempt: true` may take devices from running tasks of lower classes (handed back
         * without spending an attempt). A spec may also give an integer.
         */
        priority_classes: z
          .record(z.string().regex(SCHED_NAME, SCHED_NAME_RULE), z.object({ value: z.number().int().min(-1000).max(1000), preempt: z.boolean().default(false) }).strict())
          .default(() => ({ high: { value: 100, preempt: false }, normal: { value: 0, preempt: false }, low: { value: -100, preempt: false } })),
        /** The class of a run whose spec gives no priority. */
        default_priority: z.string().default("normal"),
        /**
         * Teams sharing the fleet: `weight` is the team's share of the devices against the other
         * teams with work (default 1), `max_devices` the most devices its runs may hold at once
         * (no limit when absent). A team not listed has weight 1 and no limit.
         */
        teams: z
          .record(z.string().regex(SCHED_NAME, SCHED_NAME_RULE), z.object({ weight: z.number().positive().max(1000).default(1), max_devices: z.number().int().min(0).optional() }).strict())
          .default(() => ({})),
        /**
         * Tasks admitted to the work queue per backend beyond the devices serving it, so that a
         * device never waits for the coordinator to admit its next task: this fraction of the
         * devices, at least 2.
         */
        admission_margin: z.number().min(0).max(10).default(0.25),
        /** How many times one item's running attempt may be handed back for a higher-priority run. */
        max_preemptions: z.number().int().min(0).max(100).default(2),
      })
      .strict()
      .superRefine((c, ctx) => {
        if (!(c.default_priority in c.priority_classes)) {
          ctx.addIssue({ code: "custom", path: ["default_priority"], message: `"${c.default_priority}" is not one of coordinator.priority_classes (${Object.keys(c.priority_classes).join(", ")})` });
        }
      })
      .prefault({}),
    aggregator: z
      .object({
        http_port: port.default(7702),
        /** Address the HTTP server (/metrics, /healthz, /readyz) binds. */
        http_host: bindHost,
        /**
         * Test hook: extra time spent inside each report build, holding its completion event's
         * lease, so tests can make a build outlast the events consumer's ack_wait. Keep 0.
         */
        test_report_delay: duration.prefault(0),
      })
      .strict()
      .prefault({}),
    worker: z
      .object({
        node: z.string().regex(IdRule.NODE.pattern, "letters, digits, '_' and '-', starting with a letter or digit, at most 64").optional(),
        role: z.enum(["gen", "eval"]).default("gen"),
        /**
         * "nvidia", "nvidia:/path/to/nvidia-smi", "sim:2x80GiB" or "cpu:2". No default here: a
         * worker given none uses "nvidia" when nvidia-smi is on PATH and otherwise refuses to
         * start (worker-runtime/src/devices/default-spec.ts), never simulated GPUs unasked.
         */
        devices: z.string().min(1).optional(),
        http_port: port.default(0),
        /** Address the HTTP server (/metrics, /healthz, /readyz) binds. */
        http_host: bindHost,
        /** Lease on a task; a dead worker's task is redelivered after this. */
        ack_wait: duration.prefault("60s"),
        /** Extra free memory a device must have beyond a backend's need. */
        memory_margin: size.prefault("1GiB"),
        advert_interval: duration.prefault("5s"),
        /** Redeliveries before a task is dead-lettered (leave headroom for hand-backs). */
        max_deliver: z.coerce.number().int().min(2).max(1000).default(20),
        /** Backends this worker serves, by name. */
        backends: z.record(backendName, backendConfigSchema).optional(),
        /** How long a drain lets running tasks finish by default. */
        drain_deadline: duration.prefault("10m"),
        /** How long a device that ran out of memory is left alone. */
        oom_cooldown: duration.prefault("30s"),
        /**
         * How long a worker keeps retrying a write a task needs (output commit, attempt record,
         * result) while NATS fails it (an outage, a leader election, a timeout), with backoff from
         * 250 ms to 5 s. Past it the task is handed back without spending an attempt.
         */
        infra_retry_budget: duration.prefault("2m"),
        /** A task that ran out of memory on this many distinct devices is given up (dead-lettered). */
        oom_device_limit: z.coerce.number().int().min(1).max(1000).default(3),
        /** "idle": a device switches backend only when its loaded backend has no work; "never": never. */
        backend_switch: z.enum(["idle", "never"]).default("idle"),
        /**
         * Generator workers: free space the output folder must have for the node to take new work.
         * Below it the node pauses (advertising why) and resumes by itself once space returns; a task
         * that ran out of space there is handed back without spending an attempt. 0 turns it off.
         */
        min_free_space: size.prefault("2GiB"),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type FleetConfig = z.output<typeof configSchema>;
export type BackendConfig = z.output<typeof backendConfigSchema>;
export type GrpcBackendConfig = z.output<typeof grpcBackendSchema>;
export type CommandBackendConfig = z.output<typeof commandBackendSchema>;
