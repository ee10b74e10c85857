"""Keeps VBench's networks resident: each dimension's networks are built once per process.

VBench builds every dimension's networks inside its ``compute_<dim>`` on each ``evaluate()``
call, which is right for one batch run over a folder and wasteful when the fleet scores one video
per call. This replaces, in each ``vbench.<dim>`` module, the names its compute function builds
networks with (as of Vchitect/VBench @45e79ec) by memoised versions: the first call builds, later
calls with the same arguments return the same object. The compute functions themselves, the frame
reading and the scoring are VBench's, so the scores do not change; the models are only put in
eval mode and moved to the same device again, which VBench does on every call anyway.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Callable, Dict, Iterable, List, Tuple

# Weights each dimension keeps resident, in MiB (fp32 parameter counts of the networks VBench
# loads, rounded up): what Info.memory_mib adds up for the served dimensions. Estimates, not
# measurements; --memory-mib overrides the sum.
NETWORK_MIB: Dict[str, int] = {
    "subject_consistency": 350,  # DINO ViT-B/16
    "background_consistency": 600,  # CLIP ViT-B/32
    "aesthetic_quality": 1750,  # CLIP ViT-L/14 + LAION aesthetic head
    "imaging_quality": 150,  # MUSIQ (SPAQ)
    "motion_smoothness": 50,  # AMT-S
    "dynamic_degree": 50,  # RAFT (things)
    "human_action": 1300,  # UMT ViT-L/16
    "object_class": 1000,  # GRiT detector
    "multiple_objects": 1000,  # GRiT detector
    "color": 1000,  # GRiT dense captioner
    "spatial_relationship": 1000,  # GRiT detector
    "scene": 1900,  # Tag2Text Swin-B
    "temporal_style": 1700,  # ViCLIP ViT-L
    "overall_consistency": 1700,  # ViCLIP ViT-L
    "appearance_style": 600,  # CLIP ViT-B/32
    "temporal_flickering": 0,  # no network
}
# CUDA context and activations of one video at a time.
WORKING_MIB = 4000


def resident_memory_mib(dimensions: Iterable[str]) -> int:
    return WORKING_MIB + sum(NETWORK_MIB[d] for d in set(dimensions))


# The loading names of each dimension module: a dotted path from the module's globals.
LOADERS: Dict[str, Tuple[str, ...]] = {
    "subject_consistency": ("torch.hub.load",),
    "background_consistency": ("clip.load",),
    "aesthetic_quality": ("get_aesthetic_model", "clip.load"),
    "imaging_quality": ("MUSIQ",),
    "motion_smoothness": ("MotionSmoothness",),
    "dynamic_degree": ("DynamicDegree",),
    "human_action": ("create_model", "torch.load"),
    "object_class": ("DenseCaptioning",),
    "multiple_objects": ("DenseCaptioning",),
    "color": ("DenseCaptioning",),
    "spatial_relationship": ("DenseCaptioning",),
    "scene": ("tag2text_caption",),
    "temporal_style": ("SimpleTokenizer", "ViCLIP"),
    "overall_consistency": ("SimpleTokenizer", "ViCLIP"),
    "appearance_style": ("clip.load",),
    "temporal_flickering": (),
}

# GRiT's model is set up by a method after construction (compute_color: initialize_model, the
# others: initialize_model_det); those run once per instance and arguments too.
_INIT_METHODS = ("initialize_model", "initialize_model_det")


class _Proxy:
    """Stands for a module (torch, clip …) inside one dimension module, with some names replaced."""

    def __init__(self, real: Any, overrides: Dict[str, Any]) -> None:
        self._real = real
        self._overrides = overrides

    def __getattr__(self, name: str) -> Any:
        if name in self._overrides:
            return self._overrides[name]
        return getattr(self._real, name)


def _key(args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> str:
    # repr covers paths, devices, dicts and easydicts; objects passed in (ViCLIP's tokenizer) are
    # themselves resident, so their repr is stable.
    return repr((args, sorted(kwargs.items())))


class ResidentNetworks:
    """The cache of one process: (dimension, loader, arguments) → the built object."""

    def __init__(self) -> None:
        self._built: Dict[Tuple[str, str, str], Any] = {}
        self.patched: List[str] = []

    def resident_objects(self) -> Dict[str, int]:
        """How many objects each dimension holds resident (networks, checkpoints, tokenizers)."""
        counts: Dict[str, int] = {}
        for dim, _, _ in self._built:
            counts[dim] = counts.get(dim, 0) + 1
        return counts

    def _memo(self, dim: str, loader: str, build: Callable[..., Any]) -> Callable[..., Any]:
        def resident(*args: Any, **kwargs: Any) -> Any:
            key = (dim, loader, _key(args, kwargs))
            if key not in self._built:
                obj = build(*args, **kwargs)
                if loader == "DenseCaptioning":
                    self._memo_init_methods(dim, obj)
                self._built[key] = obj
            return self._built[key]

        return resident

    def _memo_init_methods(self, dim: str, obj: Any) -> None:
        for name in _INIT_METHODS:
            method = getattr(obj, name, None)
            if callable(method):
                done: Dict[str, Any] = {}

                def once(*args: Any, _m: Callable[..., Any] = method, _done: Dict[str, Any] = done, **kwargs: Any) -> Any:
                    k = _key(args, kwargs)
                    if k not in _done:
                        _done[k] = _m(*args, **kwargs)
                    return _done[k]

                setattr(obj, name, once)

    def _patch(self, module: ModuleType, dim: str, path: str) -> None:
        head, *rest = path.split(".")
        real = getattr(module, head)
        if not rest:
            setattr(module, head, self._memo(dim, path, real))
            return
        setattr(module, head, self._wrap(real, rest, dim, path))

    def _wrap(self, real: Any, rest: List[str], dim: str, path: str) -> _Proxy:
        name, *deeper = rest
        inner = getattr(real, name)
        replacement = self._memo(dim, path, inner) if not deeper else self._wrap(inner, deeper, dim, path)
        return _Proxy(real, {name: replacement})

    def install(self, dimensions: Iterable[str], package: str = "vbench") -> None:
        """Imports ``<package>.<dim>`` for each dimension and replaces its loading names (once)."""
        for dim in dimensions:
            if dim in self.patched:
                continue
            module = importlib.import_module(f"{package}.{dim}")
            for path in LOADERS[dim]:
                self._patch(module, dim, path)
            self.patched.append(dim)
