"""What both torch examples share: thread setup, the memory they report, and the test hooks.

torch is imported here, and this module is imported only from load(): by then the gRPC server's
threads run, and nothing in the process forks afterwards except subprocess's fork+exec of ffmpeg
(the child runs no Python and no torch before exec), so torch's thread pools never reach a child
half-initialised. A backend that needs worker processes must use multiprocessing's "spawn".
"""

from __future__ import annotations

import json
import os
import resource
from typing import Mapping

import torch

from ._fake_env import _append

# A worker may run several backends on one node; a backend that took every core for its
# intra-op pool would starve the others and the gRPC threads that carry its progress.
DEFAULT_THREADS = 2
# A test asks for this many bytes to provoke the allocator's own failure: more than any
# machine's address space (2^47 user bytes on x86-64), so it fails with or without overcommit.
ABSURD_BYTES = 1 << 50


def setup_threads() -> int:
    """Bounds torch's pools (TORCH_THREADS, default 2) before the first parallel op; returns the count."""
    try:
        n = int(os.environ.get("TORCH_THREADS", "") or DEFAULT_THREADS)
    except ValueError:
        n = DEFAULT_THREADS
    n = max(1, min(n, os.cpu_count() or 1))
    torch.set_num_threads(n)
    torch.set_num_interop_threads(1)
    return n


def device() -> torch.device:
    """The process's one device: the GPU the worker made visible, else the CPU."""
    return torch.device("cuda:0") if torch.cuda.is_available() else torch.device("cpu")


def measured_memory_mib(dev: torch.device) -> int:
    """What this loaded backend really holds: the CUDA caching allocator's reservation on a GPU
    (what the device loses to it), the process's peak resident set on a CPU device."""
    if dev.type == "cuda":
        return max(1, -(-torch.cuda.max_memory_reserved(dev) // (1 << 20)))
    # ru_maxrss is KiB on Linux; the peak, so a model whose load briefly doubled is counted so.
    return max(1, -(-resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))


def record_load(memory_mib: int) -> None:
    """Appends "<pid> <CUDA_VISIBLE_DEVICES> <memory_mib>" to TORCH_LOAD_LOG, one line per load."""
    _append(os.environ.get("TORCH_LOAD_LOG", ""), f"{os.getpid()} {os.environ.get('CUDA_VISIBLE_DEVICES', '')} {memory_mib}\n")


def record_task(record: Mapping[str, object]) -> None:
    _append(os.environ.get("TORCH_TASK_LOG", ""), json.dumps(record, sort_keys=True) + "\n")


def test_hooks_enabled() -> bool:
    """Test-only request params act only with TORCH_TEST_HOOKS=1 in the backend's env."""
    return os.environ.get("TORCH_TEST_HOOKS", "") == "1"


def allocate_absurdly(dev: torch.device) -> None:
    """Asks torch's allocator for ABSURD_BYTES on `dev`: its real out-of-memory error follows
    (torch.cuda.OutOfMemoryError on a GPU, RuntimeError "DefaultCPUAllocator: can't allocate
    memory" on the CPU), which the SDK maps to resource_exhausted."""
    torch.empty(ABSURD_BYTES, dtype=torch.uint8, device=dev)
