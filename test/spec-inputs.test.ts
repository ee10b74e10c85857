/**
 * Hostile spec input at submit, on a real fleet through the `framefleet` bin: files outside the
 * coordinator's data roots (also through `..` and symlinks), inputs that are not what they claim
 * to be, text that is not UTF-8 or holds control characters, and a YAML alias bomb. Each is
 * refused before anything is queued, with exit 2 and a message naming the field or file and
 * what to do; a file in a configured data root is read and its run completes.
 */
import { copyFileSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DEFAULT_DATA_ROOT } from "../services/common/src/config/schema";
import type { RunReport } from "../services/reports/src";
import { framefleet, type CliResult } from "./helpers/cli";
import { finalReport, startTestFleet, type TestFleet } from "./helpers/fleet";

let t: TestFleet;
/** A folder the coordinator is configured to allow (--data-root), outside every spec's folder. */
let extra: string;
let n = 0;

beforeAll(async () => {
  // A realpath'd temp folder, so the paths in messages are the ones written here.
  const base = realpathSync(tmpdir());
  extra = join(base, `ff-extra-root-${process.pid}-${Date.now()}`);
  mkdirSync(extra, { recursive: true });
  t = await startTestFleet([{ role: "gen", node: "gen-a", devices: "sim:1x80GiB" }], {
    coordinatorArgs: ["--data-root", extra, "--data-root", DEFAULT_DATA_ROOT],
  });
});

afterAll(async () => {
  await t?.close();
  rmSync(extra, { recursive: true, force: true });
});

/** A fresh spec folder with the given files; returns its path. */
function specDir(files: Record<string, string | Buffer> = {}): string {
  const dir = join(realpathSync(t.dir), `spec-${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const HEAD = ["video: { frames: 9, fps: 8, width: 64, height: 48 }", "generator: { backend: synthetic, simulated_time: 50ms }"];

function synthetic(name: string, section: string): string {
  return [`name: ${name}`, "benchmark: synthetic", ...HEAD, `synthetic: ${section}`, ""].join("\n");
}

function worldmodelbench(name: string, firstFrames: string[]): string {
  return [`name: ${name}`, "benchmark: worldmodelbench", ...HEAD, `worldmodelbench: { instances: wmb.json, first_frames: [${firstFrames.map((f) => `"${f}"`).join(", ")}] }`, ""].join(
    "\n",
  );
}

/** worldmodelbench.json rows, one per stem → first_frame. */
function wmbJson(frames: Record<string, string>): string {
  return JSON.stringify(
    Object.entries(frames).map(([stem, first_frame]) => ({
      domain: "human",
      subdomain: "Walking",
      text_first_frame: `A person (${stem}) stands still.`,
      text_instruction: "The person walks away.",
      first_frame,
    })),
  );
}

async function submit(dir: string, spec: string | Buffer, ...flags: string[]): Promise<CliResult> {
  const file = join(dir, "spec.yaml");
  writeFileSync(file, spec);
  return framefleet(["submit", file, "--api", t.fleet.apiAddress, ...flags], { timeoutMs: 120_000 });
}

/** The run was refused at submit: exit 2, nothing created under that name. */
async function expectRefused(r: CliResult, name: string): Promise<void> {
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
  const runs = await t.client.listRuns();
  expect(runs.runs.map((x) => x.run?.name)).not.toContain(name);
}

const HOW = "add its folder to the coordinator's coordinator.data_roots (flag --data-root, variable FRAMEFLEET_DATA_ROOTS; docs/configuration.md)";

test("a prompts file outside the data roots (/etc/hostname) is refused at submit, naming the field, the path and the allowed folders", async () => {
  const dir = specDir();
  const r = await submit(dir, synthetic("hostname", "{ items: 1, prompts_file: /etc/hostname }"));
  await expectRefused(r, "hostname");
  expect(r.stderr).toContain(
    `synthetic.prompts_file: "/etc/hostname" is outside the allowed folders. Allowed: the spec's folder ${dir}; coordinator.data_roots: ${extra}, ${DEFAULT_DATA_ROOT}. To use it, move the file under an allowed folder, or ${HOW}`,
  );
  // Refused before it is read: a file outside the roots with a known content shows nothing of it.
  const secret = join(realpathSync(tmpdir()), `ff-secret-${process.pid}-${Date.now()}.txt`);
  writeFileSync(secret, "SECRET-7f3a9c\n");
  try {
    const s = await submit(dir, synthetic("secret", `{ items: 1, prompts_file: ${secret} }`));
    await expectRefused(s, "secret");
    expect(s.stderr).toContain(`synthetic.prompts_file: "${secret}" is outside the allowed folders`);
    expect(s.stderr).not.toContain("SECRET-7f3a9c");
  } finally {
    rmSync(secret, { force: true });
  }
});

test("a prompts file in a configured data root is read, and its run completes with those prompts", async () => {
  writeFileSync(join(extra, "prompts.txt"), "a lighthouse in fog\na red kite\n");
  const r = await submit(specDir(), synthetic("extra-root", `{ items: 2, prompts_file: ${join(extra, "prompts.txt")} }`), "--wait", "--json");
  expect(r.code).toBe(0);
  const report: RunReport = await finalReport(t.client, (JSON.parse(r.stdout) as { run_id: string }).run_id);
  expect(report.items.map((i) => i.prompt)).toEqual(["a lighthouse in fog", "a red kite"]);
  expect(report.counts.done).toBe(2);
});

