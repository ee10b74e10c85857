/**
 * scripts/setup.sh waits (bounded) for the apt/dpkg locks another apt holds instead of failing at
 * once. The real apt-get runs against a scratch apt configuration (APT_CONFIG: its own lists,
 * cache, dpkg status folder, no sources, none of the machine's apt.conf.d hooks), so the locks
 * the test holds, with real fcntl locks as apt takes them, are never the machine's own.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "../services/common/src/abort";
import { PACKAGE_ROOT } from "../services/common/src/version";

const SCRIPT = join(PACKAGE_ROOT, "scripts", "apt-lock.sh");

let dir: string;
let aptConfig: string;

beforeAll(() => {
  if (spawnSync("apt-get", ["--version"]).status !== 0) throw new Error("apt-get not found: scripts/setup.sh is for Debian and Ubuntu, and so is this test");
  dir = mkdtempSync(join(tmpdir(), "ff-apt-"));
  for (const d of ["parts", "sources.d", "state", "lists/partial", "cache/archives/partial", "dpkg/updates"]) mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(join(dir, "dpkg", "status"), "");
  writeFileSync(join(dir, "sources.list"), "");
  aptConfig = join(dir, "apt.conf");
  writeFileSync(
    aptConfig,
    [
      `Dir::Etc::Parts "${dir}/parts";`,
      'Dir::Etc::Main "/dev/null";',
      `Dir::Etc::SourceList "${dir}/sources.list";`,
      `Dir::Etc::SourceParts "${dir}/sources.d";`,
      `Dir::State "${dir}/state";`,
      `Dir::State::Lists "${dir}/lists";`,
      `Dir::State::status "${dir}/dpkg/status";`,
      `Dir::Cache "${dir}/cache";`,
      "",
    ].join("\n"),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A process holding a POSIX write lock on `file` (as apt and dpkg take theirs) until released. */
async function holdLock(file: string): Promise<{ pid: number; release(): Promise<void> }> {
  const child = spawn("python3", ["-c", "import fcntl,sys; f=open(sys.argv[1],'a'); fcntl.lockf(f, fcntl.LOCK_EX); print('locked', flush=True); sys.stdin.read()", file], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  await waitFor(async () => (out.includes("locked") ? true : undefined), { timeoutMs: 30_000, intervalMs: 20, what: `a lock on ${file}` });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    pid: child.pid as number,
    async release() {
      child.stdin?.end();
      await exited;
    },
  };
}

interface Run {
  readonly child: ChildProcess;
  stderr(): string;
  done: Promise<number | null>;
}

/** Runs `apt_get ARGS` from scripts/apt-lock.sh as setup.sh does, against the scratch apt. */
function aptGet(args: string, env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn("bash", ["-c", `set -euo pipefail; source "${SCRIPT}"; apt_lock_init; apt_get ${args}`], {
    env: { ...process.env, APT_CONFIG: aptConfig, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
  const done = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stderr: () => err, done };
}

const waitingLine = (run: Run) =>
  waitFor(async () => run.stderr().split("\n").find((l) => l.startsWith("setup: waiting up to")), { timeoutMs: 60_000, intervalMs: 50, what: "the waiting message" });

test("apt-get update waits for the lists lock, names its holder, and goes on once it is released", async () => {
  const lock = await holdLock(join(dir, "lists", "lock"));
  const run = aptGet("update -qq");
  const line = await waitingLine(run);
  expect(line).toContain(`held by process ${lock.pid} (python3) on ${dir}/lists/lock`);
  expect(line).toContain("FRAMEFLEET_APT_LOCK_TIMEOUT");
  // Still waiting while the lock is held (apt-get itself fails at once on this lock).
  expect(run.child.exitCode).toBeNull();
  await lock.release();
  expect(await run.done).toBe(0);
  expect(run.stderr()).not.toContain("gave up");
});

test("apt-get install waits for the dpkg frontend lock (unattended-upgrades holds it after boot)", async () => {
  const lock = await holdLock(join(dir, "dpkg", "lock-frontend"));
  const run = aptGet("install -y -qq framefleet-no-such-package");
  expect(await waitingLine(run)).toContain(`held by process ${lock.pid} (python3) on ${dir}/dpkg/lock-frontend`);
  expect(run.child.exitCode).toBeNull();
  await lock.release();
  // Past the lock, apt-get gets as far as looking the package up.
  expect(await run.done).toBe(100);
  expect(run.stderr()).toContain("Unable to locate package framefleet-no-such-package");
  expect(run.stderr()).not.toMatch(/gave up|Unable to acquire the dpkg frontend lock/);
});

test("gives up after FRAMEFLEET_APT_LOCK_TIMEOUT with a message naming the holder and what to do", async () => {
  const lock = await holdLock(join(dir, "lists", "lock"));
  try {
    const run = aptGet("update -qq", { FRAMEFLEET_APT_LOCK_TIMEOUT: "1" });
    expect(await run.done).not.toBe(0);
    expect(run.stderr()).toContain(`setup: gave up after 1s waiting for the apt/dpkg lock, held by process ${lock.pid} (python3) on ${dir}/lists/lock`);
    expect(run.stderr()).toContain("run scripts/setup.sh again");
  } finally {
    await lock.release();
  }
});

test("a FRAMEFLEET_APT_LOCK_TIMEOUT that is not a number of seconds is refused before apt runs", async () => {
  const run = aptGet("update -qq", { FRAMEFLEET_APT_LOCK_TIMEOUT: "10m" });
  expect(await run.done).toBe(2);
  expect(run.stderr()).toContain('FRAMEFLEET_APT_LOCK_TIMEOUT must be a whole number of seconds, e.g. 600 (got "10m")');
});

test("setup.sh runs every apt-get through the waiting wrapper", () => {
  const setup = readFileSync(join(PACKAGE_ROOT, "scripts", "setup.sh"), "utf8");
  expect(setup).toMatch(/^source scripts\/apt-lock\.sh$/m);
  const commands = setup.split("\n").filter((l) => !l.trimStart().startsWith("#"));
  expect(commands.filter((l) => /\bapt-get\s+(update|install)\b/.test(l))).toEqual([]);
  expect(commands.filter((l) => /^\s*apt_get (update|install)\b/.test(l))).toHaveLength(2);
  expect(spawnSync("bash", ["-n", join(PACKAGE_ROOT, "scripts", "setup.sh")]).status).toBe(0);
});
