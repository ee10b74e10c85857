"""Fakes of the model objects behind each adapter's seam (no torch, no weights)."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Tuple

from framefleet_adapters.videophy2_autoeval import AutoEvalModel
from framefleet_adapters.vbench_eval import VBenchRunner
from framefleet_adapters.wan22 import WanCall, WanPipeline
from framefleet_adapters.wmb_judge import Judge
from framefleet_backend.media import write_video

from .support import frames


class OutOfMemoryError(RuntimeError):
    """Named like torch.cuda.OutOfMemoryError, which the SDK recognises by class name."""


class FakeVideo:
    """Stands for wan's video tensor (C, N, H, W); the fake's save() renders it for real."""

    def __init__(self, frame_num: int, width: int, height: int) -> None:
        self.frame_num, self.width, self.height = frame_num, width, height

    def __getitem__(self, index: Any) -> "FakeVideo":
        return self  # video[None] in save_video(tensor=video[None])


class FakeWan(WanPipeline):
    """Records what it is asked; runs 2 forward passes per step; writes a small real MP4."""

    instances: List["FakeWan"] = []

    def __init__(self, settings: Any, fail: Optional[BaseException] = None) -> None:
        self.settings = settings
        self.calls: List[WanCall] = []
        self.saved: List[Tuple[str, float]] = []
        self.fail = fail
        self.closed = False
        FakeWan.instances.append(self)

    def generate(self, call: WanCall, on_forward: Callable[[], None]) -> Any:
        self.calls.append(call)
        for _ in range(2 * call.sampling_steps):
            on_forward()
            if self.fail is not None:
                raise self.fail
        return FakeVideo(call.frame_num, call.size[0], call.size[1])

    def save(self, video: Any, output_file: str, fps: float) -> None:
        self.saved.append((output_file, fps))
        # Scaled down so the test stays fast; the frame count is the real one.
        w, h = video.width // 16, video.height // 16
        w, h = w + w % 2, h + h % 2
        write_video(frames(video.frame_num, w, h), w, h, fps, output_file)

    def close(self) -> None:
        self.closed = True


class FakeAutoEval(AutoEvalModel):
    """Answers from a table keyed by the prompt's first distinguishing words."""

    def __init__(self, answers: Dict[str, str]) -> None:
        self.answers = answers
        self.asked: List[Tuple[str, str, int]] = []

    def answer(self, prompt: str, video_file: str, num_frames: int) -> str:
        self.asked.append((prompt, video_file, num_frames))
        if "match the description" in prompt:
            return self.answers["sa"]
        if "adhere to the physical laws" in prompt:
            return self.answers["pc"]
        return self.answers["rule"]


class FakeJudge(Judge):
    def __init__(self, reply: Callable[[str], str]) -> None:
        self.reply = reply
        self.asked: List[Tuple[str, str]] = []

    def ask(self, video_file: str, prompt: str) -> str:
        self.asked.append((video_file, prompt))
        return self.reply(prompt)


class FakeVBench(VBenchRunner):
    """Writes an eval-results file in VBench's shape, with a value chosen per dimension."""

    def __init__(self, values: Dict[str, Any], full_info: str) -> None:
        self.values = values
        self.full_info = full_info
        self.calls: List[Tuple[str, str, str, str, str, Any]] = []

    def evaluate(self, video_file: str, prompt: str, dimension: str, output_path: str, name: str, entry: Any) -> None:
        import json
        import os

        self.calls.append((video_file, prompt, dimension, output_path, name, entry))
        value = self.values[dimension]
        if isinstance(value, BaseException):
            raise value
        data = {dimension: [float(value), [{"video_path": video_file, "video_results": value}]]}
        with open(os.path.join(output_path, f"{name}_eval_results.json"), "w", encoding="utf-8") as f:
            json.dump(data, f)
