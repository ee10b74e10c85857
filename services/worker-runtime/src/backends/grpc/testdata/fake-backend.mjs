// A tiny framefleet.backend.v1.Backend server for the gRPC factory's unit tests: a real process on
// a real unix socket, whose behaviour the test picks through the environment (load) and the
// request's params.behaviour (each task). It models no video: "ok" writes a few bytes.
//
// Environment: FRAMEFLEET_BACKEND_SOCKET (required), FAKE_LOAD_MS, FAKE_EXIT_AT_START=<code>,
// FAKE_LOAD_FAILS=1, FAKE_NO_BIND=1, FAKE_PROTOCOL, FAKE_CAPABILITIES (comma list),
// FAKE_MEMORY_MIB, FAKE_LOADS_FILE (one line per load), FAKE_ENV_FILE (the env it got, as JSON),
// FAKE_REQUESTS_FILE (one JSON line per request), FAKE_IGNORE_SHUTDOWN=1 (ignores Shutdown and
// SIGTERM), FAKE_CHILD_PID_FILE (starts a `sleep` child in its group and writes its pid).
import { spawn } from "node:child_process";
import { appendFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const grpc = require("@grpc/grpc-js");
const protobuf = require("protobufjs/minimal");
// 64-bit fields as plain numbers, as services/common/src/protobuf-numbers.ts does for the worker.
protobuf.util.Long = undefined;
protobuf.configure();
const pb = require("../../../../../../proto/gen/framefleet.js").framefleet.backend.v1;

const env = process.env;
const socket = env.FRAMEFLEET_BACKEND_SOCKET;
if (!socket) {
  process.stderr.write("fake backend: FRAMEFLEET_BACKEND_SOCKET is not set\n");
  process.exit(2);
}
if (env.FAKE_EXIT_AT_START) {
  process.stderr.write("fake backend: loading model weights\n");
  process.stderr.write("fake backend: cannot load model weights: file not found (FAKE_EXIT_AT_START)\n");
  process.exit(Number(env.FAKE_EXIT_AT_START));
}
if (env.FAKE_ENV_FILE) {
  const keys = Object.keys(env).filter((k) => k.startsWith("FRAMEFLEET_") || k.startsWith("CUDA_") || k.startsWith("EXTRA_"));
  writeFileSync(env.FAKE_ENV_FILE, JSON.stringify(Object.fromEntries(keys.map((k) => [k, env[k]]))));
}
if (env.FAKE_CHILD_PID_FILE) {
  const child = spawn("sleep", ["300"], { stdio: "ignore" });
  writeFileSync(env.FAKE_CHILD_PID_FILE, String(child.pid));
}
if (env.FAKE_IGNORE_SHUTDOWN) process.on("SIGTERM", () => process.stderr.write("fake backend: ignoring SIGTERM\n"));

let state = "loading";
let message = "";
setTimeout(() => {
  if (env.FAKE_LOAD_FAILS) {
    state = "failed";
    message = "CUDA driver too old (FAKE_LOAD_FAILS)";
    return;
  }
  if (env.FAKE_LOADS_FILE) appendFileSync(env.FAKE_LOADS_FILE, `${process.pid}\n`);
  state = "ready";
  process.stdout.write("fake backend: model loaded\n");
}, Number(env.FAKE_LOAD_MS ?? 0));

const path = (name) => `/framefleet.backend.v1.Backend/${name}`;
const codec = (T) => ({ serialize: (m) => Buffer.from(T.encode(m).finish()), deserialize: (b) => T.decode(b) });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function record(kind, req) {
  if (env.FAKE_REQUESTS_FILE) appendFileSync(env.FAKE_REQUESTS_FILE, `${JSON.stringify({ kind, ...req.constructor.toObject(req) })}\n`);
}

/** Runs one task on a server stream; Event is GenerateEvent or EvaluateEvent. */
async function runTask(call, Event, result) {
  const p = call.request.params ?? {};
  const behaviour = p.behaviour ?? "ok";
  const steps = Number(p.steps ?? 3);
  const stepMs = Number(p.step_ms ?? 20);
  const send = (e) => call.write(Event.create(e));
  const progress = (fraction, stage) => send({ progress: { fraction, stage } });
  let cancelled = false;
  call.on("cancelled", () => {
    cancelled = true;
    process.stderr.write(`fake backend: task ${call.request.taskId} cancelled\n`);
  });
  state = "busy";
  try {
    switch (behaviour) {
      case "ok":
        for (let i = 0; i < steps && !cancelled; i++) {
          progress(i / steps, `step ${i + 1}/${steps}`);
          await sleep(stepMs);
        }
        if (cancelled) return;
        progress(1, "done");
        send({ result: await result() });
        break;
      case "oom":
        progress(0.1, "denoising");
        send({ error: { code: pb.BackendError.Code.CODE_RESOURCE_EXHAUSTED, message: "CUDA out of memory. Tried to allocate 2.00 GiB" } });
        break;
      case "invalid":
        send({ error: { code: pb.BackendError.Code.CODE_INVALID_INPUT, message: "first-frame image is not a PNG" } });
        break;
      case "fail":
        send({ error: { code: pb.BackendError.Code.CODE_BACKEND_FAILED, message: "sampler diverged" } });
        break;
      case "hang":
        progress(0.1, "about to hang");
        // Never answers again and stays busy, as a deadlocked model would.
        await new Promise(() => undefined);
        break;
      case "crash":
        progress(0.2, "denoising");
        await sleep(30);
        process.stderr.write("fake backend: illegal memory access (simulated crash)\n", () => process.exit(3));
        await new Promise(() => undefined);
        break;
      case "slow":
      case "ignore_cancel":
        for (let i = 0; i < 100_000; i++) {
          if (cancelled && behaviour === "slow") return;
          if (!cancelled) progress(Math.min(0.99, i / 1000), "working");
          await sleep(stepMs);
        }
        break;
      case "wrong_output":
        send({ result: { outputFile: "/tmp/somewhere-else.mp4" } });
        break;
      case "no_result":
        progress(0.5, "forgot the result");
        break;
      default:
        send({ error: { code: pb.BackendError.Code.CODE_INVALID_INPUT, message: `unknown behaviour ${behaviour}` } });
    }
  } finally {
    state = "ready";
    if (!cancelled) call.end();
  }
}

const server = new grpc.Server();
const handlers = {
  Info: [pb.InfoRequest, pb.InfoResponse, (_req) =>
    pb.InfoResponse.create({
      protocol: Number(env.FAKE_PROTOCOL ?? pb.ProtocolVersion.PROTOCOL_VERSION_1),
      model: "fake-model",
      version: "1.2.3",
      memoryMib: Number(env.FAKE_MEMORY_MIB ?? 0),
      capabilities: (env.FAKE_CAPABILITIES ?? "generate,evaluate,t2v").split(",").filter(Boolean),
      metrics: ["sa", "pc"],
    })],
  Health: [pb.HealthRequest, pb.HealthResponse, () => pb.HealthResponse.create({ ready: state === "ready" || state === "busy", state, message })],
  Shutdown: [pb.ShutdownRequest, pb.ShutdownResponse, () => {
    if (!env.FAKE_IGNORE_SHUTDOWN) setTimeout(() => process.exit(0), 10);
    return pb.ShutdownResponse.create();
  }],
};
const service = {};
for (const [name, [Req, Res, fn]] of Object.entries(handlers)) {
  const q = codec(Req);
  const s = codec(Res);
  service[name] = { path: path(name), requestStream: false, responseStream: false, requestSerialize: q.serialize, requestDeserialize: q.deserialize, responseSerialize: s.serialize, responseDeserialize: s.deserialize };
  handlers[name] = (call, cb) => cb(null, fn(call.request));
}
for (const [name, Req, Event, result] of [
  ["Generate", pb.GenerateRequest, pb.GenerateEvent, (req) => async () => {
    writeFileSync(req.outputFile, `fake video for ${req.prompt}`);
    return { outputFile: req.outputFile };
  }],
  ["Evaluate", pb.EvaluateRequest, pb.EvaluateEvent, (req) => async () => {
    const scores = JSON.parse(req.params.scores ?? "{}");
    if (req.params.nan_metric) scores[req.params.nan_metric] = Number.NaN;
    return { scores };
  }],
]) {
  const q = codec(Req);
  const s = codec(Event);
  service[name] = { path: path(name), requestStream: false, responseStream: true, requestSerialize: q.serialize, requestDeserialize: q.deserialize, responseSerialize: s.serialize, responseDeserialize: s.deserialize };
  handlers[name] = (call) => {
    record(name, call.request);
    if (state === "busy") {
      call.write(Event.create({ error: { code: pb.BackendError.Code.CODE_BACKEND_FAILED, message: "busy: one task at a time" } }));
      call.end();
      return;
    }
    runTask(call, Event, result(call.request)).catch((err) => {
      process.stderr.write(`fake backend: ${err.stack}\n`);
      call.destroy(err);
    });
  };
}
server.addService(service, handlers);

if (!env.FAKE_NO_BIND) {
  server.bindAsync(`unix:${socket}`, grpc.ServerCredentials.createInsecure(), (err) => {
    if (err) {
      process.stderr.write(`fake backend: cannot bind ${socket}: ${err.message}\n`);
      process.exit(1);
    }
  });
}
// The worker never writes to stdin: EOF means it died, and an orphaned backend must not linger.
// Reading stdin also keeps the process up when it does not bind (FAKE_NO_BIND).
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
