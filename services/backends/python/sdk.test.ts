/**
 * Runs the Python backend SDK's unittest suite (services/backends/python/tests) so that `npm test`
 * covers it: real backend processes on unix sockets, real gRPC, real ffmpeg.
 *
 * The interpreter must import grpc and google.protobuf: Debian's /usr/bin/python3 with
 * python3-grpcio and python3-protobuf first, then `python3` on PATH (a pyenv or venv Python may
 * lack them). Skipped, with a message saying what to install, only when neither can.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

const PY_ROOT = __dirname;
const REPO_ROOT = path.resolve(__dirname, "../../..");
const CANDIDATES = ["/usr/bin/python3", "python3"];
/** The whole suite takes ~20 s on a laptop; CI machines are slower. */
const SUITE_TIMEOUT_MS = 180_000;

function findPython(): string | undefined {
  for (const candidate of CANDIDATES) {
    const probe = spawnSync(candidate, ["-c", "import grpc, google.protobuf"], { stdio: "ignore", timeout: 30_000 });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

function runSuite(python: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      python,
      ["-m", "unittest", "discover", "-s", "services/backends/python/tests", "-t", "services/backends/python"],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          PYTHONPATH: [PY_ROOT, process.env["PYTHONPATH"]].filter(Boolean).join(path.delimiter),
          // No __pycache__ left in the source tree by a test run.
          PYTHONDONTWRITEBYTECODE: "1",
        },
        stdio: ["ignore", "pipe", "pipe"],
        timeout: SUITE_TIMEOUT_MS - 10_000,
        killSignal: "SIGKILL",
      },
    );
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, output: Buffer.concat(chunks).toString("utf8") }));
  });
}

const python = findPython();
if (python === undefined) {
  console.warn(
    `Python backend SDK tests skipped: none of ${CANDIDATES.join(", ")} can import grpc and google.protobuf ` +
      "(apt install python3-grpcio python3-protobuf python3-numpy, or pip install grpcio protobuf numpy)",
  );
}
const describeWithPython = python === undefined ? describe.skip : describe;

describeWithPython("Python backend SDK (unittest)", () => {
  it(
    "passes its unittest suite against real backend processes",
    async () => {
      const res = await runSuite(python as string);
      if (res.code !== 0) {
        throw new Error(`${python} -m unittest exited ${res.code ?? res.signal}:\n${res.output}`);
      }
      const ran = /^Ran (\d+) tests? in/m.exec(res.output);
      // A discovery that finds no test modules (a moved folder) still ends "OK".
      expect(Number(ran?.[1] ?? 0)).toBeGreaterThanOrEqual(30);
      expect(res.output).toMatch(/^OK\b/m);
    },
    SUITE_TIMEOUT_MS,
  );
});
