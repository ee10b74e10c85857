"""MBench adapter up to the `mbench eval` command (a fake CLI script run as a real process)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
import time
import unittest
from typing import Any, Dict

from framefleet_adapters import mbench_eval as mb
from framefleet_backend import Cancelled, InvalidInput, OutOfMemory

from .support import Recorder, eval_request, tiny_video

FAKE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fake_mbench.py")
T_HUMAN = ["mbencht.entity.human_identity_consistency", "mbencht.entity.human_appearance_consistency"]


class MBenchTest(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="mb-")
        self.record = os.path.join(self.tmp, "record.json")
        self.video = tiny_video(os.path.join(self.tmp, "video.mp4"))
        self.work = os.path.join(self.tmp, "work")

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def backend(self, mode: str, **settings: Any) -> mb.MBenchEvaluator:
        env = {"FAKE_MBENCH_MODE": mode, "FAKE_MBENCH_RECORD": self.record}
        s = mb.MBenchSettings(mbench_cmd=(sys.executable, FAKE), work_dir=self.work, env=env, heartbeat_s=0.2, **settings)
        b = mb.backend_class(s)()
        b.load()
        return b  # type: ignore[return-value]

    def seen(self) -> Dict[str, Any]:
        with open(self.record) as f:
            return json.load(f)

    def test_t_side_layout_command_and_scores(self) -> None:
        image = tiny_video(os.path.join(self.tmp, "ref.png.mp4"))
        params = {"condition_id": "text", "caption": "A woman waves.", "caption_segments": json.dumps(["She walks off.", "She returns."])}
        req = eval_request(self.video, T_HUMAN, task_id="run/1:h1", params=params, inputs={"image": image})
        rec = Recorder()
        scores = self.backend("ok", vlm_judge=True).evaluate(req, rec.ctx)
        self.assertEqual(
            scores,
            {T_HUMAN[0]: 0.5, T_HUMAN[0] + ".triggered": 1.0, T_HUMAN[1]: 0.6, T_HUMAN[1] + ".triggered": 1.0},
        )
        seen = self.seen()
        sid = "run_1_h1"
        self.assertEqual(
            seen["argv"],
            ["eval", seen["argv"][1], "--metrics", ",".join(T_HUMAN), "--models", "framefleet", "--subsets", "human",
             "--sample-ids", sid, "--output", seen["argv"][11], "--workers", "1", "--no-progress-bar", "--vlm-judge", "openai-compatible"],
        )  # fmt: skip
        self.assertTrue(seen["argv"][1].startswith(self.work) and seen["argv"][11].startswith(self.work))
        self.assertEqual(seen["dataset"]["dataset_id"], "mbencht")
        self.assertNotIn("condition_id", seen["dataset"])
        self.assertEqual(seen["sample"]["metadata"], {"caption": "A woman waves.", "caption_segments": ["She walks off.", "She returns."]})
        self.assertEqual(seen["line"]["item_id"], f"human:{sid}:text")
        self.assertEqual(seen["line"]["media"]["videos"][0]["path"], f"outputs/human/{sid}/text/video.mp4")
        self.assertEqual(seen["video_is_link_to"], os.path.realpath(self.video))
        self.assertEqual(seen["video_bytes"], os.path.getsize(self.video))
        self.assertTrue(seen["reference"])
        self.assertIn("mbench eval: evaluating human:run_1_h1:text", [s for _, s in rec.events])
        self.assertEqual(os.listdir(self.work), [], "the one-item dataset is removed after the task")

    def test_a_side_needs_the_condition_and_passes_the_action(self) -> None:
        metric = "mbencha.causal.state_progress"
        params = {"condition_id": "left_then_right_25s", "annotation_action": "push the cup"}
        scores = self.backend("ok").evaluate(eval_request(self.video, [metric], params=params), Recorder().ctx)
        self.assertEqual(scores, {metric: 0.5, metric + ".triggered": 1.0})
        seen = self.seen()
        self.assertEqual(seen["dataset"]["condition_id"], {"pattern": "{action}_{length}"})
        self.assertEqual(seen["sample"]["annotations"], {"action": "push the cup"})
        self.assertNotIn("--vlm-judge", seen["argv"], "MBench-A never uses the trigger judge")
        with self.assertRaisesRegex(InvalidInput, "condition_id"):
            self.backend("ok").evaluate(eval_request(self.video, [metric]), Recorder().ctx)

    def test_untriggered_sample_returns_only_the_trigger(self) -> None:
        scores = self.backend("untriggered").evaluate(eval_request(self.video, T_HUMAN[:1]), Recorder().ctx)
        self.assertEqual(scores, {T_HUMAN[0] + ".triggered": 0.0})

    def test_failures_map_to_the_right_errors(self) -> None:
        with self.assertRaisesRegex(RuntimeError, "missing DA3 artifact"):
            self.backend("error").evaluate(eval_request(self.video, T_HUMAN[:1]), Recorder().ctx)
        with self.assertRaisesRegex(OutOfMemory, "CUDA out of memory"):
            self.backend("oom").evaluate(eval_request(self.video, T_HUMAN[:1]), Recorder().ctx)

    def test_bad_requests_are_invalid_input_without_running_mbench(self) -> None:
        cases = [
            (["mbencht.causal.camera_interaction"], {}, "unknown metric"),
            ([T_HUMAN[0], "mbencht.environment.rendering_style"], {}, "several settings/subsets"),
            (["mbencht.environment.spatial_epipolar"], {}, "inputs.da3"),
            (["mbencht.entity.object_texture_consistency"], {}, "sample_json"),
            (T_HUMAN[:1], {"caption_segments": "not json"}, "caption_segments"),
        ]
        b = self.backend("ok")
        for metrics, params, pattern in cases:
            with self.subTest(pattern=pattern), self.assertRaisesRegex(InvalidInput, pattern):
                b.evaluate(eval_request(self.video, metrics, params=params), Recorder().ctx)
        self.assertFalse(os.path.exists(self.record))

    def test_cancel_stops_the_command_and_heartbeats_keep_coming(self) -> None:
        rec = Recorder()
        threading.Timer(1.0, rec.cancel.set).start()
        started = time.monotonic()
        with self.assertRaises(Cancelled):
            self.backend("sleep").evaluate(eval_request(self.video, T_HUMAN[:1]), rec.ctx)
        self.assertLess(time.monotonic() - started, 8.0)
        self.assertTrue(any("running" in s for _, s in rec.events), rec.events)

    def test_timeout_ends_a_silent_command(self) -> None:
        with self.assertRaisesRegex(TimeoutError, "no result after"):
            self.backend("sleep", timeout_s=1.0).evaluate(eval_request(self.video, T_HUMAN[:1]), Recorder().ctx)


if __name__ == "__main__":
    unittest.main()
