/** Frame/fps/size checks of a produced video against the shape the task asked for. */
import type { VideoProbe } from "../../../common/src/media";
import type { VideoShape } from "../../../worker-runtime/src/backend";

/** How far the measured fps may be from the requested one: 23.976 vs 24000/1001 passes, 24 vs 25 does not. */
export const FPS_TOLERANCE = 0.01;

/** The `video_check` scores: measured values plus 1/0 flags (scores are numbers, not booleans). */
export interface VideoCheck {
  readonly frames: number;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  readonly duration_s: number;
  /** 1 when the frame count is exactly the requested one. */
  readonly frames_ok: 0 | 1;
  /** 1 when |fps - requested| <= {@link FPS_TOLERANCE}. */
  readonly fps_ok: 0 | 1;
  /** 1 when width and height are exactly the requested ones. */
  readonly size_ok: 0 | 1;
}

/** Compares a probe with the requested shape. Pure: the caller decides what a failed check means. */
export function checkVideo(probe: VideoProbe, expected: VideoShape): VideoCheck {
  // The epsilon absorbs binary floating point (|30.01 - 30| is 0.010000000000001563).
  const fpsOk = Math.abs(probe.fps - expected.fps) <= FPS_TOLERANCE + 1e-9;
  return {
    frames: probe.frames,
    fps: probe.fps,
    width: probe.width,
    height: probe.height,
    duration_s: probe.durationS,
    frames_ok: probe.frames === expected.frames ? 1 : 0,
    fps_ok: fpsOk ? 1 : 0,
    size_ok: probe.width === expected.width && probe.height === expected.height ? 1 : 0,
  };
}
