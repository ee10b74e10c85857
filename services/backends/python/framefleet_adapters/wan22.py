"""Wan2.2 generation (TI2V-5B and T2V-A14B), the pipeline built once per process and kept loaded.

Calls the `wan` package as the seeds do (Wan2.2's generate.py, run_videophy*.py): WanTI2V /
WanT2V built from WAN_CONFIGS[task] and the checkpoint dir, then per task
``generate(prompt, [img,] size=, [max_area=,] frame_num=, shift=, sample_solver=,
sampling_steps=, guide_scale=, seed=, offload_model=)`` and ``save_video(tensor=video[None],
save_file=, fps=, nrow=1, normalize=True, value_range=(-1, 1))``.

Everything touching torch/wan is in `_WanPipeline` (built by `load_wan_pipeline`), which
tests replace through the class attribute `pipeline_factory`.

    python3 -m framefleet_adapters.wan22 --task ti2v-5B --ckpt-dir /models/Wan2.2-TI2V-5B
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Dict, Optional, Tuple, Type, Union

from framefleet_backend import Backend, GenerateRequest, InvalidInput, TaskContext

from ._common import configured, env_default, env_flag, param_float, param_int, parse_bool, require_file, run

GuideScale = Union[float, Tuple[float, float]]


@dataclass(frozen=True)
class WanTask:
    """What a Wan2.2 task accepts, from wan/configs (WAN_CONFIGS, SUPPORTED_SIZES)."""

    model: str
    sizes: Tuple[str, ...]
    default_size: str
    sample_steps: int
    sample_shift: float
    guide_scale: GuideScale
    frame_num: int
    sample_fps: int
    takes_image: bool
    memory_mib: int


TASKS: Dict[str, WanTask] = {
    # TI2V-5B: 1280*704 or 704*1280 only; 121 frames at 24 fps; one DiT (seed 004's table).
    "ti2v-5B": WanTask("Wan2.2-TI2V-5B", ("1280*704", "704*1280"), "1280*704", 50, 5.0, 5.0, 121, 24, True, 30000),
    # T2V-A14B: two experts (high/low noise) with a guide scale each; 81 frames at 16 fps.
    "t2v-A14B": WanTask(
        "Wan2.2-T2V-A14B", ("1280*720", "720*1280", "832*480", "480*832"), "1280*720", 40, 12.0, (3.0, 4.0), 81, 16, False, 60000
    ),
}


@dataclass(frozen=True)
class WanSettings:
    """How the process builds and runs the pipeline (flags or FRAMEFLEET_WAN_* env)."""

    task: str
    ckpt_dir: str
    #: A Wan2.2 checkout to put on sys.path when `wan` is not installed as a package.
    wan_repo: Optional[str] = None
    sample_solver: str = "unipc"
    #: Moves each DiT to the CPU after use; off by default because the model stays loaded for every task.
    offload_model: bool = False
    t5_cpu: bool = False
    convert_model_dtype: bool = False


@dataclass(frozen=True)
class WanCall:
    """One generate() call as the wan package receives it."""

    prompt: str
    image: Optional[str]
    size: Tuple[int, int]
    max_area: int
    frame_num: int
    shift: float
    sample_solver: str
    sampling_steps: int
    guide_scale: GuideScale
    seed: int
    offload_model: bool
    negative_prompt: str


class WanPipeline:
    """The seam: what the adapter needs from a loaded Wan2.2 pipeline."""

    def generate(self, call: WanCall, on_forward: Callable[[], None]) -> Any:
        """Run the sampler; call on_forward after every DiT forward pass. Returns the video tensor."""
        raise NotImplementedError

    def save(self, video: Any, output_file: str, fps: float) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release GPU memory."""


