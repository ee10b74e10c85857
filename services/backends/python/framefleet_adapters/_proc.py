"""Running an evaluator's command line for one task: argv only, its own process group, progress
from its output, stopped on cancellation or timeout."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import IO, Deque, Dict, List, Optional, Sequence

from framefleet_backend import Cancelled, TaskContext

# How long a process group gets between SIGTERM and SIGKILL.
_KILL_GRACE_S = 5.0


@dataclass(frozen=True)
class CommandResult:
    returncode: int
    #: The last lines of its stdout and stderr together, for error messages.
    tail: str


def _pump(stream: IO[bytes], lines: "queue.Queue[Optional[str]]") -> None:
    for raw in iter(stream.readline, b""):
        lines.put(raw.decode("utf-8", "replace").rstrip("\r\n"))
    lines.put(None)


def _stop_group(proc: "subprocess.Popen[bytes]") -> None:
    for sig, wait_s in ((signal.SIGTERM, _KILL_GRACE_S), (signal.SIGKILL, _KILL_GRACE_S)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


def run_command(
    argv: Sequence[str],
    ctx: TaskContext,
    *,
    cwd: Optional[str] = None,
    env: Optional[Dict[str, str]] = None,
    timeout_s: float,
    heartbeat_s: float,
    fraction: float,
    stage: str,
) -> CommandResult:
    """Run argv to completion; progress(fraction, ...) on each output line and every heartbeat_s.

    The heartbeat keeps the worker's hang detector quiet while a long metric computes in silence;
    a command that really hangs is ended by timeout_s instead. Raises Cancelled when the task was
    cancelled (the command's whole process group is stopped first) and TimeoutError on timeout.
    """
    proc = subprocess.Popen(
        list(argv),
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        # Its own group, so that stopping it also stops the workers it forks.
        start_new_session=True,
    )
    assert proc.stdout is not None
    lines: "queue.Queue[Optional[str]]" = queue.Queue()
    reader = threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True)
    reader.start()
    tail: Deque[str] = deque(maxlen=40)
    started = time.monotonic()
    last_beat = started
    eof = False
    try:
        while not eof or proc.poll() is None:
            if ctx.cancelled:
                _stop_group(proc)
                raise Cancelled(f"{stage}: cancelled")
            elapsed = time.monotonic() - started
            if elapsed > timeout_s:
                _stop_group(proc)
                raise TimeoutError(f"{stage}: no result after {timeout_s:.0f} s; last output: {' | '.join(list(tail)[-5:])}")
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                line = ""
            if line is None:
                eof = True
                # Output closed; wait for the exit code without spinning.
                try:
                    proc.wait(timeout=0.2)
                except subprocess.TimeoutExpired:
                    pass
                continue
            now = time.monotonic()
            if line:
                tail.append(line)
                ctx.progress(fraction, f"{stage}: {line[-160:]}")
                last_beat = now
            elif now - last_beat >= heartbeat_s:
                ctx.progress(fraction, f"{stage}: running ({now - started:.0f} s)")
                last_beat = now
    finally:
        if proc.poll() is None:
            _stop_group(proc)
        reader.join(timeout=1.0)
        proc.stdout.close()
    return CommandResult(proc.returncode, "\n".join(tail))


def split_command(text: str) -> List[str]:
    """A command given as one env/flag string: whitespace-separated argv items, no shell."""
    import shlex

    return shlex.split(text)
