/**
 * A handful of real videos and their poster frames, made with ffmpeg (argv, no shell), and links
 * that put them at every item's output and poster path: a page for thousands of items then
 * references real files without encoding thousands of videos. Posters are made here the way
 * a worker makes them (one JPEG frame, at most 320 px wide), not by the report.
 */
import { mkdirSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { mediaInputArg, runMediaTool } from "../../services/common/src/media";
import type { ItemRecord } from "../../services/common/src/proto";
import { resolveInside } from "../../services/common/src/paths";

export interface SampleMedia {
  video: string;
  poster: string;
}

/** `count` one-second H.264 MP4s (320x192, 16 fps), each a different test pattern, and a JPEG poster of each. */
export async function makeSampleMedia(dir: string, count: number, ffmpeg = "ffmpeg"): Promise<SampleMedia[]> {
  mkdirSync(dir, { recursive: true });
  const out: SampleMedia[] = [];
  for (let k = 0; k < count; k++) {
    const video = join(dir, `sample-${k}.mp4`);
    const poster = join(dir, `sample-${k}.jpg`);
    const pattern = `testsrc2=size=320x192:rate=16:duration=1,hue=h=${(k * 360) / count}`;
    await tool(ffmpeg, ["-f", "lavfi", "-i", pattern, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", mediaInputArg(video)], `making ${video}`);
    await tool(ffmpeg, ["-ss", "0.33", "-i", mediaInputArg(video), "-frames:v", "1", "-vf", "scale=w='min(320,iw)':h=-2", "-q:v", "5", "-f", "image2", mediaInputArg(poster)], `making ${poster}`);
    out.push({ video, poster });
  }
  return out;
}

async function tool(ffmpeg: string, args: string[], what: string): Promise<void> {
  const res = await runMediaTool(ffmpeg, ["-nostdin", "-hide_banner", "-v", "error", "-y", ...args], { timeoutMs: 60_000, what });
  if (res.code !== 0) throw new Error(`ffmpeg exited ${res.code} ${what}: ${res.stderr.trim()}`);
}

/** Symlinks each item's output and poster path (inside `runDir`) to the samples, round-robin. */
export function linkSampleMedia(runDir: string, items: readonly ItemRecord[], samples: readonly SampleMedia[]): number {
  let linked = 0;
  items.forEach((it, i) => {
    const sample = samples[i % samples.length];
    if (!sample || !it.output?.path) return;
    for (const [rel, target] of [[it.output.path, sample.video], [it.output.posterPath, sample.poster]] as const) {
      if (!rel) continue;
      const at = resolveInside(runDir, rel);
      mkdirSync(dirname(at), { recursive: true });
      symlinkSync(target, at);
      linked++;
    }
  });
  return linked;
}
