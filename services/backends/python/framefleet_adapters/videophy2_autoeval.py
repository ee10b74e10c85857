"""VideoPhy-2 AutoEval (videophysics/videophy_2_auto) per video: metrics "sa", "pc", "rule".

Reproduces VIDEOPHY2/inference.py for one video: the task's prompt template (template.py),
the mPLUG-Owl-Video processor with num_frames=32, greedy generation (do_sample=False, top_k=1,
temperature=0.001, max_length=256), then the score parsed exactly as inference.py parses it
(`parse_score`, quirks included), so a fleet score equals the one the official script writes.

The model is loaded once, in load(), by `load_autoeval_model`; tests replace it through the
class attribute `model_factory`.

    python3 -m framefleet_adapters.videophy2_autoeval --checkpoint /models/videophy_2_auto \\
        --videophy2-dir /opt/videophy/VIDEOPHY2
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Dict, Optional, Type

from framefleet_backend import Backend, EvaluateRequest, InvalidInput, TaskContext

from ._common import check_metrics, configured, env_default, param_int, require_file, run

# The wording the AutoEval model was trained on (VIDEOPHY2/template.py); a changed character
# changes its answers, so these are kept verbatim.
_PREAMBLE = (
    "The following is a conversation between a curious human and an AI assistant. "
    "The assistant gives helpful, detailed, and polite answers to the user's questions.\n"
    "Human: <|video|>\n"
)
PROMPT_SA = (
    _PREAMBLE + 'Human: Does this video match the description: "{caption}"? '
    "Please rate the video on a scale from 1 to 5, where 5 indicates a perfect match and 1 indicates no relevance.\n"
    "AI: "
)
PROMPT_PC = (
    _PREAMBLE + "Human: Does this video adhere to the physical laws? "
    "Rate the video on a scale from 1 to 5, where 5 means full compliance and 1 means significant violations.\n"
    "AI: "
)
PROMPT_RULE = (
    _PREAMBLE + 'Human: Does the video follow the physical rule: "{rule}"?\n'
    "Choose 0 if not, 1 if valid, or 2 if indeterminate. \n"
    "AI: "
)

METRICS = ("sa", "pc", "rule")

# inference.py's num_map, in its order: word keys first, then digits. Order matters: the first
# key found anywhere in the text wins, so "none" scores 1 ("one") and "4.0" scores 0 ("0").
_NUM_MAP = (
    ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
    ("0", 0), ("1", 1), ("2", 2), ("3", 3), ("4", 4), ("5", 5),
)  # fmt: skip


def parse_score(output: str) -> int:
    """inference.py's parse of a model answer, exactly (substring match, then a digits fallback, else 0)."""
    lowered = output.lower().strip()
    for key, value in _NUM_MAP:
        if key in lowered:
            return value
    digits = "".join(c for c in lowered if c.isdigit())
    if digits and int(digits) in {v for _, v in _NUM_MAP}:
        return int(digits)
    return 0


def build_prompt(metric: str, req: EvaluateRequest) -> str:
    if metric == "sa":
        # SA is judged against the original caption even when the generator got an upsampled prompt.
        caption = req.params.get("caption") or req.prompt
        if not caption.strip():
            raise InvalidInput("sa: the request has no caption (params.caption or prompt)")
        return PROMPT_SA.format(caption=caption)
    if metric == "pc":
        return PROMPT_PC
    rule = req.params.get("rule", "")
    if not rule.strip():
        raise InvalidInput("rule: the request has no params.rule (the physical rule to check)")
    return PROMPT_RULE.format(rule=rule)


@dataclass(frozen=True)
class AutoEvalSettings:
    checkpoint: str
    #: VIDEOPHY2 folder of the videophy repo (holds the mplug_owl_video package).
    videophy2_dir: Optional[str] = None
    lora_checkpoint: Optional[str] = None
    num_frames: int = 32


class AutoEvalModel:
    """The seam: one greedy answer of the AutoEval model to a prompt about a video."""

    def answer(self, prompt: str, video_file: str, num_frames: int) -> str:
        raise NotImplementedError

    def close(self) -> None:
        """Release GPU memory."""


_GENERATE_KWARGS = {"do_sample": False, "top_k": 1, "temperature": 0.001, "max_length": 256}


