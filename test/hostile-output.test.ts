/**
 * Hostile text from outside reaches no terminal and no log raw, and no log line grows without
 * bound: a command backend given a 60,000-character prompt (near the 64 KiB prompt limit), a backend whose
 * error message carries an ESC sequence that would retitle and clear a terminal, a prompt with an
 * ESC colour code (refused at submit: spec text may not hold control characters), and a fake
 * nvidia-smi that fails with one. Real fleet, real CLI (dist/).
 */
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOG_LINE_CHARS } from "../services/common/src/log-bounds";
import type { RunReport } from "../services/reports/src";
import { PACKAGE_ROOT } from "../services/common/src/version";
import { framefleet } from "./helpers/cli";
import { completedRun, startTestFleet, submitSpec, type TestFleet } from "./helpers/fleet";

/** Raw control characters a terminal would act on (newline and tab aside). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESCAPED_TITLE = "\\x1b]0;pwned\\x07\\x1b[2J\\x1b[31mred";
const PROMPT_60K = `a kite ${"over the sea ".repeat(5_000)}`.slice(0, 60_000);
const FAIL_PROMPT = "FAIL this prompt";
const ESC_PROMPT = "a \u001b[31mred prompt";

let t: TestFleet;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ff-hostile-"));
  const config = {
    worker: {
      advert_interval: "300ms",
      backends: {
        "loud-gen": {
          type: "command",
          kind: "gen",
          command: [join(PACKAGE_ROOT, "test", "fixtures", "hostile-generate.sh"), "{prompt}", "{output}", "{frames}", "{fps}", "{width}", "{height}"],
          invalid_input_exit_codes: [3],
          timeout: "60s",
        },
      },
    },
  };
  const configFile = join(dir, "config.yaml");
  writeFileSync(configFile, JSON.stringify(config));
  t = await startTestFleet([{ role: "gen", node: "gpu-a", devices: "sim:1x80GiB" }], { configFile });
});

afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("a prompt holding ESC is refused at submit, naming the prompt and the character", async () => {
  const spec = join(dir, "esc.yaml");
  writeFileSync(
    spec,
    ["name: esc", "benchmark: synthetic", "generator: { backend: loud-gen }", `synthetic: { items: 1, prompts: ${JSON.stringify([ESC_PROMPT])} }`].join("\n"),
  );
  const r = await framefleet(["submit", spec, "--api", t.fleet.apiAddress]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain("synthetic.prompts.0: holds U+001B (ESC) at character 3");
  expect(r.stderr).not.toMatch(RAW_CONTROL);
});

test("long prompts: no log line over the cap, the argv is cut stating its length; ESC from a backend's error is escaped in status, --json and the reports", async () => {
  const spec = join(dir, "hostile.yaml");
  writeFileSync(
    spec,
    [
      "name: hostile",
      "benchmark: synthetic",
      "video: { frames: 9, fps: 8, width: 64, height: 48 }",
      "generator: { backend: loud-gen }",
      `synthetic: { items: 2, prompts: ${JSON.stringify([PROMPT_60K, FAIL_PROMPT])} }`,
    ].join("\n"),
  );
  const sub = await submitSpec(t, spec, dir);
  const { report } = await completedRun(t, sub.runId);
  const byPrompt = (p: string) => report.items.find((i) => i.prompt === p);
  // The 60,000-character prompt is passed whole as one argument and made. (A longer one is refused
  // at submit, docs/run-spec.md#limits, so a prompt alone never meets the kernel's E2BIG.)
  expect(byPrompt(PROMPT_60K)?.state).toBe("done");
  expect(byPrompt(FAIL_PROMPT)?.error).toContain("model exploded \u001b]0;pwned\u0007\u001b[2J\u001b[31mred");

  // Every service's log: no line over the cap; the argv lines state the prompts' lengths.
  const logs = join(t.dir, "logs");
  const lines = readdirSync(logs).flatMap((f) => readFileSync(join(logs, f), "utf8").split("\n"));
  const longest = lines.reduce((n, l) => Math.max(n, l.length), 0);
  expect(longest).toBeLessThanOrEqual(LOG_LINE_CHARS);
  const starts = lines.filter((l) => l.includes('"command backend: starting"'));
  expect(starts.some((l) => l.includes("[cut: 60000 chars in all]"))).toBe(true);
  // Nothing a terminal would act on, even after `jq -r`: ESC is logged as the text \x1b.
  expect(lines.some((l) => l.includes("model exploded \\\\x1b]0;pwned"))).toBe(true);
  expect(lines.some((l) => l.includes("\\u001b"))).toBe(false);

  // framefleet status: the failure's message is shown escaped, nothing raw reaches the terminal.
  const status = await framefleet(["status", sub.runId, "--api", t.fleet.apiAddress]);
  expect(status.code).toBe(0);
  expect(status.stdout).not.toMatch(RAW_CONTROL);
  expect(status.stdout).toContain(`model exploded ${ESCAPED_TITLE}`);
  const json = await framefleet(["status", sub.runId, "--json", "--api", t.fleet.apiAddress]);
  expect(json.stdout).not.toMatch(RAW_CONTROL);
  const failures = (JSON.parse(json.stdout) as { failures: { error: string }[] }).failures;
  expect(failures.some((f) => f.error.includes("model exploded \u001b]0;pwned"))).toBe(true);

  // report.md and report.html in the run folder: escaped, visibly; report.json: exact.
  const runDir = join(t.outputRoot, sub.runId);
  const md = readFileSync(join(runDir, "report.md"), "utf8");
  expect(md).not.toMatch(RAW_CONTROL);
  // Markdown escapes the backslash itself: the page renders \x1b]0;pwned…
  expect(md).toContain("model exploded \\\\x1b\\]0;pwned\\\\x07\\\\x1b\\[2J\\\\x1b\\[31mred");
  expect(md).toContain("FAIL this prompt");
  expect(readFileSync(join(runDir, "report.html"), "utf8")).not.toMatch(RAW_CONTROL);
  const onDisk = JSON.parse(readFileSync(join(runDir, "report.json"), "utf8")) as RunReport;
  expect(onDisk.items.find((i) => i.prompt === FAIL_PROMPT)?.error).toContain("\u001b]0;pwned");
  const mdCli = await framefleet(["report", sub.runId, "--format", "md", "--api", t.fleet.apiAddress]);
  expect(mdCli.stdout).not.toMatch(RAW_CONTROL);
  expect(mdCli.stdout).toContain("model exploded \\\\x1b\\]0;pwned");
});

test("framefleet devices: a failing nvidia-smi's ESC sequence reaches the terminal escaped", async () => {
  const bin = join(dir, "nvidia-smi");
  writeFileSync(bin, "#!/usr/bin/env bash\nprintf 'NVIDIA-SMI has failed \\033]0;pwned\\007\\033[2J\\n' >&2\nexit 9\n");
  chmodSync(bin, 0o755);
  const r = await framefleet(["devices", "--devices", `nvidia:${bin}`]);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(RAW_CONTROL);
  expect(r.stderr).toContain("NVIDIA-SMI has failed \\x1b]0;pwned\\x07\\x1b[2J");
});
