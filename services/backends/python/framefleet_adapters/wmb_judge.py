"""The WorldModelBench VLM judge per video (WorldModelBench evaluation.py, one video at a time).

Metrics a request may name: the groups "instruction", "physical_laws", "common_sense" (what the
fleet's worldmodelbench benchmark asks for) or single questions. Scores returned, as the fleet's
scorer reads them: instruction (0-3), newton, mass, fluid, penetration, gravity (1 = no violation),
framewise, temporal (1 = no problem). Prompts and parsing are evaluation.py's, exactly:

- instruction: ``float(pred.split(":")[-1].strip(" ."))``, ValueError -> 0;
- every yes/no question: ``"no" in pred.lower()`` (any "no" substring passes: "not", "know").

The judge (``llava.load(judge)`` from the VILA code base, then ``generate_content([llava.Video(path),
prompt])``) is built once in load() by `load_judge`; tests replace it through `judge_factory`.

    python3 -m framefleet_adapters.wmb_judge --judge /models/vila-ewm-qwen2-1.5b --cot true
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Dict, List, Optional, Tuple, Type

from framefleet_backend import Backend, EvaluateRequest, InvalidInput, TaskContext

from ._common import check_metrics, configured, env_default, env_flag, parse_bool, require_file, run

# evaluation.py writes its templates as indented triple-quoted strings and only strips the ends,
# so every line after the first keeps a 12-space indent; the judge was run on exactly that text.
_I = "\n" + " " * 12
INSTRUCTION_TEMPLATE = _I.join(
    [
        "Evaluate if this video follows the instruction: '{instruction}'.",
        "Use the following scoring criteria:",
        "",
        "- 0: The video does not follow the instruction at all.",
        "- 1: The video includes the correct object but performs the wrong action, or vice versa.",
        "- 2: The video follows the instruction and shows a tendency toward the intended goal.",
        "- 3: The video follows the instruction precisely and successfully achieves the goal.",
        "",
        "Let's analyze step-by-step and conclude with 'Score: [score]'.",
    ]
)
PHYSICAL_LAWS_TEMPLATE = _I.join(
    ["Watch the video and determine if it shows any '{question}'", "Let's think step-by-step and conclude with \"Yes\" or \"No\"."]
)
COMMON_SENSE_TEMPLATE = _I.join(["Does the video exhibit '{question}'?", "Let's think step-by-step and conclude with \"Yes\" or \"No\"."])

# (score key, question) in evaluation.py's order; the question is lower-cased into the template.
PHYSICAL_LAWS: Tuple[Tuple[str, str], ...] = (
    ("newton", "Violation of Newton's Law: Objects move without any external force."),
    ("mass", "Violation of the Law of Conservation of Mass or Solid Constitutive Law: Objects deform irregularly."),
    ("fluid", "Violation of Fluid Constitutive Law: Liquids flow in an unnatural manner."),
    ("penetration", "Violation of Non-physical Penetration: Objects unnaturally pass through each other."),
    ("gravity", "Violation of Gravity: Objects behave inconsistently with gravity."),
)
COMMON_SENSE: Tuple[Tuple[str, str], ...] = (
    ("framewise", "Poor Aesthetics: Visually unappealing or low-quality content."),
    ("temporal", "Temporal Inconsistency: Noticeable flickering or abrupt changes."),
)
GROUPS: Dict[str, Tuple[str, ...]] = {
    "instruction": ("instruction",),
    "physical_laws": tuple(k for k, _ in PHYSICAL_LAWS),
    "common_sense": tuple(k for k, _ in COMMON_SENSE),
}
SCORE_KEYS: Tuple[str, ...] = GROUPS["instruction"] + GROUPS["physical_laws"] + GROUPS["common_sense"]
METRICS: Tuple[str, ...] = tuple(GROUPS) + tuple(k for k in SCORE_KEYS if k not in GROUPS)


def without_cot(prompt: str) -> str:
    """evaluation.py without --cot: ask for the answer directly."""
    return prompt.replace("Let's think step-by-step and conclude with", "Answer with").replace(
        "Let's analyze step-by-step and conclude with", "Answer with"
    )


def question_prompt(key: str, instruction: str, cot: bool) -> str:
    if key == "instruction":
        prompt = INSTRUCTION_TEMPLATE.format(instruction=instruction)
    else:
        table = dict(PHYSICAL_LAWS)
        template = PHYSICAL_LAWS_TEMPLATE if key in table else COMMON_SENSE_TEMPLATE
        question = table.get(key) or dict(COMMON_SENSE)[key]
        prompt = template.format(question=question.lower())
    return prompt if cot else without_cot(prompt)


def parse_instruction(pred: str) -> float:
    """evaluation.py: the text after the last ':' without spaces and dots; 0 when not a number."""
    try:
        return float(pred.split(":")[-1].strip(" ."))
    except ValueError:
        return 0.0


def parse_yes_no(pred: str) -> float:
    """evaluation.py: 1 (no violation) when "no" appears anywhere in the lower-cased answer."""
    return 1.0 if "no" in pred.lower() else 0.0


def expand(metrics: List[str]) -> List[str]:
    keys: List[str] = []
    for m in metrics:
        for k in GROUPS.get(m, (m,)):
            if k not in keys:
                keys.append(k)
    return keys


@dataclass(frozen=True)
class JudgeSettings:
    judge: str
    #: evaluation.py --cot: let the judge reason before answering (the seed's reported numbers used it).
    cot: bool = True


class Judge:
    """The seam: one answer of the judge VLM to a prompt about a video."""

    def ask(self, video_file: str, prompt: str) -> str:
        raise NotImplementedError

    def close(self) -> None:
        """Release GPU memory."""


class _VilaJudge(Judge):
    def __init__(self, settings: JudgeSettings) -> None:
        import llava

        self._llava = llava
        self._model: Optional[Any] = llava.load(settings.judge)

    def ask(self, video_file: str, prompt: str) -> str:
        assert self._model is not None
        return str(self._model.generate_content([self._llava.Video(video_file), prompt]))

    def close(self) -> None:
        self._model = None
        try:
            import torch

            torch.cuda.empty_cache()
        except ImportError:
            pass


def load_judge(settings: JudgeSettings) -> Judge:
    return _VilaJudge(settings)


class WorldModelBenchJudge(Backend):
    model = "worldmodelbench-judge"
    version = "1"
    memory_mib = 16000
    capabilities = ("evaluate",)
    metrics = METRICS
    settings: ClassVar[JudgeSettings] = JudgeSettings(judge="")
    judge_factory: ClassVar[Callable[[JudgeSettings], Judge]] = staticmethod(load_judge)  # type: ignore[assignment]

    def load(self) -> None:
        self._judge = type(self).judge_factory(self.settings)

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        keys = expand(check_metrics(req.metrics, METRICS, "worldmodelbench judge"))
        video = require_file(req.video_file, "video_file")
        # The benchmark sends the instance's text_instruction; the prompt is the fallback (i2v prompts are it).
        instruction = req.params.get("instruction") or req.prompt
        if "instruction" in keys and not instruction.strip():
            raise InvalidInput("instruction: the request has no params.instruction or prompt")
        scores: Dict[str, float] = {}
        for i, key in enumerate(keys):
            ctx.check_cancelled()
            ctx.progress(i / len(keys), f"judge question {i + 1}/{len(keys)}: {key}")
            pred = self._judge.ask(video, question_prompt(key, instruction, self.settings.cot))
            scores[key] = parse_instruction(pred) if key == "instruction" else parse_yes_no(pred)
            ctx.log.info("%s: %r -> %s", key, pred[-200:], scores[key])
        ctx.progress(1.0, "done")
        return scores

    def unload(self) -> None:
        judge = getattr(self, "_judge", None)
        if judge is not None:
            judge.close()


def backend_class(settings: JudgeSettings) -> Type[Backend]:
    return configured(WorldModelBenchJudge, settings=settings)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framefleet_adapters.wmb_judge", description=__doc__)
    p.add_argument("--judge", default=env_default("FRAMEFLEET_WMB_JUDGE"), help="judge checkpoint (evaluation.py --judge)")
    p.add_argument("--cot", type=parse_bool, default=env_flag("FRAMEFLEET_WMB_COT", True))
    return p


def _build(args: argparse.Namespace) -> Type[Backend]:
    if not args.judge:
        raise SystemExit("--judge (or FRAMEFLEET_WMB_JUDGE) is required")
    return backend_class(JudgeSettings(args.judge, args.cot))


if __name__ == "__main__":
    run(_parser(), _build)
