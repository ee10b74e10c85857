"""VBench 1.0 per video, in custom-input mode: {dimension: the video's own score}.

For each requested dimension the adapter calls, as VBench's evaluate.py does for
``--mode custom_input --prompt <prompt> --videos_path <file>``::

    VBench(device, full_info, output_path).evaluate(videos_path=<the video>, name=<name>,
        prompt_list=[<prompt>], dimension_list=[<dim>], local=..., read_frame=False,
        mode="custom_input", imaging_quality_preprocessing_mode="longer")

and reads ``<output_path>/<name>_eval_results.json`` → ``[dim][1][0]["video_results"]`` (the
per-video value; the dimension average ``[dim][0]`` of one video is the same number, except
that dynamic_degree's per-video value is a boolean, returned as 0/1). The VBench object is built
in load() and the dimensions' weights are fetched there (init_submodules), so a task does not
download; VBench itself still builds each dimension's network per evaluate() call.

Custom input cannot score the dimensions that need VBench's prompt metadata (object_class,
multiple_objects, scene, appearance_style, color, spatial_relationship): InvalidInput.

    python3 -m framefleet_adapters.vbench_eval --dimensions subject_consistency,imaging_quality
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Dict, List, Optional, Tuple, Type

from framefleet_backend import Backend, EvaluateRequest, InvalidInput, TaskContext

from ._common import check_metrics, configured, env_default, env_flag, parse_bool, require_file, run, safe_name

# VBench's custom_input mode accepts these (vbench/__init__.py check_dimension_requires_extra_info).
CUSTOM_DIMENSIONS: Tuple[str, ...] = (
    "subject_consistency",
    "background_consistency",
    "temporal_flickering",
    "motion_smoothness",
    "dynamic_degree",
    "aesthetic_quality",
    "imaging_quality",
    "human_action",
    "temporal_style",
    "overall_consistency",
)
NEEDS_PROMPT_METADATA: Tuple[str, ...] = ("object_class", "multiple_objects", "scene", "appearance_style", "color", "spatial_relationship")


@dataclass(frozen=True)
class VBenchSettings:
    #: Dimensions this process serves (their weights are fetched in load()).
    dimensions: Tuple[str, ...] = CUSTOM_DIMENSIONS
    #: Where per-task result files go (a fresh folder per task, removed after).
    work_dir: Optional[str] = None
    #: VBench's load_ckpt_from_local: use weights already in ~/.cache/vbench, never download.
    local: bool = False
    imaging_quality_preprocessing_mode: str = "longer"


class VBenchRunner:
    """The seam: VBench's evaluate() on one video for one dimension, writing its results file."""

    def evaluate(self, video_file: str, prompt: str, dimension: str, output_path: str, name: str) -> None:
        raise NotImplementedError


class _VBenchRunner(VBenchRunner):
    def __init__(self, settings: VBenchSettings) -> None:
        import torch
        import vbench
        from vbench import VBench
        from vbench.utils import init_submodules

        self._settings = settings
        self._device = torch.device("cuda")
        self._full_info = os.path.join(os.path.dirname(vbench.__file__), "VBench_full_info.json")
        self._vbench_cls = VBench
        # Fetches (or, with local, checks) every served dimension's weights once, up front.
        init_submodules(list(settings.dimensions), local=settings.local, read_frame=False)

    def evaluate(self, video_file: str, prompt: str, dimension: str, output_path: str, name: str) -> None:
        bench = self._vbench_cls(self._device, self._full_info, output_path)
        bench.evaluate(
            videos_path=video_file,
            name=name,
            prompt_list=[prompt],
            dimension_list=[dimension],
            local=self._settings.local,
            read_frame=False,
            mode="custom_input",
            imaging_quality_preprocessing_mode=self._settings.imaging_quality_preprocessing_mode,
        )


def load_vbench(settings: VBenchSettings) -> VBenchRunner:
    return _VBenchRunner(settings)


