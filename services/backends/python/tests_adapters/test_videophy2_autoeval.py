"""VideoPhy-2 AutoEval adapter up to the model boundary (FakeAutoEval stands for mPLUG-Owl-Video)."""

from __future__ import annotations

import os
import shutil
import tempfile
import unittest

from framefleet_adapters import videophy2_autoeval as vp
from framefleet_adapters._common import configured
from framefleet_backend import InvalidInput

from .fakes import FakeAutoEval
from .support import BackendProcess, Recorder, eval_request, tiny_video


class ParseScoreTest(unittest.TestCase):
    def test_matches_inference_py_including_its_quirks(self) -> None:
        cases = {
            "5": 5,
            "4": 4,
            " Five. ": 5,
            "The score is four": 4,
            # "0" is tried before "4", so a float-looking answer scores 0.
            "4.0": 0,
            # "one" is a substring of "none" and "someone".
            "none of it": 1,
            "Someone jumps; I rate it 5": 1,
            # Word keys come before digit keys, and keys are tried in map order, not text order.
            "3, maybe two": 2,
            "three or two": 2,
            # "0" comes before "1" in the map.
            "10": 0,
            # No key at all: the digits fallback only accepts 0-5, so 7 becomes 0.
            "7": 0,
            "": 0,
            "excellent": 0,
        }
        for text, expected in cases.items():
            with self.subTest(text=text):
                self.assertEqual(vp.parse_score(text), expected)


class AutoEvalTest(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="vp2-")
        self.video = tiny_video(os.path.join(self.tmp, "v.mp4"))
        self.fake = FakeAutoEval({"sa": "4", "pc": "4.0", "rule": "2"})
        cls = configured(vp.backend_class(vp.AutoEvalSettings(checkpoint="/ckpt")), model_factory=lambda s: self.fake)
        self.backend = cls()
        self.backend.load()

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_each_metric_gets_its_template_and_parsed_score(self) -> None:
        rec = Recorder()
        req = eval_request(self.video, ["sa", "pc", "rule"], prompt="upsampled long prompt", params={"caption": "A ball falls.", "rule": "Objects fall down."})
        scores = self.backend.evaluate(req, rec.ctx)
        self.assertEqual(scores, {"sa": 4.0, "pc": 0.0, "rule": 2.0})
        prompts = [p for p, _, _ in self.fake.asked]
        self.assertEqual(
            prompts[0],
            "The following is a conversation between a curious human and an AI assistant. The assistant gives helpful, "
            "detailed, and polite answers to the user's questions.\nHuman: <|video|>\nHuman: Does this video match the "
            'description: "A ball falls."? Please rate the video on a scale from 1 to 5, where 5 indicates a perfect '
            "match and 1 indicates no relevance.\nAI: ",
        )
        self.assertTrue(prompts[1].endswith("Human: Does this video adhere to the physical laws? Rate the video on a scale from 1 to 5, where 5 means full compliance and 1 means significant violations.\nAI: "))
        self.assertTrue(prompts[2].endswith('Human: Does the video follow the physical rule: "Objects fall down."?\nChoose 0 if not, 1 if valid, or 2 if indeterminate. \nAI: '))
        self.assertEqual({(v, n) for _, v, n in self.fake.asked}, {(self.video, 32)})
        self.assertEqual(rec.events[-1], (1.0, "done"))

    def test_sa_falls_back_to_the_prompt_and_num_frames_can_be_set(self) -> None:
        self.backend.evaluate(eval_request(self.video, ["sa"], params={"num_frames": "16"}), Recorder().ctx)
        prompt, _, frames = self.fake.asked[0]
        self.assertIn('"a red ball"', prompt)
        self.assertEqual(frames, 16)

    def test_bad_requests_are_invalid_input_before_the_model_runs(self) -> None:
        cases = [
            (eval_request(self.video, ["joint"]), "unknown metric"),
            (eval_request(self.video, []), "names no metric"),
            (eval_request(self.video, ["pc", "rule"]), "params.rule"),
            (eval_request(os.path.join(self.tmp, "missing.mp4"), ["pc"]), "video_file"),
        ]
        for req, pattern in cases:
            with self.subTest(pattern=pattern), self.assertRaisesRegex(InvalidInput, pattern):
                self.backend.evaluate(req, Recorder().ctx)
        self.assertEqual(self.fake.asked, [])


class AutoEvalOverGrpcTest(unittest.TestCase):
    def test_scores_come_back_as_an_evaluate_result(self) -> None:
        b = BackendProcess("autoeval")
        tmp = tempfile.mkdtemp(prefix="vp2g-")
        try:
            video = tiny_video(os.path.join(tmp, "v.mp4"))
            b.wait_ready()
            self.assertEqual(list(b.info().metrics), ["sa", "pc", "rule"])
            events = b.evaluate(task_id="e1", video_file=video, metrics=["sa", "pc", "rule"], prompt="a ball", params={"rule": "r"})
            last = events[-1]
            self.assertEqual(last.WhichOneof("event"), "result", last)
            self.assertEqual(dict(last.result.scores), {"sa": 4.0, "pc": 5.0, "rule": 1.0})
            bad = b.evaluate(task_id="e2", video_file=video, metrics=["joint"])
            self.assertEqual(bad[-1].error.code, b.pb.BackendError.CODE_INVALID_INPUT)
        finally:
            b.close()
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
