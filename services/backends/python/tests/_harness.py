"""Starts a backend module as a real subprocess on a temp unix socket and drives it over gRPC."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Tuple, TypeVar

import grpc

from framefleet_backend._proto import backend_pb2 as pb

PYTHON_ROOT = Path(__file__).resolve().parents[1]
REPO_ROOT = PYTHON_ROOT.parents[2]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
SERVICE = "/framefleet.backend.v1.Backend/"

T = TypeVar("T")


def eventually(fn: Callable[[], Optional[T]], timeout: float = 5.0, what: str = "condition") -> T:
    """Polls fn until it returns something truthy; fails the test with `what` on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = fn()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


class Client:
    """A grpc client built from backend_pb2 only (there are no generated stubs)."""

    def __init__(self, socket_path: str) -> None:
        # The socket appears a moment after the process starts; grpc's default 1 s reconnect
        # backoff would make every test wait for it.
        backoff = [("grpc.initial_reconnect_backoff_ms", 50), ("grpc.min_reconnect_backoff_ms", 50), ("grpc.max_reconnect_backoff_ms", 200)]
        self.channel = grpc.insecure_channel(f"unix:{socket_path}", options=backoff)

        def unary(name: str, req: type, resp: type) -> grpc.UnaryUnaryMultiCallable:
            return self.channel.unary_unary(SERVICE + name, request_serializer=req.SerializeToString, response_deserializer=resp.FromString)

        def stream(name: str, req: type, resp: type) -> grpc.UnaryStreamMultiCallable:
            return self.channel.unary_stream(SERVICE + name, request_serializer=req.SerializeToString, response_deserializer=resp.FromString)

        self.info = unary("Info", pb.InfoRequest, pb.InfoResponse)
        self.health = unary("Health", pb.HealthRequest, pb.HealthResponse)
        self.shutdown = unary("Shutdown", pb.ShutdownRequest, pb.ShutdownResponse)
        self.generate = stream("Generate", pb.GenerateRequest, pb.GenerateEvent)
        self.evaluate = stream("Evaluate", pb.EvaluateRequest, pb.EvaluateEvent)

    def close(self) -> None:
        self.channel.close()


class BackendProcess:
    """One backend process: `python -m <module> --socket <tmp>/b.sock`, stderr kept in a file.

    "{dir}" in an env value becomes the process's temp dir (for log files the test reads).
    With socket_via_env the path goes in FRAMEFLEET_BACKEND_SOCKET instead of --socket.
    """

    def __init__(self, module: str, env: Optional[Dict[str, str]] = None, socket_via_env: bool = False) -> None:
        # A short base dir: a unix socket path must fit in 107 bytes.
        self.dir = tempfile.mkdtemp(prefix="ffb-", dir="/tmp")
        self.socket = os.path.join(self.dir, "b.sock")
        self.stderr_path = os.path.join(self.dir, "stderr.log")
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("FAKE_")}
        full_env.update({"PYTHONPATH": str(PYTHON_ROOT), "PYTHONUNBUFFERED": "1"})
        full_env.update({k: v.replace("{dir}", self.dir) for k, v in (env or {}).items()})
        argv = [sys.executable, "-m", module]
        if socket_via_env:
            full_env["FRAMEFLEET_BACKEND_SOCKET"] = self.socket
        else:
            argv += ["--socket", self.socket]
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            argv,
            cwd=self.dir, env=full_env, stdin=subprocess.DEVNULL, stdout=self._stderr, stderr=self._stderr,
        )
        self.client = Client(self.socket)

    def path(self, name: str) -> str:
        return os.path.join(self.dir, name)

    def stderr(self) -> str:
        self._stderr.flush()
        return Path(self.stderr_path).read_text(errors="replace")

    def health(self) -> pb.HealthResponse:
        return self.client.health(pb.HealthRequest(), timeout=5, wait_for_ready=True)

    def wait_ready(self, timeout: float = 8.0) -> pb.HealthResponse:
        return eventually(lambda: _ready(self.health()), timeout, f"backend ready; stderr:\n{self.stderr()}")

    def wait_exit(self, timeout: float = 8.0) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"backend did not exit within {timeout} s; stderr:\n{self.stderr()}")

    def children(self) -> List[int]:
        """Pids of the backend's child processes (ffmpeg …), from /proc."""
        out: List[int] = []
        for task in Path(f"/proc/{self.proc.pid}/task").glob("*"):
            try:
                out += [int(p) for p in (task / "children").read_text().split()]
            except OSError:
                pass
        return out

    def close(self) -> None:
        self.client.close()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
        self._stderr.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _ready(h: pb.HealthResponse) -> Optional[pb.HealthResponse]:
    return h if h.ready else None


def gen_request(out: str, frames: int = 8, **kw: object) -> pb.GenerateRequest:
    shape = pb.VideoShape(frames=frames, fps=float(kw.pop("fps", 8.0)), width=int(kw.pop("width", 32)), height=int(kw.pop("height", 24)))
    return pb.GenerateRequest(task_id=str(kw.pop("task_id", "t1")), run_id="r1", seed=int(kw.pop("seed", 7)), video=shape, output_file=out, **kw)


def collect(events: Iterator[T]) -> Tuple[List[T], T]:
    """All events of a stream: the progress ones and the final one."""
    got = list(events)
    if not got:
        raise AssertionError("stream ended without an event")
    return got[:-1], got[-1]


def ffprobe(path: str) -> Dict[str, str]:
    """codec_name, width, height, nb_read_frames of the first video stream (decoding it)."""
    res = subprocess.run(
        ["ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
         "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "default=nw=1", "file:" + path],
        capture_output=True, text=True, check=True,
    )
    return dict(line.split("=", 1) for line in res.stdout.strip().splitlines())


class BackendTestCase(unittest.TestCase):
    """Starts backends that are killed and cleaned up after each test whatever happens."""

    def start(self, module: str, env: Optional[Dict[str, str]] = None, socket_via_env: bool = False) -> BackendProcess:
        b = BackendProcess(module, env, socket_via_env)
        self.addCleanup(b.close)
        return b
