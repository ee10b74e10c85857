"""The adapters' `python -m framefleet_adapters.<module>` entry points, as the worker starts them."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import tempfile
import unittest

from .support import BackendProcess, tiny_video

FAKE_MBENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fake_mbench.py")


class EntryPointTest(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="entry-")

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_mbench_flags_reach_the_adapter_and_the_socket_reaches_the_sdk(self) -> None:
        record = os.path.join(self.tmp, "record.json")
        argv = ["-m", "framefleet_adapters.mbench_eval", "--mbench-cmd", f"{sys.executable} {FAKE_MBENCH}", "--model-id", "my model", "--work-dir", self.tmp]
        b = BackendProcess(argv, {"FAKE_MBENCH_MODE": "ok", "FAKE_MBENCH_RECORD": record})
        try:
            video = tiny_video(os.path.join(self.tmp, "v.mp4"))
            b.wait_ready()
            self.assertEqual(b.info().model, "mbench")
            metric = "mbencht.environment.rendering_lighting"
            events = b.evaluate(task_id="e1", video_file=video, metrics=[metric], prompt="a hall")
            self.assertEqual(events[-1].WhichOneof("event"), "result", events[-1])
            self.assertEqual(dict(events[-1].result.scores), {metric: 0.5, metric + ".triggered": 1.0})
            with open(record) as f:
                seen = json.load(f)
            self.assertEqual(seen["argv"][seen["argv"].index("--models") + 1], "my_model")
        finally:
            b.close()

    def test_a_missing_model_library_fails_the_load_with_its_name(self) -> None:
        if importlib.util.find_spec("torch") is not None:
            self.skipTest("torch is installed here; the load would not fail on the import")
        # torch/wan are imported only in load(): the process starts, then reports the failed load.
        b = BackendProcess(["-m", "framefleet_adapters.wan22", "--task", "t2v-A14B", "--ckpt-dir", "/nonexistent"])
        try:
            self.assertEqual(b.wait_exit(), 1)
            self.assertRegex(b.output(), r"No module named '(torch|wan)'")
        finally:
            b.close()

    def test_flag_errors_exit_before_serving(self) -> None:
        b = BackendProcess(["-m", "framefleet_adapters.wan22", "--task", "t2v-A14B"])
        try:
            self.assertNotEqual(b.wait_exit(), 0)
            self.assertIn("--ckpt-dir", b.output())
        finally:
            b.close()


if __name__ == "__main__":
    unittest.main()
