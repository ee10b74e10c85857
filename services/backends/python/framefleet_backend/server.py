"""serve(): runs a Backend subclass as the framefleet.backend.v1.Backend gRPC service on a unix socket.

Threads: the main thread only waits for a stop request (Shutdown, SIGTERM, SIGINT, load failure,
the worker gone) and then tears down. load() runs in its own thread so Health can answer
"loading" meanwhile. Each Generate/Evaluate runs the backend's method in its own daemon thread
that owns the single task slot until the method returns, so a cancelled call whose model loop
is still unwinding keeps the next call out of the model; the RPC thread only relays the events
that thread queues.
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import signal
import stat
import sys
import threading
import time
from concurrent import futures
from typing import Callable, Dict, Iterator, List, NoReturn, Optional, Sequence, Type, TypeVar

import grpc

from ._proto import backend_pb2 as pb
from .backend import Backend
from .context import TaskContext
from .errors import (
    BACKEND_FAILED,
    CANCELLED,
    INVALID_INPUT,
    RESOURCE_EXHAUSTED,
    ErrorCode,
    classify,
)
from .types import EvaluateRequest, GenerateRequest

SERVICE = "framefleet.backend.v1.Backend"
SOCKET_ENV = "FRAMEFLEET_BACKEND_SOCKET"
NAME_ENV = "FRAMEFLEET_BACKEND_NAME"
LOG_LEVEL_ENV = "FRAMEFLEET_LOG_LEVEL"

# Health, Info and Shutdown must get a thread while a Generate stream holds one.
RPC_THREADS = 8
# How often a relaying RPC thread wakes to notice a call the client has gone from.
POLL_S = 0.25
# A call that arrives while a cancelled task is still unwinding waits this long before "busy":
# the worker sends the next task right after cancelling one.
CANCEL_GRACE_S = 5.0
# On a stop, how long the running task gets to notice cancellation before the process exits.
TASK_STOP_GRACE_S = 5.0
# Then how long gRPC gets to flush the last answers. Kept short: grpc's graceful stop also waits
# for idle client connections to acknowledge it, which a client not reading holds for seconds.
FLUSH_GRACE_S = 1.0
# A failed load keeps answering Health "failed" this long so the worker can read why.
LOAD_FAILED_LINGER_S = 1.0
# sun_path is 108 bytes on Linux, NUL included; grpc's error for a longer path is cryptic.
MAX_SOCKET_PATH = 107

_CODES: Dict[ErrorCode, int] = {
    RESOURCE_EXHAUSTED: pb.BackendError.CODE_RESOURCE_EXHAUSTED,
    INVALID_INPUT: pb.BackendError.CODE_INVALID_INPUT,
    BACKEND_FAILED: pb.BackendError.CODE_BACKEND_FAILED,
    CANCELLED: pb.BackendError.CODE_CANCELLED,
}

LOADING, READY, FAILED, STOPPING = "loading", "ready", "failed", "stopping"

E = TypeVar("E", pb.GenerateEvent, pb.EvaluateEvent)


class _Server:
    """The service's state and handlers around one Backend instance."""

    def __init__(self, backend: Backend, log: logging.Logger) -> None:
        self._backend = backend
        self._log = log
        self._lock = threading.Lock()
        self._state = LOADING
        self._message = ""
        self._loaded = False
        # Held by the thread running a task, from before it starts until the method returns.
        self._slot = threading.Lock()
        self._current_cancel: Optional[threading.Event] = None
        # Generate/Evaluate streams still relaying, so a stop lets their last event go out.
        self._streams = 0
        self._streams_done = threading.Condition(self._lock)
        self.stop_requested = threading.Event()
        self.exit_code = 0

    # -- lifecycle ------------------------------------------------------------------------------

    def start_loading(self) -> None:
        threading.Thread(target=self._load, name="load", daemon=True).start()

    def _load(self) -> None:
        started = time.monotonic()
        self._log.info("loading %s %s", self._backend.model, self._backend.version)
        try:
            self._backend.load()
        except BaseException as exc:  # a library calling sys.exit() must still end as "failed"
            _, message = classify(exc)
            self._log.error("load failed: %s", message, exc_info=exc)
            with self._lock:
                if self._state == LOADING:
                    self._state, self._message = FAILED, message
            threading.Timer(LOAD_FAILED_LINGER_S, self.request_stop, args=(1, "load failed")).start()
            return
        with self._lock:
            self._loaded = True
            if self._state == LOADING:
                self._state = READY
        self._log.info("loaded in %.1f s, ready", time.monotonic() - started)

    def request_stop(self, code: int, why: str) -> None:
        with self._lock:
            if self.stop_requested.is_set():
                return
            if self._state != FAILED:
                self._state = STOPPING
            self.exit_code = code
        self._log.info("stopping: %s", why)
        self.stop_requested.set()

    def wait_streams(self, timeout: float) -> None:
        """Cancels the running task and waits for the open streams to send their last event."""
        self.cancel_current()
        with self._streams_done:
            self._streams_done.wait_for(lambda: self._streams == 0, timeout)

    def finish(self) -> None:
        """Waits a little for the (cancelled) task to return, then unloads the model."""
        self.cancel_current()
        if not self._slot.acquire(timeout=TASK_STOP_GRACE_S):
            # unload() under a model call still running could crash; the process exit frees all.
            self._log.warning("task still running %.0f s after cancellation; exiting without unload()", TASK_STOP_GRACE_S)
            return
        if not self._loaded:
            return
        try:
            self._backend.unload()
        except Exception as exc:
            self._log.warning("unload failed: %s", exc, exc_info=exc)

    def cancel_current(self) -> None:
        cancel = self._current_cancel
        if cancel is not None:
            cancel.set()

    # -- unary handlers -------------------------------------------------------------------------

    def info(self, _req: pb.InfoRequest, _ctx: grpc.ServicerContext) -> pb.InfoResponse:
        b = self._backend
        return pb.InfoResponse(
            protocol=pb.PROTOCOL_VERSION_1,
            model=b.model,
            version=b.version,
            memory_mib=int(b.memory_mib),
            capabilities=list(b.capabilities),
            metrics=list(b.metrics),
        )

    def health(self, _req: pb.HealthRequest, _ctx: grpc.ServicerContext) -> pb.HealthResponse:
        with self._lock:
            state, message = self._state, self._message
        # ready means "the model is loaded": a busy backend is healthy, it just has a task.
        shown = "busy" if state == READY and self._slot.locked() else state
        return pb.HealthResponse(ready=state == READY, state=shown, message=message)

    def shutdown(self, _req: pb.ShutdownRequest, _ctx: grpc.ServicerContext) -> pb.ShutdownResponse:
        # The main thread stops the server with a grace period, so this answer still goes out.
        self.request_stop(0, "Shutdown called")
        return pb.ShutdownResponse()

    # -- streaming handlers ---------------------------------------------------------------------

    def generate(self, msg: pb.GenerateRequest, ctx: grpc.ServicerContext) -> Iterator[pb.GenerateEvent]:
        req = GenerateRequest(
            task_id=msg.task_id,
            run_id=msg.run_id,
            prompt=msg.prompt,
            seed=int(msg.seed),
            frames=int(msg.video.frames),
            fps=float(msg.video.fps),
            width=int(msg.video.width),
            height=int(msg.video.height),
            output_file=msg.output_file,
            inputs=dict(msg.inputs),
            params=dict(msg.params),
        )

        def run(tc: TaskContext) -> pb.GenerateEvent:
            self._backend.generate(req, tc)
            if not _nonempty_file(req.output_file):
                raise RuntimeError(f"generate() returned without writing {req.output_file}")
            return pb.GenerateEvent(result=pb.GenerateResult(output_file=req.output_file))

        return self._stream("generate", req.task_id, run, pb.GenerateEvent, ctx)

    def evaluate(self, msg: pb.EvaluateRequest, ctx: grpc.ServicerContext) -> Iterator[pb.EvaluateEvent]:
        req = EvaluateRequest(
            task_id=msg.task_id,
            run_id=msg.run_id,
            video_file=msg.video_file,
            frames=int(msg.expected.frames),
            fps=float(msg.expected.fps),
            width=int(msg.expected.width),
            height=int(msg.expected.height),
            metrics=list(msg.metrics),
            prompt=msg.prompt,
            inputs=dict(msg.inputs),
            params=dict(msg.params),
        )

        def run(tc: TaskContext) -> pb.EvaluateEvent:
            scores = _scores(self._backend.evaluate(req, tc))
            return pb.EvaluateEvent(result=pb.EvaluateResult(scores=scores))

        return self._stream("evaluate", req.task_id, run, pb.EvaluateEvent, ctx)

    def _stream(
        self,
        kind: str,
        task_id: str,
        run: Callable[[TaskContext], E],
        event: Type[E],
        rpc: grpc.ServicerContext,
    ) -> Iterator[E]:
        refusal = self._acquire()
        if refusal is not None:
            self._log.warning("%s %s refused: %s", kind, task_id, refusal)
            yield event(error=pb.BackendError(code=pb.BackendError.CODE_BACKEND_FAILED, message=refusal))
            return
        with self._lock:
            self._streams += 1
        cancel = threading.Event()
        self._current_cancel = cancel
        events: "queue.Queue[tuple]" = queue.Queue()
        tc = TaskContext(lambda f, s: events.put(("progress", f, s)), cancel, self._log)
        done = threading.Event()
        started = time.monotonic()

        def body() -> None:
            try:
                outcome: tuple = ("result", run(tc))
            except BaseException as exc:
                outcome = ("error", exc)
            finally:
                self._current_cancel = None
                done.set()
                self._slot.release()
            events.put(outcome)

        self._log.info("%s %s started", kind, task_id)
        if not rpc.add_callback(cancel.set):
            cancel.set()  # the call ended before we got here
        threading.Thread(target=body, name=f"{kind}-{task_id}", daemon=True).start()
        try:
            yield event(progress=pb.Progress(fraction=0.0, stage="started"))
            while True:
                try:
                    item = events.get(timeout=POLL_S)
                except queue.Empty:
                    if not rpc.is_active():
                        cancel.set()
                        return
                    continue
                if item[0] == "progress":
                    yield event(progress=pb.Progress(fraction=item[1], stage=item[2]))
                elif item[0] == "result":
                    self._log.info("%s %s done in %.1f s", kind, task_id, time.monotonic() - started)
                    yield item[1]
                    return
                else:
                    yield event(error=self._error(kind, task_id, item[1], cancel.is_set()))
                    return
        finally:
            # Also reached when grpc closes this generator because the client cancelled.
            if not done.is_set():
                cancel.set()
            with self._lock:
                self._streams -= 1
                self._streams_done.notify_all()

    def _acquire(self) -> Optional[str]:
        with self._lock:
            state, message = self._state, self._message
        if state != READY:
            return f"not ready: {state}" + (f" ({message})" if message else "")
        if self._slot.acquire(blocking=False):
            return None
        previous = self._current_cancel
        if previous is not None and previous.is_set() and self._slot.acquire(timeout=CANCEL_GRACE_S):
            return None
        return "busy: this backend runs one task at a time"

    def _error(self, kind: str, task_id: str, exc: BaseException, cancelled: bool) -> pb.BackendError:
        code, message = classify(exc)
        # Whatever a model raises while being interrupted is a consequence of the cancellation.
        if cancelled and code == BACKEND_FAILED:
            code = CANCELLED
        if code == BACKEND_FAILED:
            self._log.error("%s %s failed: %s", kind, task_id, message, exc_info=exc)
        else:
            self._log.info("%s %s ended %s: %s", kind, task_id, code, message)
        return pb.BackendError(code=_CODES[code], message=message)