def read_video_score(results_file: str, dimension: str) -> float:
    """The one video's value from an `<name>_eval_results.json` VBench wrote."""
    with open(results_file, encoding="utf-8") as f:
        data: Dict[str, Any] = json.load(f)
    entry = data.get(dimension)
    if not isinstance(entry, list) or len(entry) < 2 or not isinstance(entry[1], list) or not entry[1]:
        raise RuntimeError(f"{results_file}: no per-video result for {dimension} (VBench read no frames?)")
    value = entry[1][0].get("video_results") if isinstance(entry[1][0], dict) else None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if not isinstance(value, (int, float)) or not math.isfinite(float(value)):
        raise RuntimeError(f"{results_file}: {dimension} video_results is {value!r}, not a number")
    return float(value)


class VBenchEvaluator(Backend):
    model = "vbench-1.0"
    version = "1.0"
    memory_mib = 12000
    capabilities = ("evaluate",)
    metrics = CUSTOM_DIMENSIONS
    settings: ClassVar[VBenchSettings] = VBenchSettings()
    runner_factory: ClassVar[Callable[[VBenchSettings], VBenchRunner]] = staticmethod(load_vbench)  # type: ignore[assignment]

    def load(self) -> None:
        self._runner = type(self).runner_factory(self.settings)

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        metadata = [m for m in req.metrics if m in NEEDS_PROMPT_METADATA]
        if metadata:
            raise InvalidInput(
                f"vbench: {', '.join(metadata)} need VBench's prompt metadata and cannot be scored in custom-input mode"
            )
        dims = check_metrics(req.metrics, self.settings.dimensions, "vbench")
        video = require_file(req.video_file, "video_file")
        if not req.prompt.strip():
            raise InvalidInput("vbench: the request has no prompt (custom-input mode scores against it)")
        base = self.settings.work_dir or tempfile.gettempdir()
        os.makedirs(base, exist_ok=True)
        out = tempfile.mkdtemp(prefix=f"vbench-{safe_name(req.task_id)}-", dir=base)
        try:
            scores: Dict[str, float] = {}
            for i, dim in enumerate(dims):
                ctx.check_cancelled()
                ctx.progress(i / len(dims), f"vbench {dim} ({i + 1}/{len(dims)})")
                name = f"{safe_name(req.task_id)}-{dim}"
                self._runner.evaluate(video, req.prompt, dim, out, name)
                scores[dim] = read_video_score(os.path.join(out, f"{name}_eval_results.json"), dim)
            ctx.progress(1.0, "done")
            return scores
        finally:
            shutil.rmtree(out, ignore_errors=True)


def backend_class(settings: VBenchSettings) -> Type[Backend]:
    return configured(VBenchEvaluator, settings=settings, metrics=settings.dimensions)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framefleet_adapters.vbench_eval", description=__doc__)
    p.add_argument("--dimensions", default=env_default("FRAMEFLEET_VBENCH_DIMENSIONS", ",".join(CUSTOM_DIMENSIONS)))
    p.add_argument("--work-dir", default=env_default("FRAMEFLEET_VBENCH_WORK_DIR"))
    p.add_argument("--local", type=parse_bool, default=env_flag("FRAMEFLEET_VBENCH_LOCAL", False))
    p.add_argument(
        "--imaging-quality-preprocessing-mode",
        default=env_default("FRAMEFLEET_VBENCH_IQ_MODE", "longer"),
        choices=("longer", "shorter", "shorter_centercrop", "None"),
    )
    return p


def parse_dimensions(text: str) -> Tuple[str, ...]:
    dims: List[str] = [d.strip() for d in text.split(",") if d.strip()]
    bad = [d for d in dims if d not in CUSTOM_DIMENSIONS]
    if not dims or bad:
        raise SystemExit(f"--dimensions: {', '.join(bad) or '(none)'} not usable in custom-input mode; choose from {', '.join(CUSTOM_DIMENSIONS)}")
    return tuple(dict.fromkeys(dims))


def _build(args: argparse.Namespace) -> Type[Backend]:
    settings = VBenchSettings(
        dimensions=parse_dimensions(args.dimensions),
        work_dir=args.work_dir,
        local=args.local,
        imaging_quality_preprocessing_mode=args.imaging_quality_preprocessing_mode,
    )
    return backend_class(settings)


if __name__ == "__main__":
    run(_parser(), _build)
