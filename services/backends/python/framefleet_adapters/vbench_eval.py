"""VBench 1.0 per video: {dimension: the video's own score}, all 16 dimensions.

A prompt of VBench's suite (VBench_full_info.json) is scored in VBench's standard mode, as
``evaluate.py --mode vbench_standard`` does for a folder: the adapter writes a one-entry info file
holding the prompt's row (its dimension list and auxiliary_info, which object_class,
multiple_objects, scene, appearance_style, color and spatial_relationship read), links the video
into a fresh folder as ``<prompt>-0.mp4`` and calls, per dimension::

    VBench(device, <one-entry info file>, output_path).evaluate(videos_path=<folder>, name=<name>,
        prompt_list=[], dimension_list=[<dim>], local=..., read_frame=False,
        mode="vbench_standard", imaging_quality_preprocessing_mode="longer")

A prompt outside the suite (or a dimension its row does not list) goes through custom input, as
``--mode custom_input --prompt <prompt> --videos_path <file>``; the six dimensions above then
cannot be scored (InvalidInput). Either way the adapter reads
``<output_path>/<name>_eval_results.json`` → ``[dim][1][0]["video_results"]`` (dynamic_degree's
and human_action's booleans as 0/1).

VBench builds each dimension's networks inside every evaluate() call; vbench_resident keeps them
built once per process (--resident false turns that off). The weights are fetched in load()
(init_submodules), so a task does not download.

    python3 -m framefleet_adapters.vbench_eval --dimensions subject_consistency,scene
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
from .vbench_resident import ResidentNetworks, resident_memory_mib

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


ALL_DIMENSIONS: Tuple[str, ...] = CUSTOM_DIMENSIONS + NEEDS_PROMPT_METADATA


@dataclass(frozen=True)
class VBenchSettings:
    #: Dimensions this process serves (their weights are fetched in load()).
    dimensions: Tuple[str, ...] = ALL_DIMENSIONS
    #: Where per-task result files go (a fresh folder per task, removed after).
    work_dir: Optional[str] = None
    #: VBench's load_ckpt_from_local: use weights already in ~/.cache/vbench, never download.
    local: bool = False
    imaging_quality_preprocessing_mode: str = "longer"
    #: The prompt suite whose entries give standard mode its auxiliary_info; None: VBench's own copy.
    full_info: Optional[str] = None
    #: Keep each dimension's networks built once per process (vbench_resident).
    resident: bool = True
    device: str = "cuda"
    #: Info.memory_mib; None: vbench_resident's estimate for the served dimensions.
    memory_mib: Optional[int] = None


class VBenchRunner:
    """The seam: VBench's evaluate() on one video for one dimension, writing its results file.

    ``entry`` is the prompt's row of VBench_full_info.json (standard mode); None: custom input."""

    full_info: str = ""

    def evaluate(self, video_file: str, prompt: str, dimension: str, output_path: str, name: str, entry: Optional[Dict[str, Any]]) -> None:
        raise NotImplementedError


def _device(name: str) -> Any:
    try:
        import torch
    except ImportError:  # only the tests' fake VBench runs without torch; VBench's .to() takes a str too
        return name
    return torch.device(name)


class _VBenchRunner(VBenchRunner):
    def __init__(self, settings: VBenchSettings) -> None:
        import vbench
        from vbench import VBench
        from vbench.utils import init_submodules

        self._settings = settings
        self._device = _device(settings.device)
        self.full_info = settings.full_info or os.path.join(os.path.dirname(vbench.__file__), "VBench_full_info.json")
        self._vbench_cls = VBench
        # Fetches (or, with local, checks) every served dimension's weights once, up front.
        init_submodules(list(settings.dimensions), local=settings.local, read_frame=False)
        self.resident = ResidentNetworks()
        if settings.resident:
            self.resident.install(settings.dimensions)

    def evaluate(self, video_file: str, prompt: str, dimension: str, output_path: str, name: str, entry: Optional[Dict[str, Any]]) -> None:
        common = dict(
            name=name,
            dimension_list=[dimension],
            local=self._settings.local,
            read_frame=False,
            imaging_quality_preprocessing_mode=self._settings.imaging_quality_preprocessing_mode,
        )
        if entry is None:
            bench = self._vbench_cls(self._device, self.full_info, output_path)
            bench.evaluate(videos_path=video_file, prompt_list=[prompt], mode="custom_input", **common)
            return
        # Standard mode reads a folder and finds `<prompt_en>-<i><suffix>` (i in 0-4) for every
        # entry of the info file that has the dimension: one entry, one video named index 0.
        folder = os.path.join(output_path, f"{name}-videos")
        os.makedirs(folder)
        os.symlink(os.path.abspath(video_file), os.path.join(folder, f"{entry['prompt_en']}-0{os.path.splitext(video_file)[1]}"))
        info = os.path.join(output_path, f"{name}-prompt_info.json")
        with open(info, "w", encoding="utf-8") as f:
            json.dump([entry], f)
        bench = self._vbench_cls(self._device, info, output_path)
        bench.evaluate(videos_path=folder, prompt_list=[], mode="vbench_standard", **common)


def load_vbench(settings: VBenchSettings) -> VBenchRunner:
    return _VBenchRunner(settings)


