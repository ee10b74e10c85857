/**
 * Hostile run specs against a real fleet (nats-server, the services as processes, the
 * `framefleet` bin): every limit of docs/run-spec.md#limits is checked at submit, refused with
 * exit 2 naming the limit and the field, nothing is created, and the coordinator keeps answering.
 *
 * NATS here runs with max_payload 256 KiB (a quarter of the default), so the byte limits the
 * coordinator derives from it are a quarter of the documented ones: spec and message 64 KiB,
 * prompt 16 KiB. The video cap is configured to 30 (--max-videos-per-run) so the cap itself can
 * be run; the default (100,000) is measured by `npm run bench -- planning`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startNatsServer, type NatsServerHandle } from "../services/common/src/nats/server-process";
import { RunState } from "../services/common/src/proto";
import { framefleet, type CliResult } from "./helpers/cli";
import { dumpLogs, startTestFleet, type TestFleet } from "./helpers/fleet";

let nats: NatsServerHandle;
let confDir = "";
let t: TestFleet;

beforeAll(async () => {
  confDir = mkdtempSync(join(tmpdir(), "ff-nats-conf-"));
  const conf = join(confDir, "nats.conf");
  writeFileSync(conf, "max_payload: 262144\n");
  nats = await startNatsServer({ args: ["-c", conf] });
  t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:2x80GiB" }], { natsUrl: nats.url, coordinatorArgs: ["--max-videos-per-run", "30"] });
});

afterAll(async () => {
  await t?.close();
  await nats?.stop();
  if (confDir) rmSync(confDir, { recursive: true, force: true });
});

const cli = (args: string[]): Promise<CliResult> => framefleet([...args, "--api", t.fleet.apiAddress], { timeoutMs: 120_000 });

function expectExit(r: CliResult, code: number): void {
  if (r.code !== code) throw new Error(`framefleet exited ${r.code}, expected ${code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}\n${dumpLogs(join(t.dir, "logs"))}`);
}

/** A synthetic spec file; `prompts` as YAML flow list items. */
function spec(name: string, opts: { items: number; samples?: number; prompts?: string[]; promptsFile?: string; params?: string }): string {
  const path = join(t.dir, `${name}.yaml`);
  const prompts = (opts.prompts ?? ["a red kite over a beach", "waves on a lighthouse"]).map((p) => JSON.stringify(p)).join(", ");
  writeFileSync(
    path,
    [
      `name: ${name}`,
      "benchmark: synthetic",
      `samples_per_prompt: ${opts.samples ?? 1}`,
      "video: { frames: 9, fps: 8, width: 64, height: 48 }",
      `generator: { backend: synthetic, simulated_time: 50ms${opts.params ? `, params: ${opts.params}` : ""} }`,
      `synthetic: { items: ${opts.items}, ${opts.promptsFile ? `prompts_file: ${opts.promptsFile}` : `prompts: [${prompts}]`} }`,
      "",
    ].join("\n"),
  );
  return path;
}

/** Nothing of the named run exists: no run in the list. */
async function expectNoRun(name: string): Promise<void> {
  const { runs } = await t.client.listRuns();
  expect(runs.map((r) => r.run?.name)).not.toContain(name);
}

function expectCoordinatorAlive(): void {
  const c = t.fleet.services.get("coordinator")?.child;
  expect(c?.exitCode).toBeNull();
  expect(c?.signalCode).toBeNull();
}

describe("the number of videos", () => {
  test("10^9 videos (items 1,000,000 x samples 1,000, each in its range): exit 2 naming items x samples and the cap; the coordinator answers on", async () => {
    const r = await cli(["submit", spec("billion", { items: 1_000_000, samples: 1000 })]);
    expectExit(r, 2);
    expect(r.stderr).toContain(
      "synthetic.items × samples_per_prompt: 1,000,000 × 1,000 = 1,000,000,000 videos; a run may have at most 30 videos (coordinator.max_videos_per_run)",
    );
    expectCoordinatorAlive();
    const status = await cli(["status", "--json"]);
    expectExit(status, 0);
    await expectNoRun("billion");
  });

  test("the cap itself (10 items x 3 samples = 30) is accepted and runs to the end; 31 is refused naming 31 and 30", async () => {
    const ok = await cli(["submit", spec("at-cap", { items: 10, samples: 3 }), "--wait", "--json"]);
    expectExit(ok, 0);
    const s = JSON.parse(ok.stdout) as { state: string; counters: { total: number; done: number } };
    expect(s.state).toBe("completed");
    expect(s.counters).toMatchObject({ total: 30, done: 30 });

    const over = await cli(["submit", spec("over-cap", { items: 31 })]);
    expectExit(over, 2);
    expect(over.stderr).toContain("synthetic.items × samples_per_prompt: 31 × 1 = 31 videos; a run may have at most 30 videos (coordinator.max_videos_per_run)");
    await expectNoRun("over-cap");
  });
});

