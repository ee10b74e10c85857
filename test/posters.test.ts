/**
 * Poster frames are made by the generator worker beside the video it commits: the generate
 * handler and the output store with a real nats-server (ff_outputs KV), the real synthetic
 * backend and ffmpeg. A poster is committed like the video, exactly once, inside the run folder;
 * a poster failure never fails the task; a losing duplicate leaves no temporary poster behind; a
 * commit whose writer died is finished, poster included.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { Kvm, type KV } from "@nats-io/kv";
import { decode } from "../services/common/src/codec";
import type { Logger, LogFields } from "../services/common/src/log";
import { sha256File } from "../services/common/src/media";
import { parseServers } from "../services/common/src/nats/connect";
import { startNatsServer, type NatsServerHandle } from "../services/common/src/nats/server-process";
import { pb, type OutputFile, type Task } from "../services/common/src/proto";
import { isTempName, tempNameFor } from "../services/common/src/temp-files";
import { SyntheticBackendFactory } from "../services/generator-worker/src/backends/synthetic";
import { NoopBackendFactory } from "../services/generator-worker/src/backends/noop";
import { GenerateHandler } from "../services/generator-worker/src/generate-handler";
import { OutputStore } from "../services/generator-worker/src/output-store";
import { OutputSpace } from "../services/generator-worker/src/output-space";
import type { BackendFactory, DeviceLease } from "../services/worker-runtime/src/backend";
import type { TaskContext } from "../services/worker-runtime/src/handler";

/** Keeps what was logged, so tests can see the warning a poster failure leaves. */
class RecordingLogger implements Logger {
  constructor(readonly lines: { level: string; msg: string; fields: LogFields }[] = [], private readonly base: LogFields = {}) {}
  private add(level: string, msg: string, fields?: LogFields): void {
    this.lines.push({ level, msg, fields: { ...this.base, ...fields } });
  }
  debug(msg: string, fields?: LogFields): void {
    this.add("debug", msg, fields);
  }
  info(msg: string, fields?: LogFields): void {
    this.add("info", msg, fields);
  }
  warn(msg: string, fields?: LogFields): void {
    this.add("warn", msg, fields);
  }
  error(msg: string, fields?: LogFields): void {
    this.add("error", msg, fields);
  }
  child(fields: LogFields): Logger {
    return new RecordingLogger(this.lines, { ...this.base, ...fields });
  }
}

const DEVICE: DeviceLease = { uuid: "sim-posters-0", name: "sim", index: 0, source: "sim", env: {} };
const RUN = "run-posters";

let ns: NatsServerHandle;
let nc: NatsConnection;
let kv: KV;
let root: string;
let runDir: string;
let log: RecordingLogger;
let handler: GenerateHandler;
let outputs: OutputStore;

beforeAll(async () => {
  ns = await startNatsServer();
  nc = await connect({ servers: parseServers(ns.url) });
  kv = await new Kvm(nc).create(`ff_outputs_${randomBytes(4).toString("hex")}`, { history: 1 });
  root = mkdtempSync(join(tmpdir(), "ff-posters-"));
  runDir = join(root, RUN);
});

beforeEach(() => {
  freed = [];
  rmSync(runDir, { recursive: true, force: true });
  log = new RecordingLogger();
  outputs = new OutputStore(kv, log);
  handler = new GenerateHandler(root, outputs, new OutputSpace({ root, minFreeBytes: 0, log }));
});

