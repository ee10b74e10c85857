"""A fake video generator: `python3 -m framefleet_backend.examples.fake_generator --socket PATH`.

FakePipeline has the shape of a diffusion pipeline (built once in load(), called per task with
a per-step callback); the video it makes is real: a moving square over a background whose
colours, speed and direction come from sha256(prompt, seed) and the conditioning inputs.

Environment (for tests): FAKE_LOAD_MS, FAKE_LOAD_FAIL, FAKE_LOAD_LOG, FAKE_TASK_LOG (see
_fake_env), FAKE_STEP_MS (sleep per frame, so a test can kill or cancel mid-task),
FAKE_MEMORY_MIB (what Info reports). Per task, params["fake_oom"] == "1" raises OutOfMemory.
"""

from __future__ import annotations

import hashlib
import os
import time
from typing import Callable, Iterator, Optional, Tuple

from framefleet_backend import Backend, GenerateRequest, InvalidInput, OutOfMemory, TaskContext, serve
from framefleet_backend.media import read_camera, read_image, write_video

from ._fake_env import env_ms, record_task, simulate_load

RGB = Tuple[int, int, int]
# Progress goes out once per block of frames, like a real pipeline's per-step callback, and at
# least this often so a slow FAKE_STEP_MS never looks like a hang to a short hang_timeout.
PROGRESS_BLOCKS = 8
PROGRESS_MAX_GAP_S = 0.5


class FakePipeline:
    """Stands where a model would: deterministic frames from (prompt, seed, conditioning)."""

    def __init__(self, step_s: float) -> None:
        self.step_s = step_s

    def __call__(
        self,
        prompt: str,
        seed: int,
        frames: int,
        width: int,
        height: int,
        tint: Optional[RGB],
        direction: Tuple[int, int],
        on_step: Callable[[int], None],
    ) -> Iterator[bytes]:
        digest = hashlib.sha256(f"{seed}\0{prompt}".encode()).digest()
        bg: RGB = tint if tint is not None else (digest[0], digest[1], digest[2])
        fg: RGB = (255 - bg[0], 255 - bg[1], 255 - bg[2])
        side = max(2, min(width, height) // 4)
        speed = 1 + digest[3] % 4
        for i in range(frames):
            on_step(i)  # the callback raises Cancelled to stop the loop
            time.sleep(self.step_s)
            x = (digest[4] + direction[0] * speed * i) % (width - side + 1)
            y = (digest[5] + direction[1] * speed * i) % (height - side + 1)
            yield _frame(width, height, bg, fg, x, y, side)


def _frame(width: int, height: int, bg: RGB, fg: RGB, x: int, y: int, side: int) -> bytes:
    b, f = bytes(bg), bytes(fg)
    plain = b * width
    marked = b * x + f * side + b * (width - x - side)
    return b"".join(marked if y <= row < y + side else plain for row in range(height))


class FakeGenerator(Backend):
    model = "fake-generator"
    version = "1"
    memory_mib = int(os.environ.get("FAKE_MEMORY_MIB", "0") or 0)
    capabilities = ("generate", "t2v", "i2v", "camera")

    def __init__(self) -> None:
        self.pipe: Optional[FakePipeline] = None

    def load(self) -> None:
        simulate_load()
        self.pipe = FakePipeline(env_ms("FAKE_STEP_MS"))

    def generate(self, req: GenerateRequest, ctx: TaskContext) -> None:
        assert self.pipe is not None, "generate() before load()"
        for role, path in req.inputs.items():
            if not os.path.isfile(path):
                raise InvalidInput(f"input {role!r} not found: {path}")
        record_task({"task_id": req.task_id, "prompt": req.prompt, "seed": req.seed, "inputs": req.inputs,
                     "params": req.params, "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES", "")})
        if req.params.get("fake_oom") == "1":
            raise OutOfMemory("fake: CUDA out of memory (params.fake_oom=1)")
        frames = req.frames or 16
        width, height = req.width or 64, req.height or 64
        tint = _image_tint(req.inputs["image"]) if "image" in req.inputs else None
        direction = _camera_direction(req.inputs["camera"]) if "camera" in req.inputs else (1, 1)
        block = max(1, frames // PROGRESS_BLOCKS)
        last = [0.0]

        def on_step(i: int) -> None:
            ctx.check_cancelled()
            now = time.monotonic()
            if i % block == 0 or now - last[0] >= PROGRESS_MAX_GAP_S:
                last[0] = now
                ctx.progress(0.95 * i / frames, f"frame {i + 1}/{frames}")

        video = self.pipe(req.prompt, req.seed, frames, width, height, tint, direction, on_step)
        write_video(video, width, height, req.fps or 16.0, req.output_file)
        ctx.progress(1.0, "encoded")


def _image_tint(path: str) -> RGB:
    """The first frame's mean colour, so an i2v item's image visibly conditions the video."""
    width, height, rgb = read_image(path)
    n = width * height
    return (sum(rgb[0::3]) // n, sum(rgb[1::3]) // n, sum(rgb[2::3]) // n)


def _camera_direction(path: str) -> Tuple[int, int]:
    """The sign of the trajectory's last x/y translation, so the camera steers the square."""
    cam = read_camera(path)
    t = cam.c2w[-1, :3, 3]
    return (1 if t[0] >= 0 else -1, 1 if t[1] >= 0 else -1)


if __name__ == "__main__":
    serve(FakeGenerator)
