"""Stands for Sana's inference_video_scripts/wm/inference_sana_wm.py (copied into a fake checkout).

Records its argv, the prompt file's text and the camera arrays' shapes to $FAKE_SANA_RECORD, then
writes <output_dir>/<name>_generated.mp4 with ffmpeg. FAKE_SANA_MODE: ok, oom, nooutput.
"""

import argparse
import json
import os
import subprocess
import sys

import numpy as np

p = argparse.ArgumentParser()
for flag in ("--image", "--prompt", "--camera", "--intrinsics", "--num_frames", "--fps", "--step", "--cfg_scale",
             "--flow_shift", "--sampling_algo", "--seed", "--refiner_seed", "--output_dir", "--name"):  # fmt: skip
    p.add_argument(flag, required=True)
p.add_argument("--no_action_overlay", action="store_true")
args = p.parse_args()
mode = os.environ.get("FAKE_SANA_MODE", "ok")
with open(args.prompt, encoding="utf-8") as f:
    prompt = f.read()
record = {
    "argv": sys.argv[1:],
    "cwd": os.getcwd(),
    "prompt": prompt,
    "c2w": list(np.load(args.camera).shape),
    "intrinsics": list(np.load(args.intrinsics).shape),
}
with open(os.environ["FAKE_SANA_RECORD"], "w", encoding="utf-8") as f:
    json.dump(record, f)
if mode == "oom":
    print("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 4.00 GiB", file=sys.stderr)
    sys.exit(1)
if mode == "ok":
    out = os.path.join(args.output_dir, f"{args.name}_generated.mp4")
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", f"testsrc=size=64x48:rate={args.fps}",
         "-frames:v", args.num_frames, "-pix_fmt", "yuv420p", out],
        check=True,
    )  # fmt: skip
    # A viewing copy the wrapper must not pick.
    subprocess.run(["cp", out, os.path.join(args.output_dir, f"{args.name}_overlay.mp4")], check=True)