class _MplugOwlAutoEval(AutoEvalModel):
    def __init__(self, settings: AutoEvalSettings) -> None:
        if settings.videophy2_dir:
            sys.path.insert(0, settings.videophy2_dir)
        import torch
        from mplug_owl_video.modeling_mplug_owl import MplugOwlForConditionalGeneration
        from mplug_owl_video.processing_mplug_owl import MplugOwlImageProcessor, MplugOwlProcessor
        from transformers.models.llama.tokenization_llama import LlamaTokenizer

        self._torch = torch
        self._tokenizer = LlamaTokenizer.from_pretrained(settings.checkpoint)
        image_processor = MplugOwlImageProcessor.from_pretrained(settings.checkpoint)
        self._processor = MplugOwlProcessor(image_processor, self._tokenizer)
        model = MplugOwlForConditionalGeneration.from_pretrained(
            settings.checkpoint, torch_dtype=torch.bfloat16, device_map={"": "cpu"}
        )
        model.eval()
        if settings.lora_checkpoint:
            model = self._with_lora(model, settings.lora_checkpoint)
        self._model = model.to("cuda").to(torch.bfloat16)

    def _with_lora(self, model: Any, path: str) -> Any:
        from peft import LoraConfig, get_peft_model

        target = r".*language_model.*\.(q_proj|v_proj|k_proj|o_proj|gate_proj|down_proj|up_proj)"
        config = LoraConfig(target_modules=target, inference_mode=True, r=32, lora_alpha=32, lora_dropout=0.05)
        model = get_peft_model(model, config)
        with open(path, "rb") as f:
            state = self._torch.load(f, map_location=self._torch.device("cpu"))
        try:
            model.load_state_dict(state)
        except RuntimeError:
            # Checkpoints saved by older peft lack the "base_layer" level newer peft expects.
            model.load_state_dict({_peft_key(k): v for k, v in state.items()})
        return model

    def answer(self, prompt: str, video_file: str, num_frames: int) -> str:
        torch = self._torch
        with torch.no_grad():
            inputs = self._processor(text=[prompt], videos=[video_file], num_frames=num_frames, return_tensors="pt")
            inputs = {k: v.bfloat16() if v.dtype == torch.float else v for k, v in inputs.items()}
            inputs = {k: v.to(self._model.device) for k, v in inputs.items()}
            res = self._model.generate(**inputs, **_GENERATE_KWARGS)
        return str(self._tokenizer.decode(res.tolist()[0], skip_special_tokens=True))

    def close(self) -> None:
        self._model = None
        self._torch.cuda.empty_cache()


_LORA_KEY = re.compile(r".*language_model.*\.(q_proj|v_proj|k_proj|o_proj|gate_proj|down_proj|up_proj).weight")


def _peft_key(key: str) -> str:
    if not _LORA_KEY.match(key):
        return key
    parts = key.split(".")
    parts.insert(-1, "base_layer")
    return ".".join(parts)


def load_autoeval_model(settings: AutoEvalSettings) -> AutoEvalModel:
    return _MplugOwlAutoEval(settings)


class VideoPhy2AutoEval(Backend):
    model = "videophy-2-autoeval"
    version = "1"
    memory_mib = 24000
    capabilities = ("evaluate",)
    metrics = METRICS
    settings: ClassVar[AutoEvalSettings] = AutoEvalSettings(checkpoint="")
    model_factory: ClassVar[Callable[[AutoEvalSettings], AutoEvalModel]] = staticmethod(load_autoeval_model)  # type: ignore[assignment]

    def load(self) -> None:
        self._model = type(self).model_factory(self.settings)

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        metrics = check_metrics(req.metrics, METRICS, "videophy2 autoeval")
        video = require_file(req.video_file, "video_file")
        num_frames = param_int(req.params, "num_frames") or self.settings.num_frames
        prompts = {m: build_prompt(m, req) for m in metrics}  # all checked before the model runs
        scores: Dict[str, float] = {}
        for i, metric in enumerate(metrics):
            ctx.check_cancelled()
            ctx.progress(i / len(metrics), f"{metric}: asking the AutoEval model")
            output = self._model.answer(prompts[metric], video, num_frames)
            scores[metric] = float(parse_score(output))
            ctx.log.info("%s answer %r -> %s", metric, output, scores[metric])
        ctx.progress(1.0, "done")
        return scores

    def unload(self) -> None:
        model = getattr(self, "_model", None)
        if model is not None:
            model.close()


def backend_class(settings: AutoEvalSettings) -> Type[Backend]:
    return configured(VideoPhy2AutoEval, settings=settings)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framefleet_adapters.videophy2_autoeval", description=__doc__)
    p.add_argument("--checkpoint", default=env_default("FRAMEFLEET_VIDEOPHY2_CHECKPOINT"), help="the videophy_2_auto folder")
    p.add_argument("--videophy2-dir", default=env_default("FRAMEFLEET_VIDEOPHY2_DIR"), help="videophy/VIDEOPHY2 checkout")
    p.add_argument("--lora-checkpoint", default=env_default("FRAMEFLEET_VIDEOPHY2_LORA"))
    p.add_argument("--num-frames", type=int, default=int(env_default("FRAMEFLEET_VIDEOPHY2_NUM_FRAMES", "32") or 32))
    return p


def _build(args: argparse.Namespace) -> Type[Backend]:
    if not args.checkpoint or not os.path.isdir(args.checkpoint):
        raise SystemExit(f"--checkpoint: {args.checkpoint!r} is not a folder (git clone https://huggingface.co/videophysics/videophy_2_auto)")
    return backend_class(AutoEvalSettings(args.checkpoint, args.videophy2_dir, args.lora_checkpoint, args.num_frames))


if __name__ == "__main__":
    run(_parser(), _build)