class _WanPipeline(WanPipeline):
    def __init__(self, settings: WanSettings, device_id: int) -> None:
        if settings.wan_repo:
            sys.path.insert(0, settings.wan_repo)
        import torch
        import wan
        from wan.configs import WAN_CONFIGS
        from wan.utils.utils import save_video

        self._torch = torch
        self._save_video = save_video
        cfg = WAN_CONFIGS[settings.task]
        common = dict(
            config=cfg,
            checkpoint_dir=settings.ckpt_dir,
            device_id=device_id,
            rank=0,
            t5_fsdp=False,
            dit_fsdp=False,
            use_sp=False,
            t5_cpu=settings.t5_cpu,
            convert_model_dtype=settings.convert_model_dtype,
        )
        self._is_ti2v = settings.task.startswith("ti2v")
        self._pipe = wan.WanTI2V(**common) if self._is_ti2v else wan.WanT2V(**common)
        # TI2V has one DiT; T2V-A14B switches from the high- to the low-noise expert mid-sampling.
        names = ("model",) if self._is_ti2v else ("high_noise_model", "low_noise_model")
        self._dits = [getattr(self._pipe, n) for n in names]

    def generate(self, call: WanCall, on_forward: Callable[[], None]) -> Any:
        hooks = [dit.register_forward_hook(lambda *_: on_forward()) for dit in self._dits]
        try:
            kwargs: Dict[str, Any] = dict(
                size=call.size,
                frame_num=call.frame_num,
                shift=call.shift,
                sample_solver=call.sample_solver,
                sampling_steps=call.sampling_steps,
                guide_scale=call.guide_scale,
                n_prompt=call.negative_prompt,
                seed=call.seed,
                offload_model=call.offload_model,
            )
            if self._is_ti2v:
                img = None
                if call.image is not None:
                    from PIL import Image

                    img = Image.open(call.image).convert("RGB")
                return self._pipe.generate(call.prompt, img=img, max_area=call.max_area, **kwargs)
            return self._pipe.generate(call.prompt, **kwargs)
        finally:
            for h in hooks:
                h.remove()

    def save(self, video: Any, output_file: str, fps: float) -> None:
        self._save_video(tensor=video[None], save_file=output_file, fps=fps, nrow=1, normalize=True, value_range=(-1, 1))

    def close(self) -> None:
        self._pipe = None
        self._dits = []
        self._torch.cuda.empty_cache()


def load_wan_pipeline(settings: WanSettings) -> WanPipeline:
    # CUDA_VISIBLE_DEVICES holds just the leased device, so it is always device 0 here.
    return _WanPipeline(settings, device_id=0)


def _guide_scale(params: Dict[str, str], task: WanTask) -> GuideScale:
    text = params.get("guide_scale", "").strip()
    if text == "":
        return task.guide_scale
    parts = [p.strip() for p in text.split(",")]
    values = [param_float({"guide_scale": p}, "guide_scale") for p in parts]
    if isinstance(task.guide_scale, tuple):
        # The A14B experts each take a scale (low-noise, high-noise); one value means both.
        if len(values) == 1:
            return (float(values[0]), float(values[0]))  # type: ignore[arg-type]
        if len(values) == 2:
            return (float(values[0]), float(values[1]))  # type: ignore[arg-type]
    elif len(values) == 1:
        return float(values[0])  # type: ignore[arg-type]
    raise InvalidInput(f"params.guide_scale: {text!r} is not a valid guide scale for {task.model}")


def build_call(req: GenerateRequest, task: WanTask, settings: WanSettings) -> WanCall:
    """Map a GenerateRequest onto wan's generate() arguments; InvalidInput for what the model cannot do."""
    if not req.prompt.strip():
        raise InvalidInput("prompt is empty")
    size_key = task.default_size if req.width == 0 and req.height == 0 else f"{req.width}*{req.height}"
    if size_key not in task.sizes:
        raise InvalidInput(f"{task.model} generates {', '.join(task.sizes)} (width*height), not {size_key}")
    width, height = (int(v) for v in size_key.split("*"))
    frame_num = req.frames or task.frame_num
    if frame_num % 4 != 1:
        raise InvalidInput(f"{task.model} generates 4n+1 frames (e.g. 81, 121), not {frame_num}")
    image = req.inputs.get("image")
    if image is not None:
        if not task.takes_image:
            raise InvalidInput(f"{task.model} is text-to-video only; the request has an image input")
        require_file(image, "inputs.image")
    solver = req.params.get("sample_solver", settings.sample_solver)
    if solver not in ("unipc", "dpm++"):
        raise InvalidInput(f"params.sample_solver: {solver!r} is not unipc or dpm++")
    shift = param_float(req.params, "sample_shift")
    return WanCall(
        prompt=req.prompt,
        image=image,
        size=(width, height),
        max_area=width * height,
        frame_num=frame_num,
        shift=task.sample_shift if shift is None else shift,
        sample_solver=solver,
        sampling_steps=param_int(req.params, "sample_steps") or task.sample_steps,
        guide_scale=_guide_scale(req.params, task),
        seed=req.seed,
        offload_model=settings.offload_model,
        negative_prompt=req.params.get("negative_prompt", ""),
    )


# Share of the task the sampler is given in progress; the rest is VAE decode and the MP4 write.
_SAMPLING_SHARE = 0.9


