"""The Backend base class a model or evaluator subclasses."""

from __future__ import annotations

from typing import ClassVar, Dict, Tuple

from .context import TaskContext
from .types import EvaluateRequest, GenerateRequest


class Backend:
    """Subclass, set the class attributes, implement load() and generate() or evaluate().

    The server makes one instance per process (one process per device and backend) and calls
    load() once in the background, answering Health "loading" until it returns. Then it calls
    generate() or evaluate() one at a time, each in its own thread; they may block for as long
    as the model needs, as long as they report progress. unload() runs on Shutdown or SIGTERM.
    """

    #: The model or evaluator, e.g. "Wan2.2-TI2V-5B", "vbench-1.0".
    model: ClassVar[str] = ""
    version: ClassVar[str] = ""
    #: GPU memory one loaded instance needs, MiB (0 for CPU-only backends).
    memory_mib: ClassVar[int] = 0
    #: "generate" and/or "evaluate", and what a generator accepts: "t2v", "i2v", "camera", "action" …
    capabilities: ClassVar[Tuple[str, ...]] = ()
    #: Evaluators: the metric names evaluate() computes.
    metrics: ClassVar[Tuple[str, ...]] = ()

    def load(self) -> None:
        """Load the model; runs once per process before the backend reports ready."""

    def generate(self, req: GenerateRequest, ctx: TaskContext) -> None:
        """Write the video to req.output_file. Raise InvalidInput / OutOfMemory / Cancelled as fits."""
        raise NotImplementedError(f"{type(self).__name__} does not implement generate()")

    def evaluate(self, req: EvaluateRequest, ctx: TaskContext) -> Dict[str, float]:
        """Return a score per requested metric. Raise InvalidInput for a metric it does not know."""
        raise NotImplementedError(f"{type(self).__name__} does not implement evaluate()")

    def unload(self) -> None:
        """Release the model (GPU memory, temp files); called once on Shutdown or SIGTERM."""
