/**
 * VideoPhy-2 video names, as the Wan2.2 VideoPhy-2 scripts write them (seed 004):
 * `{id:04d}_{slug}.mp4`, where the slug is
 *
 *     clean = caption.replace(" ", "_").replace("/", "_").replace('"', "")
 *     clean = "".join(c for c in clean if c.isalnum() or c in "_-.,")[:80]
 *
 * Python's `str.isalnum()` is Unicode-aware: letters and numbers of any script count; we use the
 * Unicode classes L and N for it. The 80 is code points, as Python slices strings.
 */
import { sanitizeComponent } from "../../../common/src/paths";

const KEEP = /[\p{L}\p{N}_\-.,]/u;

/** The seed script's slug of a caption (before the fleet's file-name rule). */
export function captionSlug(caption: string): string {
  const clean = caption.replace(/ /g, "_").replace(/\//g, "_").replace(/"/g, "");
  return Array.from(clean)
    .filter((c) => KEEP.test(c))
    .slice(0, 80)
    .join("");
}

/** `0007`: the id zero-padded to 4 digits (longer ids keep all their digits, as `%04d` does). */
export function paddedId(id: number): string {
  return String(id).padStart(4, "0");
}

/**
 * The video's path relative to the run folder: `videos/{id:04d}_{slug}.mp4`, or with several
 * samples per prompt `videos/sample-{s}/{id:04d}_{slug}.mp4` (one complete set per folder). The
 * name goes through the fleet's file-name rule, which leaves every seed slug unchanged.
 */
export function videoPath(id: number, caption: string, sampleIndex: number, samplesPerPrompt: number): string {
  // The extension is added after the rule so that a long non-Latin slug cut to the byte limit keeps it.
  const name = `${sanitizeComponent(`${paddedId(id)}_${captionSlug(caption)}`)}.mp4`;
  return samplesPerPrompt > 1 ? `videos/sample-${sampleIndex}/${name}` : `videos/${name}`;
}