class Wan22Generator(Backend):
    """Wan2.2 text(-image)-to-video; configure with `configured()` or the module's flags."""

    version = "2.2"
    settings: ClassVar[WanSettings] = WanSettings(task="ti2v-5B", ckpt_dir="")
    pipeline_factory: ClassVar[Callable[[WanSettings], WanPipeline]] = staticmethod(load_wan_pipeline)  # type: ignore[assignment]

    def load(self) -> None:
        if self.settings.task not in TASKS:
            raise InvalidInput(f"unknown Wan2.2 task {self.settings.task!r}; use one of {', '.join(TASKS)}")
        self._task = TASKS[self.settings.task]
        self._pipe = type(self).pipeline_factory(self.settings)

    def generate(self, req: GenerateRequest, ctx: TaskContext) -> None:
        call = build_call(req, self._task, self.settings)
        fps = req.fps if req.fps > 0 else float(self._task.sample_fps)
        if abs(fps - self._task.sample_fps) > 1e-6:
            ctx.log.warning("saving at %s fps; %s samples motion for %s fps", fps, self._task.model, self._task.sample_fps)
        # Each sampling step runs the DiT twice (conditional and unconditional).
        total = 2 * call.sampling_steps
        done = [0]

        def on_forward() -> None:
            ctx.check_cancelled()
            done[0] += 1
            step = min(call.sampling_steps, (done[0] + 1) // 2)
            ctx.progress(_SAMPLING_SHARE * min(done[0], total) / total, f"denoising step {step}/{call.sampling_steps}")

        ctx.progress(0.0, "encoding prompt")
        video = self._pipe.generate(call, on_forward)
        if video is None:
            raise RuntimeError("the Wan pipeline returned no video")
        ctx.check_cancelled()
        ctx.progress(_SAMPLING_SHARE, "writing video")
        self._pipe.save(video, req.output_file, fps)
        ctx.progress(1.0, "done")

    def unload(self) -> None:
        pipe = getattr(self, "_pipe", None)
        if pipe is not None:
            pipe.close()


def backend_class(settings: WanSettings, memory_mib: Optional[int] = None) -> Type[Backend]:
    task = TASKS.get(settings.task)
    if task is None:
        raise SystemExit(f"--task: {settings.task!r} is not one of {', '.join(TASKS)}")
    caps = ("generate", "t2v", "i2v") if task.takes_image else ("generate", "t2v")
    return configured(
        Wan22Generator,
        model=task.model,
        memory_mib=memory_mib if memory_mib is not None else task.memory_mib,
        capabilities=caps,
        settings=settings,
    )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framefleet_adapters.wan22", description=__doc__)
    p.add_argument("--task", default=env_default("FRAMEFLEET_WAN_TASK", "ti2v-5B"), choices=sorted(TASKS))
    p.add_argument("--ckpt-dir", default=env_default("FRAMEFLEET_WAN_CKPT_DIR"), help="e.g. ./Wan2.2-TI2V-5B")
    p.add_argument("--wan-repo", default=env_default("FRAMEFLEET_WAN_REPO"), help="Wan2.2 checkout, if `wan` is not installed")
    p.add_argument("--sample-solver", default=env_default("FRAMEFLEET_WAN_SAMPLE_SOLVER", "unipc"), choices=("unipc", "dpm++"))
    p.add_argument("--offload-model", type=parse_bool, default=env_flag("FRAMEFLEET_WAN_OFFLOAD_MODEL", False))
    p.add_argument("--t5-cpu", type=parse_bool, default=env_flag("FRAMEFLEET_WAN_T5_CPU", False))
    p.add_argument("--convert-model-dtype", type=parse_bool, default=env_flag("FRAMEFLEET_WAN_CONVERT_MODEL_DTYPE", False))
    p.add_argument("--memory-mib", type=int, default=None, help="GPU memory to report (default per task)")
    return p


def _build(args: argparse.Namespace) -> Type[Backend]:
    if not args.ckpt_dir:
        raise SystemExit("--ckpt-dir (or FRAMEFLEET_WAN_CKPT_DIR) is required")
    settings = WanSettings(
        task=args.task,
        ckpt_dir=args.ckpt_dir,
        wan_repo=args.wan_repo,
        sample_solver=args.sample_solver,
        offload_model=args.offload_model,
        t5_cpu=args.t5_cpu,
        convert_model_dtype=args.convert_model_dtype,
    )
    return backend_class(settings, args.memory_mib)


if __name__ == "__main__":
    run(_parser(), _build)

__all__ = ["TASKS", "WanCall", "WanPipeline", "WanSettings", "Wan22Generator", "backend_class", "build_call", "load_wan_pipeline"]