describe("the size of a spec", () => {
  test("a spec file above 256 KiB is refused by the CLI before it is sent, naming the file and the limit", async () => {
    const path = spec("huge", { items: 2, prompts: ["x".repeat(300_000)] });
    // An address nothing listens on: the CLI refuses without calling the coordinator.
    const r = await framefleet(["submit", path, "--api", "127.0.0.1:9"], { timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`run spec ${path} is invalid`);
    expect(r.stderr).toMatch(/the spec is 300,\d{3} bytes; a run spec may have at most 262,144 bytes \(256 KiB\)/);
    expect(r.stderr).not.toContain("cannot reach the coordinator");
  });

  test("a spec under the CLI's limit but above this coordinator's (a quarter of max_payload) is refused by the coordinator, exit 2, naming it", async () => {
    const r = await cli(["submit", spec("big-for-nats", { items: 2, prompts: ["y".repeat(100_000)] })]);
    expectExit(r, 2);
    expect(r.stderr).toMatch(
      /size: the spec is 100,\d{3} bytes; a run spec may have at most 65,536 bytes \(64 KiB\) \(shrunk from 262,144 bytes \(256 KiB\) to fit NATS max_payload 262,144 bytes \(256 KiB\)\)/,
    );
    await expectNoRun("big-for-nats");
  });

  test("a request above what gRPC reads (a client other than the CLI, 5 MB) gets the spec limit named, not a transport error", async () => {
    const yaml = `name: five-mb\n# ${"z".repeat(5_000_000)}\n`;
    const err = (await t.client.submitRun({ specYaml: yaml, baseDir: t.dir, specSource: "five-mb.yaml", resumeRunId: "" }).catch((e: unknown) => e)) as Error & { code?: string };
    expect(err.code).toBe("spec_invalid");
    expect(err.message).toMatch(/the request is 5,000,\d{3} bytes, more than the coordinator reads \(4,194,304 bytes \(4 MiB\)\); a run spec may have at most 262,144 bytes/);
    expectCoordinatorAlive();
  });
});

describe("the size of each video's task", () => {
  test("a prompt above the limit is refused at submit naming the item; nothing is created", async () => {
    const r = await cli(["submit", spec("long-prompt", { items: 4, prompts: ["a short prompt", "p".repeat(17_000)] })]);
    expectExit(r, 2);
    expect(r.stderr).toContain("item item-0001#0: the prompt is 17,000 bytes; a prompt may have at most 16,384 bytes (16 KiB)");
    expect(r.stderr).toContain("item item-0003#0: the prompt is 17,000 bytes");
    // The items with a short prompt are fine, and nothing of the run was created.
    expect(r.stderr).not.toContain("item-0000");
    await expectNoRun("long-prompt");
  });

  test("generator.params and a prompt from a file that together make every task too large are refused, naming the largest parts", async () => {
    // Each fits on its own (the spec is 51 KB, the prompt 15 KB); each task would carry both.
    writeFileSync(join(t.dir, "long-prompts.txt"), `${"q".repeat(15_000)}\n`);
    const r = await cli(["submit", spec("big-params", { items: 2, promptsFile: "long-prompts.txt", params: `{ guidance: "${"g".repeat(51_000)}" }` })]);
    expectExit(r, 2);
    expect(r.stderr).toMatch(/item item-0000#0: its generation task would be 66,\d{3} bytes; a task message or item record may have at most 65,536 bytes \(64 KiB\)/);
    expect(r.stderr).toContain("the largest parts: generator.params 51,008 bytes, prompt 15,000 bytes");
    await expectNoRun("big-params");
    expect((await t.client.listRuns()).runs.filter((x) => x.run?.state === RunState.RUN_STATE_PLANNING)).toEqual([]);
  });
});