def load_prompt_entries(full_info: str) -> Dict[str, Dict[str, Any]]:
    """prompt_en → its entry. A prompt on two rows (two folders) gets their dimensions and
    auxiliary_info together: VBench scores such a video on both rows' dimensions."""
    with open(full_info, encoding="utf-8") as f:
        rows = json.load(f)
    entries: Dict[str, Dict[str, Any]] = {}
    for row in rows:
        prompt = row["prompt_en"]
        e = entries.setdefault(prompt, {"prompt_en": prompt, "dimension": [], "auxiliary_info": {}})
        e["dimension"] += [d for d in row.get("dimension", []) if d not in e["dimension"]]
        e["auxiliary_info"].update(row.get("auxiliary_info") or {})
    return entries


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
    memory_mib = resident_memory_mib(ALL_DIMENSIONS)
    capabilities = ("evaluate",)
    metrics = ALL_DIMENSIONS
    settings: ClassVar[VBenchSettings] = VBenchSettings()
    runner_factory: ClassVar[Callable[[VBenchSettings], VBenchRunner]] = staticmethod(load_vbench)  # type: ignore[assignment]

    def load(self) -> None:
        self._runner = type(self).runner_factory(self.settings)
        self._entries = load_prompt_entries(self._runner.full_info)

    def _entry(self, prompt: str, dims: List[str]) -> Optional[Dict[str, Any]]:
        entry = self._entries.get(prompt)
        needs = [d for d in dims if d in NEEDS_PROMPT_METADATA and (entry is None or d not in entry["dimension"])]
        if needs:
            where = "is not in VBench's prompt suite" if entry is None else f"has no {', '.join(needs)} in VBench's prompt suite"
            raise InvalidInput(f"vbench: {', '.join(needs)} need VBench's prompt metadata (auxiliary_info); the prompt {where}")
        return entry

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        dims = check_metrics(req.metrics, self.settings.dimensions, "vbench")
        video = require_file(req.video_file, "video_file")
        if not req.prompt.strip():
            raise InvalidInput("vbench: the request has no prompt (VBench scores against it)")
        entry = self._entry(req.prompt, dims)
        if entry is not None and ("/" in req.prompt or len(req.prompt.encode()) > 240):
            raise InvalidInput("vbench: standard mode names the video after its prompt; this prompt cannot be a file name")
        base = self.settings.work_dir or tempfile.gettempdir()
        os.makedirs(base, exist_ok=True)
        out = tempfile.mkdtemp(prefix=f"vbench-{safe_name(req.task_id)}-", dir=base)
        try:
            scores: Dict[str, float] = {}
            for i, dim in enumerate(dims):
                ctx.check_cancelled()
                ctx.progress(i / len(dims), f"vbench {dim} ({i + 1}/{len(dims)})")
                name = f"{safe_name(req.task_id)}-{dim}"
                # Standard mode where the suite has this dimension for the prompt, else custom input.
                mode_entry = entry if entry is not None and dim in entry["dimension"] else None
                try:
                    self._runner.evaluate(video, req.prompt, dim, out, name, mode_entry)
                except ZeroDivisionError:
                    # VBench's color leaves a video whose object GRiT does not detect out of its
                    # average; with one video that average divides by zero. Left out here too: the
                    # video has no color score, its other dimensions stand.
                    if dim != "color":
                        raise
                    continue
                scores[dim] = read_video_score(os.path.join(out, f"{name}_eval_results.json"), dim)
            ctx.progress(1.0, "done")
            return scores
        finally:
            shutil.rmtree(out, ignore_errors=True)


def backend_class(settings: VBenchSettings) -> Type[Backend]:
    memory = settings.memory_mib if settings.memory_mib is not None else resident_memory_mib(settings.dimensions)
    return configured(VBenchEvaluator, settings=settings, metrics=settings.dimensions, memory_mib=memory)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framefleet_adapters.vbench_eval", description=__doc__)
    p.add_argument("--dimensions", default=env_default("FRAMEFLEET_VBENCH_DIMENSIONS", ",".join(ALL_DIMENSIONS)))
    p.add_argument("--work-dir", default=env_default("FRAMEFLEET_VBENCH_WORK_DIR"))
    p.add_argument("--local", type=parse_bool, default=env_flag("FRAMEFLEET_VBENCH_LOCAL", False))
    p.add_argument(
        "--imaging-quality-preprocessing-mode",
        default=env_default("FRAMEFLEET_VBENCH_IQ_MODE", "longer"),
        choices=("longer", "shorter", "shorter_centercrop", "None"),
    )
    p.add_argument("--full-info", default=env_default("FRAMEFLEET_VBENCH_FULL_INFO"), help="VBench_full_info.json (default: the installed vbench's)")
    p.add_argument("--resident", type=parse_bool, default=env_flag("FRAMEFLEET_VBENCH_RESIDENT", True))
    p.add_argument("--device", default=env_default("FRAMEFLEET_VBENCH_DEVICE", "cuda"))
    p.add_argument("--memory-mib", type=int, default=None, help="Info.memory_mib (default: estimate of the served dimensions' networks)")
    return p


def parse_dimensions(text: str) -> Tuple[str, ...]:
    dims: List[str] = [d.strip() for d in text.split(",") if d.strip()]
    bad = [d for d in dims if d not in ALL_DIMENSIONS]
    if not dims or bad:
        raise SystemExit(f"--dimensions: {', '.join(bad) or '(none)'} not VBench dimensions; choose from {', '.join(ALL_DIMENSIONS)}")
    return tuple(dict.fromkeys(dims))


def _build(args: argparse.Namespace) -> Type[Backend]:
    settings = VBenchSettings(
        dimensions=parse_dimensions(args.dimensions),
        work_dir=args.work_dir,
        local=args.local,
        imaging_quality_preprocessing_mode=args.imaging_quality_preprocessing_mode,
        full_info=args.full_info,
        resident=args.resident,
        device=args.device,
        memory_mib=args.memory_mib,
    )
    return backend_class(settings)


if __name__ == "__main__":
    run(_parser(), _build)
