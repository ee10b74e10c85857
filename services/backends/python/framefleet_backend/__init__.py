"""FrameFleet backend SDK: serve a video model or evaluator to a FrameFleet worker over gRPC.

    from framefleet_backend import Backend, GenerateRequest, TaskContext, serve

    class MyGen(Backend):
        model = "my-model"; version = "1"; memory_mib = 20000; capabilities = ("generate", "t2v")
        def load(self) -> None: ...
        def generate(self, req: GenerateRequest, ctx: TaskContext) -> None: ...  # write req.output_file

    if __name__ == "__main__":
        serve(MyGen)
"""

from typing import NoReturn, Sequence

from .backend import Backend
from .context import TaskContext
from .errors import BackendError, Cancelled, InvalidInput, OutOfMemory, classify, is_out_of_memory
from .types import EvaluateRequest, GenerateRequest


def serve(cls: "type[Backend]", argv: "Sequence[str] | None" = None) -> NoReturn:
    """Runs `cls` as a backend process; see server.serve. Imported lazily so that the request
    types, errors and media helpers work (and adapters can be unit-tested) without grpc."""
    from .server import serve as _serve

    _serve(cls, argv)

__all__ = [
    "Backend",
    "BackendError",
    "Cancelled",
    "EvaluateRequest",
    "GenerateRequest",
    "InvalidInput",
    "OutOfMemory",
    "TaskContext",
    "classify",
    "is_out_of_memory",
    "serve",
]
