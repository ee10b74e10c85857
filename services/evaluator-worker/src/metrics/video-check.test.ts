import type { VideoProbe } from "../../../common/src/media/ffprobe";
import { checkVideo } from "./video-check";

const probe: VideoProbe = { frames: 17, fps: 24000 / 1001, width: 64, height: 48, durationS: 0.709, codec: "h264" };

describe("checkVideo", () => {
  it("passes a video of the requested shape (fps within 0.01)", () => {
    expect(checkVideo(probe, { frames: 17, fps: 23.976, width: 64, height: 48 })).toEqual({
      frames: 17,
      fps: 24000 / 1001,
      width: 64,
      height: 48,
      duration_s: 0.709,
      frames_ok: 1,
      fps_ok: 1,
      size_ok: 1,
    });
  });

  it("flags each mismatch separately", () => {
    const c = checkVideo(probe, { frames: 16, fps: 24, width: 64, height: 50 });
    expect([c.frames_ok, c.fps_ok, c.size_ok]).toEqual([0, 0, 0]);
    expect(checkVideo({ ...probe, fps: 30.01 }, { frames: 17, fps: 30, width: 64, height: 48 }).fps_ok).toBe(1);
    expect(checkVideo({ ...probe, fps: 30.02 }, { frames: 17, fps: 30, width: 64, height: 48 }).fps_ok).toBe(0);
  });
});
