"""MBench metrics per video via ``mbench eval`` on a one-item dataset made for the task.

For each task the adapter lays out, in a fresh folder, the MBench-{A,T}-Setup layout of the
MBench README ("Data Preparation") holding just this video::

    dataset.yaml
    samples/<subset>/<sample_id>/sample.json   (+ reference.png from inputs.image)
    models/<model_id>/samples.jsonl            (one line)
    models/<model_id>/outputs/<subset>/<sample_id>/<condition_id>/video.mp4   (symlink to the video)
    models/<model_id>/artifacts/<subset>/<sample_id>/<condition_id>/da3/results.npz   (inputs.da3)

runs ``mbench eval <dataset> --metrics <csv> --models <model_id> --subsets <subset>
--sample-ids <sample_id> --output <run> --workers 1 --no-progress-bar [--vlm-judge
openai-compatible]`` (argv, no shell) and reads ``<run>/metrics/<metric>/items.jsonl``. Scores
returned per metric, as the fleet's mbench benchmark reads them: ``<metric>`` = "score" (absent
when the sample was not triggered) and ``<metric>.triggered`` = "triggered" (T side with the judge).

The mbench command is the model boundary; tests point `--mbench-cmd` at a fake script.

    python3 -m framefleet_adapters.mbench_eval --mbench-cmd mbench --vlm-judge true
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from typing import Any, ClassVar, Dict, List, Optional, Tuple, Type

from framefleet_backend import Backend, EvaluateRequest, InvalidInput, OutOfMemory, TaskContext

from ._common import configured, env_default, env_flag, parse_bool, require_file, run, safe_name
from ._proc import run_command, split_command

# Registration name without the setting prefix → the sample subset it scores (README table).
DIMENSIONS: Dict[str, str] = {
    "entity.human_identity_consistency": "human",
    "entity.human_appearance_consistency": "human",
    "entity.object_texture_consistency": "object",
    "entity.object_geometry_consistency": "object",
    "environment.spatial_epipolar": "environment",
    "environment.spatial_reprojection": "environment",
    "environment.rendering_style": "environment",
    "environment.rendering_lighting": "environment",
    "causal.camera_interaction": "causal",
    "causal.prompt_interaction": "causal",
    "causal.state_progress": "causal",
    "causal.progress_correctness": "causal",
}
A_ONLY = ("causal.camera_interaction",)
SETTINGS = ("mbencha", "mbencht")
METRICS: Tuple[str, ...] = tuple(f"{s}.{d}" for s in SETTINGS for d in DIMENSIONS if not (s == "mbencht" and d in A_ONLY))
# Metrics that read the DA3 camera-pose artifact (README: spatial, object geometry, causal action).
NEEDS_DA3 = ("environment.spatial_epipolar", "environment.spatial_reprojection", "entity.object_geometry_consistency", "causal.camera_interaction")
# Metrics whose sample.json needs an object description only the dataset's own sample.json has.
NEEDS_SAMPLE_JSON = ("entity.object_texture_consistency", "entity.object_geometry_consistency")
TRIGGER_SUFFIX = ".triggered"
_OOM = re.compile(r"CUDA out of memory|OutOfMemoryError|CUBLAS_STATUS_ALLOC_FAILED")


@dataclass(frozen=True)
class MBenchSettings:
    mbench_cmd: Tuple[str, ...] = ("mbench",)
    model_id: str = "framefleet"
    work_dir: Optional[str] = None
    #: --vlm-judge openai-compatible (MBench-T trigger); MBENCH_VLM_* reach mbench through the env.
    vlm_judge: bool = False
    extra_args: Tuple[str, ...] = ()
    timeout_s: float = 3600.0
    heartbeat_s: float = 30.0
    env: Dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    setting: str
    subset: str
    sample_id: str
    condition_id: str

    @property
    def item_id(self) -> str:
        return f"{self.subset}:{self.sample_id}:{self.condition_id}"


def target_of(req: EvaluateRequest) -> Target:
    """Which setting/subset the requested metrics belong to; they must agree."""
    unknown = [m for m in req.metrics if m not in METRICS]
    if not req.metrics or unknown:
        raise InvalidInput(f"mbench: unknown metric(s) {', '.join(unknown) or '(none requested)'}; known: {', '.join(METRICS)}")
    pairs = {(m.split(".", 1)[0], DIMENSIONS[m.split(".", 1)[1]]) for m in req.metrics}
    if len(pairs) != 1:
        raise InvalidInput(f"mbench: metrics {', '.join(req.metrics)} span several settings/subsets; one task scores one sample")
    setting, subset = pairs.pop()
    sample_id = safe_name(req.params.get("sample_id") or req.task_id, "sample")
    condition = req.params.get("condition_id") or ("text" if setting == "mbencht" else "")
    if not condition:
        raise InvalidInput("mbench: MBench-A needs params.condition_id (e.g. left_then_right_25s)")
    if safe_name(condition) != condition:
        raise InvalidInput(f"mbench: params.condition_id {condition!r} is not usable as a folder name")
    return Target(setting, subset, sample_id, condition)


def _segments(params: Dict[str, str]) -> Optional[List[str]]:
    text = params.get("caption_segments")
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        raise InvalidInput("params.caption_segments is not a JSON array of strings") from None
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise InvalidInput("params.caption_segments is not a JSON array of strings")
    return value


def sample_json(req: EvaluateRequest, t: Target) -> Dict[str, Any]:
    """sample.json from the task's params, for when the dataset's own file is not passed."""
    metadata: Dict[str, Any] = {}
    caption = req.params.get("caption") or req.prompt
    if caption:
        metadata["caption"] = caption
    segments = _segments(req.params)
    if segments is not None:
        metadata["caption_segments"] = segments
    doc: Dict[str, Any] = {"sample_id": t.sample_id, "subset": t.subset, "metadata": metadata}
    if req.params.get("annotation_action"):
        doc["annotations"] = {"action": req.params["annotation_action"]}
    return doc


def layout(req: EvaluateRequest, t: Target, root: str, model_id: str) -> None:
    """Write the one-item dataset under root (see the module doc)."""
    sample_dir = os.path.join(root, "samples", t.subset, t.sample_id)
    os.makedirs(sample_dir)
    own = req.inputs.get("sample_json")
    if own:
        shutil.copyfile(require_file(own, "inputs.sample_json"), os.path.join(sample_dir, "sample.json"))
    else:
        with open(os.path.join(sample_dir, "sample.json"), "w", encoding="utf-8") as f:
            json.dump(sample_json(req, t), f, ensure_ascii=False, indent=2)
    if req.inputs.get("image"):
        shutil.copyfile(require_file(req.inputs["image"], "inputs.image"), os.path.join(sample_dir, "reference.png"))
    rel_video = os.path.join("outputs", t.subset, t.sample_id, t.condition_id, "video.mp4")
    model_dir = os.path.join(root, "models", model_id)
    os.makedirs(os.path.dirname(os.path.join(model_dir, rel_video)))
    # A symlink: world-model videos run to minutes, and the committed file must stay untouched.
    os.symlink(os.path.abspath(req.video_file), os.path.join(model_dir, rel_video))
    line: Dict[str, Any] = {
        "item_id": t.item_id,
        "dataset_id": t.setting,
        "subset": t.subset,
        "sample_id": t.sample_id,
        "condition_id": t.condition_id,
        "model_id": model_id,
        "media": {"videos": [{"path": rel_video, "role": "generated"}]},
    }
    if req.inputs.get("da3"):
        rel_da3 = os.path.join("artifacts", t.subset, t.sample_id, t.condition_id, "da3", "results.npz")
        os.makedirs(os.path.dirname(os.path.join(model_dir, rel_da3)))
        os.symlink(os.path.abspath(require_file(req.inputs["da3"], "inputs.da3")), os.path.join(model_dir, rel_da3))
        line["artifacts"] = {"da3": {"path": rel_da3}}
    with open(os.path.join(model_dir, "samples.jsonl"), "w", encoding="utf-8") as f:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
    dataset: Dict[str, Any] = {
        "dataset_id": t.setting,
        "dataset_name": "FrameFleet one-item evaluation",
        "version": "1.0",
        "path_mode": "relative_to_dataset_root",
        "subsets": {t.subset: {"description": f"{t.subset} (one sample)"}},
        "paths": {
            "output_video": "models/{model_id}/outputs/{subset}/{sample_id}/{condition_id}/video.mp4",
            "artifact_da3": "models/{model_id}/artifacts/{subset}/{sample_id}/{condition_id}/da3/results.npz",
        },
    }
    if t.setting == "mbencha":
        dataset["condition_id"] = {"pattern": "{action}_{length}"}
    # JSON is valid YAML, and needs no YAML library here.
    with open(os.path.join(root, "dataset.yaml"), "w", encoding="utf-8") as f:
        json.dump(dataset, f, ensure_ascii=False, indent=2)


def _unit(value: Any) -> Optional[float]:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)) and math.isfinite(float(value)):
        return float(value)
    return None


def read_item(run_dir: str, metric: str, t: Target) -> Dict[str, float]:
    """This sample's scores for one metric from `<run>/metrics/<metric>/items.jsonl`."""
    path = os.path.join(run_dir, "metrics", metric, "items.jsonl")
    if not os.path.isfile(path):
        raise RuntimeError(f"mbench wrote no {path}")
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    mine = [r for r in rows if isinstance(r, dict) and r.get("item_id") in (t.item_id, None)]
    if len(mine) != 1:
        raise RuntimeError(f"{path}: expected one line for item {t.item_id}, found {len(mine)}")
    row = mine[0]
    if row.get("error"):
        raise RuntimeError(f"mbench {metric}: {row['error']}")
    scores = row.get("scores") if isinstance(row.get("scores"), dict) else row
    out: Dict[str, float] = {}
    score = _unit(scores.get("score"))
    triggered = _unit(scores.get("triggered"))
    if score is not None:
        out[metric] = score
    if triggered is not None:
        out[metric + TRIGGER_SUFFIX] = triggered
    if not out:
        raise RuntimeError(f"{path}: item {t.item_id} has neither score nor triggered: {json.dumps(row)[:300]}")
    return out