test("WorldModelBench first frames given as ../ to /etc/passwd and as a symlink to /etc/passwd are refused, each named", async () => {
  const dir = specDir();
  mkdirSync(join(dir, "images"));
  symlinkSync("/etc/passwd", join(dir, "images", "linked.jpg"));
  const climb = relative(dir, "/etc/passwd");
  writeFileSync(join(dir, "wmb.json"), wmbJson({ passwd: climb, linked: "images/linked.jpg" }));
  const r = await submit(dir, worldmodelbench("wmb-escape", ["passwd", "linked"]));
  await expectRefused(r, "wmb-escape");
  const where = (row: number, stem: string) => `worldmodelbench.instances: ${join(dir, "wmb.json")} row ${row} (${stem}) field first_frame`;
  expect(r.stderr).toContain(`${where(0, "passwd")}: "${climb}" (/etc/passwd) is outside the allowed folders. Allowed: the spec's folder ${dir}`);
  expect(r.stderr).toContain(`${where(1, "linked")}: "images/linked.jpg" (${join(dir, "images/linked.jpg")}) leads to /etc/passwd through a symbolic link, outside the allowed folders`);
});

test("a first frame that is not an image is refused before any GPU is spent; a real one in the same spec is fine", async () => {
  const dir = specDir({ "images/fake.jpg": "<html>this is not an image</html>\n" });
  copyFileSync(join(DEFAULT_DATA_ROOT, "data/worldmodelbench/images/000000000073.6.jpg"), join(dir, "images", "real.jpg"));
  writeFileSync(join(dir, "wmb.json"), wmbJson({ real: "images/real.jpg", fake: "images/fake.jpg" }));
  const r = await submit(dir, worldmodelbench("wmb-fake", ["real", "fake"]));
  await expectRefused(r, "wmb-fake");
  expect(r.stderr).toContain(
    `worldmodelbench.instances: ${join(dir, "wmb.json")} row 1 (fake) field first_frame: ${join(dir, "images/fake.jpg")} is not a JPEG, PNG or WebP image; an image input must be a JPEG, PNG or WebP image`,
  );
  expect(r.stderr).not.toContain("(real)");
});

test("invalid UTF-8 in a spec is refused by the CLI, and in a prompt CSV by the coordinator, each naming file, line and byte", async () => {
  const dir = specDir();
  const latin1 = Buffer.concat([Buffer.from(synthetic("latin1", '{ items: 1, prompts: ["a caf').trimEnd()), Buffer.from([0xe9]), Buffer.from('"] }\n')]);
  const spec = await submit(dir, latin1);
  await expectRefused(spec, "latin1");
  const offset = latin1.indexOf(0xe9);
  const byte = offset - latin1.lastIndexOf(0x0a, offset); // 1-based within line 5 (synthetic: …)
  expect(spec.stderr).toContain(`run spec ${join(dir, "spec.yaml")}: not valid UTF-8 at line 5, byte ${byte} of the line (offset ${offset} in the file: e9 22 5d 20); save the file as UTF-8`);

  const csvDir = specDir({ "prompts.csv": Buffer.concat([Buffer.from("caption\nA ball rolls\nA caf"), Buffer.from([0xe9]), Buffer.from(" at noon\n")]) });
  const vp2 = [`name: vp2-latin1`, "benchmark: videophy2", ...HEAD, "videophy2: { prompts: prompts.csv }", ""].join("\n");
  const csv = await submit(csvDir, vp2);
  await expectRefused(csv, "vp2-latin1");
  expect(csv.stderr).toContain(`${join(csvDir, "prompts.csv")}: not valid UTF-8 at line 3, byte 6 of the line (offset 26 in the file: e9 20 61 74); save the file as UTF-8`);
});

test("a NUL in a prompt is refused, in the spec and in a prompts file, naming where", async () => {
  const inline = await submit(specDir(), synthetic("nul-inline", '{ items: 2, prompts: ["a cat", "a \\0dog"] }'));
  await expectRefused(inline, "nul-inline");
  expect(inline.stderr).toMatch(/synthetic\.prompts\.1: holds U\+0000 \(NUL\) at character 3; text may not hold control characters other than tab and line breaks/);

  const dir = specDir({ "prompts.txt": "a cat\na \u0000dog\n" });
  const file = await submit(dir, synthetic("nul-file", "{ items: 2, prompts_file: prompts.txt }"));
  await expectRefused(file, "nul-file");
  expect(file.stderr).toContain(`synthetic.prompts_file: ${join(dir, "prompts.txt")}: line 2, character 3: U+0000 (NUL); text may not hold control characters`);
});

test("a YAML alias bomb exits 2 naming the spec file", async () => {
  const levels = ["x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i < 9; i++) levels.push(`x${i}: &x${i} [${Array(9).fill(`*x${i - 1}`).join(", ")}]`);
  const dir = specDir();
  const r = await submit(dir, `${synthetic("bomb", "{ items: 1, prompts: [a] }")}${levels.join("\n")}\n`);
  await expectRefused(r, "bomb");
  expect(r.stderr).toContain(`run spec ${join(dir, "spec.yaml")} is invalid:\n  - YAML: aliases (*name) expand to far more values than the document holds`);
});

test("through the API itself: a spec whose bytes arrived as U+FFFD is refused by line", async () => {
  const spec = synthetic("fffd", '{ items: 1, prompts: ["a caf\uFFFD"] }');
  await expect(t.client.submitRun({ specYaml: spec, baseDir: specDir(), specSource: "api", resumeRunId: "" })).rejects.toMatchObject({
    code: "spec_invalid",
    message: expect.stringMatching(/run spec api is invalid:\n {2}- line 5, character \d+: U\+FFFD \(the replacement character\): the spec was not valid UTF-8 when it was sent/),
  });
});
