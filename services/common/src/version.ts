/** The FrameFleet version and install folder, from package.json (adverts carry the version). */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

function findPackageRoot(): string {
  // Works from src/ (tests) and dist/ (built) alike: walk up to our package.json.
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const p = join(dir, "package.json");
    if (!existsSync(p)) continue;
    try {
      if ((JSON.parse(readFileSync(p, "utf8")) as { name?: string }).name === "framefleet") return dir;
    } catch {
      // not ours
    }
  }
  return process.cwd();
}

/** The folder holding FrameFleet's package.json (bundled examples live below it). */
export const PACKAGE_ROOT = findPackageRoot();

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export const VERSION = readVersion();