def _nonempty_file(path: str) -> bool:
    try:
        return os.path.getsize(path) > 0
    except OSError:
        return False


def _scores(value: object) -> Dict[str, float]:
    if not isinstance(value, dict):
        raise TypeError(f"evaluate() must return a dict of metric name to float, got {type(value).__name__}")
    out: Dict[str, float] = {}
    for k, v in value.items():
        if not isinstance(k, str) or isinstance(v, bool) or not isinstance(v, (int, float)):
            raise TypeError(f"evaluate() returned a bad score {k!r}: {v!r} (want str: float)")
        out[k] = float(v)
    return out


def _handler(s: _Server) -> grpc.GenericRpcHandler:
    def unary(fn: Callable, req: type, resp: type) -> grpc.RpcMethodHandler:
        return grpc.unary_unary_rpc_method_handler(fn, request_deserializer=req.FromString, response_serializer=resp.SerializeToString)

    def stream(fn: Callable, req: type, resp: type) -> grpc.RpcMethodHandler:
        return grpc.unary_stream_rpc_method_handler(fn, request_deserializer=req.FromString, response_serializer=resp.SerializeToString)

    return grpc.method_handlers_generic_handler(
        SERVICE,
        {
            "Info": unary(s.info, pb.InfoRequest, pb.InfoResponse),
            "Health": unary(s.health, pb.HealthRequest, pb.HealthResponse),
            "Generate": stream(s.generate, pb.GenerateRequest, pb.GenerateEvent),
            "Evaluate": stream(s.evaluate, pb.EvaluateRequest, pb.EvaluateEvent),
            "Shutdown": unary(s.shutdown, pb.ShutdownRequest, pb.ShutdownResponse),
        },
    )