class MBenchEvaluator(Backend):
    model = "mbench"
    version = "1.0"
    memory_mib = 16000
    capabilities = ("evaluate",)
    metrics = METRICS
    settings: ClassVar[MBenchSettings] = MBenchSettings()

    def load(self) -> None:
        # Nothing stays loaded: mbench builds its networks per invocation. Fail now if it is missing.
        if shutil.which(self.settings.mbench_cmd[0]) is None and not os.path.isfile(self.settings.mbench_cmd[0]):
            raise RuntimeError(f"mbench command {self.settings.mbench_cmd[0]!r} not found (pip install -e MBench)")

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        t = target_of(req)
        require_file(req.video_file, "video_file")
        keys = [m.split(".", 1)[1] for m in req.metrics]
        if not req.inputs.get("da3") and any(k in NEEDS_DA3 for k in keys):
            raise InvalidInput(f"mbench: {', '.join(m for m in req.metrics if m.split('.', 1)[1] in NEEDS_DA3)} need inputs.da3 (DA3 results.npz)")
        if not req.inputs.get("sample_json") and any(k in NEEDS_SAMPLE_JSON for k in keys):
            raise InvalidInput("mbench: object metrics need the dataset's sample.json (inputs.sample_json) for the object description")
        base = self.settings.work_dir or tempfile.gettempdir()
        os.makedirs(base, exist_ok=True)
        work = tempfile.mkdtemp(prefix=f"mbench-{safe_name(req.task_id)}-", dir=base)
        try:
            root, run_dir = os.path.join(work, "dataset"), os.path.join(work, "run")
            layout(req, t, root, self.settings.model_id)
            argv = [
                *self.settings.mbench_cmd, "eval", root,
                "--metrics", ",".join(dict.fromkeys(req.metrics)),
                "--models", self.settings.model_id,
                "--subsets", t.subset,
                "--sample-ids", t.sample_id,
                "--output", run_dir,
                "--workers", "1",
                "--no-progress-bar",
            ]  # fmt: skip
            if self.settings.vlm_judge and t.setting == "mbencht":
                argv += ["--vlm-judge", "openai-compatible"]
            argv += list(self.settings.extra_args)
            ctx.progress(0.05, "mbench eval starting")
            env = {**os.environ, **self.settings.env}
            result = run_command(
                argv, ctx, env=env, timeout_s=self.settings.timeout_s, heartbeat_s=self.settings.heartbeat_s, fraction=0.5, stage="mbench eval"
            )
            if result.returncode != 0:
                if _OOM.search(result.tail):
                    raise OutOfMemory(f"mbench eval ran out of GPU memory: {result.tail[-400:]}")
                raise RuntimeError(f"mbench eval exited with {result.returncode}: {result.tail[-800:]}")
            scores: Dict[str, float] = {}
            for metric in dict.fromkeys(req.metrics):
                scores.update(read_item(run_dir, metric, t))
            ctx.progress(1.0, "done")
            return scores
        finally:
            shutil.rmtree(work, ignore_errors=True)


