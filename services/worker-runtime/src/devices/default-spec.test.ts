import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { findOnPath, resolveDevices } from "./default-spec";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-devspec-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(sub: string, mode: number): string {
  mkdirSync(join(dir, sub), { recursive: true });
  const p = join(dir, sub, "nvidia-smi");
  writeFileSync(p, "#!/bin/sh\nexit 0\n");
  chmodSync(p, mode);
  return p;
}

test("a given spec is kept as it is, simulated or not, whatever PATH holds", () => {
  expect(resolveDevices("sim:2x80GiB", { PATH: "" })).toEqual({ spec: "sim:2x80GiB" });
  expect(resolveDevices("cpu:2", { PATH: join(dir, "none") })).toEqual({ spec: "cpu:2" });
});

test("none given and an executable nvidia-smi on PATH: nvidia, saying which binary", () => {
  file("not-exec", 0o644);
  const smi = file("bin", 0o755);
  const path = [join(dir, "empty"), join(dir, "not-exec"), join(dir, "bin")].join(delimiter);
  expect(findOnPath("nvidia-smi", path)).toBe(smi);
  expect(resolveDevices(undefined, { PATH: path })).toEqual({ spec: "nvidia", foundNvidiaSmi: smi });
});

test("none given and no nvidia-smi on PATH: a config error saying how to ask for simulated devices", () => {
  file("not-exec", 0o644);
  let err: (Error & { code?: string }) | undefined;
  try {
    resolveDevices(undefined, { PATH: join(dir, "not-exec") });
  } catch (e) {
    err = e as Error & { code?: string };
  }
  expect(err?.code).toBe(FleetErrorCode.CONFIG_INVALID);
  expect(err?.message).toContain("nvidia-smi is not on PATH");
  expect(err?.message).toContain("--devices sim:1x80GiB");
  expect(err?.message).toContain("--devices cpu:N");
  expect(() => resolveDevices(undefined, {})).toThrow(/--devices sim:1x80GiB/);
});
