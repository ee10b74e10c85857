"""SANA-WM generation through the command backend: runs Sana's inference_sana_wm.py for one task.

The command backend (sana_wm.yaml) starts this per task with the task's files as argv items;
this wrapper does what the SANA-WM-Bench guide does around the script ("Run One Scene"):

1. split the camera .npz into ``<work>/camera_c2w.npy`` and ``<work>/camera_intrinsics.npy``;
2. run ``<python> inference_video_scripts/wm/inference_sana_wm.py --image <img> --prompt
   <prompt file> --camera <c2w.npy> --intrinsics <intrinsics.npy> --num_frames N --fps F
   --step 60 --cfg_scale 5.0 --flow_shift 8.0 --sampling_algo flow_euler_ltx --seed S
   --refiner_seed S --no_action_overlay --output_dir <work>/out --name sample`` from the Sana
   checkout (argv, no shell; the refiner stays on, as the benchmark requires);
3. move ``<work>/out/sample_generated.mp4`` to the task's output file.

The prompt reaches the script only as the path of the prompt file the worker wrote. Exit codes:
the script's own (its stderr passes through, so the backend's OOM pattern sees it), 65 for a bad
input (invalid_input_exit_codes: [65]), 1 when the script succeeded but wrote no video.
Needs only numpy, so it can run on the Sana environment's Python.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import signal
import subprocess
import sys
from typing import List, Optional, Sequence

EXIT_INVALID_INPUT = 65
SCRIPT = os.path.join("inference_video_scripts", "wm", "inference_sana_wm.py")
NAME = "sample"


class InputError(Exception):
    """A task input the script cannot use (exit 65: not retried)."""


def _number(text: str) -> str:
    """fps as the script's flag wants it: "16", not "16.0"."""
    value = float(text)
    return str(int(value)) if value.is_integer() else repr(value)


def split_camera(npz_path: str, frames: int, work: str) -> List[str]:
    """The .npz's c2w (N,4,4) and intrinsics (N,3,3) as the two .npy files the script reads."""
    import numpy as np

    try:
        with np.load(npz_path) as data:
            c2w, intrinsics = np.asarray(data["c2w"]), np.asarray(data["intrinsics"])
    except KeyError as exc:
        raise InputError(f"{npz_path}: missing array {exc}; a SANA-WM camera file holds c2w and intrinsics") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{npz_path}: not a readable .npz ({exc})") from None
    if c2w.ndim != 3 or c2w.shape[1:] != (4, 4) or intrinsics.ndim != 3 or intrinsics.shape[1:] != (3, 3):
        raise InputError(f"{npz_path}: c2w {c2w.shape} / intrinsics {intrinsics.shape}; expected (N,4,4) / (N,3,3)")
    if c2w.shape[0] != intrinsics.shape[0]:
        raise InputError(f"{npz_path}: c2w has {c2w.shape[0]} poses and intrinsics {intrinsics.shape[0]}")
    if c2w.shape[0] < frames:
        raise InputError(f"{npz_path}: {c2w.shape[0]} camera poses for {frames} frames")
    paths = [os.path.join(work, "camera_c2w.npy"), os.path.join(work, "camera_intrinsics.npy")]
    np.save(paths[0], c2w)
    np.save(paths[1], intrinsics)
    return paths


def script_argv(args: argparse.Namespace, camera: str, intrinsics: str, out_dir: str) -> List[str]:
    argv = [
        args.python, SCRIPT,
        "--image", args.image,
        "--prompt", args.prompt_file,
        "--camera", camera,
        "--intrinsics", intrinsics,
        "--num_frames", str(args.frames),
        "--fps", _number(args.fps),
        "--step", str(args.step),
        "--cfg_scale", args.cfg_scale,
        "--flow_shift", args.flow_shift,
        "--sampling_algo", args.sampling_algo,
        "--seed", str(args.seed),
        "--refiner_seed", str(args.refiner_seed if args.refiner_seed is not None else args.seed),
        "--no_action_overlay",
        "--output_dir", out_dir,
        "--name", NAME,
    ]  # fmt: skip
    return argv + list(args.extra)


def find_output(out_dir: str) -> Optional[str]:
    exact = os.path.join(out_dir, f"{NAME}_generated.mp4")
    if os.path.isfile(exact):
        return exact
    # Overlay/combined videos are for viewing; only the clean *_generated.mp4 is the result.
    found = sorted(glob.glob(os.path.join(out_dir, "**", "*_generated.mp4"), recursive=True))
    return found[0] if len(found) == 1 else None


def run_script(argv: Sequence[str], cwd: str) -> int:
    env = dict(os.environ)
    env["PYTHONPATH"] = cwd + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    child = subprocess.Popen(list(argv), cwd=cwd, env=env, stdin=subprocess.DEVNULL)

    def forward(signum: int, _frame: object) -> None:
        # The backend stops the whole process group; forwarding covers a plain kill of this pid.
        if child.poll() is None:
            child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    return child.wait()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framefleet_adapters.sana_wm", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sana-repo", required=True, help="Sana checkout (holds inference_video_scripts/)")
    p.add_argument("--python", default=sys.executable, help="the Sana environment's Python")
    p.add_argument("--image", required=True)
    p.add_argument("--prompt-file", required=True)
    p.add_argument("--camera", required=True, help=".npz with c2w and intrinsics")
    p.add_argument("--output", required=True)
    p.add_argument("--work-dir", required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--frames", type=int, default=961)
    p.add_argument("--fps", default="16")
    p.add_argument("--step", type=int, default=60)
    p.add_argument("--cfg-scale", default="5.0")
    p.add_argument("--flow-shift", default="8.0")
    p.add_argument("--sampling-algo", default="flow_euler_ltx")
    p.add_argument("--refiner-seed", type=int, default=None, help="default: --seed")
    p.add_argument("extra", nargs="*", help="after --: more flags for the script")
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        for what, path in (("--image", args.image), ("--prompt-file", args.prompt_file), ("--camera", args.camera)):
            if not os.path.isfile(path):
                raise InputError(f"{what}: {path} does not exist")
        if args.frames < 1:
            raise InputError(f"--frames: {args.frames} must be at least 1")
        _number(args.fps)
        os.makedirs(args.work_dir, exist_ok=True)
        camera, intrinsics = split_camera(args.camera, args.frames, args.work_dir)
    except (InputError, ValueError) as exc:
        print(f"sana_wm: invalid input: {exc}", file=sys.stderr)
        return EXIT_INVALID_INPUT
    if not os.path.isfile(os.path.join(args.sana_repo, SCRIPT)):
        print(f"sana_wm: {os.path.join(args.sana_repo, SCRIPT)} not found; check --sana-repo", file=sys.stderr)
        return 1
    out_dir = os.path.join(args.work_dir, "out")
    os.makedirs(out_dir, exist_ok=True)
    code = run_script(script_argv(args, camera, intrinsics, out_dir), args.sana_repo)
    if code != 0:
        return code if code > 0 else 128 - code
    produced = find_output(out_dir)
    if produced is None:
        print(f"sana_wm: the script exited 0 but wrote no {NAME}_generated.mp4 under {out_dir}", file=sys.stderr)
        return 1
    shutil.move(produced, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
