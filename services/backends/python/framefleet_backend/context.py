"""TaskContext: what a running generate()/evaluate() uses to report progress and see cancellation."""

from __future__ import annotations

import logging
import math
import threading
from typing import Callable

from .errors import Cancelled

ProgressSink = Callable[[float, str], None]


class TaskContext:
    """Handed to generate()/evaluate(); one per call.

    The worker treats a backend that sends no progress for its hang timeout as hung and kills
    it, so a model loop should call progress() at least once per step (a denoising step, a frame
    block). Cancellation is cooperative: poll `cancelled` or call check_cancelled() between steps.
    """

    def __init__(self, sink: ProgressSink, cancel_event: threading.Event, log: logging.Logger) -> None:
        self._sink = sink
        self._cancel = cancel_event
        self.log = log

    def progress(self, fraction: float, stage: str = "") -> None:
        """Report `fraction` (0 … 1, clamped) of this task done; `stage` shows in logs and status."""
        f = float(fraction)
        if math.isnan(f):
            f = 0.0
        self._sink(min(1.0, max(0.0, f)), str(stage))

    @property
    def cancelled(self) -> bool:
        """True once the worker cancelled the call (or the backend is shutting down)."""
        return self._cancel.is_set()

    def wait_cancelled(self, timeout: float | None = None) -> bool:
        """Block until the call is cancelled or `timeout` seconds pass; True when cancelled."""
        return self._cancel.wait(timeout)

    def check_cancelled(self) -> None:
        """Raise Cancelled if the call was cancelled; a convenient stop point inside model loops."""
        if self._cancel.is_set():
            raise Cancelled("task cancelled")
