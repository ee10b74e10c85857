"""The torch examples as real processes over real gRPC, with Debian's real torch (python3-torch).

Skipped only outside CI when torch is missing; under CI=true a missing torch fails the suite.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import unittest
from pathlib import Path

from framefleet_backend._proto import backend_pb2 as pb

from ._harness import BackendTestCase, collect, eventually, ffprobe, gen_request

GEN = "framefleet_backend.examples.torch_generator"
EVAL = "framefleet_backend.examples.torch_evaluator"
Code = pb.BackendError
HAVE_TORCH = importlib.util.find_spec("torch") is not None
if not HAVE_TORCH and os.environ.get("CI") == "true":
    raise RuntimeError("torch is missing: scripts/setup.sh installs python3-torch and python3-torchvision")
# Loading torch takes seconds on a slow CI core.
READY_S = 60.0


def sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@unittest.skipUnless(HAVE_TORCH, "torch not installed (apt install python3-torch python3-torchvision)")
class TorchGeneratorTest(BackendTestCase):
    def test_same_prompt_and_seed_same_video_another_seed_another_and_memory_is_measured(self) -> None:
        b = self.start(GEN, {"TORCH_LOAD_LOG": "{dir}/loads.log"})
        b.wait_ready(READY_S)
        req = dict(prompt="a red kite over a beach", seed=11)
        for name, seed in (("a.mp4", 11), ("b.mp4", 11), ("c.mp4", 12)):
            _, last = collect(b.client.generate(gen_request(b.path(name), **{**req, "seed": seed}), timeout=60))
            self.assertEqual(last.WhichOneof("event"), "result", last)
        self.assertEqual(sha256(b.path("a.mp4")), sha256(b.path("b.mp4")))
        self.assertNotEqual(sha256(b.path("a.mp4")), sha256(b.path("c.mp4")))
        self.assertEqual(ffprobe(b.path("a.mp4"))["nb_read_frames"], "8")
        # Info carries the memory load() measured: torch alone holds well over 50 MiB resident.
        pid, _device, measured = Path(b.path("loads.log")).read_text().rstrip("\n").split(" ")
        self.assertEqual(int(pid), b.proc.pid)
        info = b.client.info(pb.InfoRequest(), timeout=5)
        self.assertEqual(info.memory_mib, int(measured))
        self.assertGreater(info.memory_mib, 50)

    def test_the_cpu_allocators_failure_is_resource_exhausted_and_the_backend_goes_on(self) -> None:
        b = self.start(GEN, {"TORCH_TEST_HOOKS": "1"})
        b.wait_ready(READY_S)
        _, last = collect(b.client.generate(gen_request(b.path("o.mp4"), params={"torch_test_alloc": "absurd"}), timeout=60))
        self.assertEqual(last.error.code, Code.CODE_RESOURCE_EXHAUSTED, last)
        self.assertIn("DefaultCPUAllocator: can't allocate memory", last.error.message)
        _, ok = collect(b.client.generate(gen_request(b.path("ok.mp4")), timeout=60))
        self.assertEqual(ok.WhichOneof("event"), "result")

    def test_the_alloc_hook_does_nothing_without_TORCH_TEST_HOOKS(self) -> None:
        b = self.start(GEN)
        b.wait_ready(READY_S)
        _, last = collect(b.client.generate(gen_request(b.path("o.mp4"), params={"torch_test_alloc": "absurd"}), timeout=60))
        self.assertEqual(last.WhichOneof("event"), "result")

    def test_cancel_stops_the_forward_loop_within_one_step(self) -> None:
        b = self.start(GEN, {"TORCH_TASK_LOG": "{dir}/tasks.log"})
        b.wait_ready(READY_S)
        call = b.client.generate(gen_request(b.path("o.mp4"), params={"steps": "1000000"}), timeout=120)
        for ev in call:
            if ev.WhichOneof("event") == "progress" and ev.progress.fraction > 0:
                break
        # gRPC's threads answer while torch's pool computes (TORCH_THREADS=2 by default).
        self.assertEqual(b.health().state, "busy")
        call.cancel()
        log = Path(b.path("tasks.log"))

        line = eventually(lambda: log.exists() and log.read_text().strip(), 30, "the task's record")
        rec = json.loads(line)
        self.assertIsNotNone(rec["steps_at_cancel"])
        self.assertLess(rec["steps_done"], rec["steps_total"])
        self.assertLessEqual(rec["steps_done"] - rec["steps_at_cancel"], 1, rec)
        self.assertFalse(os.path.exists(b.path("o.mp4")))


@unittest.skipUnless(HAVE_TORCH, "torch not installed (apt install python3-torch python3-torchvision)")
class TorchEvaluatorTest(BackendTestCase):
    def test_scores_a_still_and_a_changing_video(self) -> None:
        gen = self.start(GEN)
        ev = self.start(EVAL)
        gen.wait_ready(READY_S)
        ev.wait_ready(READY_S)
        out = gen.path("v.mp4")
        _, last = collect(gen.client.generate(gen_request(out, frames=8, width=64, height=48, prompt="waves"), timeout=60))
        self.assertEqual(last.WhichOneof("event"), "result")
        req = pb.EvaluateRequest(task_id="e1", run_id="r1", video_file=out, expected=pb.VideoShape(frames=8, fps=8, width=64, height=48))
        _, res = collect(ev.client.evaluate(req, timeout=60))
        scores = dict(res.result.scores)
        self.assertEqual(set(scores), {"torch_temporal_psnr", "torch_sharpness"})
        self.assertGreater(scores["torch_temporal_psnr"], 0)
        self.assertLess(scores["torch_temporal_psnr"], 100)  # the GRU state moves every frame
        self.assertGreater(scores["torch_sharpness"], 0)
        info = ev.client.info(pb.InfoRequest(), timeout=5)
        self.assertGreater(info.memory_mib, 50)
