"""A real torch evaluator: `python3 -m framefleet_backend.examples.torch_evaluator --socket PATH`.

Scores the decoded video with torch:
- "torch_temporal_psnr": mean PSNR (dB) between consecutive frames, capped at 100 dB for equal
  frames: how much the video changes from frame to frame (higher is steadier);
- "torch_sharpness": mean variance of the Laplacian of each frame's luma (torchvision's
  rgb_to_grayscale), in (0…1 intensity)^2 units: the usual focus measure.
The "network" is the fixed Laplacian convolution, built once in load(). Environment as for
torch_generator (TORCH_THREADS, TORCH_LOAD_LOG, TORCH_TASK_LOG).
"""

from __future__ import annotations

import math
from typing import Any, Dict, List, Optional

from framefleet_backend import Backend, EvaluateRequest, InvalidInput, TaskContext, serve
from framefleet_backend.media import probe_video, read_frames

from ._requests import wanted_metrics

PSNR_CAP_DB = 100.0


class TorchEvaluator(Backend):
    model = "torch-frame-metrics"
    version = "1"
    memory_mib = 0  # measured in load()
    capabilities = ("evaluate",)
    metrics = ("torch_temporal_psnr", "torch_sharpness")

    def __init__(self) -> None:
        self.laplacian: Optional[Any] = None
        self.dev: Optional[Any] = None

    def load(self) -> None:
        import torch

        from . import _torch_env as env

        env.setup_threads()
        self.dev = env.device()
        conv = torch.nn.Conv2d(1, 1, 3, padding=1, bias=False)
        with torch.no_grad():
            conv.weight.copy_(torch.tensor([[[[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]]]]))
        self.laplacian = conv.to(self.dev).eval()
        self.memory_mib = env.measured_memory_mib(self.dev)
        env.record_load(self.memory_mib)

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        import numpy
        import torch
        from torchvision.transforms.functional import rgb_to_grayscale

        assert self.laplacian is not None, "evaluate() before load()"
        wanted = wanted_metrics(req, list(self.metrics))
        info = probe_video(req.video_file)
        width, height = info.width, info.height
        total = max(1, info.frames)
        psnrs: List[float] = []
        sharpness: List[float] = []
        prev: Optional[torch.Tensor] = None
        with torch.inference_mode():
            for i, raw in enumerate(read_frames(req.video_file, width, height)):
                ctx.check_cancelled()
                rgb = numpy.frombuffer(raw, numpy.uint8).reshape(height, width, 3)
                frame = torch.from_numpy(rgb.copy()).to(self.dev).permute(2, 0, 1).float() / 255.0
                luma = rgb_to_grayscale(frame).unsqueeze(0)
                sharpness.append(float(self.laplacian(luma).var()))
                if prev is not None:
                    mse = float(torch.mean((frame - prev) ** 2))
                    psnrs.append(PSNR_CAP_DB if mse == 0 else min(PSNR_CAP_DB, 10 * math.log10(1.0 / mse)))
                prev = frame
                ctx.progress(0.95 * (i + 1) / total, f"frame {i + 1}/{total}")
        if not sharpness:
            raise InvalidInput(f"no frames decoded from {req.video_file}")
        scores: Dict[str, float] = {}
        if "torch_temporal_psnr" in wanted:
            scores["torch_temporal_psnr"] = sum(psnrs) / len(psnrs) if psnrs else PSNR_CAP_DB
        if "torch_sharpness" in wanted:
            scores["torch_sharpness"] = sum(sharpness) / len(sharpness)
        ctx.progress(1.0, "scored")
        return scores


if __name__ == "__main__":
    serve(TorchEvaluator)
