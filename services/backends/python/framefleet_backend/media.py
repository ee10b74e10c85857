"""Helpers for the files a backend reads and writes: camera trajectories, first-frame images, MP4s.

ffmpeg and ffprobe run with argv lists (never a shell) and get file names as `file:<absolute
path>`, so no name can be read as an option or a protocol ("-y", "pipe:", "concat:"). They stay
in the backend's process group: when the worker kills a hung backend's group, they die with it.
numpy is imported only by read_camera.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import threading
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from .errors import InvalidInput

if TYPE_CHECKING:  # pragma: no cover
    import numpy

FFMPEG = "ffmpeg"
FFPROBE = "ffprobe"
# Probing or decoding one image must not hang a task forever on a broken file.
PROBE_TIMEOUT_S = 60.0
# After the last frame, encoding the tail and writing the moov atom.
ENCODE_FINISH_TIMEOUT_S = 600.0
_STDERR_TAIL = 2000

Frame = Union[bytes, bytearray, memoryview, "numpy.ndarray"]


@dataclass(frozen=True)
class Camera:
    """A camera trajectory: camera-to-world poses and pinhole intrinsics, one per frame."""

    c2w: "numpy.ndarray"  # (N, 4, 4) float64
    intrinsics: "numpy.ndarray"  # (N, 3, 3) float64, row-major K
    #: The trajectory's frame rate; None when the file does not say (a bare .npy).
    fps: Optional[float]
    num_frames: int


@dataclass(frozen=True)
class VideoInfo:
    width: int
    height: int
    fps: float
    frames: int


def media_arg(path: str) -> str:
    """The argv form of a local file for ffmpeg/ffprobe: never an option, never a protocol."""
    return "file:" + os.path.abspath(path)


def _require_file(path: str, what: str) -> None:
    if not os.path.isfile(path):
        raise InvalidInput(f"{what} not found: {path}")


def _tail(data: bytes) -> str:
    return data.decode("utf-8", "replace").strip()[-_STDERR_TAIL:]


def _run(argv: List[str], what: str, timeout: float = PROBE_TIMEOUT_S) -> bytes:
    """Runs a media tool; InvalidInput when it rejects the file (the task's input is bad)."""
    try:
        res = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError as exc:
        raise RuntimeError(f"{argv[0]} is not installed or not on PATH") from exc
    except subprocess.TimeoutExpired as exc:
        raise RuntimeError(f"{argv[0]} took over {timeout:.0f} s {what}") from exc
    if res.returncode != 0:
        raise InvalidInput(f"{argv[0]} failed {what} (exit {res.returncode}): {_tail(res.stderr)}")
    return res.stdout


# -- cameras ----------------------------------------------------------------------------------


def read_camera(path: str) -> Camera:
    """Reads a camera trajectory.

    `.npz` (what FrameFleet's benchmarks write): `c2w` (N,4,4), `intrinsics` (N,3,3) or (3,3),
    optional `fps` and `num_frames`. `.npy` (SANA-WM's `<name>_pose.npy`): the (N,4,4) poses,
    with intrinsics from the sibling `<name>_intrinsics.npy`. InvalidInput when the file is
    missing or has the wrong arrays.
    """
    import numpy as np

    _require_file(path, "camera file")
    fps: Optional[float] = None
    num_frames: Optional[int] = None
    try:
        if path.endswith(".npy"):
            c2w = np.load(path, allow_pickle=False)
            intr_path = _sibling_intrinsics(path)
            _require_file(intr_path, "camera intrinsics file (sibling of the .npy pose file)")
            intrinsics = np.load(intr_path, allow_pickle=False)
        else:
            with np.load(path, allow_pickle=False) as z:
                missing = [k for k in ("c2w", "intrinsics") if k not in z.files]
                if missing:
                    raise InvalidInput(f"{path}: camera .npz lacks {', '.join(missing)} (has {', '.join(z.files) or 'nothing'})")
                c2w, intrinsics = z["c2w"], z["intrinsics"]
                if "fps" in z.files:
                    fps = float(z["fps"])
                if "num_frames" in z.files:
                    num_frames = int(z["num_frames"])
    except InvalidInput:
        raise
    except (ValueError, OSError, EOFError) as exc:  # what np.load raises on a corrupt or pickled file
        raise InvalidInput(f"{path}: not a readable numpy camera file: {exc}") from exc

    c2w = np.asarray(c2w, dtype=np.float64)
    intrinsics = np.asarray(intrinsics, dtype=np.float64)
    if c2w.ndim != 3 or c2w.shape[1:] != (4, 4) or c2w.shape[0] < 1:
        raise InvalidInput(f"{path}: c2w must be (N, 4, 4) with N >= 1, got {c2w.shape}")
    n = c2w.shape[0]
    if intrinsics.shape == (3, 3):
        intrinsics = np.broadcast_to(intrinsics, (n, 3, 3)).copy()
    if intrinsics.shape != (n, 3, 3):
        raise InvalidInput(f"{path}: intrinsics must be (3, 3) or ({n}, 3, 3) to match c2w, got {intrinsics.shape}")
    return Camera(c2w=c2w, intrinsics=intrinsics, fps=fps, num_frames=num_frames if num_frames is not None else n)


def _sibling_intrinsics(pose_path: str) -> str:
    base = pose_path[: -len(".npy")]
    for suffix in ("_pose", "_c2w", "_poses"):
        if base.endswith(suffix):
            return base[: -len(suffix)] + "_intrinsics.npy"
    return base + "_intrinsics.npy"


# -- images and videos ------------------------------------------------------------------------


def read_image(path: str) -> Tuple[int, int, bytes]:
    """Decodes the first frame of an image (PNG, JPEG, WebP …) to (width, height, rgb24 bytes)."""
    _require_file(path, "image file")
    info = _probe_stream(path, "stream=width,height", "probing the image")
    width, height = int(info["width"]), int(info["height"])
    rgb = _run(
        [FFMPEG, "-hide_banner", "-v", "error", "-nostdin", "-i", media_arg(path), "-frames:v", "1",
         "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
        "decoding the image",
    )
    if len(rgb) != width * height * 3:
        raise InvalidInput(f"{path}: decoded {len(rgb)} bytes, expected {width}x{height}x3")
    return width, height, rgb


def probe_video(path: str) -> VideoInfo:
    """Width, height, frame rate and decoded frame count of a video's first video stream."""
    _require_file(path, "video file")
    info = _probe_stream(path, "stream=width,height,avg_frame_rate,nb_read_frames", "probing the video", count=True)
    return VideoInfo(int(info["width"]), int(info["height"]), _rate(info.get("avg_frame_rate", "0/1")), int(info.get("nb_read_frames") or 0))


def read_frames(path: str, width: int, height: int) -> Iterator[bytes]:
    """Decodes a video to rgb24 frames of width x height (scaled if the video differs)."""
    _require_file(path, "video file")
    size = width * height * 3
    argv = [FFMPEG, "-hide_banner", "-v", "error", "-nostdin", "-i", media_arg(path),
            "-vf", f"scale={width}:{height}", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = _Drain(proc.stderr)
    try:
        assert proc.stdout is not None
        while True:
            frame = proc.stdout.read(size)
            if len(frame) < size:
                break
            yield frame
        rc = proc.wait(timeout=PROBE_TIMEOUT_S)
        if rc != 0:
            raise InvalidInput(f"ffmpeg failed decoding {path} (exit {rc}): {_tail(err.result())}")
    finally:
        if proc.poll() is None:  # the caller stopped early (or was cancelled)
            proc.kill()
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def _probe_stream(path: str, entries: str, what: str, count: bool = False) -> dict:
    argv = [FFPROBE, "-v", "error", "-select_streams", "v:0"] + (["-count_frames"] if count else [])
    argv += ["-show_entries", entries, "-of", "json", media_arg(path)]
    out = _run(argv, what)
    streams = json.loads(out or b"{}").get("streams") or []
    if not streams:
        raise InvalidInput(f"{path}: no video stream")
    return streams[0]


def _rate(text: str) -> float:
    num, _, den = text.partition("/")
    try:
        return float(num) / float(den or 1)
    except (ValueError, ZeroDivisionError):
        return 0.0


@functools.lru_cache(maxsize=4)
def _encoder(ffmpeg: str) -> str:
    out = _run([ffmpeg, "-hide_banner", "-encoders"], "listing encoders")
    return "libx264" if any(line.split()[1:2] == ["libx264"] for line in out.decode().splitlines()) else "mpeg4"


def write_video(
    frames: Iterable[Frame],
    width: int,
    height: int,
    fps: float,
    path: str,
    *,
    crf: int = 18,
    ffmpeg: str = FFMPEG,
) -> int:
    """Encodes rgb24 frames (width*height*3 bytes each, or uint8 HxWx3 arrays) to an H.264 MP4.

    Frames stream through a pipe, so a long video never sits in memory. If `frames` raises (for
    example Cancelled), ffmpeg is killed, the partial file removed and the exception re-raised.
    Returns the number of frames written. Falls back to MPEG-4 part 2 when ffmpeg lacks libx264.
    """
    if width <= 0 or height <= 0 or width % 2 or height % 2:
        raise InvalidInput(f"video size {width}x{height}: width and height must be even and positive (yuv420p)")
    if not fps > 0:
        raise InvalidInput(f"fps must be > 0, got {fps}")
    encoder = _encoder(ffmpeg)
    quality = ["-crf", str(crf), "-preset", "veryfast"] if encoder == "libx264" else ["-q:v", "3"]
    argv = [ffmpeg, "-hide_banner", "-v", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}", "-framerate", repr(float(fps)), "-i", "pipe:0",
            "-an", "-c:v", encoder, *quality, "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4", media_arg(path)]
    size = width * height * 3
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = _Drain(proc.stderr)
    count = 0
    ok = False
    try:
        assert proc.stdin is not None
        broken = False
        try:
            for frame in frames:
                data = _frame_bytes(frame)
                if len(data) != size:
                    raise ValueError(f"frame {count} has {len(data)} bytes, expected {width}x{height}x3 = {size}")
                proc.stdin.write(data)
                count += 1
            proc.stdin.close()
        except BrokenPipeError:
            broken = True  # ffmpeg died; its exit status and stderr say why
        if count == 0 and not broken:
            raise ValueError("write_video got no frames")
        rc = proc.wait(timeout=ENCODE_FINISH_TIMEOUT_S)
        if rc != 0:
            raise RuntimeError(f"ffmpeg failed writing {path} (exit {rc}): {_tail(err.result())}")
        ok = True
        return count
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        _close_quietly(proc.stdin)
        if not ok:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass


def _close_quietly(pipe: Optional[IO[bytes]]) -> None:
    try:
        if pipe is not None:
            pipe.close()
    except OSError:  # BrokenPipeError flushing into a killed ffmpeg
        pass


def _frame_bytes(frame: Frame) -> bytes:
    if isinstance(frame, (bytes, bytearray, memoryview)):
        return bytes(frame)
    dtype = getattr(frame, "dtype", None)
    if dtype is not None and str(dtype) != "uint8":
        raise ValueError(f"frames must be uint8 rgb24, got dtype {dtype}")
    tobytes = getattr(frame, "tobytes", None)
    if tobytes is None:
        raise TypeError(f"a frame must be bytes or a uint8 array, got {type(frame).__name__}")
    return tobytes()


class _Drain:
    """Reads a pipe to the end in a thread, so a chatty tool never blocks on a full stderr."""

    def __init__(self, pipe: Optional[IO[bytes]]) -> None:
        self._chunks: List[bytes] = []
        self._thread = threading.Thread(target=self._read, args=(pipe,), daemon=True)
        self._thread.start()

    def _read(self, pipe: Optional[IO[bytes]]) -> None:
        if pipe is None:
            return
        for chunk in iter(lambda: pipe.read(4096), b""):
            self._chunks.append(chunk)
            # Only the tail is reported; bound the memory of a tool that loops on an error.
            if len(self._chunks) > 64:
                del self._chunks[:32]
        pipe.close()

    def result(self) -> bytes:
        self._thread.join(timeout=5)
        return b"".join(self._chunks)


# -- params -----------------------------------------------------------------------------------


def caption_segments(params: Mapping[str, str]) -> List[str]:
    """The per-segment captions of a multi-prompt item (params["caption_segments"], a JSON array).

    [] when absent. Items are strings or objects with a "text" (or "caption") string.
    """
    raw = params.get("caption_segments", "")
    if not raw.strip():
        return []
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"params.caption_segments is not JSON: {exc}") from exc
    if not isinstance(value, list):
        raise InvalidInput(f"params.caption_segments must be a JSON array, got {type(value).__name__}")
    out: List[str] = []
    for i, item in enumerate(value):
        text = item.get("text", item.get("caption")) if isinstance(item, dict) else item
        if not isinstance(text, str):
            raise InvalidInput(f"params.caption_segments[{i}] must be a string (or an object with a \"text\" string)")
        out.append(text)
    return out
