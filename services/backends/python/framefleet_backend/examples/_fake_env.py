"""What both fakes read from the environment, so tests can shape and observe them."""

from __future__ import annotations

import json
import os
import time
from typing import Mapping


def env_ms(name: str) -> float:
    """Seconds from an env var in milliseconds (0 when unset or bad)."""
    try:
        return max(0.0, float(os.environ.get(name, "0"))) / 1000.0
    except ValueError:
        return 0.0


def simulate_load() -> None:
    """Sleeps FAKE_LOAD_MS, fails if FAKE_LOAD_FAIL is set, and records the load in FAKE_LOAD_LOG.

    The log line "<pid> <CUDA_VISIBLE_DEVICES>" lets a test count loads per device: a backend
    kept loaded across tasks writes one line per device, however many tasks it ran.
    """
    time.sleep(env_ms("FAKE_LOAD_MS"))
    failure = os.environ.get("FAKE_LOAD_FAIL", "")
    if failure:
        raise RuntimeError(f"fake load failure: {failure}")
    _append(os.environ.get("FAKE_LOAD_LOG", ""), f"{os.getpid()} {os.environ.get('CUDA_VISIBLE_DEVICES', '')}\n")


def record_task(record: Mapping[str, object]) -> None:
    """Appends one JSON line per task to FAKE_TASK_LOG, so a test can see exactly what arrived."""
    _append(os.environ.get("FAKE_TASK_LOG", ""), json.dumps(record, sort_keys=True) + "\n")


def _append(path: str, line: str) -> None:
    if not path:
        return
    # One O_APPEND write per line: processes on several devices share the file without tearing.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)
