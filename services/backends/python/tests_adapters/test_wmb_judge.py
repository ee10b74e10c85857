"""WorldModelBench judge adapter up to the model boundary (FakeJudge stands for the VILA judge)."""

from __future__ import annotations

import os
import shutil
import tempfile
import unittest

from framefleet_adapters import wmb_judge as wmb
from framefleet_adapters._common import configured
from framefleet_backend import InvalidInput

from .fakes import FakeJudge
from .support import BackendProcess, Recorder, eval_request, tiny_video


class ParseTest(unittest.TestCase):
    def test_instruction_parse_is_evaluation_py(self) -> None:
        cases = {
            "The robot picks up the cup. Score: 3": 3.0,
            "Score: 2.": 2.0,
            "Score: 1 ...": 1.0,
            # Only the text after the last ':' counts.
            "Step 1: look. Step 2: judge. Score: 0": 0.0,
            "Final answer: 2.5": 2.5,
            # No number after the last ':' → ValueError → 0.
            "Score: two": 0.0,
            "I think it deserves a 3": 0.0,
            "Score: 3\nReason: the arm moves": 0.0,
        }
        for text, expected in cases.items():
            with self.subTest(text=text):
                self.assertEqual(wmb.parse_instruction(text), expected)

    def test_yes_no_is_a_substring_test(self) -> None:
        cases = {"No": 1.0, "no.": 1.0, "Yes": 0.0, "YES, clearly": 0.0, "Yes, I do not know": 1.0, "Nothing odd; yes": 1.0, "": 0.0}
        for text, expected in cases.items():
            with self.subTest(text=text):
                self.assertEqual(wmb.parse_yes_no(text), expected)


def reply(prompt: str) -> str:
    if "follows the instruction" in prompt:
        return "The vehicle stops. Score: 2"
    if "penetration" in prompt or "temporal inconsistency" in prompt:
        return "Yes."
    return "No."


class JudgeTest(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="wmb-")
        self.video = tiny_video(os.path.join(self.tmp, "69620089.mp4"))
        self.fake = FakeJudge(reply)
        self.cls = configured(wmb.backend_class(wmb.JudgeSettings(judge="/judge")), judge_factory=lambda s: self.fake)
        self.backend = self.cls()
        self.backend.load()

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_the_three_groups_give_the_eight_scores(self) -> None:
        req = eval_request(self.video, ["instruction", "physical_laws", "common_sense"], prompt="long t2v prompt", params={"instruction": "The car stops."})
        rec = Recorder()
        scores = self.backend.evaluate(req, rec.ctx)
        self.assertEqual(
            scores,
            {"instruction": 2.0, "newton": 1.0, "mass": 1.0, "fluid": 1.0, "penetration": 0.0, "gravity": 1.0, "framewise": 1.0, "temporal": 0.0},
        )
        prompts = [p for _, p in self.fake.asked]
        self.assertEqual(len(prompts), 8)
        self.assertEqual({v for v, _ in self.fake.asked}, {self.video})
        self.assertTrue(prompts[0].startswith("Evaluate if this video follows the instruction: 'The car stops.'.\n            Use the following"))
        self.assertEqual(
            prompts[1],
            "Watch the video and determine if it shows any 'violation of newton's law: objects move without any external force.'\n"
            "            Let's think step-by-step and conclude with \"Yes\" or \"No\".",
        )
        self.assertEqual(
            prompts[7],
            "Does the video exhibit 'temporal inconsistency: noticeable flickering or abrupt changes.'?\n"
            "            Let's think step-by-step and conclude with \"Yes\" or \"No\".",
        )
        self.assertEqual([round(f, 3) for f, _ in rec.events[:2]], [0.0, 0.125])

    def test_without_cot_asks_for_the_answer_directly(self) -> None:
        cls = configured(wmb.backend_class(wmb.JudgeSettings(judge="/judge", cot=False)), judge_factory=lambda s: self.fake)
        backend = cls()
        backend.load()
        backend.evaluate(eval_request(self.video, ["gravity", "instruction"], prompt="The car stops."), Recorder().ctx)
        gravity, instruction = (p for _, p in self.fake.asked)
        self.assertTrue(gravity.endswith('Answer with "Yes" or "No".'))
        self.assertTrue(instruction.endswith("Answer with 'Score: [score]'."))
        self.assertIn("'The car stops.'", instruction, "the prompt is the instruction when params has none")

    def test_unknown_metric_or_missing_instruction_is_invalid_input(self) -> None:
        with self.assertRaisesRegex(InvalidInput, "unknown metric"):
            self.backend.evaluate(eval_request(self.video, ["physics"]), Recorder().ctx)
        with self.assertRaisesRegex(InvalidInput, "instruction"):
            self.backend.evaluate(eval_request(self.video, ["instruction"], prompt=""), Recorder().ctx)
        self.assertEqual(self.fake.asked, [])


class JudgeOverGrpcTest(unittest.TestCase):
    def test_a_judge_oom_is_resource_exhausted(self) -> None:
        b = BackendProcess("judge-oom")
        tmp = tempfile.mkdtemp(prefix="wmbg-")
        try:
            video = tiny_video(os.path.join(tmp, "v.mp4"))
            b.wait_ready()
            events = b.evaluate(task_id="e1", video_file=video, metrics=["physical_laws"], prompt="p")
            self.assertEqual(events[-1].error.code, b.pb.BackendError.CODE_RESOURCE_EXHAUSTED, events[-1])
        finally:
            b.close()
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
