"""Errors a backend raises, and how any exception maps onto the protocol's BackendError codes.

The worker decides what happens to the task from the code alone: resource_exhausted hands it
back without spending an attempt, invalid_input fails it for good, backend_failed is retried,
cancelled acknowledges a cancellation. So the mapping must not guess generously: only what is
clearly out-of-memory becomes resource_exhausted.
"""

from __future__ import annotations

from typing import Literal, Tuple

ErrorCode = Literal["resource_exhausted", "invalid_input", "backend_failed", "cancelled"]

RESOURCE_EXHAUSTED: ErrorCode = "resource_exhausted"
INVALID_INPUT: ErrorCode = "invalid_input"
BACKEND_FAILED: ErrorCode = "backend_failed"
CANCELLED: ErrorCode = "cancelled"


class BackendError(Exception):
    """Base of the SDK's typed errors; `code` is what the worker receives."""

    code: ErrorCode = BACKEND_FAILED


class InvalidInput(BackendError):
    """The task itself is wrong (missing input file, unsupported metric): not retried."""

    code: ErrorCode = INVALID_INPUT


class OutOfMemory(BackendError):
    """Not enough GPU memory for this task: handed back without spending an attempt."""

    code: ErrorCode = RESOURCE_EXHAUSTED


class Cancelled(BackendError):
    """The call was cancelled; raised by TaskContext.check_cancelled()."""

    code: ErrorCode = CANCELLED


# torch names its OOM error torch.cuda.OutOfMemoryError (and torch.OutOfMemoryError since 2.5);
# older torch raised a plain RuntimeError whose text starts "CUDA out of memory". Matching by
# name and text keeps torch an optional dependency of the SDK.
_OOM_CLASS_NAMES = frozenset({"OutOfMemoryError"})
# The CPU allocator's failure ("DefaultCPUAllocator: can't allocate memory: you tried to allocate
# N bytes") is a RuntimeError too: the same kind of failure on a CPU device, so handed back alike.
_OOM_MESSAGES = (
    "CUDA out of memory",
    "CUDA error: out of memory",
    "CUBLAS_STATUS_ALLOC_FAILED",
    "DefaultCPUAllocator: can't allocate memory",
)
# Pipelines (diffusers, accelerate) re-raise with `raise X from oom`; a short walk finds the cause
# without risking a cycle in a hand-built chain.
_MAX_CHAIN = 8


def is_out_of_memory(exc: BaseException) -> bool:
    """True for OutOfMemory, torch's CUDA OOM (by class name or message), or one of them as the cause."""
    seen = 0
    cur: BaseException | None = exc
    while cur is not None and seen < _MAX_CHAIN:
        if isinstance(cur, OutOfMemory):
            return True
        if any(c.__name__ in _OOM_CLASS_NAMES for c in type(cur).__mro__):
            return True
        text = str(cur)
        if any(m in text for m in _OOM_MESSAGES):
            return True
        cur = cur.__cause__ or cur.__context__
        seen += 1
    return False


def classify(exc: BaseException) -> Tuple[ErrorCode, str]:
    """The protocol code and message for an exception raised by load(), generate() or evaluate()."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, (InvalidInput, Cancelled)):
        return exc.code, message
    if is_out_of_memory(exc):
        return RESOURCE_EXHAUSTED, message
    if isinstance(exc, BackendError):
        return exc.code, message
    # The class name tells an operator far more than the bare text ("KeyError: 'x'" vs "'x'").
    return BACKEND_FAILED, f"{type(exc).__name__}: {message}"