def _check_class(cls: Type[Backend]) -> List[str]:
    issues = []
    if not (isinstance(cls, type) and issubclass(cls, Backend)):
        return [f"{cls!r} is not a subclass of framefleet_backend.Backend"]
    if not isinstance(cls.model, str) or not cls.model:
        issues.append("model must be a non-empty string")
    if not isinstance(cls.version, str):
        issues.append("version must be a string")
    if isinstance(cls.memory_mib, bool) or not isinstance(cls.memory_mib, int) or cls.memory_mib < 0:
        issues.append("memory_mib must be an int >= 0")
    for attr in ("capabilities", "metrics"):
        v = getattr(cls, attr)
        if isinstance(v, str) or not all(isinstance(x, str) for x in v):
            issues.append(f"{attr} must be a tuple of strings")
    return issues


def _socket_path(argv: Optional[Sequence[str]]) -> str:
    parser = argparse.ArgumentParser(description="Serve a FrameFleet backend on a unix socket.")
    parser.add_argument("--socket", help=f"unix socket path (default: ${SOCKET_ENV})")
    args, _unknown = parser.parse_known_args(argv)
    path = args.socket or os.environ.get(SOCKET_ENV, "")
    if not path:
        parser.error(f"no socket: pass --socket PATH or set {SOCKET_ENV}")
    path = os.path.abspath(path)
    if len(path.encode()) > MAX_SOCKET_PATH:
        parser.error(f"socket path is {len(path.encode())} bytes, over the unix limit of {MAX_SOCKET_PATH}: {path}")
    return path


