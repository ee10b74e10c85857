"""A fake evaluator: `python3 -m framefleet_backend.examples.fake_evaluator --socket PATH`.

The scores are real and cheap, computed on the decoded video: "fake_brightness" is the mean
luma-free brightness (mean of all RGB bytes / 255), "fake_frames" is 1.0 when the video has the
expected frame count and 0.0 otherwise. Environment as for fake_generator (FAKE_LOAD_MS,
FAKE_LOAD_FAIL, FAKE_LOAD_LOG, FAKE_TASK_LOG, FAKE_STEP_MS per decoded frame).
"""

from __future__ import annotations

import os
import time
from typing import Dict, List

from framefleet_backend import Backend, EvaluateRequest, TaskContext, serve
from framefleet_backend.media import probe_video, read_frames

from ._requests import wanted_metrics

from ._fake_env import env_ms, record_task, simulate_load

# Brightness does not need full resolution; decoding small keeps a task cheap.
DECODE_SIZE = 32


class FakeScorer:
    """Stands where a scoring network would: a function of decoded frames."""

    def __init__(self, step_s: float) -> None:
        self.step_s = step_s

    def brightness(self, frame: bytes) -> float:
        time.sleep(self.step_s)
        return sum(frame) / (len(frame) * 255.0)


class FakeEvaluator(Backend):
    model = "fake-evaluator"
    version = "1"
    memory_mib = 0
    capabilities = ("evaluate",)
    metrics = ("fake_brightness", "fake_frames")

    def __init__(self) -> None:
        self.scorer: FakeScorer | None = None

    def load(self) -> None:
        simulate_load()
        self.scorer = FakeScorer(env_ms("FAKE_STEP_MS"))

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        assert self.scorer is not None, "evaluate() before load()"
        wanted = wanted_metrics(req, list(self.metrics))
        record_task({"task_id": req.task_id, "video_file": req.video_file, "metrics": wanted,
                     "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES", "")})
        info = probe_video(req.video_file)
        total = max(1, info.frames)
        levels: List[float] = []
        for i, frame in enumerate(read_frames(req.video_file, DECODE_SIZE, DECODE_SIZE)):
            ctx.check_cancelled()
            levels.append(self.scorer.brightness(frame))
            ctx.progress(0.95 * (i + 1) / total, f"frame {i + 1}/{total}")
        scores: Dict[str, float] = {}
        if "fake_brightness" in wanted:
            scores["fake_brightness"] = sum(levels) / len(levels) if levels else 0.0
        if "fake_frames" in wanted:
            scores["fake_frames"] = 1.0 if req.frames in (0, len(levels)) else 0.0
        ctx.progress(1.0, "scored")
        return scores


if __name__ == "__main__":
    serve(FakeEvaluator)
