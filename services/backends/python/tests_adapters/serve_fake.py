"""A backend process for the tests: an adapter with a fake model, served by the real SDK.

    python -m tests_adapters.serve_fake <scenario> --socket PATH
"""

from __future__ import annotations

import os
import sys
from typing import Callable, Dict, Type

from framefleet_adapters import vbench_eval, videophy2_autoeval, wan22, wmb_judge
from framefleet_adapters._common import configured
from framefleet_backend import Backend, serve

from .fakes import FakeAutoEval, FakeJudge, FakeWan, OutOfMemoryError


def _oom(_prompt: str) -> str:
    raise OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")


def _wan(fail: bool) -> Type[Backend]:
    settings = wan22.WanSettings(task="ti2v-5B", ckpt_dir="/nonexistent")
    err = OutOfMemoryError("CUDA out of memory. Tried to allocate 20.00 GiB") if fail else None
    return configured(wan22.backend_class(settings), pipeline_factory=lambda s: FakeWan(s, fail=err))


def _vbench() -> Type[Backend]:
    """The real adapter and its real VBench path over the stand-in vbench package, with the
    project's copy of VBench_full_info.json (FAKE_VBENCH_BUILD_LOG records network builds)."""
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "fake_vbench"))
    full_info = os.path.join(here, "..", "..", "..", "..", "examples", "data", "vbench", "VBench_full_info.json")
    return vbench_eval.backend_class(vbench_eval.VBenchSettings(full_info=os.path.normpath(full_info), device="cpu"))


SCENARIOS: Dict[str, Callable[[], Type[Backend]]] = {
    "wan-ok": lambda: _wan(False),
    "wan-oom": lambda: _wan(True),
    "autoeval": lambda: configured(
        videophy2_autoeval.backend_class(videophy2_autoeval.AutoEvalSettings(checkpoint="/nonexistent")),
        model_factory=lambda s: FakeAutoEval({"sa": "4", "pc": "Five.", "rule": "1"}),
    ),
    "vbench": _vbench,
    "judge-oom": lambda: configured(
        wmb_judge.backend_class(wmb_judge.JudgeSettings(judge="/nonexistent")), judge_factory=lambda s: FakeJudge(_oom)
    ),
}

if __name__ == "__main__":
    scenario, rest = sys.argv[1], sys.argv[2:]
    serve(SCENARIOS[scenario](), rest)
