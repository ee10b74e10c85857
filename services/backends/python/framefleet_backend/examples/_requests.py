"""What the example evaluators check on every request, in one place."""
from __future__ import annotations

import os
from typing import List, Sequence

from framefleet_backend import EvaluateRequest, InvalidInput


def wanted_metrics(req: EvaluateRequest, known: Sequence[str]) -> List[str]:
    """The metrics the request asks for (all when it names none); InvalidInput for an unknown
    metric or a video that is not there, so the task fails at once instead of spending attempts."""
    wanted: List[str] = list(req.metrics) or list(known)
    unknown = [m for m in wanted if m not in known]
    if unknown:
        raise InvalidInput(f"unknown metric(s) {', '.join(unknown)}; this evaluator computes {', '.join(known)}")
    if not os.path.isfile(req.video_file):
        raise InvalidInput(f"video not found: {req.video_file}")
    return wanted
