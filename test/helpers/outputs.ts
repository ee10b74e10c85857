/**
 * Checks on a run's output folder shared by the end-to-end and fault tests: every item's video
 * exists exactly once, decodes with the requested shape, matches its commit, and so does its
 * poster frame; no temporary file is left.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Kvm } from "@nats-io/kv";
import type { NatsConnection } from "@nats-io/transport-node";
import { decode } from "../../services/common/src/codec";
import { probeVideo, sha256File } from "../../services/common/src/media";
import { pb } from "../../services/common/src/proto";
import type { RunReport } from "../../services/reports/src";

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export async function expectEveryOutputExactlyOnce(
  nc: NatsConnection,
  report: RunReport,
  runDir: string,
  shape: { frames: number; fps: number; width: number; height: number },
): Promise<void> {
  expect(report.items.length).toBe(report.counts.total);
  const outputs = await new Kvm(nc).open("ff_outputs");
  const files = walk(join(runDir, "videos"));
  // No temporary file of any attempt is left, and there is one file per item, no more.
  expect(files.filter((f) => f.includes(".tmp"))).toEqual([]);
  expect(files.length).toBe(report.items.length);
  const paths = new Set<string>();
  for (const item of report.items) {
    expect(item.state).toBe("done");
    expect(item.output_path).toBeTruthy();
    paths.add(item.output_path as string);
    const file = join(runDir, item.output_path as string);
    const commit = await outputs.get(item.task_id);
    expect(commit?.operation).toBe("PUT");
    const c = decode(pb.OutputCommit, (commit as { value: Uint8Array }).value);
    expect(c.output?.sha256).toBe(item.sha256);
    expect(await sha256File(file)).toBe(item.sha256);
    const probe = await probeVideo(file);
    expect({ frames: probe.frames, fps: probe.fps, width: probe.width, height: probe.height }).toEqual(shape);
    // The worker made the poster and committed it with the video (ffmpeg is there in tests).
    expect(item.poster_path).toBe(`.previews/${item.task_id}.jpg`);
    expect(c.output?.posterPath).toBe(item.poster_path);
    expect(readFileSync(join(runDir, item.poster_path as string)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  }
  expect(paths.size).toBe(report.items.length);
  const previews = join(runDir, ".previews");
  expect(existsSync(previews) ? walk(previews).filter((f) => f.includes(".tmp")) : []).toEqual([]);
}
