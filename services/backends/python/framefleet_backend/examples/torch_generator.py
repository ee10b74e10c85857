"""A real torch generator: `python3 -m framefleet_backend.examples.torch_generator --socket PATH`.

FrameNet is a small recurrent decoder with a fixed initialisation (torch.manual_seed(0) before
it is built): the prompt's words (hashed into an EmbeddingBag) and a latent drawn from the task's
seed run through a GRU cell once per step, and each frame is decoded by transposed convolutions
from the state after its last step. Same prompt and seed, same video; any torch build on any
machine with the same weights. It is no video model, but it runs the way one does: loaded once
per process, a forward loop of steps with a cancellation check and progress before each, memory
measured after loading and reported in Info.

Environment: TORCH_THREADS (intra-op threads, default 2), TORCH_LOAD_LOG ("<pid> <device>
<memory_mib>" per load), TORCH_TASK_LOG (a JSON line per task), TORCH_TEST_HOOKS=1 (enables
the test-only params below). Params: `steps` (forward steps per frame, default 1);
with TORCH_TEST_HOOKS=1, `torch_test_alloc=absurd` asks the allocator for 2^50 bytes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from typing import Any, Dict, Iterator, List, Optional

from framefleet_backend import Backend, GenerateRequest, InvalidInput, TaskContext, serve
from framefleet_backend.media import write_video

VOCAB = 4096
LATENT = 64
GRID = (32, 6, 8)  # channels, rows, columns before two 2x upsamplings
MAX_STEPS = 1_000_000
PROGRESS_MAX_GAP_S = 0.5
# How often the cancellation witness looks at the step counter (it only records, never stops).
WITNESS_POLL_S = 0.002


def prompt_tokens(prompt: str) -> List[int]:
    """Words hashed into the vocabulary with sha256, so tokens do not depend on PYTHONHASHSEED."""
    words = prompt.lower().split() or [""]
    return [int.from_bytes(hashlib.sha256(w.encode()).digest()[:4], "big") % VOCAB for w in words]


def build_net() -> Any:
    import torch
    from torch import nn

    class FrameNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.text = nn.EmbeddingBag(VOCAB, LATENT, mode="mean")
            self.cell = nn.GRUCell(LATENT, LATENT)
            self.to_grid = nn.Linear(LATENT, GRID[0] * GRID[1] * GRID[2])
            self.up = nn.Sequential(
                nn.ConvTranspose2d(GRID[0], 16, 4, 2, 1), nn.ReLU(), nn.ConvTranspose2d(16, 3, 4, 2, 1), nn.Sigmoid()
            )

        def step(self, cond: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
            return self.cell(cond, h)

        def decode(self, h: torch.Tensor, width: int, height: int) -> torch.Tensor:
            img = self.up(self.to_grid(h).view(1, *GRID))
            img = nn.functional.interpolate(img, size=(height, width), mode="bilinear", align_corners=False)
            return (img[0].permute(1, 2, 0) * 255).round().to(torch.uint8)

    torch.manual_seed(0)  # the weights: fixed, so a video depends only on prompt and seed
    return FrameNet().eval()


class TorchGenerator(Backend):
    model = "torch-framenet"
    version = "1"
    memory_mib = 0  # measured in load(); Info reports the instance's value
    capabilities = ("generate", "t2v")

    def __init__(self) -> None:
        self.net: Optional[Any] = None
        self.dev: Optional[Any] = None

    def load(self) -> None:
        from . import _torch_env as env

        threads = env.setup_threads()
        self.dev = env.device()
        self.net = build_net().to(self.dev)
        self._warm_up()
        self.memory_mib = env.measured_memory_mib(self.dev)
        env.record_load(self.memory_mib)
        logging.getLogger("framefleet_backend").info("torch %s on %s, %d threads, %d MiB", _torch_version(), self.dev, threads, self.memory_mib)

    def _warm_up(self) -> None:
        import torch

        with torch.inference_mode():
            h = torch.zeros(1, LATENT, device=self.dev)
            self.net.decode(self.net.step(h, h), 16, 16)

    def generate(self, req: GenerateRequest, ctx: TaskContext) -> None:
        import torch

        from . import _torch_env as env

        assert self.net is not None and self.dev is not None, "generate() before load()"
        steps = _int_param(req.params, "steps", 1)
        if env.test_hooks_enabled() and req.params.get("torch_test_alloc") == "absurd":
            env.allocate_absurdly(self.dev)
        frames, width, height = req.frames or 16, req.width or 64, req.height or 64
        total = frames * steps
        done = [0]  # steps finished; the witness reads it
        # Only a test reads the witness's record; without TORCH_TASK_LOG no thread polls.
        witness = _CancelWitness(ctx, done) if os.environ.get("TORCH_TASK_LOG") else None
        try:
            with torch.inference_mode():
                gen = torch.Generator(device="cpu").manual_seed(req.seed & 0xFFFF_FFFF_FFFF)
                h = torch.randn(1, LATENT, generator=gen).to(self.dev)
                tokens = torch.tensor(prompt_tokens(req.prompt), device=self.dev)
                cond = self.net.text(tokens.unsqueeze(0))

                def frames_out() -> Iterator[bytes]:
                    nonlocal h
                    last = 0.0
                    for f in range(frames):
                        for _ in range(steps):
                            ctx.check_cancelled()  # before every step: a cancel stops the loop within one
                            h = self.net.step(cond, h)
                            done[0] += 1
                            now = time.monotonic()
                            if now - last >= PROGRESS_MAX_GAP_S or done[0] == total:
                                last = now
                                ctx.progress(0.95 * done[0] / total, f"step {done[0]}/{total}")
                        yield self.net.decode(h, width, height).cpu().numpy().tobytes()

                write_video(frames_out(), width, height, req.fps or 16.0, req.output_file)
        finally:
            if witness is not None:
                witness.finish(done[0], total, req.task_id)
        ctx.progress(1.0, "encoded")


class _CancelWitness:
    """Records how many steps had run when the cancel arrived and when the loop stopped, so a
    test can check the loop stops within one step of a cancel (TORCH_TASK_LOG)."""

    def __init__(self, ctx: TaskContext, done: List[int]) -> None:
        self.at_cancel: Optional[int] = None
        self._over = threading.Event()
        self._thread = threading.Thread(target=self._watch, args=(ctx, done), daemon=True, name="cancel-witness")
        self._thread.start()

    def _watch(self, ctx: TaskContext, done: List[int]) -> None:
        while not self._over.is_set():
            if ctx.wait_cancelled(WITNESS_POLL_S):
                self.at_cancel = done[0]
                return

    def finish(self, stopped: int, total: int, task_id: str) -> None:
        from . import _torch_env as env

        self._over.set()
        self._thread.join()
        env.record_task({"task_id": task_id, "steps_total": total, "steps_done": stopped, "steps_at_cancel": self.at_cancel, "pid": os.getpid()})


def _int_param(params: Dict[str, str], name: str, default: int) -> int:
    raw = params.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidInput(f"param {name}={raw!r} is not an integer") from None
    if not 1 <= value <= MAX_STEPS:
        raise InvalidInput(f"param {name}={value} is outside 1 … {MAX_STEPS}")
    return value


def _torch_version() -> str:
    import torch

    return str(torch.__version__)


if __name__ == "__main__":
    serve(TorchGenerator)
