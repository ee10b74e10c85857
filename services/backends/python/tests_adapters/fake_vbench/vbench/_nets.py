"""Counted fake networks under the names VBench's modules load them by. A network's score of a
video is a fixed function of the file's bytes and the text it is shown, so the same video gives
the same number whichever mode or cache built the network."""

import hashlib
import os
from collections import Counter
from types import SimpleNamespace

#: network name → how many times this process built one.
BUILDS = Counter()


def _built(kind):
    BUILDS[kind] += 1
    log = os.environ.get("FAKE_VBENCH_BUILD_LOG")
    if log:  # for fleet tests, which see the process only from outside
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {kind}\n")


class _Net:
    kind = "net"

    def __init__(self, *args, **kwargs):
        if self.kind != "net":  # the plain one is GRiT's inner model, counted by DenseCaptioning
            _built(self.kind)

    def to(self, device):
        return self

    def eval(self):
        return self

    def load_state_dict(self, state_dict, strict=True):
        return None

    def score(self, video_path, text=""):
        with open(video_path, "rb") as f:
            digest = hashlib.sha256(f.read() + self.kind.encode() + str(text).encode()).digest()
        return int.from_bytes(digest[:4], "big") / 2**32


def _kind(name):
    return type(name, (_Net,), {"kind": name})


Dino, ClipB32, ClipL14, Aesthetic, MUSIQ, AMT, RAFT, UMT, Tag2Text, ViCLIP = (
    _kind(n) for n in ("dino", "clip:ViT-B/32", "clip:ViT-L/14", "aesthetic", "musiq", "amt", "raft", "umt", "tag2text", "viclip")
)


def _hub_load(repo_or_dir, model, source="github", **kwargs):
    return Dino()


def _clip_load(name, device="cpu", **kwargs):
    return (ClipB32() if name.endswith("B/32") or name.endswith("B-32.pt") else ClipL14()), (lambda x: x)


torch = SimpleNamespace(hub=SimpleNamespace(load=_hub_load), load=lambda path, map_location=None, **kw: {"path": path})
clip = SimpleNamespace(load=_clip_load)


class DenseCaptioning:
    """GRiT: built empty, then initialize_model (dense captions) or initialize_model_det (boxes)."""

    def __init__(self, device):
        self.device = device
        self.model = None

    def initialize_model(self, model_weight):
        _built("grit:caption")
        self.model = _Net()

    def initialize_model_det(self, model_weight):
        _built("grit:det")
        self.model = _Net()
