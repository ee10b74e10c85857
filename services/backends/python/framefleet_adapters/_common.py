"""Shared pieces of the adapters: flag/env options, request checks, and starting a backend."""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Type

from framefleet_backend import Backend, InvalidInput


def env_default(name: str, default: Optional[str] = None) -> Optional[str]:
    """A flag's default from the environment, so the same setting works as flag or `env:` entry."""
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def parse_bool(text: str) -> bool:
    """argparse type for true/false flags that can also come from the environment."""
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def configured(base: Type[Backend], **attrs: object) -> Type[Backend]:
    """A subclass of `base` carrying settings as class attributes.

    The SDK makes the instance itself with no arguments (one per process), so settings parsed
    from flags travel on the class; tests use the same door to inject a fake model factory.
    """
    return type(base.__name__, (base,), dict(attrs))


def run(parser: argparse.ArgumentParser, build: Callable[[argparse.Namespace], Type[Backend]]) -> None:
    """Parse the adapter's own flags, leave the rest (--socket) to the SDK, and serve."""
    from framefleet_backend import serve

    args, rest = parser.parse_known_args(sys.argv[1:])
    # serve() gets only what the adapter did not take (--socket).
    serve(build(args), rest)


def require_file(path: Optional[str], what: str) -> str:
    """An input file that must exist; InvalidInput (not retried) otherwise."""
    if not path:
        raise InvalidInput(f"{what}: missing from the request")
    if not os.path.isfile(path):
        raise InvalidInput(f"{what}: {path} does not exist or is not a file")
    return path


def check_metrics(requested: Sequence[str], known: Iterable[str], evaluator: str) -> List[str]:
    """The requested metrics in request order; InvalidInput naming any this evaluator lacks."""
    known_list = list(known)
    if not requested:
        raise InvalidInput(f"{evaluator}: the request names no metric; it computes {', '.join(known_list)}")
    unknown = [m for m in requested if m not in known_list]
    if unknown:
        raise InvalidInput(f"{evaluator}: unknown metric(s) {', '.join(unknown)}; it computes {', '.join(known_list)}")
    return list(dict.fromkeys(requested))


def param_float(params: Dict[str, str], key: str) -> Optional[float]:
    if key not in params or params[key].strip() == "":
        return None
    try:
        value = float(params[key])
    except ValueError:
        raise InvalidInput(f"params.{key}: {params[key]!r} is not a number") from None
    if not math.isfinite(value):
        raise InvalidInput(f"params.{key}: {params[key]!r} is not a finite number")
    return value


def param_int(params: Dict[str, str], key: str, minimum: int = 1) -> Optional[int]:
    if key not in params or params[key].strip() == "":
        return None
    text = params[key].strip()
    if not re.fullmatch(r"[0-9]+", text) or int(text) < minimum:
        raise InvalidInput(f"params.{key}: {params[key]!r} is not an integer >= {minimum}")
    return int(text)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(text: str, fallback: str = "task") -> str:
    """A file or folder name made from untrusted text (task ids, sample ids)."""
    cleaned = _UNSAFE.sub("_", text).strip("._")[:100]
    return cleaned or fallback
