/**
 * Runs the model adapters' Python tests (services/backends/python/tests_adapters, unittest) with a
 * Python that has grpc and protobuf, one test module per Jest test, and checks that the worker
 * configs the adapters' docs show are valid fleet config. The adapters are tested up to the model
 * boundary with fakes of the model objects; no GPU or weights are needed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { configSchema } from "../../common/src/config/schema";

const ROOT = join(__dirname, "..", "..", "..");
const PY_ROOT = join(ROOT, "services", "backends", "python");
const TESTS = join(PY_ROOT, "tests_adapters");
const ADAPTERS = join(PY_ROOT, "framefleet_adapters");

/** Debian's python3 first: on dev machines `python3` on PATH may be a pyenv build without grpc. */
function findPython(): string | undefined {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(candidate, ["-c", "import grpc, google.protobuf"], { encoding: "utf8" });
    if (r.status === 0) return candidate;
  }
  return undefined;
}

const python = findPython();
if (python === undefined) {
  // eslint-disable-next-line no-console
  console.warn("adapters.test.ts: skipped: no python3 that can `import grpc, google.protobuf` (apt install python3-grpcio python3-protobuf python3-numpy)");
}
const withPython = python === undefined ? describe.skip : describe;

const MODULES = ["test_wan22", "test_videophy2_autoeval", "test_wmb_judge", "test_vbench_eval", "test_vbench_resident", "test_mbench_eval", "test_sana_wm", "test_entrypoints"];

withPython("framefleet_adapters (Python unittest)", () => {
  test("every test module is run here", () => {
    const found = readdirSync(TESTS)
      .filter((f) => /^test_.*\.py$/.test(f))
      .map((f) => f.replace(/\.py$/, ""))
      .sort();
    expect(found).toEqual([...MODULES].sort());
  });

  test.each(MODULES)("%s", (module) => {
    const r = spawnSync(python as string, ["-m", "unittest", "discover", "-s", TESTS, "-t", PY_ROOT, "-p", `${module}.py`], {
      cwd: ROOT,
      env: { ...process.env, PYTHONPATH: PY_ROOT, PYTHONDONTWRITEBYTECODE: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
    if (r.status !== 0) throw new Error(`${module} failed (status ${r.status}, signal ${r.signal}):\n${output.slice(-6000)}`);
    // A pattern that matched nothing would pass with "Ran 0 tests".
    expect(output).toMatch(/Ran [1-9]\d* tests?/);
    expect(output).toMatch(/\nOK/);
  }, 60_000);
});

describe("adapter configs in the docs", () => {
  test("sana_wm.yaml is a valid worker config whose placeholders the command backend knows", () => {
    const doc: unknown = parse(readFileSync(join(ADAPTERS, "sana_wm.yaml"), "utf8"));
    const config = configSchema.parse(doc);
    const backend = config.worker.backends?.["sana-wm"];
    expect(backend?.type).toBe("command");
    if (backend?.type !== "command") return;
    expect(backend.invalid_input_exit_codes).toEqual([65]);
    const placeholders = backend.command.join(" ").match(/\{[^}]+\}/g) ?? [];
    const known = /^\{(prompt_file|prompt|output|seed|frames|fps|width|height|work_dir|device|input:[a-z_]+|param:[a-z_]+)\}$/;
    expect(placeholders.filter((p) => !known.test(p))).toEqual([]);
    // The prompt goes to the script as a file only.
    expect(placeholders).toContain("{prompt_file}");
    expect(placeholders).not.toContain("{prompt}");
  });

  test("every worker config shown in the README is valid", () => {
    const readme = readFileSync(join(ADAPTERS, "README.md"), "utf8");
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) {
      const result = configSchema.safeParse(parse(block));
      expect(result.success ? "valid" : `${block}\n${result.error.message}`).toBe("valid");
    }
  });
});