def backend_class(settings: MBenchSettings) -> Type[Backend]:
    return configured(MBenchEvaluator, settings=settings)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framefleet_adapters.mbench_eval", description=__doc__)
    p.add_argument("--mbench-cmd", default=env_default("FRAMEFLEET_MBENCH_CMD", "mbench"), help="program (and args) to run, no shell")
    p.add_argument("--model-id", default=env_default("FRAMEFLEET_MBENCH_MODEL_ID", "framefleet"))
    p.add_argument("--work-dir", default=env_default("FRAMEFLEET_MBENCH_WORK_DIR"))
    p.add_argument("--vlm-judge", type=parse_bool, default=env_flag("FRAMEFLEET_MBENCH_VLM_JUDGE", False))
    p.add_argument("--timeout-s", type=float, default=float(env_default("FRAMEFLEET_MBENCH_TIMEOUT_S", "3600") or 3600))
    p.add_argument("--heartbeat-s", type=float, default=float(env_default("FRAMEFLEET_MBENCH_HEARTBEAT_S", "30") or 30))
    p.add_argument("--extra-arg", action="append", default=[], help="one more argv item for mbench eval (repeatable)")
    return p


def _build(args: argparse.Namespace) -> Type[Backend]:
    cmd = tuple(split_command(args.mbench_cmd))
    if not cmd:
        raise SystemExit("--mbench-cmd is empty")
    return backend_class(
        MBenchSettings(
            mbench_cmd=cmd,
            model_id=safe_name(args.model_id, "framefleet"),
            work_dir=args.work_dir,
            vlm_judge=args.vlm_judge,
            extra_args=tuple(args.extra_arg),
            timeout_s=args.timeout_s,
            heartbeat_s=args.heartbeat_s,
        )
    )


if __name__ == "__main__":
    run(_parser(), _build)
