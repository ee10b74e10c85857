"""Test helpers: requests, a recording TaskContext, tiny real videos, and a backend process over gRPC."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from typing import Any, Dict, Iterator, List, Optional, Tuple

from framefleet_backend import EvaluateRequest, GenerateRequest, TaskContext
from framefleet_backend.media import write_video

PYTHON_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Recorder:
    """A real TaskContext whose progress events are kept for assertions."""

    def __init__(self) -> None:
        self.events: List[Tuple[float, str]] = []
        self.cancel = threading.Event()
        self.ctx = TaskContext(lambda f, s: self.events.append((f, s)), self.cancel, logging.getLogger("tests_adapters"))


def gen_request(tmp: str, **changes: Any) -> GenerateRequest:
    base = GenerateRequest(
        task_id="t-1",
        run_id="r-1",
        prompt="A jetski moves quickly through a narrow channel.",
        seed=42,
        frames=121,
        fps=24.0,
        width=1280,
        height=704,
        output_file=os.path.join(tmp, "out.mp4"),
        inputs={},
        params={},
    )
    return replace(base, **changes)


def eval_request(video: str, metrics: List[str], **changes: Any) -> EvaluateRequest:
    base = EvaluateRequest(
        task_id="t-1", run_id="r-1", video_file=video, frames=5, fps=8.0, width=64, height=48, metrics=metrics, prompt="a red ball"
    )
    return replace(base, **changes)


def frames(count: int, width: int, height: int) -> Iterator[bytes]:
    for i in range(count):
        shade = (i * 40) % 256
        yield bytes([shade, 255 - shade, 128]) * (width * height)


def tiny_video(path: str, count: int = 5, width: int = 64, height: int = 48, fps: float = 8.0) -> str:
    write_video(frames(count, width, height), width, height, fps, path)
    return path


def probe(path: str) -> Dict[str, str]:
    """ffprobe's view of the first video stream (frames counted by decoding)."""
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
         "-show_entries", "stream=width,height,nb_read_frames,r_frame_rate", "-of", "default=nw=1", path],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


class BackendProcess:
    """A backend process started as the worker starts one: `python <args> --socket PATH`.

    A plain scenario name runs `-m tests_adapters.serve_fake <scenario>` (an adapter with a fake model).
    """

    def __init__(self, scenario: "str | List[str]", extra_env: Optional[Dict[str, str]] = None) -> None:
        import grpc

        from framefleet_backend._proto import backend_pb2 as pb

        self.pb = pb
        self.dir = tempfile.mkdtemp(prefix="ffad-")
        self.socket = os.path.join(self.dir, "b.sock")
        env = {**os.environ, "PYTHONPATH": PYTHON_ROOT, **(extra_env or {})}
        self.proc = subprocess.Popen(
            [sys.executable, *(["-m", "tests_adapters.serve_fake", scenario] if isinstance(scenario, str) else scenario), "--socket", self.socket],
            cwd=PYTHON_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.channel = grpc.insecure_channel(f"unix:{self.socket}")
        path = "/framefleet.backend.v1.Backend/"
        self._health = self.channel.unary_unary(path + "Health", pb.HealthRequest.SerializeToString, pb.HealthResponse.FromString)
        self._info = self.channel.unary_unary(path + "Info", pb.InfoRequest.SerializeToString, pb.InfoResponse.FromString)
        self._generate = self.channel.unary_stream(path + "Generate", pb.GenerateRequest.SerializeToString, pb.GenerateEvent.FromString)
        self._evaluate = self.channel.unary_stream(path + "Evaluate", pb.EvaluateRequest.SerializeToString, pb.EvaluateEvent.FromString)
        self._shutdown = self.channel.unary_unary(path + "Shutdown", pb.ShutdownRequest.SerializeToString, pb.ShutdownResponse.FromString)

    def wait_ready(self, timeout_s: float = 8.0) -> None:
        deadline = time.monotonic() + timeout_s
        last = ""
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"backend exited with {self.proc.returncode}: {self.output()}")
            if os.path.exists(self.socket):
                try:
                    h = self._health(self.pb.HealthRequest(), timeout=1.0)
                    if h.ready:
                        return
                    last = h.state
                except Exception as exc:  # noqa: BLE001 - not up yet
                    last = str(exc)
            time.sleep(0.05)
        raise AssertionError(f"backend not ready after {timeout_s} s ({last})")

    def info(self) -> Any:
        return self._info(self.pb.InfoRequest(), timeout=5.0)

    def generate(self, **fields: Any) -> List[Any]:
        return list(self._generate(self.pb.GenerateRequest(**fields), timeout=10.0))

    def evaluate(self, **fields: Any) -> List[Any]:
        return list(self._evaluate(self.pb.EvaluateRequest(**fields), timeout=10.0))

    def wait_exit(self, timeout_s: float = 8.0) -> int:
        return self.proc.wait(timeout=timeout_s)

    def output(self) -> str:
        if self.proc.poll() is None:
            return ""
        assert self.proc.stdout is not None
        return self.proc.stdout.read().decode("utf-8", "replace")

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                self._shutdown(self.pb.ShutdownRequest(), timeout=5.0)
                self.proc.wait(timeout=8.0)
        except Exception:  # noqa: BLE001 - fall through to kill
            pass
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            self.channel.close()
            if self.proc.stdout is not None:
                self.proc.stdout.close()
