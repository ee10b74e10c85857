"""VBench adapter up to VBench's evaluate() (FakeVBench writes results files in VBench's shape)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import unittest

from framefleet_adapters import vbench_eval as vb
from framefleet_adapters._common import configured
from framefleet_backend import InvalidInput

from .fakes import FakeVBench
from .support import Recorder, eval_request, tiny_video


class VBenchTest(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="vb-")
        self.work = os.path.join(self.tmp, "work")
        self.video = tiny_video(os.path.join(self.tmp, "a red ball-0.mp4"))
        info = os.path.join(self.tmp, "full_info.json")
        with open(info, "w") as f:
            json.dump([{"prompt_en": "a red car", "dimension": ["color"], "auxiliary_info": {"color": {"color": "red"}}}], f)
        self.fake = FakeVBench({"subject_consistency": 0.9731, "dynamic_degree": True, "imaging_quality": 0.61, "aesthetic_quality": float("nan")}, info)
        settings = vb.VBenchSettings(work_dir=self.work)
        self.backend = configured(vb.backend_class(settings), runner_factory=lambda s: self.fake)()
        self.backend.load()

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_one_evaluate_per_dimension_on_this_video_with_its_prompt(self) -> None:
        rec = Recorder()
        req = eval_request(self.video, ["subject_consistency", "dynamic_degree", "imaging_quality"], prompt="a red ball, bouncing")
        scores = self.backend.evaluate(req, rec.ctx)
        self.assertEqual(scores, {"subject_consistency": 0.9731, "dynamic_degree": 1.0, "imaging_quality": 0.61})
        self.assertEqual([c[2] for c in self.fake.calls], ["subject_consistency", "dynamic_degree", "imaging_quality"])
        self.assertEqual({(c[0], c[1]) for c in self.fake.calls}, {(self.video, "a red ball, bouncing")})
        self.assertEqual(len({c[3] for c in self.fake.calls}), 1, "one results folder per task")
        self.assertTrue(self.fake.calls[0][3].startswith(self.work))
        self.assertEqual(os.listdir(self.work), [], "the task's results folder is removed")
        self.assertEqual([s for _, s in rec.events][:2], ["vbench subject_consistency (1/3)", "vbench dynamic_degree (2/3)"])

    def test_read_video_score_takes_the_per_video_value(self) -> None:
        path = os.path.join(self.tmp, "r_eval_results.json")
        with open(path, "w") as f:
            json.dump({"temporal_flickering": [0.5, [{"video_path": "x", "video_results": 0.987}]]}, f)
        self.assertEqual(vb.read_video_score(path, "temporal_flickering"), 0.987)
        with open(path, "w") as f:
            json.dump({"temporal_flickering": [0.0, []]}, f)
        with self.assertRaisesRegex(RuntimeError, "no per-video result"):
            vb.read_video_score(path, "temporal_flickering")

    def test_color_without_a_detected_object_is_left_out_as_vbench_leaves_it_out(self) -> None:
        # VBench's color on one video whose object is not detected: its average is 0/0.
        self.fake.values["color"] = ZeroDivisionError("division by zero")
        req = eval_request(self.video, ["imaging_quality", "color"], prompt="a red car")
        self.assertEqual(self.backend.evaluate(req, Recorder().ctx), {"imaging_quality": 0.61})
        # Any other dimension's failure still fails the evaluation.
        self.fake.values["imaging_quality"] = ZeroDivisionError("division by zero")
        with self.assertRaises(ZeroDivisionError):
            self.backend.evaluate(eval_request(self.video, ["imaging_quality"], prompt="a red car"), Recorder().ctx)

    def test_nan_from_vbench_is_a_failure_not_a_score(self) -> None:
        with self.assertRaisesRegex(RuntimeError, "not a number"):
            self.backend.evaluate(eval_request(self.video, ["aesthetic_quality"]), Recorder().ctx)

    def test_unknown_and_metadata_dimensions_are_invalid_input(self) -> None:
        cases = [(["color"], "not in VBench's prompt suite"), (["flicker"], "unknown metric"), (["imaging_quality"], "no prompt")]
        for metrics, pattern in cases:
            with self.subTest(metrics=metrics), self.assertRaisesRegex(InvalidInput, pattern):
                self.backend.evaluate(eval_request(self.video, metrics, prompt="" if pattern == "no prompt" else "p"), Recorder().ctx)
        self.assertEqual(self.fake.calls, [])

    def test_a_process_serves_only_its_configured_dimensions(self) -> None:
        self.assertEqual(vb.parse_dimensions("imaging_quality, subject_consistency"), ("imaging_quality", "subject_consistency"))
        with self.assertRaises(SystemExit):
            vb.parse_dimensions("flicker")
        cls = vb.backend_class(vb.VBenchSettings(dimensions=("imaging_quality",)))
        self.assertEqual(cls.metrics, ("imaging_quality",))
        backend = configured(cls, runner_factory=lambda s: self.fake)()
        backend.load()
        with self.assertRaisesRegex(InvalidInput, "unknown metric"):
            backend.evaluate(eval_request(self.video, ["subject_consistency"]), Recorder().ctx)


if __name__ == "__main__":
    unittest.main()
