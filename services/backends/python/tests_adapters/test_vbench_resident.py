"""The adapter's real VBench path (_VBenchRunner) over the fake `vbench` package in fake_vbench/:
standard mode for suite prompts (all 16 dimensions), custom input otherwise, and networks built
once per dimension per process with vbench_resident."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
import tempfile
import unittest
from typing import Any, Dict, List

from framefleet_adapters import vbench_eval as vb
from framefleet_adapters import vbench_resident
from framefleet_backend import InvalidInput

from .support import Recorder, eval_request, tiny_video

FAKE_ROOT = os.path.join(os.path.dirname(__file__), "fake_vbench")
ALL = list(vb.ALL_DIMENSIONS)
# What each dimension builds in VBench's compute_<dim> (network name in the fake → count).
EXPECTED_BUILDS_PER_DIMENSION: Dict[str, Dict[str, int]] = {
    "subject_consistency": {"dino": 1},
    "background_consistency": {"clip:ViT-B/32": 1},
    "aesthetic_quality": {"aesthetic": 1, "clip:ViT-L/14": 1},
    "imaging_quality": {"musiq": 1},
    "motion_smoothness": {"amt": 1},
    "dynamic_degree": {"raft": 1},
    "human_action": {"umt": 1},
    "object_class": {"grit:det": 1},
    "multiple_objects": {"grit:det": 1},
    "spatial_relationship": {"grit:det": 1},
    "color": {"grit:caption": 1},
    "scene": {"tag2text": 1},
    "temporal_style": {"viclip": 1},
    "overall_consistency": {"viclip": 1},
    "appearance_style": {"clip:ViT-B/32": 1},
    "temporal_flickering": {},
}
SUITE_PROMPT = "a red bicycle on the left of a cat in a kitchen, oil painting"
SUITE_ROW = {
    "prompt_en": SUITE_PROMPT,
    "dimension": ALL,
    "auxiliary_info": {
        "object_class": {"object": "bicycle"},
        "multiple_objects": {"object": "bicycle and cat"},
        "color": {"color": "red"},
        "spatial_relationship": {"spatial_relationship": {"object_a": "bicycle", "object_b": "cat", "relationship": "on the left of"}},
        "scene": {"scene": {"scene": "kitchen"}},
        "appearance_style": {"appearance_style": "oil painting"},
    },
}


def _fresh_fake_vbench() -> Any:
    """A fresh import of the fake package (new build counters, unpatched modules)."""
    for name in [m for m in sys.modules if m == "vbench" or m.startswith("vbench.")]:
        del sys.modules[name]
    if FAKE_ROOT not in sys.path:
        sys.path.insert(0, FAKE_ROOT)
    return importlib.import_module("vbench._nets")


def _expected_total(dims: List[str], times: int = 1) -> Dict[str, int]:
    total: Dict[str, int] = {}
    for d in dims:
        for net, n in EXPECTED_BUILDS_PER_DIMENSION[d].items():
            total[net] = total.get(net, 0) + n * times
    return total


class VBenchRealPathTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.media = tempfile.mkdtemp(prefix="vbr-media-")
        # One real video and copies with a distinct trailing byte each: the fake networks score a
        # file's bytes, so each video gets its own numbers without 20 ffmpeg runs.
        first = tiny_video(os.path.join(cls.media, "v0.mp4"))
        with open(first, "rb") as f:
            data = f.read()
        cls.videos = [first]
        for i in range(1, 20):
            path = os.path.join(cls.media, f"v{i}.mp4")
            with open(path, "wb") as f:
                f.write(data + bytes([i]))
            cls.videos.append(path)

    @classmethod
    def tearDownClass(cls) -> None:
        shutil.rmtree(cls.media, ignore_errors=True)

    def setUp(self) -> None:
        self.nets = _fresh_fake_vbench()
        self.tmp = tempfile.mkdtemp(prefix="vbr-")
        self.info = os.path.join(self.tmp, "VBench_full_info.json")
        with open(self.info, "w") as f:
            json.dump([SUITE_ROW, {"prompt_en": "a cat", "dimension": ["subject_consistency"]}], f)

    def tearDown(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
        for name in [m for m in sys.modules if m == "vbench" or m.startswith("vbench.")]:
            del sys.modules[name]
        sys.path.remove(FAKE_ROOT)

    def _backend(self, resident: bool, dims: List[str] = ALL) -> Any:
        settings = vb.VBenchSettings(dimensions=tuple(dims), work_dir=os.path.join(self.tmp, "work"), full_info=self.info, resident=resident, device="cpu")
        backend = vb.backend_class(settings)()
        backend.load()
        return backend

    def _score_all(self, backend: Any, prompt: str, dims: List[str]) -> List[Dict[str, float]]:
        return [backend.evaluate(eval_request(v, dims, prompt=prompt, task_id=f"t{i}"), Recorder().ctx) for i, v in enumerate(self.videos)]

    def test_all_16_dimensions_with_networks_built_once_per_dimension_over_20_videos(self) -> None:
        backend = self._backend(resident=True)
        scores = self._score_all(backend, SUITE_PROMPT, ALL)
        self.assertTrue(all(sorted(s) == sorted(ALL) for s in scores))
        self.assertEqual(dict(self.nets.BUILDS), _expected_total(ALL))
        self.assertEqual(len({s["scene"] for s in scores}), 20, "each video scored on its own")

    def test_scores_are_the_same_without_the_cache_which_builds_per_video(self) -> None:
        resident = self._score_all(self._backend(resident=True), SUITE_PROMPT, ALL)
        self.nets = _fresh_fake_vbench()
        fresh = self._score_all(self._backend(resident=False), SUITE_PROMPT, ALL)
        self.assertEqual(resident, fresh)
        self.assertEqual(dict(self.nets.BUILDS), _expected_total(ALL, times=20))

    def test_prompt_outside_the_suite_goes_through_custom_input(self) -> None:
        backend = self._backend(resident=True)
        custom = list(vb.CUSTOM_DIMENSIONS)
        out = backend.evaluate(eval_request(self.videos[0], custom, prompt="a kite over a beach"), Recorder().ctx)
        self.assertEqual(sorted(out), sorted(custom))
        # Same video and prompt text → the same numbers as in standard mode for these dimensions.
        suite = backend.evaluate(eval_request(self.videos[0], ["subject_consistency"], prompt="a cat"), Recorder().ctx)
        custom_cat = backend.evaluate(eval_request(self.videos[0], ["subject_consistency", "imaging_quality"], prompt="a cat"), Recorder().ctx)
        self.assertEqual(suite["subject_consistency"], custom_cat["subject_consistency"])
        for prompt, dim in (("a kite over a beach", "scene"), ("a cat", "color")):
            with self.subTest(dim=dim), self.assertRaisesRegex(InvalidInput, "prompt metadata"):
                backend.evaluate(eval_request(self.videos[0], [dim], prompt=prompt), Recorder().ctx)

    def test_memory_reports_the_resident_set(self) -> None:
        cls = vb.backend_class(vb.VBenchSettings(dimensions=("scene", "temporal_flickering")))
        self.assertEqual(cls.memory_mib, vbench_resident.WORKING_MIB + vbench_resident.NETWORK_MIB["scene"])
        self.assertEqual(vb.backend_class(vb.VBenchSettings(memory_mib=9000)).memory_mib, 9000)
        self.assertGreater(vb.backend_class(vb.VBenchSettings()).memory_mib, cls.memory_mib)


if __name__ == "__main__":
    unittest.main()
