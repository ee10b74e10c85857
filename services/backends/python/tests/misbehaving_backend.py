"""A backend whose generate()/evaluate() misbehave on request (params["mode"]), to test the server's mapping.

Modes: torch_oom (raises a class named OutOfMemoryError, as torch.cuda's), wrapped_oom (a
RuntimeError raised `from` a "CUDA out of memory" error, as pipelines re-raise), crash
(KeyError), no_output (returns without writing), ignore_cancel (runs 1.5 s ignoring
cancellation), bad_scores (evaluate returns a string score).
"""

from __future__ import annotations

import time
from typing import Dict

from framefleet_backend import Backend, EvaluateRequest, GenerateRequest, TaskContext, serve


class OutOfMemoryError(RuntimeError):
    """Named like torch.cuda.OutOfMemoryError; the SDK must not need torch to recognise it."""


class Misbehaving(Backend):
    model = "misbehaving"
    version = "0"
    capabilities = ("generate", "evaluate")
    metrics = ("m",)

    def generate(self, req: GenerateRequest, ctx: TaskContext) -> None:
        mode = req.params.get("mode", "")
        ctx.progress(0.5, mode)
        if mode == "torch_oom":
            raise OutOfMemoryError("Tried to allocate 20.00 GiB")
        if mode == "wrapped_oom":
            try:
                raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")
            except RuntimeError as exc:
                raise ValueError("pipeline step failed") from exc
        if mode == "crash":
            raise KeyError("latents")
        if mode == "ignore_cancel":
            time.sleep(1.5)
        if mode == "no_output":
            return
        with open(req.output_file, "wb") as f:
            f.write(b"not really a video")

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        if req.params.get("mode") == "bad_scores":
            return {"m": "high"}  # type: ignore[dict-item]
        return {"m": 0.5}


if __name__ == "__main__":
    serve(Misbehaving)
