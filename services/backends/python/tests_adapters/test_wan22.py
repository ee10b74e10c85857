"""Wan2.2 adapter up to the pipeline boundary (FakeWan stands for wan.WanTI2V / wan.WanT2V)."""

from __future__ import annotations

import os
import shutil
import tempfile
import unittest

from framefleet_adapters import wan22
from framefleet_adapters._common import configured
from framefleet_backend import Cancelled, InvalidInput, is_out_of_memory

from .fakes import FakeWan, OutOfMemoryError
from .support import BackendProcess, Recorder, gen_request, probe, tiny_video


def make(task: str, fail: BaseException | None = None) -> wan22.Wan22Generator:
    settings = wan22.WanSettings(task=task, ckpt_dir="/models/x")
    cls = configured(wan22.backend_class(settings), pipeline_factory=lambda s: FakeWan(s, fail=fail))
    backend = cls()
    backend.load()
    return backend  # type: ignore[return-value]


class Wan22Test(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="wan22-")
        FakeWan.instances.clear()

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_ti2v_maps_the_request_and_writes_the_video(self) -> None:
        image = os.path.join(self.tmp, "first.png")
        open(image, "wb").close()  # the fake never opens it; the adapter only checks it exists
        backend = make("ti2v-5B")
        rec = Recorder()
        req = gen_request(self.tmp, inputs={"image": image}, prompt='say "hi"; $(rm -rf ~)')
        backend.generate(req, rec.ctx)

        self.assertEqual(len(FakeWan.instances), 1, "the pipeline is built once, in load()")
        pipe = FakeWan.instances[0]
        self.assertEqual(pipe.settings.ckpt_dir, "/models/x")
        call = pipe.calls[0]
        self.assertEqual(call.prompt, 'say "hi"; $(rm -rf ~)')
        self.assertEqual(call.image, image)
        self.assertEqual(call.size, (1280, 704))
        self.assertEqual(call.max_area, 1280 * 704)
        self.assertEqual((call.frame_num, call.sampling_steps, call.shift, call.guide_scale), (121, 50, 5.0, 5.0))
        self.assertEqual((call.seed, call.sample_solver, call.offload_model), (42, "unipc", False))
        self.assertEqual(pipe.saved, [(req.output_file, 24.0)])
        info = probe(req.output_file)
        self.assertEqual(info["nb_read_frames"], "121")
        self.assertEqual(info["r_frame_rate"], "24/1")

        fractions = [f for f, _ in rec.events]
        self.assertEqual(fractions, sorted(fractions), "progress never goes back")
        self.assertEqual(fractions[-1], 1.0)
        self.assertIn("denoising step 50/50", [s for _, s in rec.events])
        # One event per DiT forward pass (2 per step) plus start, write and done.
        self.assertEqual(len(rec.events), 100 + 3)

        backend.generate(gen_request(self.tmp, seed=7, output_file=os.path.join(self.tmp, "b.mp4")), rec.ctx)
        self.assertEqual(len(FakeWan.instances), 1, "the second task reuses the loaded pipeline")
        self.assertEqual((pipe.calls[1].seed, pipe.calls[1].image), (7, None))

    def test_t2v_a14b_uses_its_own_defaults_and_rejects_images(self) -> None:
        backend = make("t2v-A14B")
        rec = Recorder()
        backend.generate(gen_request(self.tmp, frames=81, fps=16.0, width=832, height=480), rec.ctx)
        call = FakeWan.instances[0].calls[0]
        self.assertEqual((call.size, call.frame_num, call.sampling_steps, call.shift), ((832, 480), 81, 40, 12.0))
        self.assertEqual(call.guide_scale, (3.0, 4.0))
        self.assertEqual(probe(os.path.join(self.tmp, "out.mp4"))["nb_read_frames"], "81")
        image = tiny_video(os.path.join(self.tmp, "img.mp4"))
        with self.assertRaisesRegex(InvalidInput, "text-to-video only"):
            backend.generate(gen_request(self.tmp, frames=81, width=832, height=480, inputs={"image": image}), rec.ctx)
        self.assertEqual(wan22.backend_class(wan22.WanSettings("t2v-A14B", "/m")).capabilities, ("generate", "t2v"))

    def test_params_override_sampling_and_bad_values_are_invalid_input(self) -> None:
        backend = make("t2v-A14B")
        rec = Recorder()
        params = {"sample_steps": "8", "guide_scale": "3.5,4.5", "sample_shift": "10", "negative_prompt": "blurry"}
        backend.generate(gen_request(self.tmp, frames=81, fps=16.0, width=1280, height=720, params=params), rec.ctx)
        call = FakeWan.instances[0].calls[0]
        self.assertEqual((call.sampling_steps, call.guide_scale, call.shift, call.negative_prompt), (8, (3.5, 4.5), 10.0, "blurry"))
        ti2v = make("ti2v-5B")
        cases = [
            (backend, {"frames": 81, "width": 1280, "height": 704}, "not 1280\\*704"),
            (ti2v, {"frames": 80}, "4n\\+1"),
            (ti2v, {"params": {"sample_steps": "many"}}, "sample_steps"),
            (backend, {"frames": 81, "width": 1280, "height": 720, "params": {"guide_scale": "1,2,3"}}, "guide scale"),
            (ti2v, {"params": {"sample_solver": "euler"}}, "sample_solver"),
            (ti2v, {"prompt": "  "}, "prompt is empty"),
            (ti2v, {"inputs": {"image": "/no/such.png"}}, "inputs.image"),
        ]
        for target, change, pattern in cases:
            with self.subTest(change=change), self.assertRaisesRegex(InvalidInput, pattern):
                target.generate(gen_request(self.tmp, **change), rec.ctx)

    def test_default_size_and_frames_when_the_request_leaves_them_out(self) -> None:
        backend = make("ti2v-5B")
        backend.generate(gen_request(self.tmp, width=0, height=0, frames=0, fps=0.0), Recorder().ctx)
        call = FakeWan.instances[0].calls[0]
        self.assertEqual((call.size, call.frame_num), ((1280, 704), 121))
        self.assertEqual(FakeWan.instances[0].saved[0][1], 24.0)

    def test_cancel_stops_at_the_next_forward_pass(self) -> None:
        backend = make("ti2v-5B")
        rec = Recorder()
        rec.cancel.set()
        with self.assertRaises(Cancelled):
            backend.generate(gen_request(self.tmp), rec.ctx)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "out.mp4")))

    def test_a_torch_oom_from_the_model_is_recognised_as_out_of_memory(self) -> None:
        backend = make("ti2v-5B", fail=OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB"))
        with self.assertRaises(OutOfMemoryError) as caught:
            backend.generate(gen_request(self.tmp), Recorder().ctx)
        self.assertTrue(is_out_of_memory(caught.exception))


class Wan22OverGrpcTest(unittest.TestCase):
    """The adapter served by the SDK in its own process, called over a unix socket."""

    def test_info_progress_and_result(self) -> None:
        b = BackendProcess("wan-ok")
        tmp = tempfile.mkdtemp(prefix="wan22g-")
        try:
            b.wait_ready()
            info = b.info()
            self.assertEqual((info.model, info.memory_mib), ("Wan2.2-TI2V-5B", 30000))
            self.assertEqual(list(info.capabilities), ["generate", "t2v", "i2v"])
            out = os.path.join(tmp, "v.mp4")
            events = b.generate(task_id="g1", prompt="a cat", seed=3, output_file=out, video=b.pb.VideoShape(frames=9, fps=16, width=704, height=1280))
            kinds = [e.WhichOneof("event") for e in events]
            self.assertEqual(kinds[-1], "result", events[-1])
            self.assertGreater(kinds.count("progress"), 18)
            self.assertEqual(probe(out)["nb_read_frames"], "9")
        finally:
            b.close()
            shutil.rmtree(tmp, ignore_errors=True)

    def test_oom_reaches_the_worker_as_resource_exhausted(self) -> None:
        b = BackendProcess("wan-oom")
        try:
            b.wait_ready()
            events = b.generate(task_id="g2", prompt="a cat", seed=1, output_file="/tmp/never.mp4", video=b.pb.VideoShape(frames=121, fps=24, width=1280, height=704))
            last = events[-1]
            self.assertEqual(last.WhichOneof("event"), "error")
            self.assertEqual(last.error.code, b.pb.BackendError.CODE_RESOURCE_EXHAUSTED)
            self.assertIn("CUDA out of memory", last.error.message)
        finally:
            b.close()


if __name__ == "__main__":
    unittest.main()
