"""The requests a backend's generate() and evaluate() receive, as plain frozen dataclasses.

They are decoupled from the protobuf messages so that backends (and their tests) never touch
generated code, and so that a field added to the protocol does not break existing backends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List


@dataclass(frozen=True)
class GenerateRequest:
    """One video to generate. `prompt` is untrusted text: pass it to the model, never to a shell."""

    task_id: str
    run_id: str
    prompt: str
    seed: int
    frames: int
    fps: float
    width: int
    height: int
    #: Absolute path; write the MP4 here (the worker validates, commits and renames it).
    output_file: str
    #: Absolute input files by role: "image" (first frame), "camera" (.npz) …
    inputs: Dict[str, str] = field(default_factory=dict)
    #: Per-task parameters (the run's generator.params and the benchmark's: action, caption_segments …).
    params: Dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EvaluateRequest:
    """One committed video to score; frames/fps/width/height are the shape it was asked to have."""

    task_id: str
    run_id: str
    video_file: str
    frames: int
    fps: float
    width: int
    height: int
    metrics: List[str] = field(default_factory=list)
    prompt: str = ""
    inputs: Dict[str, str] = field(default_factory=dict)
    params: Dict[str, str] = field(default_factory=dict)
