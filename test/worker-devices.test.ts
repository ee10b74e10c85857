/**
 * `framefleet worker` given no devices on a machine without nvidia-smi: it must not start on a
 * simulated GPU (that would fake the work on a real GPU node) but stop with a config error that
 * says how to ask for simulated devices. The real bin, with a PATH holding only `node`.
 */
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { framefleet } from "./helpers/cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-nosmi-"));
  // bin/framefleet starts with `#!/usr/bin/env node`: node is the one program this PATH offers.
  symlinkSync(process.execPath, join(dir, "node"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test.each(["gen", "eval"])("worker --role %s without --devices and without nvidia-smi exits 2 with the hint", async (role) => {
  const r = await framefleet(["worker", "--role", role, "--node", "gpu-17", "--nats", "nats://127.0.0.1:1"], {
    env: { PATH: dir, FRAMEFLEET_DEVICES: "", FRAMEFLEET_CONFIG: "" },
    timeoutMs: 60_000,
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("nvidia-smi is not on PATH");
  expect(r.stderr).toContain("--devices sim:1x80GiB");
  expect(r.stderr).toContain("--devices cpu:N");
  // It stopped before NATS: no connection attempt was logged.
  expect(r.stderr).not.toContain("connecting to NATS");
});