afterAll(async () => {
  await nc?.close();
  await ns?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

let taskCounter = 0;
function task(prompt = "a paper boat in the rain"): Task {
  const taskId = `g${(++taskCounter).toString(16).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
  return pb.Task.create({
    taskId,
    runId: RUN,
    itemKey: `item-${taskCounter}`,
    seed: 7,
    generate: pb.GenerateTask.create({ prompt, video: pb.VideoParams.create({ frames: 17, fps: 8, width: 64, height: 48 }), outputPath: `videos/${prompt}-0.mp4` }),
  });
}

/** When the handler freed the device: whether the video was in place (committed) by then. */
let freed: { committed: boolean }[] = [];

async function context(attempt: number, factory: BackendFactory = new SyntheticBackendFactory(), videoPath = ""): Promise<TaskContext> {
  const instance = await factory.load(DEVICE, { signal: new AbortController().signal, log });
  return {
    backendDone: () => freed.push({ committed: videoPath !== "" && existsSync(join(runDir, videoPath)) }),
    signal: new AbortController().signal,
    log: log.child({ attempt }),
    device: DEVICE,
    node: "posters-test",
    attempt,
    writesOutput: factory.writesOutput !== false,
    backend: async () => instance,
    progress: () => undefined,
  };
}

async function committed(taskId: string): Promise<InstanceType<typeof pb.OutputCommit>> {
  const e = await kv.get(taskId);
  if (!e) throw new Error(`no commit for ${taskId}`);
  return decode(pb.OutputCommit, e.value);
}

/** Every temporary file left anywhere in the run folder. */
function tempFiles(dir = runDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && isTempName(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const isJpeg = (file: string) => readFileSync(file).subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));

test("the poster is committed beside the video, at .previews/<task>.jpg, and recorded with it", async () => {
  const t = task();
  const res = await handler.handle(t, await context(1, undefined, t.generate?.outputPath));
  expect(res.outcome).toBe("done");
  // The device was freed once the backend was done, before the checks, the poster and the commit.
  expect(freed).toEqual([{ committed: false }]);
  const output = res.output as OutputFile;
  expect(output.posterPath).toBe(`.previews/${t.taskId}.jpg`);
  expect(isJpeg(join(runDir, output.posterPath))).toBe(true);
  // The commit carries it, so a duplicate delivery, a resume and the coordinator all see it.
  expect((await committed(t.taskId)).output?.posterPath).toBe(output.posterPath);
  expect(tempFiles()).toEqual([]);
  expect(log.lines.filter((l) => l.level === "warn")).toEqual([]);
  // A redelivery of the same task reports the same output, poster included, and makes nothing.
  const again = await handler.handle(t, await context(2));
  expect(again).toMatchObject({ outcome: "duplicate", output: { posterPath: output.posterPath, sha256: output.sha256 } });
});

test("a poster that cannot be made never fails the task: the video is committed without one, with a warning", async () => {
  const t = task("waves on a lighthouse");
  // .previews is a file here, so ffmpeg has nowhere to write the poster.
  mkdirSync(runDir, { recursive: true });
  writeFileSync(join(runDir, ".previews"), "in the way");
  const res = await handler.handle(t, await context(1));
  expect(res.outcome).toBe("done");
  expect(res.output?.posterPath).toBe("");
  expect((await committed(t.taskId)).output?.posterPath).toBe("");
  expect(await sha256File(join(runDir, res.output?.path as string))).toBe(res.output?.sha256);
  const warns = log.lines.filter((l) => l.level === "warn");
  expect(warns.map((w) => w.msg)).toEqual(["no poster frame for this video; committing it without one"]);
  expect(warns[0]?.fields).toMatchObject({ attempt: 1, path: res.output?.path });
  expect(tempFiles()).toEqual([]);
});

test("the noop backend writes no file, so there is no poster either", async () => {
  const res = await handler.handle(task(), await context(1, new NoopBackendFactory({ name: "noop" })));
  expect(res).toMatchObject({ outcome: "done" });
  expect(res.output).toBeUndefined();
  expect(existsSync(join(runDir, ".previews"))).toBe(false);
});

test("a losing duplicate removes its own temporary video and poster and reports the winner's", async () => {
  const t = task("a red kite over a beach");
  const won = await handler.handle(t, await context(1));
  const winner = won.output as OutputFile;
  const winnerPoster = readFileSync(join(runDir, winner.posterPath));
  // A second attempt that got as far as its commit: its files, named as an attempt names them.
  const suffix = "0badcafe";
  const tmp = tempNameFor(join(runDir, winner.path), 2, suffix);
  const posterTmp = tempNameFor(join(runDir, winner.posterPath), 2, suffix);
  copyFileSync(join(runDir, winner.path), tmp);
  writeFileSync(posterTmp, "the loser's poster");
  const commit = pb.OutputCommit.create({ taskId: t.taskId, runId: RUN, attempt: 2, output: winner, tmpPath: tmp.slice(runDir.length + 1), node: "other", committedAtMs: Date.now() });
  const lost = await outputs.commit(commit, tmp, runDir);
  expect(lost.won).toBe(false);
  expect(lost.output).toMatchObject({ path: winner.path, posterPath: winner.posterPath, sha256: winner.sha256 });
  expect(tempFiles()).toEqual([]);
  // The winner's poster was not touched.
  expect(readFileSync(join(runDir, winner.posterPath)).equals(winnerPoster)).toBe(true);
  expect((await committed(t.taskId)).attempt).toBe(1);
});

test("a commit whose writer died before the renames is finished by the next attempt, poster included", async () => {
  const t = task("a cat on a piano");
  // Make a real output with a poster, then put the files back where its writer had them.
  const first = await handler.handle(t, await context(1));
  const out = first.output as OutputFile;
  const { tmpPath } = await committed(t.taskId);
  const tmp = join(runDir, tmpPath);
  const posterTmp = tempNameFor(join(runDir, out.posterPath), 1, /\.1-([0-9a-f]{8})\.tmp\.mp4$/.exec(tmpPath)?.[1] as string);
  copyFileSync(join(runDir, out.path), tmp);
  copyFileSync(join(runDir, out.posterPath), posterTmp);
  rmSync(join(runDir, out.path));
  rmSync(join(runDir, out.posterPath));

  const res = await handler.handle(t, await context(2));
  expect(res).toMatchObject({ outcome: "duplicate", output: { path: out.path, posterPath: out.posterPath, sha256: out.sha256 } });
  expect(isJpeg(join(runDir, out.posterPath))).toBe(true);
  expect(tempFiles()).toEqual([]);

  // Its poster gone for good (deleted by hand): the video stays committed, reported without a poster.
  rmSync(join(runDir, out.posterPath));
  const third = await handler.handle(t, await context(3));
  expect(third).toMatchObject({ outcome: "duplicate", output: { path: out.path, posterPath: "", sha256: out.sha256 } });
});