def _remove_stale_socket(path: str) -> None:
    # A restarted backend gets the same path; binding over a leftover socket file fails.
    try:
        if stat.S_ISSOCK(os.lstat(path).st_mode):
            os.unlink(path)
    except FileNotFoundError:
        pass


def _setup_logging(cls: Type[Backend]) -> logging.Logger:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(
            stream=sys.stderr,
            level=os.environ.get(LOG_LEVEL_ENV, "INFO").upper(),
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    name = os.environ.get(NAME_ENV) or cls.__name__
    return logging.getLogger(f"framefleet_backend.{name}")


def serve(cls: Type[Backend], argv: Optional[Sequence[str]] = None) -> NoReturn:
    """Runs `cls` as a backend process until Shutdown, SIGTERM/SIGINT or a failed load; never returns.

    The socket comes from `--socket PATH` in argv (default sys.argv[1:]) or $FRAMEFLEET_BACKEND_SOCKET.
    Exit status: 0 after Shutdown or a signal, 1 when load() failed, 2 on a usage error.
    """
    socket_path = _socket_path(argv)
    log = _setup_logging(cls)
    issues = _check_class(cls)
    if issues:
        log.error("bad backend class %s: %s", getattr(cls, "__name__", cls), "; ".join(issues))
        sys.exit(2)
    s = _Server(cls(), log)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=RPC_THREADS, thread_name_prefix="rpc"), handlers=[_handler(s)])
    _remove_stale_socket(socket_path)
    try:
        server.add_insecure_port(f"unix:{socket_path}")
    except RuntimeError as exc:
        log.error("cannot bind unix:%s: %s", socket_path, exc)
        sys.exit(2)
    server.start()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, _frame: s.request_stop(0, signal.Signals(signum).name))
    log.info("listening on unix:%s (pid %d)", socket_path, os.getpid())
    s.start_loading()

    parent = os.getppid()
    # A timed wait keeps signal handlers running and lets us notice the worker dying without
    # a Shutdown: an orphan backend would hold its GPU memory forever.
    while not s.stop_requested.wait(0.5):
        if os.getppid() != parent:
            s.request_stop(0, "parent process exited")

    s.wait_streams(TASK_STOP_GRACE_S)
    server.stop(grace=FLUSH_GRACE_S).wait()
    s.finish()
    _remove_stale_socket(socket_path)
    log.info("exiting with status %d", s.exit_code)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    # A model library's non-daemon threads (tokenizers, tqdm monitors) must not keep alive a
    # process the worker asked to exit.
    os._exit(s.exit_code)
