"""SANA-WM command wrapper, run as the command backend runs it (sana_wm.yaml's argv), with a fake
inference script in a fake Sana checkout."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from typing import Dict, List, Tuple

from .support import PYTHON_ROOT, probe

HERE = os.path.dirname(os.path.abspath(__file__))
YAML = os.path.join(PYTHON_ROOT, "framefleet_adapters", "sana_wm.yaml")
PROMPT = 'A "quiet" street"; rm -rf ~ # $(touch PWNED) `touch PWNED2` \'single\'\nsecond line'


def yaml_command() -> List[str]:
    """The `command:` list of sana_wm.yaml (one `- item` a line; PyYAML is not needed)."""
    with open(YAML, encoding="utf-8") as f:
        text = f.read()
    block = text.split("      command:\n", 1)[1].split("      env:\n", 1)[0]
    return [json.loads(m) if m.startswith('"') else m for m in re.findall(r"^ {8}- (.+)$", block, re.M)]


class SanaWmTest(unittest.TestCase):
    def setUp(self) -> None:
        import numpy as np

        self.tmp = tempfile.mkdtemp(prefix="sana-")
        self.repo = os.path.join(self.tmp, "Sana")
        os.makedirs(os.path.join(self.repo, "inference_video_scripts", "wm"))
        shutil.copy(os.path.join(HERE, "fake_sana_infer.py"), os.path.join(self.repo, "inference_video_scripts", "wm", "inference_sana_wm.py"))
        self.image = os.path.join(self.tmp, "scene.png")
        with open(self.image, "wb") as f:
            f.write(b"\x89PNG fake")
        self.camera = os.path.join(self.tmp, "scene.npz")
        np.savez(self.camera, c2w=np.tile(np.eye(4, dtype=np.float32), (20, 1, 1)), intrinsics=np.ones((20, 3, 3), np.float32), fps=16, num_frames=20)
        self.prompt_file = os.path.join(self.tmp, "prompt.txt")
        with open(self.prompt_file, "w", encoding="utf-8") as f:
            f.write(PROMPT)
        self.work = os.path.join(self.tmp, "work")
        self.output = os.path.join(self.tmp, "out", "video.mp4")
        os.makedirs(os.path.dirname(self.output))
        self.record = os.path.join(self.tmp, "record.json")

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run_wrapper(self, mode: str, **overrides: str) -> Tuple[subprocess.CompletedProcess, Dict[str, object]]:
        values = {
            "{input:image}": self.image, "{prompt_file}": self.prompt_file, "{input:camera}": self.camera,
            "{output}": self.output, "{work_dir}": self.work, "{seed}": "42", "{frames}": "17", "{fps}": "16.0",
        }  # fmt: skip
        values.update(overrides)
        argv = [values.get(a, a) for a in yaml_command()]
        self.assertEqual(argv[1:3], ["-m", "framefleet_adapters.sana_wm"])
        argv[0] = sys.executable
        argv[argv.index("--sana-repo") + 1] = self.repo
        argv[argv.index("--python") + 1] = sys.executable
        env = {**os.environ, "PYTHONPATH": PYTHON_ROOT, "FAKE_SANA_MODE": mode, "FAKE_SANA_RECORD": self.record, "HOME": self.tmp}
        done = subprocess.run(argv, cwd=self.tmp, env=env, capture_output=True, text=True, timeout=30)
        seen: Dict[str, object] = {}
        if os.path.exists(self.record):
            with open(self.record, encoding="utf-8") as f:
                seen = json.load(f)
        return done, seen

    def test_runs_the_script_with_the_benchmark_flags_and_moves_the_video(self) -> None:
        done, seen = self.run_wrapper("ok")
        self.assertEqual(done.returncode, 0, done.stderr)
        argv = seen["argv"]
        assert isinstance(argv, list)
        self.assertIn("--no_action_overlay", argv)
        pairs = {argv[i]: argv[i + 1] for i in range(len(argv) - 1) if argv[i].startswith("--") and not argv[i + 1].startswith("--")}
        expected = {"--num_frames": "17", "--fps": "16", "--step": "60", "--cfg_scale": "5.0", "--flow_shift": "8.0",
                    "--sampling_algo": "flow_euler_ltx", "--seed": "42", "--refiner_seed": "42",
                    "--image": self.image, "--prompt": self.prompt_file, "--name": "sample"}  # fmt: skip
        for flag, value in expected.items():
            self.assertEqual(pairs.get(flag), value, flag)
        self.assertNotIn("--no_refiner", argv)
        self.assertEqual(seen["cwd"], os.path.realpath(self.repo))
        self.assertEqual(seen["c2w"], [20, 4, 4])
        self.assertEqual(seen["intrinsics"], [20, 3, 3])
        # The prompt reached the script verbatim, as a file, and no shell ran any of it.
        self.assertEqual(seen["prompt"], PROMPT)
        for name in ("PWNED", "PWNED2"):
            self.assertFalse(os.path.exists(os.path.join(self.tmp, name)))
            self.assertFalse(os.path.exists(os.path.join(self.repo, name)))
        self.assertEqual(probe(self.output)["nb_read_frames"], "17")

    def test_bad_inputs_exit_65(self) -> None:
        import numpy as np

        np.savez(self.camera, c2w=np.zeros((20, 4, 4)))
        done, _ = self.run_wrapper("ok")
        self.assertEqual(done.returncode, 65)
        self.assertIn("intrinsics", done.stderr)
        done, seen = self.run_wrapper("ok", **{"{input:image}": os.path.join(self.tmp, "missing.png")})
        self.assertEqual(done.returncode, 65)
        self.assertEqual(seen, {}, "the script never ran")
        np.savez(self.camera, c2w=np.zeros((5, 4, 4)), intrinsics=np.zeros((5, 3, 3)))
        done, _ = self.run_wrapper("ok")
        self.assertEqual((done.returncode, "5 camera poses for 17 frames" in done.stderr), (65, True))

    def test_script_failures_pass_through(self) -> None:
        done, _ = self.run_wrapper("oom")
        self.assertEqual(done.returncode, 1)
        self.assertIn("CUDA out of memory", done.stderr)
        done, _ = self.run_wrapper("nooutput")
        self.assertEqual(done.returncode, 1)
        self.assertIn("wrote no sample_generated.mp4", done.stderr)
        self.assertFalse(os.path.exists(self.output))


if __name__ == "__main__":
    unittest.main()
