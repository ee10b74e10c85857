"""The fake evaluator as a real process, and the server's handling of misbehaving backends."""

from __future__ import annotations

import os

from framefleet_backend._proto import backend_pb2 as pb
from framefleet_backend.media import write_video

from ._harness import BackendTestCase, collect, gen_request

EVAL = "framefleet_backend.examples.fake_evaluator"
MISBEHAVING = "tests.misbehaving_backend"
Code = pb.BackendError


def eval_request(video: str, frames: int, metrics: list, **kw: object) -> pb.EvaluateRequest:
    shape = pb.VideoShape(frames=frames, fps=8.0, width=16, height=16)
    return pb.EvaluateRequest(task_id="e1", run_id="r1", video_file=video, expected=shape, metrics=metrics, **kw)


class EvaluatorTest(BackendTestCase):
    def setUp(self) -> None:
        self.b = self.start(EVAL, {"FAKE_LOAD_LOG": "{dir}/load.log"})
        # A flat grey video of known brightness: 0x80 = 128 → 128/255 (H.264 keeps flat grey exact).
        self.video = self.b.path("grey.mp4")
        write_video((bytes([128]) * 16 * 16 * 3 for _ in range(6)), 16, 16, 8.0, self.video)
        self.b.wait_ready()

    def test_info_lists_the_metrics(self) -> None:
        info = self.b.client.info(pb.InfoRequest(), timeout=5)
        self.assertEqual((info.model, list(info.capabilities)), ("fake-evaluator", ["evaluate"]))
        self.assertEqual(list(info.metrics), ["fake_brightness", "fake_frames"])

    def test_scores_come_from_the_decoded_video(self) -> None:
        progress, last = collect(self.b.client.evaluate(eval_request(self.video, 6, ["fake_brightness", "fake_frames"]), timeout=10))
        self.assertEqual(last.WhichOneof("event"), "result", last)
        self.assertAlmostEqual(last.result.scores["fake_brightness"], 128 / 255, delta=2 / 255)
        self.assertEqual(last.result.scores["fake_frames"], 1.0)
        self.assertGreaterEqual(len(progress), 6)  # "started" and one per frame
        # The expected frame count is checked, not assumed.
        _, wrong = collect(self.b.client.evaluate(eval_request(self.video, 9, ["fake_frames"]), timeout=10))
        self.assertEqual(dict(wrong.result.scores), {"fake_frames": 0.0})
        with open(self.b.path("load.log")) as f:
            self.assertEqual(len(f.read().splitlines()), 1)

    def test_unknown_metric_is_invalid_input(self) -> None:
        _, last = collect(self.b.client.evaluate(eval_request(self.video, 6, ["fake_brightness", "vbench_magic"]), timeout=10))
        self.assertEqual(last.error.code, Code.CODE_INVALID_INPUT)
        self.assertIn("vbench_magic", last.error.message)

    def test_missing_video_is_invalid_input(self) -> None:
        _, last = collect(self.b.client.evaluate(eval_request(self.b.path("none.mp4"), 6, []), timeout=10))
        self.assertEqual(last.error.code, Code.CODE_INVALID_INPUT)


class MisbehavingBackendTest(BackendTestCase):
    """One process for all modes: each error must leave the backend ready for the next task."""

    def test_error_mapping_over_grpc(self) -> None:
        b = self.start(MISBEHAVING)
        b.wait_ready()

        def run(mode: str) -> pb.GenerateEvent:
            _, last = collect(b.client.generate(gen_request(b.path(f"{mode}.mp4"), params={"mode": mode}), timeout=10))
            return last

        torch_oom = run("torch_oom")
        self.assertEqual(torch_oom.error.code, Code.CODE_RESOURCE_EXHAUSTED)
        self.assertIn("Tried to allocate 20.00 GiB", torch_oom.error.message)
        self.assertEqual(run("wrapped_oom").error.code, Code.CODE_RESOURCE_EXHAUSTED)
        crash = run("crash")
        self.assertEqual((crash.error.code, crash.error.message), (Code.CODE_BACKEND_FAILED, "KeyError: 'latents'"))
        no_output = run("no_output")
        self.assertEqual(no_output.error.code, Code.CODE_BACKEND_FAILED)
        self.assertIn("without writing", no_output.error.message)
        self.assertEqual(run("fine").result.output_file, b.path("fine.mp4"))
        _, bad = collect(b.client.evaluate(eval_request(b.path("fine.mp4"), 1, ["m"], params={"mode": "bad_scores"}), timeout=10))
        self.assertEqual(bad.error.code, Code.CODE_BACKEND_FAILED)
        self.assertIn("bad score", bad.error.message)
        self.assertIn("KeyError", b.stderr())  # backend_failed is logged with its traceback

    def test_a_task_ignoring_cancellation_keeps_the_slot_until_it_returns(self) -> None:
        b = self.start(MISBEHAVING)
        b.wait_ready()
        call = b.client.generate(gen_request(b.path("slow.mp4"), params={"mode": "ignore_cancel"}), timeout=10)
        next(call)
        call.cancel()
        # The next call waits for the cancelled task (1.5 s) instead of overlapping it in the model.
        _, last = collect(b.client.generate(gen_request(b.path("after.mp4"), params={"mode": "fine"}), timeout=10))
        self.assertEqual(last.WhichOneof("event"), "result")
        self.assertTrue(os.path.exists(b.path("slow.mp4")))  # it did finish, late


if __name__ == "__main__":
    import unittest

    unittest.main()
