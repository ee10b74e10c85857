/**
 * Checks that the programs a local fleet needs are installed, and says how to get them.
 */
import { spawnSync } from "node:child_process";
import { FleetError, FleetErrorCode } from "../../common/src/errors";
import { natsServerBinary } from "../../common/src/nats/server-process";

const HOW: Record<string, string> = {
  "nats-server": "apt-get install nats-server (or set FRAMEFLEET_NATS_SERVER to its path)",
  ffmpeg: "apt-get install ffmpeg",
  ffprobe: "apt-get install ffmpeg",
};

export async function checkPrerequisites(programs: readonly string[]): Promise<void> {
  const missing = programs.filter((p) => {
    const bin = p === "nats-server" ? natsServerBinary() : p;
    const r = spawnSync(bin, [p === "nats-server" ? "--version" : "-version"], { stdio: "ignore" });
    return r.error !== undefined;
  });
  if (missing.length > 0) {
    throw new FleetError(
      FleetErrorCode.DEPENDENCY_MISSING,
      `missing ${missing.join(", ")}. Install: ${[...new Set(missing.map((m) => HOW[m]))].join("; ")}. scripts/setup.sh installs everything.`,
    );
  }
}
