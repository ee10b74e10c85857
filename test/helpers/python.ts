/**
 * The Python that runs FrameFleet's Python backends in tests: one that can import grpc and
 * protobuf (Debian's python3-grpcio / python3-protobuf, installed by scripts/setup.sh). On
 * machines where `python3` on PATH is another installation, Debian's /usr/bin/python3 is it.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../services/common/src/version";

export const PYTHON_PACKAGES = join(PACKAGE_ROOT, "services", "backends", "python");

let cached: string | null | undefined;

export function findPython(): string | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(candidate, ["-c", "import grpc, google.protobuf"], { stdio: "ignore" });
    if (r.status === 0) {
      cached = candidate;
      break;
    }
  }
  return cached;
}

/** The interpreter, or a test failure that says what to install (CI installs it, so never skip there). */
export function requirePython(): string {
  const p = findPython();
  if (!p) throw new Error("no Python with grpc and protobuf: run scripts/setup.sh (apt python3-grpcio python3-protobuf python3-numpy)");
  return p;
}
